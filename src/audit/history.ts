/**
 * "What served where, when" (DESIGN §5): the version(s) whose deployment to an environment last
 * succeeded at or before T, from the deployment (and rollback) records; for a model with no such
 * record, the manifest as merged on the default branch at T, saying so.
 *
 * Time: a record's finishedAt, a manifest's first-parent committer time (when the merge landed).
 * Clocks skew, so both are made monotone in their order of arrival: a record cannot have finished
 * before the record written before it, and a merge cannot land before its first parent did. An
 * entry counts from its (monotone) time on, inclusive: at exactly T the change has happened.
 */
import { git, readBlobs } from '../git/git.js';
import { parseYaml } from '../yaml/fast.js';
import type { ApprovalEvidence, AuditRecord, DeploymentData, PullRequestEvidence, RollbackData, ServingState } from './records.js';

export interface ServedEntry {
  model: string;
  environment: string;
  strategy: ServingState['strategy'];
  stable: string;
  candidate: string | null;
  traffic: number | null;
  /** deployment-record: a successful deployment (or rollback) record; manifest-merge: no record, the merged manifest. */
  source: 'deployment-record' | 'manifest-merge';
  /** From when this state held (the monotone time of its record or merge). */
  since: string;
  commit: string | null;
  pullRequest: { number: number; url: string | null; title: string | null; author: string | null; mergedBy: string | null } | null;
  approvals: ApprovalEvidence | null;
  record: { seq: number; hash: string; kind: string } | null;
  note: string;
}

export interface HistoryAnswer {
  environment: string;
  at: string;
  entries: ServedEntry[];
  notes: string[];
}

function monotone<T>(items: readonly T[], time: (t: T) => number): { item: T; time: number }[] {
  let floor = -Infinity;
  return items.map((item) => {
    floor = Math.max(floor, time(item));
    return { item, time: floor };
  });
}

/** Verification checks every record's schema; this keeps a reader of unverified records from crashing. */
function isServing(s: unknown): s is ServingState {
  return typeof s === 'object' && s !== null && typeof (s as ServingState).strategy === 'string' && typeof (s as ServingState).stable === 'string';
}

function servingOf(r: AuditRecord): { model: string; serving: ServingState } | null {
  if (r.kind === 'deployment') {
    const d = r.data as DeploymentData;
    return d.outcome === 'success' && d.finishedAt && isServing(d.serving) ? { model: d.model, serving: d.serving } : null;
  }
  if (r.kind === 'rollback') {
    const d = r.data as RollbackData;
    return d.outcome === 'success' && isServing(d.to) ? { model: d.model, serving: d.to } : null;
  }
  return null;
}

function recordTime(r: AuditRecord): number {
  const d = r.data as Partial<DeploymentData>;
  return Date.parse(d.finishedAt ?? r.decidedAt);
}

function prOf(pr: PullRequestEvidence | null): ServedEntry['pullRequest'] {
  return pr ? { number: pr.number, url: pr.url, title: pr.title, author: pr.author, mergedBy: pr.mergedBy } : null;
}

/** The last successful deployment per model at or before `at`, from records in log order. */
export function servedFromRecords(records: readonly AuditRecord[], env: string, at: number): Map<string, ServedEntry> {
  const out = new Map<string, ServedEntry>();
  const relevant = records.filter((r) => (r.kind === 'deployment' || r.kind === 'rollback') && (r.data as { environment?: string }).environment === env);
  // Approvals live on the registration/promotion record of the manifest commit that was deployed.
  const byCommit = new Map<string, AuditRecord>();
  for (const r of records) if (r.kind === 'registration' || r.kind === 'promotion') byCommit.set(r.commits.decision, r);
  for (const { item: r, time } of monotone(relevant, recordTime)) {
    if (time > at) break;
    const s = servingOf(r);
    if (!s) continue;
    const manifestCommit = r.kind === 'deployment' ? (r.data as DeploymentData).manifestCommit : r.commits.decision;
    const decided = byCommit.get(manifestCommit);
    out.set(s.model, {
      model: s.model,
      environment: env,
      strategy: s.serving.strategy,
      stable: s.serving.stable,
      candidate: s.serving.candidate ?? null,
      traffic: s.serving.traffic ?? null,
      source: 'deployment-record',
      since: new Date(time).toISOString(),
      commit: manifestCommit,
      pullRequest: prOf(r.pullRequest ?? decided?.pullRequest ?? null),
      approvals: r.approvals ?? decided?.approvals ?? null,
      record: { seq: r.seq, hash: r.hash, kind: r.kind },
      note: `${r.kind} record ${r.seq} (${r.kind === 'rollback' ? 'rollback' : 'deployment'} succeeded ${new Date(time).toISOString()})`,
    });
  }
  return out;
}

