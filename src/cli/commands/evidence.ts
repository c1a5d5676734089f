/** `modelgate evidence`: an auditor's bundle for one model version, JSON and a readable report. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evidenceMarkdown, recordsAbout, type EvidenceBundle } from '../../audit/format.js';
import { onlineAccess, readVerifiedLog } from '../../audit/read.js';
import { auditWorkspace } from '../../audit/workspace.js';
import { EXIT, UsageError } from '../../errors.js';
import { loadDocument } from '../../registry/document.js';
import { cardPath } from '../../registry/loader.js';
import { nameProblem, versionProblem } from '../../registry/names.js';
import { FsSource } from '../../registry/source.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import { onlineOptions } from './audit.js';
import type { CliIO } from '../io.js';

export const spec: CommandSpec = {
  name: 'evidence',
  summary: 'write the evidence bundle of a model version: card, policy results, approvals, deployments, monitoring, rollbacks',
  usage: 'modelgate evidence <model> <version> --out <dir> [--repo <dir>] [--branch <name>] [--online]',
  options: {
    out: { type: 'string', help: '<dir>  where to write evidence.json and evidence.md (required; created if absent)' },
    repo: { type: 'string', help: '<dir>  the registry (default: current directory)' },
    branch: { type: 'string', help: '<name>  the audit branch (default: modelgate.yaml audit.branch, else modelgate-audit)' },
    ...onlineOptions,
  },
  details: 'The audit log is verified first (offline, with its branch history); a log that fails verification yields no bundle (exit 1). With --online only records anchored on GitHub by a trusted writer go in, and the bundle lists those left out.',
  examples: ['modelgate evidence fraud-detector 1.3.0 --out evidence/', 'modelgate evidence churn-model 2.0.1 --out /tmp/audit --repo registry/'],
  allowPositionals: true,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const p = parseCommand(spec, argv);
  if (p.help) {
    io.stdout(formatHelp(spec));
    return EXIT.yes;
  }
  const [model, version, ...extra] = p.positionals;
  const out = stringOpt(p, 'out');
  if (!model || !version || extra.length || !out) throw new UsageError('usage: modelgate evidence <model> <version> --out <dir>\nRun `modelgate evidence --help` for usage.');
  const problem = nameProblem(model, 'model') ?? versionProblem(version);
  if (problem) throw new UsageError(problem);
  const registryDir = path.resolve(io.cwd, stringOpt(p, 'repo') ?? '.');
  const ws = await auditWorkspace(registryDir, stringOpt(p, 'branch'));
  const online = boolOpt(p, 'online') ? await onlineAccess(io.env, ws.repoDir, stringOpt(p, 'github-repo'), ws.trustedWriters) : undefined;
  const v = await readVerifiedLog(ws.repoDir, ws.branch, online ? { online } : {});
  if (v.problem) {
    io.stderr(`audit log tampered: ${v.problem.message}\nno evidence bundle is written from a log that fails verification.\n`);
    return EXIT.no;
  }
  const card = await loadDocument(new FsSource(registryDir), cardPath(model, version), 'card');
  const records = recordsAbout(v.records, model, version);
  // The card as checked out must be the card the records were decided on.
  const recorded = [...new Set(records.flatMap((r) => r.cards.filter((c) => c.model === model && c.version === version).map((c) => c.digest)))];
  const bundle: EvidenceBundle = {
    schemaVersion: 1,
    model,
    version,
    generatedAt: new Date().toISOString(),
    log: { branch: ws.branch, commit: v.commit, records: v.all.length, verified: true, anchorsChecked: v.anchorsChecked, refused: v.refused.map((r) => ({ seq: r.record.seq, kind: r.record.kind, subject: r.record.subject, reason: r.reason })) },
    card: card ? { path: cardPath(model, version), digest: card.digest ?? null, recordedDigests: recorded, matchesRecords: recorded.length === 0 ? null : recorded.length === 1 && recorded[0] === card.digest, content: card.value ?? card.raw ?? null } : null,
    records,
  };
  const dir = path.resolve(io.cwd, out);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'evidence.json'), `${JSON.stringify(bundle, null, 2)}\n`);
  await writeFile(path.join(dir, 'evidence.md'), evidenceMarkdown(bundle));
  io.stdout(`wrote ${path.join(dir, 'evidence.json')} and evidence.md: ${bundle.records.length} records about ${model} ${version}${card ? '' : '; the card is not in this checkout'}\n`);
  if (bundle.card?.matchesRecords === false) io.stderr(`warning: ${bundle.card.path} in this checkout (sha256 ${bundle.card.digest ?? '?'}) is not the card the records were decided on (${recorded.join(', ')})\n`);
  return EXIT.yes;
}
