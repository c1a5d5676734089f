/** Rule semantics (DESIGN §6), table-tested on the pure evaluator and the decision. */
import { describe, expect, it } from 'vitest';
import { decide, judgedVersions, strategyEffect } from '../../src/monitor/decide.js';
import { evaluateRule, resolveRules, withDefaults, type EvaluationInput } from '../../src/monitor/rules.js';
import type { Observation, RuleResult } from '../../src/monitor/types.js';
import type { RollbackRule, ServingEntry } from '../../src/registry/types.js';
import { ConfigError } from '../../src/errors.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const series = (...values: number[]): Observation => ({ kind: 'points', points: values.map((value, i) => ({ t: NOW / 1000 - (values.length - i) * 60, value })) });
const base: RollbackRule = { name: 'r', provider: 'prometheus', query: 'q', max: 10 };

function run(rule: Partial<RollbackRule>, candidate: Observation, extra: Partial<EvaluationInput> = {}) {
  return evaluateRule({ rule: withDefaults({ ...base, ...rule }), candidate, now: NOW, ...extra });
}

describe('thresholds and the inconclusive band', () => {
  it.each([
    [{ max: 10 }, 10, 'pass'], // inclusive
    [{ max: 10 }, 10.0001, 'fail'],
    [{ min: 0.95, max: undefined }, 0.95, 'pass'], // inclusive
    [{ min: 0.95, max: undefined }, 0.9499, 'fail'],
    [{ min: 1, max: 2 }, 1.5, 'pass'],
    [{ max: 10, inconclusive: { max: 15 } }, 12, 'inconclusive'],
    [{ max: 10, inconclusive: { max: 15 } }, 15, 'inconclusive'], // band edge inclusive
    [{ max: 10, inconclusive: { max: 15 } }, 15.5, 'fail'],
    [{ min: 0.95, max: undefined, inconclusive: { min: 0.9 } }, 0.92, 'inconclusive'],
    [{ max: 10 }, Infinity, 'fail'], // +Inf is a value (Argo), not missing data
  ] as const)('%j with %s → %s', (rule, value, outcome) => {
    expect(run(rule as Partial<RollbackRule>, series(value)).outcome).toBe(outcome);
  });
});

describe('failureLimit: failures tolerated, the rule fails at limit + 1', () => {
  const F = 20, P = 1;
  it.each([
    // [failureLimit, consecutive, values, outcome]
    [0, true, [P, P, F], 'fail'],
    [0, true, [P, P, P], 'pass'],
    [1, true, [P, F, P], 'pass'],
    [1, true, [P, F, F], 'fail'], // 2 consecutive > 1
    [2, true, [F, F, P, F, F], 'inconclusive'], // never more than 2 in a row, but the latest point fails: hold, not pass
    [2, true, [F, F, P, F, P], 'pass'], // never more than 2 in a row, the latest passes
    [2, true, [F, F, F], 'fail'], // off by one: 3 > 2
    [2, false, [F, F, P, F, F], 'fail'], // total 4 > 2
    [3, false, [F, P, F, P, F], 'inconclusive'], // total 3, not > 3, latest fails
    [3, false, [F, P, F, F, P], 'pass'], // total 3, not > 3, latest passes
    [1, true, [F], 'fail'], // one point, failing: nothing passed, the limit cannot excuse it
    [2, true, [F, F], 'fail'], // every observed point failed, fewer than limit + 1
    [5, false, [F, F, F], 'fail'],
    [3, false, [F, P, F, P, F, F], 'fail'], // total 4
  ] as const)('limit %s consecutive=%s %j → %s', (failureLimit, consecutive, values, outcome) => {
    const r = run({ failureLimit, consecutive }, series(...values));
    expect(r.outcome, r.reason).toBe(outcome);
  });

  it('an inconclusive point neither breaks nor extends a run of failures', () => {
    expect(run({ failureLimit: 1, inconclusive: { max: 15 } }, series(20, 12, 20)).outcome).toBe('fail');
    expect(run({ failureLimit: 2, inconclusive: { max: 15 } }, series(20, 12, 20, 1)).outcome).toBe('pass');
  });

  it('the latest point inconclusive (no failure beyond the limit) → inconclusive', () => {
    expect(run({ inconclusive: { max: 15 } }, series(1, 1, 12)).outcome).toBe('inconclusive');
    expect(run({ inconclusive: { max: 15 } }, series(12, 1, 1)).outcome).toBe('pass');
  });
});

