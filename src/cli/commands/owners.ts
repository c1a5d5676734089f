/**
 * `modelgate owners`: who owns these paths, and which CODEOWNERS line decided it, read exactly as
 * GitHub reads it (src/approvals/codeowners.ts).
 */
import { lstat, readFile, readdir, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  CODEOWNERS_LOCATIONS,
  codeownersSizeError,
  decodeCodeowners,
  findCodeowners,
  matchOwners,
  parseCodeowners,
  type CodeownersIssue,
  type OwnersMatch,
} from '../../approvals/codeowners.js';
import { ConfigError, EXIT, UsageError, describeError, exitCodeOf } from '../../errors.js';
import { formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import type { CliIO } from '../io.js';

export const spec: CommandSpec = {
  name: 'owners',
  summary: 'show the code owners of paths, reading CODEOWNERS exactly as GitHub does',
  usage: 'modelgate owners [--repo <dir>] [--codeowners <file>] [--format text|json] <path>...',
  options: {
    repo: { type: 'string', help: '<dir>  repository root (default: current directory)' },
    codeowners: { type: 'string', help: '<file>  use this CODEOWNERS file (relative to the current directory) instead of looking it up' },
    format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
  },
  details: [
    'Paths are relative to the repository root; end one with / to ask about a directory.',
    'Without --codeowners the file is looked up as GitHub does: .github/CODEOWNERS, then CODEOWNERS,',
    'then docs/CODEOWNERS; the first found is used. Matching is case-sensitive and the last matching',
    'line wins; a line without owners un-owns what it matches. Invalid lines are skipped (as GitHub',
    'skips them) and reported on stderr. GitHub reads CODEOWNERS from the base branch of a pull',
    'request: run this on a checkout of the base branch.',
  ].join('\n'),
  examples: [
    'modelgate owners models/fraud-detector/model.yaml policies/',
    'modelgate owners --repo examples/registry --format json models/fraud-detector/1.3.0/card.yaml',
  ],
  allowPositionals: true,
};

interface OwnersResult {
  path: string;
  match: OwnersMatch;
}

interface LoadedCodeowners {
  /** As shown to the user; null when the repository has none. */
  file: string | null;
  text: string;
  fileError?: string;
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Reads a file at a CODEOWNERS location of a working tree. GitHub finds files by exact, case-sensitive
 * name, so the name is checked against the directory listing (macOS and Windows would otherwise
 * find `codeowners`). A symlink is refused: GitHub reads the blob, never the link's target.
 */
function workingTreeReader(root: string): (path: string) => Promise<Uint8Array | null> {
  return async (path) => {
    const absolute = join(root, path);
    let info;
    try {
      info = await lstat(absolute);
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
    if (info.isSymbolicLink()) throw new ConfigError('is a symlink; GitHub does not follow it, so modelgate refuses it', path);
    if (!info.isFile()) return null;
    const names = await readdir(dirname(absolute));
    if (!names.includes(basename(absolute))) return null;
    return readFile(absolute);
  };
}

async function loadNamedFile(cwd: string, file: string): Promise<LoadedCodeowners> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(cwd, file));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (isMissing(err) || code === 'EISDIR') throw new ConfigError('no such CODEOWNERS file', file);
    throw err;
  }
  const fileError = codeownersSizeError(bytes.byteLength);
  if (fileError !== null) return { file, text: '', fileError };
  return { file, text: decodeCodeowners(bytes) };
}

async function loadFromRepository(root: string): Promise<LoadedCodeowners> {
  const found = await findCodeowners(workingTreeReader(root));
  if (!found) return { file: null, text: '' };
  return { file: found.path, text: found.text, ...(found.error !== undefined ? { fileError: found.error } : {}) };
}

async function repositoryRoot(cwd: string, repo: string | undefined): Promise<string> {
  const root = resolve(cwd, repo ?? '.');
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`--repo ${repo ?? '.'}: no such directory`);
  return root;
}

