/**
 * `modelgate rollback --dry-run`: the rollback pull request the `rollback` action would open, planned
 * offline from a clone: the failing version, the target (the stable beside a failing candidate, a
 * requested version, or the last known-good from the manifest's history and the audit log's
 * verdicts), and the exact edits to the manifest and model.yaml. Nothing is written.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, EXIT, UsageError, describeError, exitCodeOf } from '../../errors.js';
import { DEFAULT_AUDIT_BRANCH } from '../../audit/log.js';
import { isGitRepo, repoTopLevel } from '../../git/git.js';
import { loadRegistry, manifestPath, modelPath } from '../../registry/loader.js';
import { FsSource } from '../../registry/source.js';
import { rollbackContext, type RollbackContext } from '../../rollback/context.js';
import { editManifest, markVersion } from '../../rollback/edit.js';
import type { Plan } from '../../rollback/plan.js';
import { planManual } from '../../rollback/request.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import type { CliIO } from '../io.js';

export const spec: CommandSpec = {
  name: 'rollback',
  summary: 'plan the rollback pull request for a model in an environment, offline (--dry-run)',
  usage: 'modelgate rollback --env <name> --model <m> --reason <text> [--version <v>] [--repo <dir>] [--audit-branch <b>] [--now <ISO>] --dry-run [--format text|json]',
  options: {
    repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml, inside a git clone (default: current directory)' },
    env: { type: 'string', help: '<name>  environment to roll back (required)' },
    model: { type: 'string', help: '<m>  model to roll back (required)' },
    reason: { type: 'string', help: '<text>  why (at least 10 characters; written into model.yaml and the evidence record)' },
    version: { type: 'string', help: '<v>  roll back to this version (it must have served there and not be rejected); default: the stable beside a failing candidate, else the last known-good' },
    'audit-branch': { type: 'string', help: `<b>  audit branch holding the monitor verdicts (default: modelgate.yaml audit.branch, else ${DEFAULT_AUDIT_BRANCH})` },
    now: { type: 'string', help: '<ISO>  plan as of this time (default: now)' },
    'dry-run': { type: 'boolean', help: 'plan and print only (required: the rollback action opens the pull request)' },
    format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
  },
  details: [
    'Exit codes: 0 a rollback is planned; 1 no rollback target exists (the action opens an issue instead);',
    '2 usage or configuration error, including a requested version that is rejected or never served there;',
    '3 the tool could not run.',
    'The last known-good version served the environment fully for its bake time, had a healthy monitor',
    'verdict there (audit branch) and is not rejected; without one, nothing is guessed.',
  ].join('\n'),
  examples: [
    'modelgate rollback --env production --model fraud-detector --reason "precision fell below 0.3 after release" --dry-run',
    'modelgate rollback --env production --model fraud-detector --version 1.2.0 --reason "rollback requested by on-call" --dry-run --format json',
  ],
};

function parseTime(text: string | undefined): number {
  if (text === undefined) return Date.now();
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms)) throw new UsageError(`--now must be an ISO 8601 date-time such as 2026-03-01T12:00:00Z; got '${text}'`);
  return ms;
}

interface Edits {
  manifest: { file: string; before: string; after: string };
  model: { file: string; before: string; after: string };
}

async function edits(repo: string, plan: Plan): Promise<Edits | null> {
  if (plan.kind !== 'rollback') return null;
  const mf = manifestPath(plan.env);
  const yf = modelPath(plan.model);
  const [m, y] = await Promise.all([readFile(path.join(repo, mf), 'utf8'), readFile(path.join(repo, yf), 'utf8')]);
  return { manifest: { file: mf, before: m, after: editManifest(m, mf, plan.model, plan.to) }, model: { file: yf, before: y, after: markVersion(y, yf, plan.failing, plan.mark) } };
}

function diff(file: string, before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  return [`--- ${file}`, `+++ ${file}`, `@@ line ${start + 1} @@`, ...a.slice(start, endA).map((l) => `-${l}`), ...b.slice(start, endB).map((l) => `+${l}`)];
}

function formatText(plan: Plan, e: Edits | null, ctx: RollbackContext): string {
  const lines: string[] = [];
  if (plan.kind === 'no-target') {
    lines.push(`${plan.model} ${plan.failing} in ${plan.env}: NO ROLLBACK TARGET - ${plan.knownGood.reason}`);
  } else {
    lines.push(`${plan.model} in ${plan.env}: roll back ${plan.failing} → ${plan.target} (${plan.targetFrom})`);
    lines.push(`  incident ${plan.incident}, branch ${plan.branch}; ${plan.failing} marked rejected`);
  }
  for (const c of plan.kind === 'no-target' ? plan.knownGood.checked : plan.knownGood?.checked ?? []) {
    lines.push(`  ${c.eligible ? 'ok ' : 'no '} ${c.version} served fully since ${c.since}${c.until ? ` until ${c.until}` : ''}${c.reasons.length ? `: ${c.reasons.join('; ')}` : ''}`);
  }
  for (const n of ctx.notes) lines.push(`  note: ${n}`);
  if (e) lines.push('', ...diff(e.manifest.file, e.manifest.before, e.manifest.after), ...diff(e.model.file, e.model.before, e.model.after));
  lines.push('', '(dry run: nothing changed; the rollback action opens this pull request)');
  return `${lines.join('\n')}\n`;
}

async function rollback(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(spec, argv);
  if (p.help) {
    io.stdout(formatHelp(spec));
    return EXIT.yes;
  }
  const env = stringOpt(p, 'env');
  const model = stringOpt(p, 'model');
  const reason = stringOpt(p, 'reason');
  if (!env || !model || !reason) throw new UsageError('--env <name>, --model <m> and --reason <text> are required\nRun `modelgate rollback --help` for usage.');
  if (!boolOpt(p, 'dry-run')) throw new UsageError('the CLI only plans a rollback: add --dry-run (the rollback action opens the pull request)');
  const now = parseTime(stringOpt(p, 'now'));
  const repo = path.resolve(io.cwd, stringOpt(p, 'repo') ?? '.');
  const registry = await loadRegistry(new FsSource(repo), { models: new Set([model]) });
  if (!(await isGitRepo(repo))) throw new UsageError(`${repo} is not in a git clone: the rollback target comes from the manifest's history`);
  const top = await repoTopLevel(repo);
  const prefix = path.relative(top, repo).split(path.sep).join('/');
  const auditBranch = stringOpt(p, 'audit-branch') ?? registry.config.value.audit?.branch ?? DEFAULT_AUDIT_BRANCH;
  const ctx = await rollbackContext({ repoDir: top, ref: 'HEAD', env, config: registry.config.value, auditBranch, prefix });
  const version = stringOpt(p, 'version');
  const plan = planManual(registry, ctx, { env, model, reason, now, ...(version !== undefined ? { version } : {}) });
  const e = await edits(repo, plan);
  const code = plan.kind === 'rollback' ? EXIT.yes : EXIT.no;
  if ((stringOpt(p, 'format') ?? 'text') === 'json') {
    const files = e ? { [e.manifest.file]: e.manifest.after, [e.model.file]: e.model.after } : {};
    io.stdout(`${JSON.stringify({ exitCode: code, plan, files, notes: ctx.notes }, null, 2)}\n`);
  } else {
    io.stdout(formatText(plan, e, ctx));
  }
  return code;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await rollback(argv, io);
  } catch (err) {
    if (!(err instanceof UsageError || err instanceof ConfigError)) throw err;
    io.stderr(`modelgate ${spec.name}: ${describeError(err)}\n`);
    return exitCodeOf(err);
  }
}
