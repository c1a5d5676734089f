/**
 * From rule outcomes to one decision per model (DESIGN §6). Only enforced critical rules can move
 * traffic; advisory rules and warnings at most notify. A provider outage or missing data on a
 * critical rule holds (notify, change nothing): rolling back on an outage is the failure mode users
 * of Flagger and Argo complain about most.
 */
import type { ServingEntry } from '../registry/types.js';
import type { DecisionKind, RuleResult, StrategyEffect } from './types.js';

export interface Decision {
  decision: DecisionKind;
  reason: string;
}

const names = (rs: RuleResult[]): string => rs.map((r) => r.name).join(', ');

export function decide(results: readonly RuleResult[]): Decision {
  const enforced = results.filter((r) => r.severity === 'critical' && r.mode === 'enforce');
  const failed = enforced.filter((r) => r.outcome === 'fail');
  if (failed.length > 0) return { decision: 'rollback', reason: `critical rule(s) failed: ${names(failed)}` };
  const unsure = enforced.filter((r) => r.outcome === 'inconclusive' || r.outcome === 'error');
  if (unsure.length > 0) {
    return { decision: 'hold', reason: `critical rule(s) inconclusive or in error: ${unsure.map((r) => `${r.name} (${r.outcome})`).join(', ')}; no change` };
  }
  // Still in its initial delay: nothing is known yet, so the version is not healthy either.
  const waiting = enforced.filter((r) => r.outcome === 'skipped' && r.reason.startsWith('initial delay'));
  if (waiting.length > 0) return { decision: 'pending', reason: `waiting for the initial delay of: ${names(waiting)}` };
  const noted = results.filter((r) => !(r.severity === 'critical' && r.mode === 'enforce') && r.outcome !== 'pass' && r.outcome !== 'skipped');
  if (noted.length > 0) return { decision: 'notify', reason: `warning or advisory rule(s) not passing: ${noted.map((r) => `${r.name} (${r.outcome})`).join(', ')}` };
  // Passing only because failureLimit let failing points through is not "every rule passed".
  const tolerated = results.filter((r) => r.outcome === 'pass' && (r.tolerated ?? 0) > 0);
  if (tolerated.length > 0) return { decision: 'notify', reason: `rule(s) passed with failures tolerated by failureLimit: ${tolerated.map((r) => `${r.name} (${r.tolerated})`).join(', ')}` };
  if (results.every((r) => r.outcome === 'skipped')) return { decision: 'pending', reason: 'no rule could be judged (all skipped)' };
  return { decision: 'healthy', reason: 'every rule passed' };
}

/** What serves, and which version the rules judge: the candidate when one serves beside stable. */
export function judgedVersions(entry: ServingEntry): { version: string; baseline?: string } {
  if (entry.strategy !== 'direct' && entry.candidate) return { version: entry.candidate, baseline: entry.stable };
  return { version: entry.stable };
}

/** The rollback, as data; applying it (manifest diff, rejected mark, PR) is the rollback PR's job. */
export function strategyEffect(entry: ServingEntry): StrategyEffect {
  const { version } = judgedVersions(entry);
  switch (entry.strategy) {
    case 'shadow':
      return { action: 'reject-shadow', strategy: 'shadow', failing: version, manifest: { candidate: null, traffic: 0 }, servingUnchanged: true };
    case 'canary':
    case 'ab':
      if (entry.candidate) return { action: 'candidate-traffic-zero', strategy: entry.strategy, failing: version, manifest: { candidate: null, traffic: 0 } };
      break;
    case 'blue-green':
      if (entry.candidate) return { action: 'switch-back', strategy: 'blue-green', failing: version, manifest: { candidate: null, traffic: 0 } };
      break;
    case 'direct':
      break;
  }
  // Only stable serves: there is nothing beside it to fall back to, so the target is resolved later.
  return { action: 'rollback-to-last-known-good', strategy: entry.strategy, failing: version, target: 'last-known-good' };
}