/**
 * Turns a command-line path into the repository-relative form GitHub matches: `./` dropped, an
 * absolute path inside the repository made relative, a trailing `/` kept (it asks about a directory).
 */
export function toRepositoryPath(root: string, input: string): string {
  let path = input;
  if (isAbsolute(path)) {
    const rel = relative(root, path);
    if (rel === '') throw new UsageError(`${input} is the repository root; name a file or directory inside it`);
    if (rel.startsWith('..') || isAbsolute(rel)) throw new UsageError(`${input} is not inside the repository ${root}`);
    path = rel.split(sep).join('/') + (input.endsWith('/') ? '/' : '');
  }
  const directory = path.endsWith('/');
  const segments = path.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.includes('..')) throw new UsageError(`${input}: paths are relative to the repository root and cannot contain ..`);
  if (segments.length === 0) throw new UsageError(`'${input}' names no file in the repository`);
  return segments.join('/') + (directory ? '/' : '');
}

function formatOwners(match: OwnersMatch): string {
  const who = match.owners.length > 0 ? match.owners.join(' ') : 'no owner';
  return match.line === null ? who : `${who}  (line ${match.line}: ${match.pattern})`;
}

function textReport(loaded: LoadedCodeowners, results: OwnersResult[]): string {
  const header = loaded.file === null ? 'CODEOWNERS: none found' : `CODEOWNERS: ${loaded.file}`;
  const width = Math.max(...results.map((r) => r.path.length));
  const rows = results.map((r) => `${r.path.padEnd(width)}  →  ${formatOwners(r.match)}`);
  return `${[header, ...rows].join('\n')}\n`;
}

function jsonReport(results: OwnersResult[], errors: CodeownersIssue[]): string {
  const body = {
    results: results.map((r) => ({ path: r.path, owners: r.match.owners, line: r.match.line })),
    errors: errors.map((e) => ({ line: e.line, message: e.message })),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function reportIssues(io: CliIO, file: string, errors: CodeownersIssue[], warnings: CodeownersIssue[]): void {
  for (const e of errors) {
    const where = e.line === 0 ? file : `${file} line ${e.line}`;
    io.stderr(`warning: ${where}: ${e.message}${e.line === 0 ? '' : ' (line ignored, as GitHub ignores it)'}\n`);
  }
  for (const w of warnings) io.stderr(`note: ${file} line ${w.line}: ${w.message}\n`);
}

async function owners(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(spec, argv);
  if (parsed.help) {
    io.stdout(formatHelp(spec));
    return EXIT.yes;
  }
  if (parsed.positionals.length === 0) throw new UsageError(`give at least one path.\nUsage: ${spec.usage}`);
  const format = stringOpt(parsed, 'format') ?? 'text';
  const named = stringOpt(parsed, 'codeowners');
  const root = await repositoryRoot(io.cwd, stringOpt(parsed, 'repo'));
  const paths = parsed.positionals.map((p) => toRepositoryPath(root, p));

  const loaded = named !== undefined ? await loadNamedFile(io.cwd, named) : await loadFromRepository(root);
  const { rules, errors, warnings } = parseCodeowners(loaded.text);
  const allErrors = loaded.fileError !== undefined ? [{ line: 0, message: loaded.fileError }, ...errors] : errors;
  if (loaded.file === null) {
    io.stderr(`warning: no CODEOWNERS file (looked for ${CODEOWNERS_LOCATIONS.join(', ')}): nothing has code owners\n`);
  } else {
    reportIssues(io, loaded.file, allErrors, warnings);
  }

  const results = paths.map((path) => ({ path, match: matchOwners(rules, path) }));
  io.stdout(format === 'json' ? jsonReport(results, allErrors) : textReport(loaded, results));
  return EXIT.yes;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await owners(argv, io);
  } catch (err) {
    // Usage and configuration errors are answers (exit 2); anything else is left to main's handler.
    if (!(err instanceof UsageError || err instanceof ConfigError)) throw err;
    io.stderr(`modelgate ${spec.name}: ${describeError(err)}\n`);
    return exitCodeOf(err);
  }
}
