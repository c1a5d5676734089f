/** Shared shapes of the monitor: what a provider observed, what a rule concluded, what was decided. */
import type { RollbackRule, Strategy } from '../registry/types.js';

/** One measured point. `t` is seconds since the epoch when the provider gives a time. */
export interface Point {
  t?: number;
  value: number;
}

/**
 * What a provider saw. `error` is kept apart from "no data" on purpose: a provider outage must
 * never look like a metric failure (DESIGN §6), and an empty result must never look like an outage.
 */
export type Observation =
  | { kind: 'points'; points: Point[]; note?: string }
  | { kind: 'error'; message: string };

export type Outcome = 'pass' | 'fail' | 'inconclusive' | 'error' | 'skipped';

export interface RuleResult {
  name: string;
  provider: RollbackRule['provider'];
  severity: 'critical' | 'warning';
  mode: 'enforce' | 'advisory';
  outcome: Outcome;
  reason: string;
  /** The thresholds as configured, e.g. "<= 0.05 (inconclusive band <= 0.08)"; for reports. */
  threshold: string;
  /** The judged values (after comparison with the baseline), oldest first. */
  values: number[];
  /** Queries as sent, secrets redacted. */
  queries: string[];
  /** Failing points a passing rule tolerated under failureLimit: reported, and never known-good. */
  tolerated?: number;
}

export type DecisionKind = 'healthy' | 'notify' | 'pending' | 'hold' | 'rollback';

/**
 * What a rollback means for each strategy, as data: the rollback PR work applies it. `direct` has
 * nothing else serving, so its target is an intent resolved later from the deployment history.
 */
export type StrategyEffect =
  | { action: 'reject-shadow'; strategy: 'shadow'; failing: string; manifest: { candidate: null; traffic: 0 }; servingUnchanged: true }
  | { action: 'candidate-traffic-zero'; strategy: 'canary' | 'ab'; failing: string; manifest: { candidate: null; traffic: 0 } }
  | { action: 'switch-back'; strategy: 'blue-green'; failing: string; manifest: { candidate: null; traffic: 0 } }
  | { action: 'rollback-to-last-known-good'; strategy: Strategy; failing: string; target: 'last-known-good' };

export interface ModelDecision {
  model: string;
  environment: string;
  strategy: Strategy;
  /** The version the rules judged: the candidate when one serves next to stable, else stable. */
  version: string;
  baseline?: string;
  decision: DecisionKind;
  reason: string;
  rules: RuleResult[];
  /** Present when decision is rollback. */
  effect?: StrategyEffect;
  /** The failing version, to be marked rejected in model.yaml (DESIGN §1). */
  reject?: string;
  /** The model's rules could not be run (invalid model.yaml, a broken rule): decision hold, no rule judged. */
  configError?: string;
}
