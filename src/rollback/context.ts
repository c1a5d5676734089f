/**
 * What the known-good search needs from a local clone: when each version served the environment
 * (the first-parent history of its manifest on the base ref, src/deploy/history.ts), the monitor
 * verdicts (the audit branch, verified before it is believed), and the environment's bake time.
 */
import { ToolError, UsageError } from '../errors.js';
import { readVerifiedLog, type OnlineAccess } from '../audit/read.js';
import type { AuditRecord, DeploymentData, RollbackData, ServingState } from '../audit/records.js';
import { parseDuration } from '../deploy/duration.js';
import { fullyServing, GitServingHistory, type ManifestSnapshot } from '../deploy/history.js';
import type { ConfigDoc } from '../registry/types.js';
import { verdictsFromRecords, type RollbackSpan, type VerdictEvidence } from './known-good.js';

export interface RollbackContext {
  spans: RollbackSpan[];
  verdicts: VerdictEvidence[];
  bakeMs: number;
  /** When `version` of `model` started serving the environment (stable or candidate), without a break until now. */
  servingSince: (model: string, version: string) => number | undefined;
  /** The audit records read (for evidence links); empty when there is no audit branch. */
  records: AuditRecord[];
  notes: string[];
}

export function bakeTimeMs(config: ConfigDoc, env: string): number {
  const e = config.environments.find((x) => x.name === env);
  return parseDuration(e?.bakeTime) ?? 0;
}

/**
 * The audit log's records the search may believe: the chain verified offline (a tampered log gives
 * no answer: the search refuses rather than guess) and, with `online`, only records anchored on
 * GitHub by a trusted writer (DESIGN §2: anyone with `contents: write` could add a "healthy" verdict
 * to the branch, not the anchor). No audit branch in the clone: no records, with a note.
 */
export async function auditRecords(repoDir: string, branch: string, online?: OnlineAccess): Promise<{ records: AuditRecord[]; notes: string[] }> {
  let log;
  try {
    log = await readVerifiedLog(repoDir, branch, online ? { online } : {});
  } catch (err) {
    if (err instanceof UsageError) return { records: [], notes: [`no audit branch '${branch}' in the clone: no monitor verdicts are known, so no version counts as healthy`] };
    throw err;
  }
  if (log.problem) {
    throw new ToolError(`the audit log on ${branch} fails verification (${log.problem.kind}: ${log.problem.message}); run \`modelgate audit verify\` before rolling back`);
  }
  return { records: log.records, notes: log.notes };
}

/**
 * Spans of full service from the audit log's successful deployment and rollback records of `env`
 * (DESIGN §5: what served is what last deployed successfully), in log order, each at its finish time
 * made monotone (a record cannot finish before the one written before it).
 */
export function spansFromRecords(records: readonly AuditRecord[], env: string): RollbackSpan[] {
  const done: RollbackSpan[] = [];
  const open = new Map<string, RollbackSpan>();
  let floor = -Infinity;
  for (const r of records) {
    let model: string;
    let serving: ServingState;
    let at: number;
    let commit: string;
    if (r.kind === 'deployment') {
      const d = r.data as DeploymentData;
      if (d.environment !== env || d.outcome !== 'success' || !d.finishedAt) continue;
      [model, serving, at, commit] = [d.model, d.serving, Date.parse(d.finishedAt), d.manifestCommit];
    } else if (r.kind === 'rollback') {
      const d = r.data as RollbackData;
      if (d.environment !== env || d.outcome !== 'success') continue;
      [model, serving, at, commit] = [d.model, d.to, Date.parse(r.decidedAt), r.commits.decision];
    } else continue;
    if (Number.isNaN(at)) continue;
    const adjusted = at < floor;
    floor = Math.max(floor, at);
    const since = new Date(floor).toISOString();
    const version = fullyServing(serving);
    const current = open.get(model);
    if (current?.version === version) continue;
    if (current) done.push({ ...current, until: since, untilCommit: commit });
    open.set(model, { env, model, version, since, commit, until: null, untilCommit: null, timeAdjusted: adjusted, source: 'deployment-record' });
  }
  return [...done, ...open.values()];
}

/**
 * Deployment records where a model has them, the manifest's merge history where it has none: the
 * same rule as `modelgate history` (DESIGN §5).
 */
export function mergeSpans(fromManifest: readonly RollbackSpan[], fromRecords: readonly RollbackSpan[]): RollbackSpan[] {
  const recorded = new Set(fromRecords.map((s) => s.model));
  return [...fromManifest.filter((s) => !recorded.has(s.model)), ...fromRecords].sort((a, b) => a.since.localeCompare(b.since) || a.model.localeCompare(b.model));
}

/**
 * The start of the newest unbroken run of manifest snapshots in which the model's entry serves
 * `version` (as stable or candidate): what `initialDelay` counts from. Manifest merge times, the
 * DESIGN §5 fallback until deployment records carry the moment a deployment finished.
 */
export function servingStart(snapshots: readonly ManifestSnapshot[], model: string, version: string): number | undefined {
  let since: number | undefined;
  for (let i = snapshots.length - 1; i >= 0; i--) {
    const e = snapshots[i]!.manifest?.models[model];
    if (!e || (e.stable !== version && e.candidate !== version)) break;
    since = snapshots[i]!.time;
  }
  return since;
}

export async function rollbackContext(o: { repoDir: string; ref: string; env: string; config: ConfigDoc; auditBranch: string; prefix?: string; online?: OnlineAccess }): Promise<RollbackContext> {
  const history = new GitServingHistory(o.repoDir, o.ref, o.prefix ?? '');
  const [snapshots, spans, audit] = await Promise.all([history.snapshots(o.env), history.spans(o.env), auditRecords(o.repoDir, o.auditBranch, o.online)]);
  const recordSpans = spansFromRecords(audit.records, o.env);
  return {
    spans: mergeSpans(spans, recordSpans),
    verdicts: verdictsFromRecords(audit.records),
    bakeMs: bakeTimeMs(o.config, o.env),
    servingSince: (model, version) => servingStart(snapshots, model, version),
    records: audit.records,
    notes: [recordSpans.length ? `deployment records of ${o.env} in the audit log, where a model has them; otherwise ${history.description}` : history.description, ...audit.notes],
  };
}
