/** Thin, safe wrappers over the real `git` binary: arguments as arrays (no shell), refs checked. */
import { execFile, spawn } from 'node:child_process';
import { ToolError, UsageError } from '../errors.js';

const MAX_BUFFER = 256 * 1024 * 1024;

export async function git(cwd: string, args: string[], options: { input?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (err, stdout, stderr) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') reject(new ToolError('git is not installed or not on PATH'));
        else reject(new ToolError(`git ${args.join(' ')} failed: ${String(stderr).trim() || err.message}`));
      } else resolve(stdout);
    });
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

/** A ref as a user typed it: refuse option-looking and control characters before git sees it. */
export function checkRef(ref: string, flag: string): string {
  if (ref === '' || ref.startsWith('-') || /[\s\0~^:?*[\\]/.test(ref.replace(/[~^][0-9]*$/, ''))) {
    throw new UsageError(`${flag} '${ref}' is not a valid git ref`);
  }
  return ref;
}

export async function resolveCommit(cwd: string, ref: string, flag: string): Promise<string> {
  checkRef(ref, flag);
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
  } catch {
    if (!(await isGitRepo(cwd))) throw new UsageError(`${flag} '${ref}': ${cwd} is not inside a git repository`);
    throw new UsageError(`${flag} '${ref}' does not name a commit in ${cwd}`);
  }
}

export async function isGitRepo(cwd: string): Promise<boolean> {
  try {
    return (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
  } catch {
    return false;
  }
}

export async function repoTopLevel(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}

export type ChangeStatus = 'added' | 'modified' | 'deleted' | 'type-changed';

export interface ChangedFile {
  path: string;
  status: ChangeStatus;
}

function statusOf(letter: string): ChangeStatus {
  switch (letter[0]) {
    case 'A':
      return 'added';
    case 'D':
      return 'deleted';
    case 'T':
      return 'type-changed';
    default:
      return 'modified';
  }
}

function parseNameStatus(out: string): ChangedFile[] {
  const parts = out.split('\0').filter((p) => p !== '');
  const files: ChangedFile[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) files.push({ status: statusOf(parts[i]!), path: parts[i + 1]! });
  return files;
}

/**
 * Files that differ between `base` and `head`, or between `base` and the working tree (tracked and
 * untracked-but-not-ignored files) when `head` is not given. Paths are relative to the repository top level.
 * Renames are reported as a deletion and an addition: a renamed card is a deleted card.
 */
export async function changedFiles(cwd: string, base: string, head?: string): Promise<ChangedFile[]> {
  if (head) return parseNameStatus(await git(cwd, ['diff', '--name-status', '--no-renames', '-z', base, head, '--']));
  const tracked = parseNameStatus(await git(cwd, ['diff', '--name-status', '--no-renames', '-z', base, '--']));
  const untracked = (await git(cwd, ['ls-files', '--others', '--exclude-standard', '-z']))
    .split('\0')
    .filter((p) => p !== '')
    .map((p) => ({ path: p, status: 'added' as const }));
  return [...tracked, ...untracked];
}

export async function mergeBase(cwd: string, a: string, b: string): Promise<string | null> {
  try {
    return (await git(cwd, ['merge-base', a, b])).trim();
  } catch {
    return null;
  }
}

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size: number;
  path: string;
}

export async function lsTree(cwd: string, ref: string, dir: string): Promise<TreeEntry[]> {
  const out = await git(cwd, ['ls-tree', '-r', '-l', '-z', '--full-tree', ref, '--', dir === '' ? '.' : dir]);
  const entries: TreeEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode, type, sha, size] = rec.slice(0, tab).split(/\s+/);
    entries.push({ mode: mode!, type: type as TreeEntry['type'], sha: sha!, size: size === '-' ? 0 : Number(size), path: rec.slice(tab + 1) });
  }
  return entries;
}

/** Reads many blobs through one `git cat-file --batch` process. */
export async function readBlobs(cwd: string, specs: string[]): Promise<Map<string, Uint8Array | null>> {
  const result = new Map<string, Uint8Array | null>();
  if (specs.length === 0) return result;
  for (const s of specs) if (s.includes('\n')) throw new ToolError(`invalid object name ${JSON.stringify(s)}`);
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (err) => reject(new ToolError(`git cat-file failed: ${err.message}`)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new ToolError(`git cat-file failed: ${stderr.trim()}`));
      const buf = Buffer.concat(chunks);
      let offset = 0;
      for (const spec of specs) {
        const nl = buf.indexOf(10, offset);
        const header = buf.subarray(offset, nl).toString();
        offset = nl + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          result.set(spec, null);
          continue;
        }
        const size = Number(header.split(' ')[2]);
        result.set(spec, buf.subarray(offset, offset + size));
        offset += size + 1;
      }
      resolve(result);
    });
    child.stdin.end(specs.join('\n') + '\n');
  });
}
