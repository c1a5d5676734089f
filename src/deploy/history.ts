/**
 * Serving history: when each version started (and stopped) serving an environment, which bake
 * time and rollback detection need (DESIGN §5 "served at time T").
 *
 * Until deployment records exist (the audit work), the only evidence is git: the first-parent
 * history of `deployments/<env>.yaml` on the base branch. A manifest's merge is taken as the
 * moment it started serving, which is what DESIGN §5 prescribes as the fallback, and every span
 * says so (`source: 'manifest-merge'`). Records will implement `ServingHistory` too and replace
 * or refine these spans without the promotion rules changing.
 */
import { git, readBlobs } from '../git/git.js';
import { parseDocumentBytes } from '../registry/document.js';
import { manifestPath } from '../registry/loader.js';
import type { ManifestDoc, ServingEntry } from '../registry/types.js';
import { verifyChain } from '../audit/chain.js';
import { readLocalLog, resolveAuditRef } from '../audit/local.js';
import type { AuditRecord, DeploymentData, RollbackData } from '../audit/records.js';

export interface ManifestSnapshot {
  commit: string;
  /** Committer time of the commit on the first-parent chain, ms since the epoch, as git stores it. */
  committedAt: number;
  /** The time used: `committedAt` raised to its predecessor's when the clock went backwards (see `orderTimes`). */
  time: number;
  /** The manifest at that commit; null when the file is absent or does not pass its schema. */
  manifest: ManifestDoc | null;
  invalid?: boolean;
}

/** A version serving an environment fully: alone, at 100%, or as the stable/champion/blue. */
export interface ServingSpan {
  env: string;
  model: string;
  version: string;
  since: string;
  commit: string;
  /** When it stopped serving fully; null while it still does. */
  until: string | null;
  untilCommit: string | null;
  /** True when a commit time was raised to keep the chain in order (clock skew). */
  timeAdjusted: boolean;
  /** Where `since` comes from: a successful deployment's record, or (without one) the manifest's merge. */
  source: 'manifest-merge' | 'deployment-record';
}

/** One model's current entry in an environment, and the commit that last changed it. */
export interface EntryState {
  env: string;
  model: string;
  entry: ServingEntry;
  since: string;
  commit: string;
  timeAdjusted: boolean;
  source: 'manifest-merge';
}

export interface ServingHistory {
  /** For messages: where the history comes from. */
  readonly description: string;
  spans(env: string): Promise<ServingSpan[]>;
  current(env: string): Promise<EntryState[]>;
}

/**
 * The version that takes all live traffic, or the one the strategy treats as the baseline: a
 * canary or blue-green candidate at 100% has replaced the stable; otherwise the stable (direct,
 * champion of an A/B test, blue, the primary behind a shadow) is what serves.
 */
export function fullyServing(entry: ServingEntry): string {
  if ((entry.strategy === 'canary' || entry.strategy === 'blue-green') && entry.candidate && entry.traffic === 100) return entry.candidate;
  return entry.stable;
}

/**
 * Commit times on a first-parent chain should only grow, but committer clocks lie (a laptop an
 * hour behind, a rebase that kept old dates). A commit cannot have landed before its parent did,
 * so a time earlier than the one before it is raised to that time. This only ever shortens a
 * span, so bake time is never overstated by skew. Input: oldest first.
 */
export function orderTimes(snapshots: Omit<ManifestSnapshot, 'time'>[]): ManifestSnapshot[] {
  let last = -Infinity;
  return snapshots.map((s) => {
    const time = Math.max(s.committedAt, last);
    last = time;
    return { ...s, time };
  });
}

/** Serving spans per model from manifest snapshots, oldest first. */
export function spansFromSnapshots(env: string, snapshots: readonly ManifestSnapshot[]): ServingSpan[] {
  const done: ServingSpan[] = [];
  const open = new Map<string, ServingSpan>();
  for (const snap of snapshots) {
    const at = new Date(snap.time).toISOString();
    const adjusted = snap.time !== snap.committedAt;
    const now = new Map<string, string>();
    for (const [model, entry] of Object.entries(snap.manifest?.models ?? {})) now.set(model, fullyServing(entry));
    for (const [model, span] of open) {
      if (now.get(model) !== span.version) {
        done.push({ ...span, until: at, untilCommit: snap.commit });
        open.delete(model);
      }
    }
    for (const [model, version] of now) {
      if (!open.has(model)) open.set(model, { env, model, version, since: at, commit: snap.commit, until: null, untilCommit: null, timeAdjusted: adjusted, source: 'manifest-merge' });
    }
  }
  return [...done, ...open.values()].sort((a, b) => a.since.localeCompare(b.since) || a.model.localeCompare(b.model));
}

