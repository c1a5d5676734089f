/**
 * Git objects for the stateful Git Data API fakes (test/audit/fake-git-data.ts,
 * test/rollback/fake-github.ts): content-addressed ids and one level of a tree as the API lists it.
 */
import { createHash } from 'node:crypto';

/** A tree as path → file text. */
export type Flat = Map<string, string>;

export interface TreeEntry {
  path: string;
  mode: string;
  type: string;
  sha: string;
  size?: number;
  url: string;
}

export const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

/** Git's own blob id, as the real API returns it (writers compute it to read a record directly). */
export const blobId = (text: string): string => createHash('sha1').update(`blob ${Buffer.byteLength(text)}\0${text}`).digest('hex');

/** One level of a flat tree: files, and directories as subtrees (registered through `putTree` so they can be read). */
export function treeLevel(flat: Flat, prefix: string, apiBase: string, putTree: (sub: Flat) => string): TreeEntry[] {
  const out = new Map<string, TreeEntry>();
  for (const [p, text] of flat) {
    if (!p.startsWith(prefix)) continue;
    const rest = p.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash < 0) {
      const sha = blobId(text);
      out.set(rest, { path: rest, mode: '100644', type: 'blob', sha, size: Buffer.byteLength(text), url: `https://api.github.com${apiBase}/git/blobs/${sha}` });
    } else {
      const dir = rest.slice(0, slash);
      if (out.has(dir)) continue;
      const sub = new Map([...flat].filter(([q]) => q.startsWith(`${prefix}${dir}/`)).map(([q, t]) => [q.slice(prefix.length + dir.length + 1), t]));
      const sha = putTree(sub);
      out.set(dir, { path: dir, mode: '040000', type: 'tree', sha, url: `https://api.github.com${apiBase}/git/trees/${sha}` });
    }
  }
  return [...out.values()];
}
