/**
 * Where registry files come from: a working directory, or git objects at a ref. The gate reads a
 * pull request's files as data from git objects (DESIGN §2), so everything above this interface
 * works on either without knowing which.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, ToolError } from '../errors.js';

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
  /** Reads the file unless it is larger than `maxBytes`: what loading a document needs, in one step. */
  readLimited(file: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { tooLarge: number } | null>;
}

/** Rejects absolute paths and `..` so a name taken from data cannot leave the registry. */
export function safeRelative(file: string): string {
  const normalized = path.posix.normalize(file.replaceAll('\\', '/'));
  if (path.posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../') || normalized.includes('\0')) {
    throw new ConfigError(`refusing path outside the registry: ${file}`, file);
  }
  return normalized === '.' ? '' : normalized;
}

export class FsSource implements RegistrySource {
  readonly label: string;
  private rootReal: Promise<string>;
  private dirs = new Map<string, string>();

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
    const abs = await this.resolve(file);
    try {
      const st = await lstat(abs);
      if (st.isSymbolicLink()) throw new ConfigError(`refusing to follow symbolic link ${file}`, file);
      return st.size;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') return null;
      throw err;
    }
  }

  async read(file: string): Promise<Uint8Array | null> {
    const r = await this.readLimited(file, Number.MAX_SAFE_INTEGER);
    return r && 'bytes' in r ? r.bytes : null;
  }

  /**
   * One open, one fstat, one read: the file itself must not be a link (O_NOFOLLOW) and its
   * directory must resolve inside the root (checked once per directory). Synchronous on purpose:
   * registry files are small, and for thousands of them the thread-pool round trips of the
   * promise API cost more than the reads.
   */
  async readLimited(file: string, maxBytes: number): Promise<{ bytes: Uint8Array } | { tooLarge: number } | null> {
    const abs = await this.resolve(file);
    let fd: number;
    try {
      // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
      fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      if (code === 'ELOOP' || code === 'EMLINK') throw new ConfigError(`refusing to follow symbolic link ${file}`, file);
      throw new ToolError(`cannot read ${abs}: ${(err as Error).message}`);
    }
    try {
      const st = fstatSync(fd);
      if (st.isDirectory()) return null;
      if (!st.isFile()) throw new ConfigError(`refusing ${file}: it is not a regular file (a FIFO, socket or device)`, file);
      if (st.size > maxBytes) return { tooLarge: st.size };
      return { bytes: readFileSync(fd) };
    } catch (err) {
      if (err instanceof ConfigError) throw err;
      throw new ToolError(`cannot read ${abs}: ${(err as Error).message}`);
    } finally {
      closeSync(fd);
    }
  }

  /** The absolute path, after checking that the file's directory does not lead outside the root. */
  private async resolve(file: string): Promise<string> {
    const rel = safeRelative(file);
    const abs = path.join(this.root, rel);
    const dir = path.dirname(abs);
    let resolved = this.dirs.get(dir);
    if (resolved === undefined) {
      try {
        resolved = realpathSync(dir);
      } catch {
        resolved = dir; // does not exist: the open that follows reports it
      }
      this.dirs.set(dir, resolved);
    }
    const root = await this.rootReal;
    if (resolved !== root && !resolved.startsWith(root + path.sep)) throw new ConfigError(`refusing ${file}: it resolves outside the registry`, file);
    return abs;
  }
}