export interface FirstParent {
  sha: string;
  time: number;
  subject: string;
}

/** The default branch's first-parent line, oldest first: one git process. */
export async function firstParentLine(repoDir: string, ref: string): Promise<FirstParent[]> {
  const out = await git(repoDir, ['log', '--first-parent', '--reverse', '--format=%H%x00%ct%x00%s', ref, '--']);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [sha = '', ct = '0', subject = ''] = line.split('\0');
      return { sha, time: Number(ct) * 1000, subject };
    });
}

/** The first-parent commits that changed `file`, oldest first. */
async function touching(repoDir: string, ref: string, file: string): Promise<Set<string>> {
  const out = await git(repoDir, ['log', '--first-parent', '--format=%H', ref, '--', file]);
  return new Set(out.split('\n').filter(Boolean));
}

export function pullNumberFromSubject(subject: string): number | null {
  const m = /^Merge pull request #([0-9]+) /.exec(subject) ?? /\(#([0-9]+)\)$/.exec(subject);
  return m ? Number(m[1]) : null;
}

function modelsOf(bytes: Uint8Array | null | undefined): Map<string, ServingState> | null {
  if (!bytes) return null;
  const value = parseYaml(Buffer.from(bytes).toString('utf8')).value as { models?: Record<string, Partial<ServingState>> } | undefined;
  const map = new Map<string, ServingState>();
  for (const [name, e] of Object.entries(value?.models ?? {})) {
    if (!e || typeof e.stable !== 'string' || typeof e.strategy !== 'string') continue;
    map.set(name, { strategy: e.strategy, stable: e.stable, ...(typeof e.candidate === 'string' ? { candidate: e.candidate } : {}), ...(typeof e.traffic === 'number' ? { traffic: e.traffic } : {}) });
  }
  return map;
}

