/**
 * Rule semantics (DESIGN §6, anchored on Argo Rollouts analysis): pure functions from what the
 * providers observed to pass | fail | inconclusive | error | skipped. No I/O, no clock: `now` and
 * the serving start are inputs, so every outcome can be recomputed from a recorded run.
 */
import { ConfigError } from '../errors.js';
import type { ModelDoc, RollbackRule } from '../registry/types.js';
import { durationMs } from './duration.js';
import type { Observation, Outcome, Point } from './types.js';

/** A rule with the schema's defaults filled in, so evaluation never guesses. */
export interface EffectiveRule extends RollbackRule {
  noData: NonNullable<RollbackRule['noData']>;
  failureLimit: number;
  consecutive: boolean;
  consecutiveErrorLimit: number;
  severity: NonNullable<RollbackRule['severity']>;
  mode: NonNullable<RollbackRule['mode']>;
}

export function withDefaults(rule: RollbackRule): EffectiveRule {
  return {
    ...rule,
    noData: rule.noData ?? 'inconclusive',
    failureLimit: rule.failureLimit ?? 0,
    consecutive: rule.consecutive ?? true,
    consecutiveErrorLimit: rule.consecutiveErrorLimit ?? 4,
    severity: rule.severity ?? 'critical',
    mode: rule.mode ?? 'enforce',
  };
}

/**
 * The rules for one environment. An environment's rule replaces the model-level rule of the same
 * name whole (the schema requires every rule to be complete, so a field-by-field merge would let a
 * half-written override inherit thresholds nobody reviewed for that environment); new names are
 * appended; `enabled: false` switches a rule off there.
 */
export function resolveRules(model: Pick<ModelDoc, 'name' | 'rollback'>, env: string): EffectiveRule[] {
  const base = model.rollback?.rules ?? [];
  const overrides = model.rollback?.environments?.[env]?.rules ?? [];
  const byName = new Map<string, RollbackRule>();
  for (const r of base) byName.set(r.name, r);
  for (const r of overrides) byName.set(r.name, r);
  const rules = [...byName.values()].filter((r) => r.enabled !== false).map(withDefaults);
  for (const r of rules) {
    const problem = ruleProblem(r);
    if (problem) throw new ConfigError(`model '${model.name}', rule '${r.name}': ${problem}`, `models/${model.name}/model.yaml`);
  }
  return rules;
}

/** Structural problems the schema cannot express. */
export function ruleProblem(r: RollbackRule): string | undefined {
  const c = r.compare;
  if (r.min === undefined && r.max === undefined && (c?.min === undefined && c?.max === undefined)) {
    return 'has no threshold: set min and/or max (or compare.min/compare.max)';
  }
  if (r.min !== undefined && r.max !== undefined && r.min > r.max) return `min (${r.min}) is above max (${r.max})`;
  if (c && c.min === undefined && c.max === undefined) return 'compare needs compare.min and/or compare.max';
  if (c && c.min !== undefined && c.max !== undefined && c.min > c.max) return `compare.min (${c.min}) is above compare.max (${c.max})`;
  if (c && c.baselineQuery === undefined && r.query === undefined && r.selector === undefined) return 'compare needs a query (or compare.baselineQuery) to ask about the baseline';
  if ((r.failureLimit ?? 0) > 0 && !r.range) {
    return `failureLimit ${r.failureLimit} needs range: failures are counted among the points one run observes, and an instant query observes one (add range: {window, step} or remove failureLimit)`;
  }
  for (const d of [r.initialDelay, r.range?.window, r.range?.step, r.timeout]) {
    if (d !== undefined) {
      try {
        durationMs(d);
      } catch (err) {
        return (err as Error).message;
      }
    }
  }
  return undefined;
}

export interface EvaluationInput {
  rule: EffectiveRule;
  candidate: Observation;
  /** Required when the rule compares; absent means nothing serves next to the candidate. */
  baseline?: Observation;
  /** From samplesQuery, when the rule has one. */
  samples?: Observation;
  /** Milliseconds since the epoch. */
  now: number;
  /** When the judged version started serving (ms); undefined when not known. */
  servingSince?: number;
}

export interface RuleEvaluation {
  outcome: Outcome;
  reason: string;
  values: number[];
  /** Failing points the rule let pass under failureLimit; a version with any is not known-good. */
  tolerated?: number;
}

const DEFAULT_STEP = '1m';

type PointVerdict = 'pass' | 'fail' | 'inconclusive';

/** Finite values and ±Inf are data; NaN is a missing point (Prometheus and Flagger treat it so). */
function usable(points: readonly Point[]): Point[] {
  return points.filter((p) => typeof p.value === 'number' && !Number.isNaN(p.value));
}

function within(v: number, lo: number | undefined, hi: number | undefined): boolean {
  return (lo === undefined || v >= lo) && (hi === undefined || v <= hi);
}

