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
  source: 'manifest-merge';
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

/** A history that knows nothing: a registry with no commits yet. */
export const EMPTY_HISTORY: ServingHistory = { description: 'no history (no commits)', spans: async () => [], current: async () => [] };
