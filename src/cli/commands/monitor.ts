/**
 * `modelgate monitor`: rollback rules → healthy / notify / pending / hold / rollback for every model
 * serving in an environment (DESIGN §6). With --responses the provider bodies come from a file, so
 * any decision can be reproduced offline; otherwise the providers are queried.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, EXIT, UsageError, describeError, exitCodeOf } from '../../errors.js';
import { GitServingHistory } from '../../deploy/history.js';
import { isGitRepo, repoTopLevel } from '../../git/git.js';
import { loadRegistry } from '../../registry/loader.js';
import { servingStart } from '../../rollback/context.js';
import { FsSource } from '../../registry/source.js';
import { redactorFor } from '../../monitor/redact.js';
import { monitorEnvironment, type Responses } from '../../monitor/run.js';
import type { ModelDecision } from '../../monitor/types.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import type { CliIO } from '../io.js';

export const spec: CommandSpec = {
  name: 'monitor',
  summary: 'judge live metrics against rollback rules: healthy, hold or rollback',
  usage: 'modelgate monitor --env <name> [--repo <dir>] [--model <m>] [--responses <file>] [--dry-run] [--format text|json] [--now <ISO>] [--serving-since <ISO>]',
  options: {
    repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml (default: current directory)' },
    env: { type: 'string', help: '<name>  environment whose deployments/<name>.yaml is monitored (required)' },
    model: { type: 'string', help: '<m>  only this model (default: every model serving in the environment)' },
    responses: { type: 'string', help: '<file>  JSON object: rule name (or <rule>#baseline, <rule>#samples) → the raw body its provider returned; no provider is called' },
    'dry-run': { type: 'boolean', help: 'decide and print only: open no pull request or issue' },
    format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    now: { type: 'string', help: '<ISO>  evaluate as of this time (default: now); the end of every query window' },
    'serving-since': { type: 'string', help: '<ISO>  when the judged version started serving, for initialDelay (default: from the manifest\'s git history when --repo is in a clone, else unknown and the delay is not applied)' },
  },
  details: [
    'Decision: a critical enforce rule failed → rollback (exit 1); a critical enforce rule inconclusive or',
    'in error (no data, provider outage) → hold (exit 4, no change); still in its initial delay → pending',
    '(exit 4); only warning or advisory rules not passing, or failures tolerated by failureLimit → notify (exit 0);',
    'every rule passed → healthy (exit 0). A model whose rules cannot run (invalid model.yaml, a broken rule)',
    'holds with its configuration error while the other models are judged; exit 1 if any rolls back, else 2.',
    'A response recorded as {"$error": "<message>"} stands for a provider that did not answer.',
    'Credentials come from the environment (MODELGATE_PROMETHEUS_TOKEN, MODELGATE_HTTP_TOKEN, DD_API_KEY,',
    'DD_APP_KEY) and are redacted from all output. The CLI decides and prints; the monitor action opens the',
    'rollback pull request or incident issue and records the verdict (`modelgate rollback --dry-run` shows the PR).',
  ].join('\n'),
  examples: [
    'modelgate monitor --env production --dry-run',
    'modelgate monitor --env production --model fraud-detector --responses responses.json --dry-run --format json',
    'modelgate monitor --env staging --now 2026-03-01T12:00:00Z --serving-since 2026-03-01T09:00:00Z --dry-run',
  ],
};

function parseTime(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms)) throw new UsageError(`--${flag} must be an ISO 8601 date-time such as 2026-03-01T12:00:00Z; got '${text}'`);
  return ms;
}

async function readResponses(file: string): Promise<Responses> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read --responses ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`--responses ${file} is not JSON: ${(err as Error).message}`);
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new UsageError(`--responses ${file} must hold a JSON object mapping rule names to bodies`);
  return doc as Responses;
}

const MARK: Record<string, string> = { pass: 'ok  ', fail: 'FAIL', inconclusive: '??  ', error: 'ERR ', skipped: 'skip' };

function formatText(decisions: ModelDecision[], dryRun: boolean): string {
  const lines: string[] = [];
  for (const d of decisions) {
    const serving = d.baseline ? `${d.version} (${d.strategy}, beside ${d.baseline})` : `${d.version} (${d.strategy})`;
    lines.push(`${d.model} ${serving} in ${d.environment}: ${d.decision.toUpperCase()} - ${d.reason}`);
    for (const r of d.rules) {
      lines.push(`  ${MARK[r.outcome]} ${r.name} [${r.severity}, ${r.mode}, ${r.provider}] ${r.outcome}: ${r.reason}`);
      for (const q of r.queries) if (q) lines.push(`       query: ${q}`);
    }
    if (d.effect) {
      const e = d.effect;
      const what =
        e.action === 'reject-shadow' ? `reject ${e.failing} and remove the shadow; what serves is unchanged`
        : e.action === 'candidate-traffic-zero' ? `set candidate ${e.failing} traffic to 0 and remove it; stable keeps serving`
        : e.action === 'switch-back' ? `switch back from ${e.failing} to blue (stable)`
        : `roll ${e.failing} back to the last known-good version (resolved from the deployment history)`;
      lines.push(`  effect: ${what}; mark ${d.reject} rejected in model.yaml`);
      lines.push(dryRun ? '  (dry run: nothing changed)' : '  (the CLI changes nothing: the monitor action opens the rollback pull request)');
    }
  }
  return `${lines.join('\n')}\n`;
}

export function exitCodeFor(decisions: readonly ModelDecision[]): number {
  if (decisions.some((d) => d.decision === 'rollback')) return EXIT.no;
  // A model whose rules could not run was not judged: that is a configuration error to fix (exit 2).
  if (decisions.some((d) => d.configError !== undefined)) return EXIT.usage;
  if (decisions.some((d) => d.decision === 'hold' || d.decision === 'pending')) return EXIT.hold;
  return EXIT.yes;
}

async function monitor(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(spec, argv);
  if (p.help) {
    io.stdout(formatHelp(spec));
    return EXIT.yes;
  }
  const env = stringOpt(p, 'env');
  if (!env) throw new UsageError('--env <name> is required\nRun `modelgate monitor --help` for usage.');
  const dryRun = boolOpt(p, 'dry-run');
  const responsesFile = stringOpt(p, 'responses');
  if (responsesFile && !dryRun) throw new UsageError('--responses replays recorded bodies and needs --dry-run');
  const now = parseTime(stringOpt(p, 'now'), 'now') ?? Date.now();
  const servingSince = parseTime(stringOpt(p, 'serving-since'), 'serving-since');
  const repo = path.resolve(io.cwd, stringOpt(p, 'repo') ?? '.');
  const model = stringOpt(p, 'model');
  const responses = responsesFile ? await readResponses(path.resolve(io.cwd, responsesFile)) : undefined;
  const registry = await loadRegistry(new FsSource(repo), model ? { models: new Set([model]) } : {});
  const redactor = redactorFor(io.env);
  // Without --serving-since, a clone's manifest history says when each judged version started serving.
  let servingSinceFor: ((m: string, v: string) => number | undefined) | undefined;
  if (servingSince === undefined && (await isGitRepo(repo))) {
    const top = await repoTopLevel(repo);
    const snapshots = await new GitServingHistory(top, 'HEAD', path.relative(top, repo).split(path.sep).join('/')).snapshots(env);
    servingSinceFor = (m, v) => servingStart(snapshots, m, v);
  }
  const decisions = await monitorEnvironment({
    registry,
    env,
    ...(model ? { model } : {}),
    now,
    ...(servingSince !== undefined ? { servingSince } : {}),
    ...(servingSinceFor ? { servingSinceFor } : {}),
    ...(responses ? { responses } : {}),
    processEnv: io.env,
    cwd: io.cwd,
    redactor,
  });
  const code = exitCodeFor(decisions);
  for (const d of decisions) if (d.configError !== undefined) io.stderr(`modelgate ${spec.name}: ${d.model}: configuration error: ${redactor.redact(d.configError)}\n`);
  const format = stringOpt(p, 'format') ?? 'text';
  const out = format === 'json' ? `${JSON.stringify({ environment: env, now: new Date(now).toISOString(), dryRun, exitCode: code, decisions }, null, 2)}\n` : formatText(decisions, dryRun);
  io.stdout(redactor.redact(out));
  return code;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await monitor(argv, io);
  } catch (err) {
    // Usage and configuration errors are answers (exit 2); anything else is left to main's handler.
    if (!(err instanceof UsageError || err instanceof ConfigError)) throw err;
    io.stderr(`modelgate ${spec.name}: ${redactorFor(io.env).redact(describeError(err))}\n`);
    return exitCodeOf(err);
  }
}