describe('no data', () => {
  const empty: Observation = { kind: 'points', points: [] };
  it.each([
    [undefined, 'inconclusive'],
    ['inconclusive', 'inconclusive'],
    ['pass', 'pass'],
    ['fail', 'fail'],
    ['ignore', 'skipped'],
  ] as const)('noData %s → %s', (noData, outcome) => {
    expect(run(noData ? { noData } : {}, empty).outcome).toBe(outcome);
  });

  it('NaN points are missing points; all NaN is no data', () => {
    expect(run({}, series(NaN, NaN)).reason).toContain('only NaN values');
    expect(run({}, series(NaN, 20)).outcome).toBe('fail');
    expect(run({}, series(20, NaN, 1)).values).toEqual([20, 1]);
  });
});

describe('minimum samples', () => {
  it('too few points is no data, mapped by noData', () => {
    expect(run({ minSamples: 3 }, series(1, 1)).outcome).toBe('inconclusive');
    expect(run({ minSamples: 3 }, series(1, 1, 1)).outcome).toBe('pass');
    expect(run({ minSamples: 3, noData: 'pass' }, series(20, 20)).outcome).toBe('pass');
  });
  it('samplesQuery gives the count (its latest value)', () => {
    expect(run({ minSamples: 100, samplesQuery: 's' }, series(20), { samples: series(10, 99) }).reason).toContain('99 samples < minSamples 100');
    expect(run({ minSamples: 100, samplesQuery: 's' }, series(20), { samples: series(150) }).outcome).toBe('fail');
    expect(run({ minSamples: 100, samplesQuery: 's' }, series(1), { samples: { kind: 'error', message: 'timeout' } }).outcome).toBe('error');
  });
});

describe('initial delay', () => {
  const since = NOW - 10 * 60_000;
  it('skipped before the delay has passed since the version started serving', () => {
    const r = run({ initialDelay: '15m' }, series(20), { servingSince: since });
    expect(r.outcome).toBe('skipped');
    expect(r.reason).toContain('initial delay 15m');
  });
  it('evaluated after it, ignoring points measured during the warm-up', () => {
    // Points at NOW-3m, -2m, -1m; serving since -10m, delay 8m30s: only the -1m point counts.
    const r = run({ initialDelay: '8m30s' }, series(20, 20, 1), { servingSince: since });
    expect(r.outcome).toBe('pass');
    expect(r.values).toEqual([1]);
  });
  it('only warm-up points → no data', () => {
    expect(run({ initialDelay: '9m30s' }, series(20, 20, 20), { servingSince: since }).reason).toContain('no data');
  });
});

