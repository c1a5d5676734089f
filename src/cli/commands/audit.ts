/**
 * `modelgate audit verify|show`: the hash-chained audit log read from a local clone; `--online`
 * also checks each record's anchor (a commit status from the trusted writer) on GitHub.
 */
import path from 'node:path';
import type { ChainProblem } from '../../audit/chain.js';
import { recordMarkdown, recordsAbout } from '../../audit/format.js';
import { verifyLocal } from '../../audit/local.js';
import { checkOnline, onlineAccess, readVerifiedLog } from '../../audit/read.js';
import { auditWorkspace, defaultBranchRef, type AuditWorkspace } from '../../audit/workspace.js';
import { EXIT, UsageError } from '../../errors.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import type { CliIO } from '../io.js';

const SUBCOMMANDS = {
  verify: 'recompute every hash and link of the audit log (and, --online, check the anchors on GitHub)',
  show: 'print the audit records, all or those about a model (version)',
} as const;

export const spec: CommandSpec = {
  name: 'audit',
  summary: 'the tamper-evident audit log: verify it, show its records',
  usage: 'modelgate audit <verify|show> [options]',
  options: {},
  details: ['Subcommands:', ...Object.entries(SUBCOMMANDS).map(([n, s]) => `  ${n.padEnd(8)}${s}`), '', 'Run `modelgate audit <subcommand> --help` for its options.'].join('\n'),
  examples: ['modelgate audit verify', 'modelgate audit show --model fraud-detector --format markdown'],
  allowPositionals: true,
};

/** --online for the commands that answer from the log: only records anchored by a trusted writer are used. */
export const onlineOptions = {
  online: { type: 'boolean', help: 'use only records anchored on GitHub by a trusted writer (token: GITHUB_TOKEN; API: GITHUB_API_URL)' },
  'github-repo': { type: 'string', help: '<owner/name>  the repository on GitHub (default: from the origin remote)' },
} as const;

const common = {
  repo: { type: 'string', help: '<dir>  the registry (default: current directory), inside a clone holding the audit branch' },
  branch: { type: 'string', help: '<name>  the audit branch (default: modelgate.yaml audit.branch, else modelgate-audit); the local branch, else origin/<name>' },
} as const;

export const verifySpec: CommandSpec = {
  name: 'audit verify',
  summary: SUBCOMMANDS.verify,
  usage: 'modelgate audit verify [--repo <dir>] [--branch <name>] [--online [--github-repo <owner/name>]] [--format text|json]',
  options: {
    ...common,
    online: { type: 'boolean', help: 'also check every record\'s anchor on GitHub (token: GITHUB_TOKEN; API: GITHUB_API_URL)' },
    'github-repo': { type: 'string', help: '<owner/name>  the repository on GitHub (default: from the origin remote)' },
    format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
  },
  details: [
    'Offline it finds the first record modified, removed, reordered, inserted or forged, a record that',
    'does not match schemas/record-v1.schema.json, an index that disagrees with the records, any branch',
    'commit that deleted or edited a record, a merge commit on the branch, and keys/ entries that are',
    'not exactly one per record. A consistent rewrite of the whole branch needs --online: anchors',
    'written when each record was made catch it, as they catch a tail truncated by a force-push.',
    'A shallow clone cannot be verified (exit 2): git fetch --unshallow origin, or fetch-depth: 0.',
  ].join('\n'),
  examples: ['modelgate audit verify', 'git fetch origin modelgate-audit && modelgate audit verify --online', 'modelgate audit verify --branch audit-log --format json'],
};

export const showSpec: CommandSpec = {
  name: 'audit show',
  summary: SUBCOMMANDS.show,
  usage: 'modelgate audit show [--repo <dir>] [--branch <name>] [--model <m>] [--version <v>] [--online] [--format text|markdown|json]',
  options: {
    ...common,
    ...onlineOptions,
    model: { type: 'string', help: '<name>  only records about this model' },
    version: { type: 'string', help: '<semver>  only records about this version (with --model)' },
    format: { type: 'string', choices: ['text', 'markdown', 'json'], help: 'text|markdown|json  output format (default: text, which is Markdown)' },
  },
  details: 'The log is verified first (offline); a log that fails verification is not shown (exit 1). With --online only the records anchored by a trusted writer are shown; the others are named on stderr.',
  examples: ['modelgate audit show --model fraud-detector --version 1.3.0', 'modelgate audit show --format json | jq ".[] | .kind"'],
};