/** Each model's entry in the newest snapshot, dated by the oldest commit since which it has not changed. */
export function currentFromSnapshots(env: string, snapshots: readonly ManifestSnapshot[]): EntryState[] {
  const latest = snapshots.at(-1)?.manifest;
  if (!latest) return [];
  const out: EntryState[] = [];
  for (const [model, entry] of Object.entries(latest.models)) {
    const key = entryKey(entry);
    let since = snapshots.length - 1;
    while (since > 0 && entryKey(snapshots[since - 1]!.manifest?.models[model]) === key) since--;
    const snap = snapshots[since]!;
    out.push({ env, model, entry, since: new Date(snap.time).toISOString(), commit: snap.commit, timeAdjusted: snap.time !== snap.committedAt, source: 'manifest-merge' });
  }
  return out.sort((a, b) => a.model.localeCompare(b.model));
}

function entryKey(entry: ServingEntry | undefined): string {
  return entry ? JSON.stringify([entry.strategy, entry.stable, entry.candidate ?? null, entry.traffic ?? null]) : '';
}

/**
 * The manifest at every commit of `ref`'s first-parent chain that changed it, oldest first.
 * First-parent, because on the base branch a merge commit is the moment a change landed; the
 * commits of the merged branch carry the times they were written, not merged. `--full-history`
 * keeps a merge whose manifest equals its second parent's from being simplified away.
 */
export async function readManifestSnapshots(repo: string, ref: string, env: string, prefix = ''): Promise<ManifestSnapshot[]> {
  const file = `${prefix ? `${prefix.replace(/\/$/, '')}/` : ''}${manifestPath(env)}`;
  const log = await git(repo, ['log', '--first-parent', '--full-history', '--format=%H %ct', ref, '--', file]);
  const commits = log
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const [commit, seconds] = l.split(' ');
      return { commit: commit!, committedAt: Number(seconds) * 1000 };
    })
    .reverse();
  const blobs = await readBlobs(repo, commits.map((c) => `${c.commit}:${file}`));
  return orderTimes(
    commits.map((c) => {
      const bytes = blobs.get(`${c.commit}:${file}`) ?? null;
      if (!bytes) return { ...c, manifest: null };
      const doc = parseDocumentBytes(bytes, manifestPath(env), 'manifest', {});
      return doc.value ? { ...c, manifest: doc.value as ManifestDoc } : { ...c, manifest: null, invalid: true };
    }),
  );
}

/** History read from git at one commit of the base branch. */
export class GitServingHistory implements ServingHistory {
  readonly description: string;
  private cache = new Map<string, Promise<ManifestSnapshot[]>>();

  constructor(
    readonly repo: string,
    readonly ref: string,
    readonly prefix = '',
  ) {
    this.description = `first-parent git history of deployments/*.yaml at ${ref.slice(0, 12)} (manifest merge times; no deployment records yet)`;
  }

  snapshots(env: string): Promise<ManifestSnapshot[]> {
    let s = this.cache.get(env);
    if (!s) this.cache.set(env, (s = readManifestSnapshots(this.repo, this.ref, env, this.prefix)));
    return s;
  }

  async spans(env: string): Promise<ServingSpan[]> {
    return spansFromSnapshots(env, await this.snapshots(env));
  }

  async current(env: string): Promise<EntryState[]> {
    return currentFromSnapshots(env, await this.snapshots(env));
  }
}

/**
 * Spans from the audit log's successful `deployment` (and `rollback`) records of one environment:
 * DESIGN §5's "served at time T" — a version serves from the moment its deployment succeeded, not
 * from the merge that asked for it (a blocked or failed deployment never started serving anything).
 * Records in log order; only those finished by `upTo` count.
 */