/**
 * The inconclusive band widens the healthy range: a value outside [min, max] but inside the band
 * is inconclusive (hold and look), outside both it is a failure. E.g. max 0.05 with band max 0.08.
 */
function judge(v: number, lo: number | undefined, hi: number | undefined, band: RollbackRule['inconclusive']): PointVerdict {
  if (within(v, lo, hi)) return 'pass';
  if (band && within(v, band.min ?? lo, band.max ?? hi)) return 'inconclusive';
  return 'fail';
}

function noDataOutcome(rule: EffectiveRule, why: string): RuleEvaluation {
  const outcome: Outcome = rule.noData === 'ignore' ? 'skipped' : rule.noData;
  return { outcome, reason: `no data (${why}); noData: ${rule.noData}`, values: [] };
}

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v);
}

function bounds(lo: number | undefined, hi: number | undefined): string {
  if (lo !== undefined && hi !== undefined) return `[${fmt(lo)}, ${fmt(hi)}]`;
  if (lo !== undefined) return `>= ${fmt(lo)}`;
  return hi !== undefined ? `<= ${fmt(hi)}` : 'none';
}

/**
 * The baseline point that served at the candidate point's time: the same timestamp or the nearest
 * within `toleranceS` seconds (one query step). A candidate point with no baseline point that close
 * has no baseline: comparing it with a value from another time would judge a different moment.
 * Untimed points (instant queries, file values) pair with the latest baseline point.
 */
function baselineFor(p: Point, baseline: readonly Point[], toleranceS: number): Point | undefined {
  if (baseline.length === 0) return undefined;
  if (p.t === undefined) return baseline[baseline.length - 1];
  let best: Point | undefined;
  for (const b of baseline) {
    if (b.t === undefined) {
      // An untimed baseline (a single instant value) stands for "now".
      if (baseline.length === 1) return b;
      continue;
    }
    if (Math.abs(b.t - p.t) <= toleranceS && (best === undefined || Math.abs(b.t - p.t) < Math.abs(best.t! - p.t))) best = b;
  }
  return best;
}

/** The rule's thresholds in words, for reports: absolute bounds, the comparison, the band, the limits. */
export function describeThreshold(rule: EffectiveRule): string {
  const parts: string[] = [];
  if (rule.min !== undefined || rule.max !== undefined) parts.push(bounds(rule.min, rule.max));
  const c = rule.compare;
  if (c) parts.push(`${c.mode} to baseline ${bounds(c.min, c.max)}${c.minBaseline !== undefined ? ` (baseline >= ${fmt(c.minBaseline)})` : ''}`);
  if (rule.inconclusive) parts.push(`inconclusive band ${bounds(rule.inconclusive.min, rule.inconclusive.max)}`);
  if (rule.minSamples !== undefined) parts.push(`minSamples ${rule.minSamples}`);
  parts.push(`failureLimit ${rule.failureLimit}${rule.consecutive ? ' (consecutive)' : ' (total)'}`);
  return parts.join('; ');
}