const sameState = (a: ServingState | undefined, b: ServingState | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The manifest as merged at `at`, per model, with the first-parent commit that last changed that
 * model's entry. Blobs are read backwards in batches only as far as needed.
 */
/** The git half of the manifest history: the first-parent line and the commits that touched the manifest. */
export interface ManifestLine {
  line: { item: FirstParent; time: number }[];
  changed: Set<string>;
}

export async function manifestLine(repoDir: string, ref: string, manifestFile: string): Promise<ManifestLine> {
  const [parents, changed] = await Promise.all([firstParentLine(repoDir, ref), touching(repoDir, ref, manifestFile)]);
  return { line: monotone(parents, (c) => c.time), changed };
}

export async function servedFromManifest(
  repoDir: string,
  ref: string,
  manifestFile: string,
  env: string,
  at: number,
  records: readonly AuditRecord[],
  read?: Promise<ManifestLine>,
): Promise<{ entries: Map<string, ServedEntry>; merged: string | null }> {
  const { line, changed } = await (read ?? manifestLine(repoDir, ref, manifestFile));
  const upTo = line.filter((c) => c.time <= at);
  const versions = upTo.filter((c) => changed.has(c.item.sha));
  const entries = new Map<string, ServedEntry>();
  const last = versions[versions.length - 1];
  if (!last) return { entries, merged: null };
  const decided = new Map<string, AuditRecord>();
  for (const r of records) if (r.kind === 'registration' || r.kind === 'promotion') decided.set(r.commits.decision, r);

  const blobOf = async (list: typeof versions) => readBlobs(repoDir, list.map((c) => `${c.item.sha}:${manifestFile}`));
  const now = modelsOf((await blobOf([last])).get(`${last.item.sha}:${manifestFile}`));
  if (!now) return { entries, merged: last.item.sha };
  const pending = new Map(now);
  // Where each model's current entry was introduced: walk back until it differs.
  const introduced = new Map<string, (typeof versions)[number]>();
  for (const name of pending.keys()) introduced.set(name, last);
  let i = versions.length - 2;
  const BATCH = 64;
  while (pending.size > 0 && i >= 0) {
    const batch = versions.slice(Math.max(0, i - BATCH + 1), i + 1).reverse();
    const blobs = await blobOf(batch);
    for (const c of batch) {
      const models = modelsOf(blobs.get(`${c.item.sha}:${manifestFile}`));
      for (const [name, state] of [...pending]) {
        if (models && sameState(models.get(name), state)) introduced.set(name, c);
        else pending.delete(name);
      }
      if (pending.size === 0) break;
    }
    i -= BATCH;
  }
  for (const [name, state] of now) {
    const c = introduced.get(name)!;
    const record = decided.get(c.item.sha);
    const number = record?.pullRequest?.number ?? pullNumberFromSubject(c.item.subject);
    entries.set(name, {
      model: name,
      environment: env,
      strategy: state.strategy,
      stable: state.stable,
      candidate: state.candidate ?? null,
      traffic: state.traffic ?? null,
      source: 'manifest-merge',
      since: new Date(c.time).toISOString(),
      commit: c.item.sha,
      pullRequest: record?.pullRequest ? prOf(record.pullRequest) : number !== null ? { number, url: null, title: null, author: null, mergedBy: null } : null,
      approvals: record?.approvals ?? null,
      record: record ? { seq: record.seq, hash: record.hash, kind: record.kind } : null,
      note: `no successful deployment record for ${name} in ${env} at or before this time: taken from ${manifestFile} as merged at ${new Date(c.time).toISOString()} (commit ${c.item.sha.slice(0, 12)})${record ? '' : number !== null ? `; pull request #${number} read from the commit message, no audit record` : '; no audit record'}`,
    });
  }
  return { entries, merged: last.item.sha };
}

export interface HistoryQuery {
  repoDir: string;
  /** The default branch (or any ref) whose first-parent line is the merge history. */
  ref: string;
  /** The manifest's path inside the git repository. */
  manifestFile: string;
  env: string;
  at: Date;
  model?: string;
  records: readonly AuditRecord[];
  /** The manifest's git history, when the caller started reading it early (alongside the audit log). */
  manifest?: Promise<ManifestLine>;
}

export async function servedAt(q: HistoryQuery): Promise<HistoryAnswer> {
  const at = q.at.getTime();
  const fromRecords = servedFromRecords(q.records, q.env, at);
  const fromManifest = await servedFromManifest(q.repoDir, q.ref, q.manifestFile, q.env, at, q.records, q.manifest);
  const names = new Set([...fromRecords.keys(), ...fromManifest.entries.keys()]);
  const entries = [...names]
    .filter((n) => q.model === undefined || n === q.model)
    .sort()
    .map((n) => fromRecords.get(n) ?? fromManifest.entries.get(n)!);
  const notes: string[] = [];
  if (q.records.length === 0) notes.push('no audit records were read: every answer comes from the manifest merge history');
  if (entries.length === 0) notes.push(`nothing served in ${q.env} at ${q.at.toISOString()}${q.model ? ` for ${q.model}` : ''} by the records or the merged manifest`);
  return { environment: q.env, at: q.at.toISOString(), entries, notes };
}