describe('comparison with the concurrently serving baseline', () => {
  const cmp = (compare: RollbackRule['compare'], cand: number[], baseline: number[], rule: Partial<RollbackRule> = {}) =>
    run({ max: undefined, compare, ...rule }, series(...cand), { baseline: series(...baseline) });
  it.each([
    [{ mode: 'ratio', max: 1.2 }, [0.12], [0.1], 'pass'], // 1.2 inclusive
    [{ mode: 'ratio', max: 1.2 }, [0.13], [0.1], 'fail'],
    [{ mode: 'delta', max: 0.02 }, [0.11], [0.1], 'pass'],
    [{ mode: 'delta', max: 0.02 }, [0.13], [0.1], 'fail'],
    [{ mode: 'delta', min: -0.01 }, [0.88], [0.9], 'fail'], // accuracy dropped 2 points
    [{ mode: 'ratio', max: 1.5, minBaseline: 10 }, [50], [5], 'inconclusive'], // baseline too small → no data
  ] as const)('%j candidate %j baseline %j → %s', (compare, cand, baseline, outcome) => {
    expect(cmp(compare as RollbackRule['compare'], [...cand], [...baseline]).outcome).toBe(outcome);
  });
  it('pairs points by time', () => {
    const r = cmp({ mode: 'ratio', max: 2 }, [2, 2, 2], [1, 1, 2]);
    expect(r.values).toEqual([2, 2, 1]);
  });
  it('absolute thresholds still hold next to a comparison', () => {
    expect(cmp({ mode: 'ratio', max: 2 }, [0.5], [0.5], { max: 0.1 }).outcome).toBe('fail');
  });
  it('a baseline of 0 cannot be divided by: no data, not a failure', () => {
    expect(cmp({ mode: 'ratio', max: 2 }, [5], [0]).outcome).toBe('inconclusive');
  });
  it('Inf against Inf cannot be compared: no data, not a failure', () => {
    expect(cmp({ mode: 'ratio', max: 2 }, [Infinity], [Infinity]).outcome).toBe('inconclusive');
    expect(cmp({ mode: 'delta', max: 2 }, [Infinity, 1], [Infinity, 1]).values).toEqual([0]);
  });
  it('no version serving beside the judged one → error (hold), never a verdict', () => {
    expect(run({ max: undefined, compare: { mode: 'ratio', max: 2 } }, series(1)).outcome).toBe('error');
  });
});

describe('provider errors are errors', () => {
  it.each(['query', 'baseline'] as const)('an error in the %s → error, whatever the noData policy', (which) => {
    const err: Observation = { kind: 'error', message: 'HTTP 503' };
    const r = which === 'query'
      ? run({ noData: 'fail' }, err)
      : run({ max: undefined, compare: { mode: 'delta', max: 1 }, noData: 'fail' }, series(1), { baseline: err });
    expect(r.outcome).toBe('error');
    expect(r.reason).toContain('HTTP 503');
  });
});

describe('resolveRules: per-environment overrides', () => {
  const model = {
    name: 'demo',
    rollback: {
      rules: [
        { name: 'errors', provider: 'prometheus', query: 'q', max: 0.05 },
        { name: 'latency', provider: 'prometheus', query: 'l', max: 300 },
      ] as RollbackRule[],
      environments: {
        production: {
          rules: [
            { name: 'errors', provider: 'prometheus', query: 'q', max: 0.01, failureLimit: 2, range: { window: '30m' } },
            { name: 'latency', provider: 'prometheus', query: 'l', max: 300, enabled: false },
            { name: 'drift', provider: 'evidently', query: 'drift_share', max: 0.3, severity: 'warning' },
          ] as RollbackRule[],
        },
      },
    },
  };
  it('replaces by name, appends new names, drops enabled: false, fills defaults', () => {
    const rules = resolveRules(model, 'production');
    expect(rules.map((r) => [r.name, r.max, r.failureLimit, r.severity, r.noData, r.consecutive, r.mode])).toEqual([
      ['errors', 0.01, 2, 'critical', 'inconclusive', true, 'enforce'],
      ['drift', 0.3, 0, 'warning', 'inconclusive', true, 'enforce'],
    ]);
    expect(resolveRules(model, 'staging').map((r) => r.name)).toEqual(['errors', 'latency']);
  });
  it('refuses a rule without a threshold', () => {
    expect(() => resolveRules({ name: 'demo', rollback: { rules: [{ name: 'x', provider: 'file' }] } }, 'p')).toThrow(ConfigError);
    expect(() => resolveRules({ name: 'demo', rollback: { rules: [{ name: 'x', provider: 'file', min: 2, max: 1 }] } }, 'p')).toThrow(/min \(2\) is above max/);
    expect(() => resolveRules({ name: 'demo', rollback: { rules: [{ name: 'x', provider: 'http', max: 1, compare: { mode: 'ratio' } }] } }, 'p')).toThrow(/compare needs compare.min/);
    expect(() => resolveRules({ name: 'demo', rollback: { rules: [{ name: 'x', provider: 'http', compare: { mode: 'ratio', max: 2 } }] } }, 'p')).toThrow(/compare needs a query/);
    expect(() => resolveRules({ name: 'demo', rollback: { rules: [{ name: 'x', provider: 'http', max: 1, initialDelay: '5 minutes' }] } }, 'p')).toThrow(/invalid duration/);
  });
});