export function evaluateRule(input: EvaluationInput): RuleEvaluation {
  const { rule } = input;
  let startMs: number | undefined;
  if (rule.initialDelay && input.servingSince !== undefined) {
    startMs = input.servingSince + durationMs(rule.initialDelay);
    if (input.now < startMs) {
      return { outcome: 'skipped', reason: `initial delay ${rule.initialDelay}: evaluated from ${new Date(startMs).toISOString()}`, values: [] };
    }
  }
  // Errors first: an outage of any query the rule needs is an error, never a failure or no data.
  for (const [what, obs] of [['query', input.candidate], ['baseline query', input.baseline], ['samples query', input.samples]] as const) {
    if (obs?.kind === 'error') return { outcome: 'error', reason: `${what}: ${obs.message}`, values: [] };
  }
  const candidate = input.candidate as Extract<Observation, { kind: 'points' }>;
  let points = usable(candidate.points);
  // Points measured during the warm-up say nothing about the version; a range query can reach back into it.
  if (startMs !== undefined) points = points.filter((p) => p.t === undefined || p.t * 1000 >= startMs);
  if (points.length === 0) {
    return noDataOutcome(rule, candidate.points.length > 0 ? 'only NaN values' : candidate.note ?? 'empty result');
  }
  points.sort((a, b) => (a.t ?? 0) - (b.t ?? 0));

  if (rule.minSamples !== undefined) {
    let count: number;
    if (input.samples?.kind === 'points') {
      const s = usable(input.samples.points);
      count = s.length > 0 ? s[s.length - 1]!.value : 0;
    } else {
      count = points.length;
    }
    if (!(count >= rule.minSamples)) return noDataOutcome(rule, `${fmt(count)} samples < minSamples ${rule.minSamples}`);
  }

  const compare = rule.compare;
  let baselinePoints: Point[] = [];
  if (compare) {
    if (!input.baseline) return { outcome: 'error', reason: 'compare needs a concurrently serving baseline, and none serves next to this version', values: [] };
    baselinePoints = usable((input.baseline as Extract<Observation, { kind: 'points' }>).points);
  }

  const toleranceS = durationMs(rule.range?.step ?? DEFAULT_STEP) / 1000;
  const verdicts: PointVerdict[] = [];
  const values: number[] = [];
  // Which bound a failing point broke: the comparison or an absolute min/max, for the reason's words.
  let absoluteBreach = false;
  let skippedForBaseline = 0;
  for (const p of points) {
    let verdict: PointVerdict;
    if (compare) {
      const b = baselineFor(p, baselinePoints, toleranceS);
      if (!b || (compare.minBaseline !== undefined && b.value < compare.minBaseline) || (compare.mode === 'ratio' && b.value === 0)) {
        skippedForBaseline++;
        continue;
      }
      const derived = compare.mode === 'ratio' ? p.value / b.value : p.value - b.value;
      // Inf against Inf has no ratio or difference: that point cannot be compared, which is not a failure.
      if (Number.isNaN(derived)) {
        skippedForBaseline++;
        continue;
      }
      verdict = judge(derived, compare.min, compare.max, rule.inconclusive);
      // Absolute thresholds still hold: "no worse than baseline" must not excuse an absolute breach.
      if ((rule.min !== undefined || rule.max !== undefined) && !within(p.value, rule.min, rule.max)) {
        verdict = 'fail';
        absoluteBreach = true;
      }
      values.push(derived);
    } else {
      verdict = judge(p.value, rule.min, rule.max, rule.inconclusive);
      values.push(p.value);
    }
    verdicts.push(verdict);
  }
  if (verdicts.length === 0) {
    return noDataOutcome(
      rule,
      baselinePoints.length === 0 ? 'baseline has no data' : `no baseline point within ${rule.range?.step ?? DEFAULT_STEP} of a candidate point, or the baseline is below minBaseline ${compare?.minBaseline ?? 0}`,
    );
  }

  let threshold = compare ? `${compare.mode} ${bounds(compare.min, compare.max)}` : bounds(rule.min, rule.max);
  if (compare && absoluteBreach) threshold += `, absolute ${bounds(rule.min, rule.max)} (breached)`;
  let failures = 0;
  let streak = 0;
  let worstStreak = 0;
  for (const v of verdicts) {
    if (v === 'fail') {
      failures++;
      streak++;
      worstStreak = Math.max(worstStreak, streak);
    } else if (v === 'pass') {
      streak = 0;
    }
    // An inconclusive point neither breaks nor extends a run of failures: it says nothing either way.
  }
  const counted = rule.consecutive ? worstStreak : failures;
  const last = values[values.length - 1]!;
  const summary = `${verdicts.length} point${verdicts.length === 1 ? '' : 's'}, last ${fmt(last)}, threshold ${threshold}`;
  const extra = skippedForBaseline > 0 ? `; ${skippedForBaseline} point(s) without a usable baseline` : '';
  if (counted > rule.failureLimit) {
    const what = rule.consecutive ? `${counted} consecutive failures` : `${counted} failures`;
    return { outcome: 'fail', reason: `${what} > failureLimit ${rule.failureLimit} (${summary}${extra})`, values, tolerated: 0 };
  }
  // failureLimit tolerates failures among the points one run observes; it cannot excuse a run in
  // which nothing passed. With no more points than the limit (an instant query has one) every
  // point failing is a failure, else a failing value would be judged better than an inconclusive one.
  if (failures === verdicts.length) {
    return { outcome: 'fail', reason: `every observed point failed (${failures} of ${verdicts.length}; failureLimit ${rule.failureLimit} tolerates failures only among passing points) (${summary}${extra})`, values, tolerated: 0 };
  }
  const latest = verdicts[verdicts.length - 1];
  if (latest === 'inconclusive') {
    return { outcome: 'inconclusive', reason: `latest value ${fmt(last)} is in the inconclusive band (${summary}${extra})`, values, tolerated: failures };
  }
  // The newest point failing is never better than the newest point being inconclusive: hold and look.
  if (latest === 'fail') {
    return {
      outcome: 'inconclusive',
      reason: `latest value ${fmt(last)} fails the threshold; ${failures} failure(s) within failureLimit ${rule.failureLimit}, so no rollback yet (${summary}${extra})`,
      values,
      tolerated: failures,
    };
  }
  const tolerated = failures > 0 ? `; ${failures} failure(s) tolerated by failureLimit ${rule.failureLimit}` : '';
  return { outcome: 'pass', reason: `${summary}${tolerated}${extra}`, values, tolerated: failures };
}