export function spansFromRecords(env: string, records: readonly AuditRecord[], upTo: number): Map<string, ServingSpan[]> {
  const out = new Map<string, ServingSpan[]>();
  const open = new Map<string, ServingSpan>();
  let last = -Infinity;
  for (const r of records) {
    const d = r.data as Partial<DeploymentData> & Partial<RollbackData>;
    if (d.environment !== env || d.outcome !== 'success') continue;
    const serving = r.kind === 'deployment' ? d.serving : r.kind === 'rollback' ? d.to : undefined;
    if (!serving || !d.model) continue;
    // Log order is the order of events; a clock that went backwards between two appends is raised, as for commits.
    const raw = Date.parse((r.kind === 'deployment' ? d.finishedAt : null) ?? r.decidedAt);
    const time = Math.max(raw, last);
    last = time;
    if (time > upTo) break;
    const at = new Date(time).toISOString();
    const commit = r.kind === 'deployment' && d.manifestCommit ? d.manifestCommit : r.commits.decision;
    const version = fullyServing(serving as ServingEntry);
    const current = open.get(d.model);
    if (current && current.version === version) continue;
    if (current) {
      current.until = at;
      current.untilCommit = commit;
    }
    const span: ServingSpan = { env, model: d.model, version, since: at, commit, until: null, untilCommit: null, timeAdjusted: time !== raw, source: 'deployment-record' };
    open.set(d.model, span);
    out.set(d.model, [...(out.get(d.model) ?? []), span]);
  }
  return out;
}

/**
 * The git history with each model's spans replaced by those of its deployment records, for models
 * that have any; a model deployed before modelgate recorded deployments keeps its merge times.
 */
export class RecordedServingHistory implements ServingHistory {
  readonly description: string;

  constructor(
    private readonly fallback: ServingHistory,
    private readonly records: readonly AuditRecord[],
    private readonly upTo: number,
    where: string,
  ) {
    this.description = `deployment records on ${where} (hash chain verified) where a model has them; otherwise ${fallback.description}`;
  }

  async spans(env: string): Promise<ServingSpan[]> {
    const recorded = spansFromRecords(env, this.records, this.upTo);
    const merged = (await this.fallback.spans(env)).filter((s) => !recorded.has(s.model));
    return [...merged, ...[...recorded.values()].flat()].sort((a, b) => a.since.localeCompare(b.since) || a.model.localeCompare(b.model));
  }

  current(env: string): Promise<EntryState[]> {
    return this.fallback.current(env);
  }
}

/** A history with a note on why deployment records were not used (the log did not verify). */
export class NotedHistory implements ServingHistory {
  readonly description: string;

  constructor(
    private readonly inner: ServingHistory,
    note: string,
  ) {
    this.description = `${inner.description}; ${note}`;
  }

  spans(env: string): Promise<ServingSpan[]> {
    return this.inner.spans(env);
  }

  current(env: string): Promise<EntryState[]> {
    return this.inner.current(env);
  }
}

/**
 * The serving history a plan judges bake time by: the audit branch's deployment records when the
 * clone has the branch and its hash chain verifies, else the manifest merges. A log that does not
 * verify is not used at all (and the history says so): a tampered record must not shorten or
 * lengthen a bake. Anchors are checked online by `audit verify --online`, not here.
 */
export async function withDeploymentRecords(history: ServingHistory, repoDir: string, branch: string, upTo: number): Promise<ServingHistory> {
  const found = await resolveAuditRef(repoDir, branch).catch(() => null);
  if (!found) return history;
  const log = await readLocalLog(repoDir, branch);
  const verdict = verifyChain(log.entries);
  if (!verdict.ok) return new NotedHistory(history, `the audit log on ${found.ref} does not verify (${verdict.problem?.message ?? 'unknown problem'}), so its deployment records are not used`);
  return new RecordedServingHistory(history, log.entries.map((e) => e.record!), upTo, found.ref);
}

/** A history that knows nothing: a registry with no commits yet. */
export const EMPTY_HISTORY: ServingHistory = { description: 'no history (no commits)', spans: async () => [], current: async () => [] };
