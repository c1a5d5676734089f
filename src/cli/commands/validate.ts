import path from 'node:path';
import { EXIT } from '../../errors.js';
import { utcToday } from '../../policy/context.js';
import { isCalendarDate } from '../../policy/keywords.js';
import { FsSource } from '../../registry/source.js';
import { formatReport, verdict, type ReportFormat } from '../../validate/format.js';
import { validateRegistry } from '../../validate/validate.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import { ResultCache, defaultCacheDir } from '../../validate/cache.js';
import type { CliIO } from '../io.js';
import { VERSION } from '../version.js';
import { UsageError } from '../../errors.js';

export const spec: CommandSpec = {
  name: 'validate',
  summary: 'validate model cards, models, manifests and policies against the policy packs',
  usage: 'modelgate validate [--repo <dir>] [--changed-since <ref>] [--env <name>] [--format text|json|markdown|sarif] [--fail-on deny|warn]',
  options: {
    repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml (default: current directory)' },
    'changed-since': { type: 'string', help: '<ref>  validate only what changed since the merge base with <ref> (git), and refuse edits to merged cards' },
    env: { type: 'string', help: '<name>  target environment: its manifest gives each serving candidate its baseline (no-regression rules)' },
    format: { type: 'string', choices: ['text', 'json', 'markdown', 'sarif'], help: 'text|json|markdown|sarif  output format (default: text)' },
    'fail-on': { type: 'string', choices: ['deny', 'warn'], help: 'deny|warn  lowest severity that fails the run (default: modelgate.yaml policies.failOn, else deny)' },
    today: { type: 'string', help: '<YYYY-MM-DD>  evaluate dates (waivers, report ages) as of this UTC day (default: today)' },
    cache: { type: 'boolean', help: 'reuse results of unchanged models from earlier runs (content-addressed; full runs only)' },
    'no-cache': { type: 'boolean', help: 'write nothing to the cache directory and read nothing from it' },
    'cache-dir': { type: 'string', help: '<dir>  the cache directory (default: $MODELGATE_CACHE_DIR, else $XDG_CACHE_HOME/modelgate or ~/.cache/modelgate)' },
    workers: { type: 'string', help: '<n>  worker threads (default: automatic for 400 cards or more; 1 = none)' },
  },
  examples: [
    'modelgate validate --repo examples/registry',
    'modelgate validate --changed-since origin/main --format sarif > modelgate.sarif',
    'modelgate validate --env production --format json',
    'modelgate validate --cache   # a second run over unchanged files answers from the cache',
  ],
  details: 'Files that do not parse are reported as deny findings with file:line; the run goes on and reports everything else.',
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseCommand(spec, argv);
  if (parsed.help) {
    io.stdout(formatHelp(spec));
    return EXIT.yes;
  }
  const repo = path.resolve(io.cwd, stringOpt(parsed, 'repo') ?? '.');
  const today = stringOpt(parsed, 'today') ?? utcToday();
  if (!isCalendarDate(today)) throw new UsageError(`--today must be a date YYYY-MM-DD; got '${today}'`);
  const source = new FsSource(repo);
  const changedSince = stringOpt(parsed, 'changed-since');
  const env = stringOpt(parsed, 'env');
  const workersText = stringOpt(parsed, 'workers');
  if (workersText !== undefined && !/^[0-9]{1,3}$/.test(workersText)) throw new UsageError(`--workers must be a whole number; got '${workersText}'`);
  if (boolOpt(parsed, 'cache') && boolOpt(parsed, 'no-cache')) throw new UsageError('--cache and --no-cache contradict each other');
  // The cache directory also remembers which policy packs passed the meta-schema check; --no-cache
  // leaves it untouched. The merge gate never uses it (it is not this command's job to decide that:
  // the actions pass no cache).
  const store = boolOpt(parsed, 'no-cache') ? undefined : await ResultCache.open(path.resolve(io.cwd, stringOpt(parsed, 'cache-dir') ?? defaultCacheDir(io.env)), repo);
  const cache = boolOpt(parsed, 'cache') ? store : undefined;
  const report = await validateRegistry({
    ...(store ? { packMemo: store } : {}),
    source,
    today,
    ...(env ? { env } : {}),
    ...(changedSince ? { changedSince: { repoDir: repo, ref: changedSince } } : {}),
    ...(cache ? { cache } : {}),
    ...(workersText !== undefined ? { workers: Number(workersText) } : {}),
  });
  const failOn = (stringOpt(parsed, 'fail-on') as 'deny' | 'warn' | undefined) ?? report.failOn;
  const format = (stringOpt(parsed, 'format') ?? 'text') as ReportFormat;
  io.stdout(formatReport(report, format, { label: path.relative(io.cwd, repo) || '.', toolVersion: VERSION, failOn }));
  return verdict(report, failOn) === 'pass' ? EXIT.yes : EXIT.no;
}