const res = (name: string, outcome: RuleResult['outcome'], o: Partial<RuleResult> = {}): RuleResult => ({
  name, provider: 'prometheus', severity: 'critical', mode: 'enforce', outcome, reason: outcome === 'skipped' ? 'initial delay 5m' : '', threshold: '<= 1', values: [], queries: [], ...o,
});

describe('decide', () => {
  it.each([
    [[res('a', 'pass'), res('b', 'pass')], 'healthy'],
    [[res('a', 'fail'), res('b', 'error')], 'rollback'],
    [[res('a', 'pass'), res('b', 'inconclusive')], 'hold'],
    [[res('a', 'pass'), res('b', 'error')], 'hold'], // provider outage: never a rollback
    [[res('a', 'error'), res('b', 'error')], 'hold'],
    [[res('a', 'pass'), res('w', 'fail', { severity: 'warning' })], 'notify'],
    [[res('a', 'pass'), res('w', 'error', { severity: 'warning' })], 'notify'],
    [[res('a', 'pass'), res('adv', 'fail', { mode: 'advisory' })], 'notify'], // advisory never rolls back
    [[res('adv', 'fail', { mode: 'advisory' })], 'notify'],
    [[res('a', 'skipped')], 'pending'],
    [[res('a', 'pass'), res('b', 'skipped', { reason: 'no data (x); noData: ignore' })], 'healthy'],
  ] as const)('%# → %s', (results, decision) => {
    expect(decide(results as unknown as RuleResult[]).decision).toBe(decision);
  });
});

describe('strategy effects', () => {
  it.each([
    [{ strategy: 'shadow', stable: '1.0.0', candidate: '1.1.0', traffic: 100 }, { action: 'reject-shadow', failing: '1.1.0', servingUnchanged: true, manifest: { candidate: null, traffic: 0 } }],
    [{ strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 }, { action: 'candidate-traffic-zero', failing: '1.1.0', manifest: { candidate: null, traffic: 0 } }],
    [{ strategy: 'ab', stable: '1.0.0', candidate: '1.1.0', traffic: 50 }, { action: 'candidate-traffic-zero', failing: '1.1.0' }],
    [{ strategy: 'blue-green', stable: '1.0.0', candidate: '1.1.0', traffic: 100 }, { action: 'switch-back', failing: '1.1.0' }],
    [{ strategy: 'direct', stable: '1.1.0' }, { action: 'rollback-to-last-known-good', failing: '1.1.0', target: 'last-known-good' }],
  ] as const)('%j', (entry, effect) => {
    expect(strategyEffect(entry as ServingEntry)).toMatchObject(effect);
  });
  it('judges the candidate beside stable, and stable alone', () => {
    expect(judgedVersions({ strategy: 'canary', stable: '1.0.0', candidate: '1.1.0' })).toEqual({ version: '1.1.0', baseline: '1.0.0' });
    expect(judgedVersions({ strategy: 'direct', stable: '1.0.0' })).toEqual({ version: '1.0.0' });
  });
});

