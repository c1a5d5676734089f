/**
 * Registry files read as data from git objects at a commit: no checkout, nothing executed,
 * symbolic links refused (DESIGN §2).
 */
import { ToolError } from '../errors.js';
import { lsTree, readBlobs, type TreeEntry } from '../git/git.js';
import { safeRelative, type RegistrySource, type SourceEntry } from './source.js';

export class GitSource implements RegistrySource {
  readonly label: string;
  private tree: Promise<Map<string, TreeEntry>> | undefined;

  /** `prefix` is the registry's directory inside the repository ('' for the top level). */
  constructor(
    readonly repo: string,
    readonly commit: string,
    readonly prefix = '',
  ) {
    this.label = `${commit.slice(0, 12)}${prefix ? `:${prefix}` : ''}`;
  }

  private entries(): Promise<Map<string, TreeEntry>> {
    this.tree ??= lsTree(this.repo, this.commit, this.prefix).then((list) => {
      const map = new Map<string, TreeEntry>();
      const strip = this.prefix ? this.prefix.replace(/\/?$/, '/') : '';
      for (const e of list) if (e.path.startsWith(strip)) map.set(e.path.slice(strip.length), e);
      return map;
    });
    return this.tree;
  }

  async list(dir: string): Promise<SourceEntry[]> {
    const rel = safeRelative(dir);
    const under = rel ? `${rel}/` : '';
    const out: SourceEntry[] = [];
    for (const [p, e] of await this.entries()) {
      if (!p.startsWith(under)) continue;
      if (e.mode === '120000') out.push({ path: p, kind: 'symlink' });
      else if (e.type === 'blob') out.push({ path: p, kind: 'file', size: e.size });
      else out.push({ path: p, kind: 'other' });
    }
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async size(file: string): Promise<number | null> {
    const e = (await this.entries()).get(safeRelative(file));
    if (!e) return null;
    if (e.mode === '120000') throw new ToolError(`refusing symbolic link ${file} at ${this.label}`);
    return e.size;
  }

  async readLimited(file: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { tooLarge: number } | null> {
    const size = await this.size(file);
    if (size === null) return null;
    if (size > maxBytes) return { tooLarge: size };
    const bytes = await this.read(file);
    return bytes ? { bytes } : null;
  }

  async read(file: string): Promise<Uint8Array | null> {
    return (await this.readMany([file])).get(file) ?? null;
  }

  /** One git process for many files: what a full-registry load at a ref needs. */
  async readMany(files: string[]): Promise<Map<string, Uint8Array | null>> {
    const entries = await this.entries();
    const wanted: { file: string; sha: string }[] = [];
    const out = new Map<string, Uint8Array | null>();
    for (const file of files) {
      const e = entries.get(safeRelative(file));
      if (!e) out.set(file, null);
      else if (e.mode === '120000') throw new ToolError(`refusing symbolic link ${file} at ${this.label}`);
      else if (e.type !== 'blob') out.set(file, null);
      else wanted.push({ file, sha: e.sha });
    }
    const blobs = await readBlobs(this.repo, wanted.map((w) => w.sha));
    for (const w of wanted) out.set(w.file, blobs.get(w.sha) ?? null);
    return out;
  }
}
