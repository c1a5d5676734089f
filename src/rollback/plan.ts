/**
 * What a rollback changes, decided offline: which version fails, what serves instead, the manifest
 * entry after the rollback, the rejected mark, and the incident key and branch that make the pull
 * request idempotent. The monitor (a critical rule failed) and the manual `rollback` action build
 * the same plan, so both take the same PR and evidence path.
 *
 * Strategies (DESIGN §6): shadow, canary, ab and blue-green keep their stable, which never stopped
 * serving; the failing candidate is removed (its traffic goes to 0, the shadow stops, blue-green
 * switches back to blue). The manifest schema requires a candidate for those strategies, so the
 * entry becomes `direct` on the stable. With `direct`, nothing else serves: the target is the last
 * known-good version, and when there is none the plan says so and no PR is proposed.
 */
import { UsageError } from '../errors.js';
import type { ModelDecision } from '../monitor/types.js';
import type { ServingEntry, VersionMark } from '../registry/types.js';
import { lastKnownGood, type KnownGood, type RollbackSpan, type VerdictEvidence } from './known-good.js';

export interface RollbackRequest {
  env: string;
  model: string;
  /** The model's manifest entry as it serves now. */
  current: ServingEntry;
  trigger: 'monitor' | 'manual';
  reason: string;
  /** The monitor's decision (trigger monitor). */
  decision?: ModelDecision;
  /** A version a person asked for (trigger manual). */
  version?: string;
  spans: readonly RollbackSpan[];
  bakeMs: number;
  now: number;
  verdicts: readonly VerdictEvidence[];
  marks: Readonly<Record<string, VersionMark>> | undefined;
}

interface PlanBase {
  env: string;
  model: string;
  trigger: 'monitor' | 'manual';
  reason: string;
  failing: string;
  from: ServingEntry;
  /** Deterministic: the same failing version in the same environment is the same incident. */
  incident: string;
  decision?: ModelDecision;
}

export interface RollbackPlan extends PlanBase {
  kind: 'rollback';
  /** The version that serves everything after the rollback. */
  target: string;
  to: ServingEntry;
  /** How the target was chosen. */
  targetFrom: 'stable-kept' | 'last-known-good' | 'requested';
  knownGood?: KnownGood;
  branch: string;
  mark: VersionMark;
}

/** No version qualifies: an issue says so; nothing is changed and nothing is guessed. */
export interface NoTargetPlan extends PlanBase {
  kind: 'no-target';
  knownGood: Extract<KnownGood, { found: false }>;
}

export type Plan = RollbackPlan | NoTargetPlan;

export function incidentKey(env: string, model: string, failing: string): string {
  return `rollback/${env}/${model}/${failing}`;
}

/** Names are branch-safe by the registry's name pattern, versions by semver, so the key is the branch. */
export function rollbackBranch(incident: string): string {
  return `modelgate/${incident}`;
}

function failingVersion(r: RollbackRequest): string {
  if (r.decision?.reject) return r.decision.reject;
  if (r.current.strategy !== 'direct' && r.current.candidate) return r.current.candidate;
  return r.current.stable;
}

function refuseTarget(r: RollbackRequest, version: string, failing: string): void {
  if (version === failing) throw new UsageError(`cannot roll ${r.model} back to ${version}: that is the version being rolled back`);
  const mark = r.marks?.[version];
  if (mark?.status === 'rejected') {
    throw new UsageError(`cannot roll ${r.model} back to ${version}: it is marked rejected in models/${r.model}/model.yaml${mark.reason ? ` (${mark.reason})` : ''}`);
  }
  const served = r.spans.some((s) => s.env === r.env && s.model === r.model && s.version === version);
  if (!served) throw new UsageError(`cannot roll ${r.model} back to ${version}: it never served ${r.env} fully (deployments/${r.env}.yaml history); a rollback returns to a version that served there`);
}

export function planRollback(r: RollbackRequest): Plan {
  const failing = failingVersion(r);
  const incident = incidentKey(r.env, r.model, failing);
  const base: PlanBase = { env: r.env, model: r.model, trigger: r.trigger, reason: r.reason, failing, from: r.current, incident, ...(r.decision ? { decision: r.decision } : {}) };
  const mark: VersionMark = { status: 'rejected', reason: r.reason, incident, date: new Date(r.now).toISOString().slice(0, 10) };
  const finish = (target: string, targetFrom: RollbackPlan['targetFrom'], knownGood?: KnownGood): RollbackPlan => ({
    ...base,
    kind: 'rollback',
    target,
    to: { strategy: 'direct', stable: target },
    targetFrom,
    ...(knownGood ? { knownGood } : {}),
    branch: rollbackBranch(incident),
    mark,
  });
  if (r.version !== undefined) {
    refuseTarget(r, r.version, failing);
    return finish(r.version, 'requested');
  }
  if (failing !== r.current.stable) {
    // A candidate fails; the stable beside it has served all along.
    const stableMark = r.marks?.[r.current.stable];
    if (stableMark?.status !== 'rejected') return finish(r.current.stable, 'stable-kept');
  }
  const knownGood = lastKnownGood({ env: r.env, model: r.model, failing, spans: r.spans, bakeMs: r.bakeMs, now: r.now, verdicts: r.verdicts, marks: r.marks });
  if (!knownGood.found) return { ...base, kind: 'no-target', knownGood };
  return finish(knownGood.version, 'last-known-good', knownGood);
}
