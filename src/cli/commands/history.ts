/** `modelgate history`: which version(s) served in an environment at a given time (DESIGN §5). */
import path from 'node:path';
import { historyText } from '../../audit/format.js';
import { servedAt } from '../../audit/history.js';
import { resolveAuditRef } from '../../audit/local.js';
import { onlineAccess, readVerifiedLog } from '../../audit/read.js';
import { auditWorkspace, inRepo } from '../../audit/workspace.js';
import type { AuditRecord } from '../../audit/records.js';
import { EXIT, UsageError } from '../../errors.js';
import { resolveCommit } from '../../git/git.js';
import { manifestPath } from '../../registry/loader.js';
import { nameProblem } from '../../registry/names.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import { onlineOptions } from './audit.js';
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
    ref: { type: 'string', help: '<ref>  the default branch whose first-parent line is the merge history (default: HEAD)' },
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
    'on GitHub by a trusted writer count; the answer names those left out.',
  ].join('\n'),
  examples: [
    'modelgate history --env production --at 2026-03-01T12:00:00Z',
    'modelgate history --env staging --at 2026-02-14T09:30:00+01:00 --model fraud-detector --format json',
  ],
};

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
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(atText) || Number.isNaN(Date.parse(atText))) {
    throw new UsageError(`--at must be an ISO 8601 time with a zone (e.g. 2026-03-01T12:00:00Z); got '${atText}'`);
  }
  const ws = await auditWorkspace(path.resolve(io.cwd, stringOpt(p, 'repo') ?? '.'), stringOpt(p, 'branch'));
  const ref = await resolveCommit(ws.repoDir, stringOpt(p, 'ref') ?? 'HEAD', '--ref');
  let records: AuditRecord[] = [];
  const notes: string[] = [];
  if (await resolveAuditRef(ws.repoDir, ws.branch)) {
    const online = boolOpt(p, 'online') ? await onlineAccess(io.env, ws.repoDir, stringOpt(p, 'github-repo'), ws.trustedWriters) : undefined;
    const log = await readVerifiedLog(ws.repoDir, ws.branch, online ? { online } : {});
    if (log.problem) {
      io.stderr(`audit log tampered: ${log.problem.message}\nmodelgate history refuses to answer from it; run \`modelgate audit verify\`.\n`);
      return EXIT.no;
    }
    records = log.records;
    notes.push(...log.notes);
  } else {
    notes.push(`no audit branch ${ws.branch} in this clone: answers come from the merge history of the manifest only`);
  }
  const answer = await servedAt({ repoDir: ws.repoDir, ref, manifestFile: inRepo(ws, manifestPath(env)), env, at: new Date(atText), records, ...(model ? { model } : {}) });
  answer.notes.unshift(...notes);
  if ((stringOpt(p, 'format') ?? 'text') === 'json') io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
  else io.stdout(historyText(answer));
  return answer.entries.length > 0 ? EXIT.yes : EXIT.no;
}