export function problemLine(p: ChainProblem): string {
  return p.kind === 'not-a-log' ? `${p.message}\n` : `audit log tampered: ${p.message}\n`;
}

/** Where a truncated tail's anchors are looked for: the default branch, else HEAD. */
export async function anchorsRef(ws: AuditWorkspace): Promise<string> {
  return (await defaultBranchRef(ws))?.commit ?? 'HEAD';
}

async function verify(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(verifySpec, argv);
  if (p.help) {
    io.stdout(formatHelp(verifySpec));
    return EXIT.yes;
  }
  const ws = await auditWorkspace(path.resolve(io.cwd, stringOpt(p, 'repo') ?? '.'), stringOpt(p, 'branch'));
  const v = await verifyLocal(ws.repoDir, ws.branch);
  let problem = v.problem;
  let anchors = 0;
  if (!problem && boolOpt(p, 'online')) {
    const access = await onlineAccess(io.env, ws.repoDir, stringOpt(p, 'github-repo'), ws.trustedWriters);
    const o = await checkOnline(ws.repoDir, v.records, access, await anchorsRef(ws));
    anchors = o.anchors.length;
    problem = o.strict;
  }
  const format = stringOpt(p, 'format') ?? 'text';
  if (format === 'json') {
    io.stdout(`${JSON.stringify({ verified: !problem, records: v.records.length, branch: ws.branch, ref: v.ref, commit: v.commit, online: boolOpt(p, 'online'), anchors, problem }, null, 2)}\n`);
  } else if (problem) {
    io.stdout(problemLine(problem));
  } else {
    io.stdout(`${v.records.length} records verified (${v.ref.replace(/^refs\/(heads|remotes)\//, '')} at ${v.commit.slice(0, 12)}${boolOpt(p, 'online') ? `; every record anchored by ${ws.trustedWriters.join(' or ')}` : '; anchors not checked: add --online'})\n`);
  }
  return problem ? EXIT.no : EXIT.yes;
}

async function show(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(showSpec, argv);
  if (p.help) {
    io.stdout(formatHelp(showSpec));
    return EXIT.yes;
  }
  const model = stringOpt(p, 'model');
  const version = stringOpt(p, 'version');
  if (version && !model) throw new UsageError('--version needs --model');
  const ws = await auditWorkspace(path.resolve(io.cwd, stringOpt(p, 'repo') ?? '.'), stringOpt(p, 'branch'));
  const online = boolOpt(p, 'online') ? await onlineAccess(io.env, ws.repoDir, stringOpt(p, 'github-repo'), ws.trustedWriters) : undefined;
  const log = await readVerifiedLog(ws.repoDir, ws.branch, online ? { online, laterRef: await anchorsRef(ws) } : {});
  if (log.problem) {
    io.stderr(problemLine(log.problem));
    return EXIT.no;
  }
  for (const r of log.refused) io.stderr(`not shown: record ${r.record.seq} (${r.record.kind} ${r.record.subject}): ${r.reason}\n`);
  const records = recordsAbout(log.records, model, version);
  const checked = log.anchorsChecked ? `chain verified; ${log.refused.length} unanchored record(s) left out` : 'chain verified offline; anchors not checked: add --online';
  if ((stringOpt(p, 'format') ?? 'markdown') === 'json') io.stdout(`${JSON.stringify(records, null, 2)}\n`);
  else io.stdout(`# Audit records${model ? ` about ${model}${version ? ` ${version}` : ''}` : ''}\n\n${records.length} of ${log.all.length} records (${checked}).\n\n${records.map(recordMarkdown).join('\n')}`);
  return EXIT.yes;
}

/** Errors name the subcommand: "modelgate audit verify: …". */
export function errorLabel(argv: string[]): string {
  return argv[0] !== undefined && Object.hasOwn(SUBCOMMANDS, argv[0]) ? `audit ${argv[0]}` : 'audit';
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'verify') return verify(rest, io);
  if (sub === 'show') return show(rest, io);
  const p = parseCommand(spec, argv);
  if (p.help || sub === undefined) {
    io.stdout(formatHelp(spec));
    return sub === undefined && !p.help ? EXIT.usage : EXIT.yes;
  }
  throw new UsageError(`unknown audit subcommand '${sub}': ${Object.keys(SUBCOMMANDS).join(', ')}`);
}
