/** `modelgate evidence`: an auditor's bundle for one model version, JSON and a readable report. */
import { mkdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evidenceMarkdown, recordsAbout, type EvidenceBundle } from '../../audit/format.js';
import { onlineAccess, readVerifiedLog } from '../../audit/read.js';
import { auditWorkspace } from '../../audit/workspace.js';
import { EXIT, ToolError, UsageError } from '../../errors.js';
import { loadDocument } from '../../registry/document.js';
import { cardPath, modelPath } from '../../registry/loader.js';
import { nameProblem, versionProblem } from '../../registry/names.js';
import { GitSource } from '../../registry/git-source.js';
import { FsSource } from '../../registry/source.js';
import { boolOpt, formatHelp, parseCommand, stringOpt, type CommandSpec } from '../args.js';
import { anchorsRef, onlineOptions, problemLine } from './audit.js';
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

function fsReason(err: unknown): string {
  const code = (err as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left on the device';
  return (err as Error).message;
}

/**
 * Creates `dir` and any missing parents one level at a time. Not mkdir({ recursive: true }): on
 * Node 20 it loops forever under /proc. A path that exists and is not a directory is a usage error.
 */
async function ensureDir(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch (err) {
    if ((err as { code?: string }).code !== 'ENOENT') throw new ToolError(`--out ${dir}: ${fsReason(err)}`);
  }
  if (info) {
    if (!info.isDirectory()) throw new UsageError(`--out ${dir} is not a directory`);
    return;
  }
  const parent = path.dirname(dir);
  if (parent !== dir) await ensureDir(parent);
  try {
    await mkdir(dir);
  } catch (err) {
    if ((err as { code?: string }).code === 'EEXIST') return ensureDir(dir);
    throw new ToolError(`--out ${dir}: cannot create the directory: ${fsReason(err)}`);
  }
}

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
  const v = await readVerifiedLog(ws.repoDir, ws.branch, online ? { online, laterRef: await anchorsRef(ws) } : {});
  if (v.problem) {
    io.stderr(`${problemLine(v.problem)}no evidence bundle is written from a log that fails verification.\n`);
    return EXIT.no;
  }
  const source = new FsSource(registryDir);
  const records = recordsAbout(v.records, model, version);
  // The card as merged with the decision (the first record naming it), not as checked out now;
  // the working tree only when no record names the card or its commit is not in the clone.
  const decided = records.find((r) => r.cards.some((c) => c.model === model && c.version === version));
  let card: Awaited<ReturnType<typeof loadDocument>> = null;
  let readFrom = 'the working tree';
  if (decided) {
    try {
      card = await loadDocument(new GitSource(ws.repoDir, decided.commits.decision, ws.prefix), cardPath(model, version), 'card');
      if (card) readFrom = `commit ${decided.commits.decision}`;
    } catch {
      card = null; // the decision commit is not in this clone
    }
  }
  card ??= await loadDocument(source, cardPath(model, version), 'card');
  // A typo must not come back as an empty bundle: nothing in the registry or the log knows the name.
  if (!card && records.length === 0) {
    const known = (await source.size(modelPath(model))) !== null || recordsAbout(v.all, model).length > 0;
    throw new UsageError(known ? `no version ${version} of ${model}: no ${cardPath(model, version)} in the registry and no audit record about it` : `no model '${model}': no ${modelPath(model)} in the registry and no audit record about it`);
  }
  // The card read must be the card the records were decided on.
  const recorded = [...new Set(records.flatMap((r) => r.cards.filter((c) => c.model === model && c.version === version).map((c) => c.digest)))];
  const bundle: EvidenceBundle = {
    schemaVersion: 1,
    model,
    version,
    generatedAt: new Date().toISOString(),
    log: { branch: ws.branch, commit: v.commit, records: v.all.length, verified: true, anchorsChecked: v.anchorsChecked, refused: v.refused.map((r) => ({ seq: r.record.seq, kind: r.record.kind, subject: r.record.subject, reason: r.reason })) },
    card: card ? { path: cardPath(model, version), readFrom, digest: card.digest ?? null, recordedDigests: recorded, matchesRecords: recorded.length === 0 ? null : recorded.length === 1 && recorded[0] === card.digest, content: card.value ?? card.raw ?? null } : null,
    records,
  };
  const dir = path.resolve(io.cwd, out);
  await ensureDir(dir);
  try {
    await writeFile(path.join(dir, 'evidence.json'), `${JSON.stringify(bundle, null, 2)}\n`);
    await writeFile(path.join(dir, 'evidence.md'), evidenceMarkdown(bundle));
  } catch (err) {
    throw new ToolError(`--out ${dir}: cannot write the bundle there: ${fsReason(err)}`);
  }
  io.stdout(`wrote ${path.join(dir, 'evidence.json')} and evidence.md: ${bundle.records.length} records about ${model} ${version}${card ? `; the card read from ${readFrom}` : '; the card is not in this checkout'}\n`);
  if (bundle.card?.matchesRecords === false) io.stderr(`warning: ${bundle.card.path} as read from ${readFrom} (sha256 ${bundle.card.digest ?? '?'}) is not the card the records were decided on (${recorded.join(', ')})\n`);
  return EXIT.yes;
}
