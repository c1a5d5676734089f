/**
 * Where registry files come from: a working directory, or git objects at a ref. The gate reads a
 * pull request's files as data from git objects (DESIGN §2), so everything above this interface
 * works on either without knowing which.
 */
import { lstat, readdir, readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ToolError } from '../errors.js';

export type SourceEntry =
  | { path: string; kind: 'file'; size: number }
  | { path: string; kind: 'symlink' }
  | { path: string; kind: 'other' };

export interface RegistrySource {
  /** A label for messages: the directory, or `<ref>` for git. */
  readonly label: string;
  /** Every entry below `dir` (relative, forward slashes), recursively; empty when `dir` does not exist. */
  list(dir: string): Promise<SourceEntry[]>;
  /** The file's bytes, or null when it does not exist. Refuses symlinks and paths outside the root. */
  read(file: string): Promise<Uint8Array | null>;
  /** The size in bytes without reading, or null when it does not exist. */
  size(file: string): Promise<number | null>;
}

/** Rejects absolute paths and `..` so a name taken from data cannot leave the registry. */
export function safeRelative(file: string): string {
  const normalized = path.posix.normalize(file.replaceAll('\\', '/'));
  if (path.posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../') || normalized.includes('\0')) {
    throw new ToolError(`refusing path outside the registry: ${file}`);
  }
  return normalized === '.' ? '' : normalized;
}

export class FsSource implements RegistrySource {
  readonly label: string;
  private rootReal: Promise<string>;

  constructor(readonly root: string) {
    this.label = root;
    this.rootReal = realpath(root).catch(() => path.resolve(root));
  }

  async list(dir: string): Promise<SourceEntry[]> {
    const rel = safeRelative(dir);
    const out: SourceEntry[] = [];
    const walk = async (relDir: string): Promise<void> => {
      let entries;
      try {
        entries = await readdir(path.join(this.root, relDir), { withFileTypes: true });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return;
        throw new ToolError(`cannot read directory ${path.join(this.root, relDir)}: ${(err as Error).message}`);
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      const subdirs: string[] = [];
      for (const e of entries) {
        const p = relDir ? `${relDir}/${e.name}` : e.name;
        if (e.isSymbolicLink()) out.push({ path: p, kind: 'symlink' });
        else if (e.isDirectory()) subdirs.push(p);
        else if (e.isFile()) out.push({ path: p, kind: 'file', size: -1 });
        else out.push({ path: p, kind: 'other' });
      }
      await Promise.all(subdirs.map(walk));
    };
    await walk(rel);
    return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  async size(file: string): Promise<number | null> {
    const abs = path.join(this.root, safeRelative(file));
    try {
      const st = await lstat(abs);
      if (st.isSymbolicLink()) throw new ToolError(`refusing to follow symbolic link ${file}`);
      return st.size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
      throw err;
    }
  }

  async read(file: string): Promise<Uint8Array | null> {
    const rel = safeRelative(file);
    const abs = path.join(this.root, rel);
    try {
      const st = await lstat(abs);
      if (st.isSymbolicLink()) throw new ToolError(`refusing to follow symbolic link ${file}`);
      // A symlinked parent directory could still point outside the root.
      const real = await realpath(abs);
      const root = await this.rootReal;
      if (real !== root && !real.startsWith(root + path.sep)) throw new ToolError(`refusing ${file}: it resolves outside the registry`);
      return await readFile(abs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
      if (err instanceof ToolError) throw err;
      throw new ToolError(`cannot read ${abs}: ${(err as Error).message}`);
    }
  }
}
