/** `modelgate history`: which version(s) served in an environment at a given time (DESIGN §5). */
import path from 'node:path';
import { historyText } from '../../audit/format.js';
import { manifestLine, servedAt } from '../../audit/history.js';
import { assertFullHistory, resolveAuditRef } from '../../audit/local.js';
import { onlineAccess, readVerifiedLog } from '../../audit/read.js';
import { auditWorkspace, defaultBranchRef, inRepo } from '../../audit/workspace.js';
import type { AuditRecord } from '../../audit/records.js';
import { EXIT, UsageError } from '../../errors.js';
import { resolveCommit } from '../../git/git.js';
import { CONFIG_FILE, manifestPath } from '../../registry/loader.js';
import { nameProblem } from '../../registry/names.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import { onlineOptions, problemLine } from './audit.js';
import type { CliIO } from '../io.js';

export const spec: CommandSpec = {
  name: 'history',
  summary: 'which model versions served in an environment at a given time, who put them there and who approved',
  usage: 'modelgate history --env <name> --at <ISO time> [--model <m>] [--repo <dir>] [--ref <ref>] [--branch <name>] [--online] [--format json|text]',
  options: {
    env: { type: 'string', help: '<name>  the environment (required)' },
    at: { type: 'string', help: '<time>  ISO 8601 time with a zone, e.g. 2026-03-01T12:00:00Z (required)' },
    model: { type: 'string', help: '<name>  only this model' },
    repo: { type: 'string', help: '<dir>  the registry (default: current directory)' },
    ref: { type: 'string', help: '<ref>  the branch whose first-parent line is the merge history (default: the default branch: modelgate.yaml registry.defaultBranch, else origin/HEAD, else main)' },
    branch: { type: 'string', help: '<name>  the audit branch (default: modelgate.yaml audit.branch, else modelgate-audit)' },
    ...onlineOptions,
    format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
  },
  details: [
    '"Served at T" is the version(s) whose deployment to the environment last succeeded at or before T',
    '(deployment and rollback records of the audit log); for a model with no such record, the manifest',
    'as merged on the default branch at T, and the answer says so. Times are made monotone in order of',
    'arrival (a merge cannot land before its first parent; a record cannot finish before the one',
    'written before it), so skewed clocks do not reorder history. With --online only records anchored',
    'on GitHub by a trusted writer count; the answer names those left out, and a log whose anchors',
    'show a rewritten or removed record gives no answer (exit 1). The merge history is the default',
    "branch's (modelgate.yaml registry.defaultBranch, else origin/HEAD, else main), not HEAD's.",
  ].join('\n'),
  examples: [
    'modelgate history --env production --at 2026-03-01T12:00:00Z',
    'modelgate history --env staging --at 2026-02-14T09:30:00+01:00 --model fraud-detector --format json',
  ],
};

/** Why an ISO 8601 time cannot be a real instant (2026-02-30 is not March 2), or null. */
export function isoTimeProblem(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-](\d{2}):(\d{2}))$/.exec(text);
  if (!m) return 'not of the form YYYY-MM-DDTHH:MM[:SS[.fff]] followed by Z or ±HH:MM';
  const [y, mo, d, h, mi, sec = 0, , zh = 0, zm = 0] = [m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9]].map((x) => (x === undefined ? undefined : Number(x)));
  if (mo! < 1 || mo! > 12) return `there is no month ${m[2]}`;
  const days = new Date(Date.UTC(y!, mo!, 0)).getUTCDate();
  if (d! < 1 || d! > days) return `${m[1]}-${m[2]} has no day ${m[3]}`;
  if (h! > 23 || mi! > 59 || sec! > 59) return `${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''} is not a time of day`;
  if (zh! > 23 || zm! > 59) return `${m[7]} is not a time zone offset`;
  return null;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(spec, argv);
  if (p.help) {
    io.stdout(formatHelp(spec));
    return EXIT.yes;
  }
  const env = stringOpt(p, 'env');
  const atText = stringOpt(p, 'at');
  if (!env || !atText) throw new UsageError('--env and --at are required\nRun `modelgate history --help` for usage.');
  const envProblem = nameProblem(env, 'environment');
  if (envProblem) throw new UsageError(`--env: ${envProblem}`);
  const model = stringOpt(p, 'model');
  const modelProblem = model === undefined ? null : nameProblem(model, 'model');
  if (modelProblem) throw new UsageError(`--model: ${modelProblem}`);
  const atProblem = isoTimeProblem(atText);
  if (atProblem) throw new UsageError(`--at must be an ISO 8601 time with a zone (e.g. 2026-03-01T12:00:00Z); got '${atText}': ${atProblem}`);
  const ws = await auditWorkspace(path.resolve(io.cwd, stringOpt(p, 'repo') ?? '.'), stringOpt(p, 'branch'));
  if (ws.environments && !ws.environments.includes(env)) {
    throw new UsageError(`--env: no environment '${env}' in ${CONFIG_FILE} (environments: ${ws.environments.join(', ') || 'none'})`);
  }
  // The merge history is cut in a shallow clone: an answer from it would be wrong, not partial.
  await assertFullHistory(ws.repoDir, 'history');
  const notes: string[] = [];
  const refFlag = stringOpt(p, 'ref');
  let ref: string;
  if (refFlag) {
    ref = await resolveCommit(ws.repoDir, refFlag, '--ref');
    notes.push(`merge history read from ${refFlag} (${ref.slice(0, 12)})`);
  } else {
    const def = await defaultBranchRef(ws);
    if (def) {
      ref = def.commit;
      notes.push(`merge history read from the default branch ${def.ref.replace(/^refs\/(heads|remotes)\//, '')} (${ref.slice(0, 12)}); --ref to read another`);
    } else {
      ref = await resolveCommit(ws.repoDir, 'HEAD', '--ref');
      const warning = `the default branch (${ws.defaultBranch ?? 'main'}) is not in this clone: the merge history is read from HEAD (${ref.slice(0, 12)}), which may hold unmerged changes; fetch it or pass --ref`;
      io.stderr(`warning: ${warning}\n`);
      notes.push(warning);
    }
  }
  // The manifest's git history and the audit log are independent reads: run them side by side.
  const manifest = manifestLine(ws.repoDir, ref, inRepo(ws, manifestPath(env)));
  manifest.catch(() => undefined); // awaited below; an early return must not leave it unhandled
  let records: AuditRecord[] = [];
  if (await resolveAuditRef(ws.repoDir, ws.branch)) {
    const online = boolOpt(p, 'online') ? await onlineAccess(io.env, ws.repoDir, stringOpt(p, 'github-repo'), ws.trustedWriters) : undefined;
    const log = await readVerifiedLog(ws.repoDir, ws.branch, online ? { online, laterRef: ref } : {});
    if (log.problem) {
      io.stderr(`${problemLine(log.problem)}modelgate history refuses to answer from it; run \`modelgate audit verify${online ? ' --online' : ''}\`.\n`);
      return EXIT.no;
    }
    records = log.records;
    notes.push(...log.notes);
  } else {
    notes.push(`no audit branch ${ws.branch} in this clone: answers come from the merge history of the manifest only`);
  }
  const answer = await servedAt({ repoDir: ws.repoDir, ref, manifestFile: inRepo(ws, manifestPath(env)), env, at: new Date(atText), records, manifest, ...(model ? { model } : {}) });
  answer.notes.unshift(...notes);
  if ((stringOpt(p, 'format') ?? 'text') === 'json') io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
  else io.stdout(historyText(answer));
  return answer.entries.length > 0 ? EXIT.yes : EXIT.no;
}