describe('a failing value is never judged better than an inconclusive one', () => {
  const precision = { max: undefined, min: 0.35, inconclusive: { min: 0.3 } };
  const one = (value: number): Observation => ({ kind: 'points', points: [{ value }] });

  it('an instant query (one point) with failureLimit 1: a failing value fails, an inconclusive one holds', () => {
    const failing = run({ ...precision, failureLimit: 1 }, one(0));
    expect(failing.outcome, failing.reason).toBe('fail');
    expect(failing.reason).toMatch(/every observed point failed/);
    expect(run({ ...precision, failureLimit: 1 }, one(0.32)).outcome).toBe('inconclusive');
    expect(run({ ...precision, failureLimit: 1 }, one(0.4)).outcome).toBe('pass');
  });

  it('validate-time: failureLimit without range is a configuration error', () => {
    expect(() => resolveRules({ name: 'demo', rollback: { rules: [{ name: 'x', provider: 'prometheus', query: 'q', min: 0.3, failureLimit: 1 }] } }, 'p')).toThrow(/failureLimit 1 needs range/);
    expect(resolveRules({ name: 'demo', rollback: { rules: [{ name: 'x', provider: 'prometheus', query: 'q', min: 0.3, failureLimit: 1, range: { window: '30m' } }] } }, 'p')).toHaveLength(1);
  });

  it('a range whose latest point fails within failureLimit holds (inconclusive), never passes', () => {
    const r = run({ max: 0.02, failureLimit: 2, range: { window: '5m' } }, series(0.1, 0.1, 0.01, 0.1, 0.1));
    expect(r.outcome, r.reason).toBe('inconclusive');
    expect(r.reason).toMatch(/latest value 0.1 fails the threshold; 4 failure\(s\) within failureLimit 2/);
    expect(r.tolerated).toBe(4);
  });

  it('a pass that tolerated earlier failures says so, and the decision is notify, not healthy', () => {
    const r = run({ max: 0.02, failureLimit: 2, range: { window: '5m' } }, series(0.1, 0.1, 0.01, 0.01));
    expect(r.outcome).toBe('pass');
    expect(r.tolerated).toBe(2);
    expect(r.reason).toMatch(/2 failure\(s\) tolerated/);
    const d = decide([res('a', 'pass', { tolerated: 2 }), res('b', 'pass')]);
    expect(d.decision).toBe('notify');
    expect(d.reason).toMatch(/tolerated by failureLimit: a \(2\)/);
  });
});

describe('compare: the baseline point must be from the same moment', () => {
  const at = (...pairs: [number, number][]): Observation => ({ kind: 'points', points: pairs.map(([t, value]) => ({ t: NOW / 1000 - t, value })) });

  it('a candidate point with no baseline point within one step is missing data, not compared with an old value', () => {
    // The only baseline point is an hour old: comparing 0.5 with it would be a failure invented from another time.
    const r = run({ max: undefined, compare: { mode: 'ratio', max: 1.2 }, range: { window: '5m', step: '1m' } }, at([120, 0.5], [60, 0.5]), { baseline: at([3600, 0.1]) });
    expect(r.outcome, r.reason).toBe('inconclusive');
    expect(r.reason).toMatch(/no data \(no baseline point within 1m/);
  });

  it('points within a step pair up; the rest are counted as without a baseline', () => {
    const r = run({ max: undefined, compare: { mode: 'ratio', max: 1.2 }, range: { window: '5m', step: '1m' } }, at([600, 9], [120, 0.1], [60, 0.1]), { baseline: at([110, 0.1], [55, 0.1]) });
    expect(r.outcome, r.reason).toBe('pass');
    expect(r.values).toEqual([1, 1]);
    expect(r.reason).toMatch(/1 point\(s\) without a usable baseline/);
  });

  it('a failure from an absolute bound of a compare rule names the absolute bound', () => {
    const r = run({ max: 0.05, compare: { mode: 'delta', max: 0.1 } }, series(0.07), { baseline: series(0.06) });
    expect(r.outcome).toBe('fail');
    expect(r.reason).toMatch(/absolute <= 0.05 \(breached\)/);
  });
});
