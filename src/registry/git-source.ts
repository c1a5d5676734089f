/**
 * Registry files read as data from git objects at a commit: no checkout, nothing executed,
 * symbolic links refused (DESIGN §2).
 */
import { ConfigError } from '../errors.js';
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
    if (e.mode === '120000') throw new ConfigError(`refusing symbolic link ${file} at ${this.label}`);
    return e.size;
  }

  async readLimited(file: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { tooLarge: number } | null> {
    const size = await this.size(file);
    if (size === null) return null;
    if (size > maxBytes) return { tooLarge: size };
    const bytes = await this.read(file);
    return bytes ? { bytes } : null;
  }

  /**
   * Reads that arrive together (the loader reads every document concurrently) share one
   * `git cat-file --batch` process instead of starting one each.
   */
  read(file: string): Promise<Uint8Array | null> {
    return new Promise((resolve, reject) => {
      this.pending.push({ file, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flush());
    });
  }

  private pending: { file: string; resolve: (b: Uint8Array | null) => void; reject: (e: unknown) => void }[] = [];

  private flush(): void {
    const batch = this.pending;
    this.pending = [];
    void this.entries().then(async (entries) => {
      // A link fails its own read only, not the others in the batch.
      const links = batch.filter((p) => entries.get(safeRelative(p.file))?.mode === '120000');
      for (const p of links) p.reject(new ConfigError(`refusing symbolic link ${p.file} at ${this.label}`));
      const rest = batch.filter((p) => !links.includes(p));
      try {
        const blobs = await this.readMany(rest.map((p) => p.file));
        for (const p of rest) p.resolve(blobs.get(p.file) ?? null);
      } catch (err) {
        for (const p of rest) p.reject(err);
      }
    }, (err: unknown) => batch.forEach((p) => p.reject(err)));
  }

  /** One git process for many files: what a full-registry load at a ref needs. */
  async readMany(files: string[]): Promise<Map<string, Uint8Array | null>> {
    const entries = await this.entries();
    const wanted: { file: string; sha: string }[] = [];
    const out = new Map<string, Uint8Array | null>();
    for (const file of files) {
      const e = entries.get(safeRelative(file));
      if (!e) out.set(file, null);
      else if (e.mode === '120000') throw new ConfigError(`refusing symbolic link ${file} at ${this.label}`);
      else if (e.type !== 'blob') out.set(file, null);
      else wanted.push({ file, sha: e.sha });
    }
    const blobs = await readBlobs(this.repo, wanted.map((w) => w.sha));
    for (const w of wanted) out.set(w.file, blobs.get(w.sha) ?? null);
    return out;
  }
}
