import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import type { PolicyContext } from '../../src/policy/context.js';
import { compilePack, evaluateContext, severityFor } from '../../src/policy/engine.js';
import { loadPolicyPacks, type PolicyRule } from '../../src/policy/pack.js';
import { applyWaivers } from '../../src/policy/waivers.js';
import { higherIsBetter } from '../../src/policy/keywords.js';
import { FsSource } from '../../src/registry/source.js';
import type { CardDoc, ModelDoc } from '../../src/registry/types.js';
import { makeRegistry, removeDir } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function rule(id: string, body: string): string {
  return `schemaVersion: 1\nid: ${id}\ntitle: ${id}\nmessage: ${id} failed\nremediation: fix ${id}\n${body}`;
}

async function pack(files: Record<string, string>) {
  const dir = makeRegistry(Object.fromEntries(Object.entries(files).map(([k, v]) => [`pack/${k}`, v])), { base: false });
  dirs.push(dir);
  return compilePack(await loadPolicyPacks(new FsSource(dir), ['pack']));
}

function context(card: Partial<CardDoc>, extra: Partial<PolicyContext> = {}): PolicyContext {
  return {
    card: { schemaVersion: 1, model: 'm', version: '1.0.0', ...card } as CardDoc,
    model: { schemaVersion: 1, name: 'm', owner: { team: '@o/t' }, riskTier: 'low' } as ModelDoc,
    baseline: null,
    environment: null,
    change: { kind: 'register', files: [] },
    today: '2026-12-03',
    ...extra,
  };
}

const metricCard = (values: Record<string, number | string>): Partial<CardDoc> => ({
  evaluation: { results: [{ task: { type: 't' }, dataset: { name: 'd', split: 'test' }, metrics: Object.entries(values).map(([type, value]) => ({ type, value })) }] },
});

describe('policy packs', () => {
  it('refuses an unknown keyword in a rule (a typo must not pass silently)', async () => {
    await expect(pack({ 'a.yaml': rule('typo', 'severity: deny\nschema: { properties: { card: { requird: [x] } } }\n') })).rejects.toThrow(/rule 'typo': its `schema` does not compile: strict mode: unknown keyword: "requird"/);
  });

  it('refuses an invalid regular expression, naming the file and line', async () => {
    const err = await pack({ 'a.yaml': rule('regex', 'severity: deny\nschema:\n  properties: { card: { pattern: "([a-z" } }\n') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).file).toBe('pack/a.yaml');
    expect((err as ConfigError).line).toBe(7);
    expect((err as Error).message).toMatch(/does not compile: .*Invalid regular expression/);
  });

  it('refuses a custom keyword used with a wrong argument', async () => {
    await expect(pack({ 'a.yaml': rule('bad', 'severity: deny\nschema: { mgCompare: { op: "≥", value: 1 } }\n') })).rejects.toThrow(/does not compile/);
  });

  it('refuses a rule file that is not a valid rule, and duplicate ids', async () => {
    await expect(pack({ 'a.yaml': 'schemaVersion: 1\nid: x\n' })).rejects.toThrow(/policy rule is invalid:\n {2}pack\/a\.yaml:1:1: the required field `title` is missing/);
    await expect(pack({ 'a.yaml': rule('same', 'severity: deny\nschema: true\n'), 'b.yaml': rule('same', 'severity: deny\nschema: true\n') })).rejects.toThrow(/rule id 'same' is defined twice/);
  });

  it('has a digest that changes with any rule byte', async () => {
    const a = await pack({ 'a.yaml': rule('a', 'severity: deny\nschema: true\n') });
    const b = await pack({ 'a.yaml': rule('a', 'severity: warn\nschema: true\n') });
    expect(a.pack.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(a.pack.digest).not.toBe(b.pack.digest);
  });
});

describe('rule evaluation', () => {
  it('picks the severity for the risk tier, or off', () => {
    const r = { severity: { default: 'warn', high: 'deny', low: 'off' } } as unknown as PolicyRule;
    expect([severityFor(r, 'low'), severityFor(r, 'medium'), severityFor(r, 'high'), severityFor(r, undefined)]).toEqual(['off', 'warn', 'deny', 'warn']);
  });

  it('applies a rule only to its change kinds and where appliesTo holds', async () => {
    const compiled = await pack({
      'k.yaml': rule('promote-only', 'severity: deny\nkinds: [promote]\nschema: false\n'),
      'p.yaml': rule('prod-only', 'severity: deny\nappliesTo: { properties: { environment: { type: object, properties: { production: { const: true } }, required: [production] } }, required: [environment] }\nschema: false\n'),
    });
    expect(evaluateContext(compiled, context({})).map((v) => v.rule.loaded.rule.id)).toEqual([]);
    const prod = context({}, { change: { kind: 'promote', files: [] }, environment: { name: 'production', production: true, serving: null } });
    expect(evaluateContext(compiled, prod).map((v) => v.rule.loaded.rule.id)).toEqual(['prod-only', 'promote-only']);
  });

  it('describes errors with their context path', async () => {
    const compiled = await pack({ 'a.yaml': rule('sha', 'severity: deny\nschema: { properties: { card: { properties: { artifact: { properties: { sha256: { type: string } } } } } } }\n') });
    const [v] = evaluateContext(compiled, context({ artifact: { uri: 'x', sha256: 1.2e63 } }));
    expect(v?.path).toEqual(['card', 'artifact', 'sha256']);
    expect(v?.message).toBe('sha failed: `card.artifact.sha256` must be a string; found an integer (1.2e+63): YAML read it as an integer; quote it');
  });

  it('mgCompare does arithmetic against other context values', async () => {
    const compiled = await pack({
      'a.yaml': rule('cmp', `severity: deny
schema:
  properties:
    card:
      properties:
        evaluation:
          properties:
            results:
              items:
                properties:
                  metrics:
                    items:
                      properties:
                        value: { mgCompare: { op: ">=", value: { $data: /model/extensions/floor }, minus: { $data: /model/extensions/slack } } }
`),
    });
    const withModel = (floor: number) => context(metricCard({ auc: 0.9 }), { model: { schemaVersion: 1, name: 'm', owner: { team: '@o/t' }, riskTier: 'low', extensions: { floor, slack: 0.05 } } });
    expect(evaluateContext(compiled, withModel(0.95))).toEqual([]);
    const [v] = evaluateContext(compiled, withModel(0.96));
    expect(v?.message).toBe('cmp failed: must be >= 0.91; found 0.9');
    expect(v?.path).toEqual(['card', 'evaluation', 'results', 0, 'metrics', 0, 'value']);
  });

  it('mgDate compares UTC dates with today', async () => {
    const compiled = await pack({ 'a.yaml': rule('d', 'severity: deny\nschema: { properties: { card: { properties: { created: { mgDate: { notAfter: today, maxAgeDays: 30 } } } } } }\n') });
    expect(evaluateContext(compiled, context({ created: '2026-12-03' }))).toEqual([]);
    expect(evaluateContext(compiled, context({ created: '2026-12-04' }))[0]?.message).toMatch(/'2026-12-04' is after 2026-12-03/);
    expect(evaluateContext(compiled, context({ created: '2026-11-02' }))[0]?.message).toMatch(/more than 30 days before today/);
    expect(evaluateContext(compiled, context({ created: '2026-02-30' }))[0]?.message).toMatch(/not a date/);
  });

  it('mgNoRegression compares shared metrics with the baseline in each metric direction', async () => {
    const compiled = await pack({ 'a.yaml': rule('nr', 'severity: deny\nschema: { mgNoRegression: { tolerance: { $data: /model/regression/tolerance }, default: 0 } }\n') });
    const model = { schemaVersion: 1, name: 'm', owner: { team: '@o/t' }, riskTier: 'low', regression: { tolerance: 0.01 } } as ModelDoc;
    const baseline = { schemaVersion: 1, model: 'm', version: '1.0.0', ...metricCard({ auc: 0.9, log_loss: 0.3, only_base: 1 }) } as CardDoc;
    const ok = context(metricCard({ auc: 0.891, log_loss: 0.309, new_metric: 0 }), { model, baseline });
    expect(evaluateContext(compiled, ok)).toEqual([]);
    const bad = evaluateContext(compiled, context(metricCard({ auc: 0.88, log_loss: 0.32 }), { model, baseline }));
    expect(bad.map((v) => v.message)).toEqual([
      'nr failed: auc on d (test) is 0.88, worse than 0.9 of the serving version 1.0.0 by 0.02 (tolerance 0.01; higher is better)',
      'nr failed: log_loss on d (test) is 0.32, worse than 0.3 of the serving version 1.0.0 by 0.02 (tolerance 0.01; lower is better)',
    ]);
    expect(evaluateContext(compiled, context(metricCard({ auc: 0.1 }), { model, baseline: null }))).toEqual([]);
  });

  it('infers a metric\'s direction from the head of its name unless the card says', () => {
    const dir = (type: string, higher?: boolean) => higherIsBetter({ type, value: 0, ...(higher === undefined ? {} : { higherIsBetter: higher }) });
    expect([dir('accuracy'), dir('recall_at_1pct_fpr'), dir('roc_auc'), dir('log_loss'), dir('p99_latency_ms'), dir('wer'), dir('false_positive_rate_ratio_max'), dir('accuracy_gap_max', false)]).toEqual([true, true, true, false, false, false, true, false]);
  });

  it('mgThresholds checks per-model thresholds and missing metrics', async () => {
    const compiled = await pack({ 'a.yaml': rule('th', 'severity: deny\nschema: { mgThresholds: {} }\n') });
    const model = { schemaVersion: 1, name: 'm', owner: { team: '@o/t' }, riskTier: 'low', thresholds: [{ metric: 'auc', split: 'test', min: 0.8 }, { metric: 'latency_ms', max: 50 }] } as ModelDoc;
    expect(evaluateContext(compiled, context(metricCard({ auc: 0.85, latency_ms: 20 }), { model }))).toEqual([]);
    const bad = evaluateContext(compiled, context(metricCard({ auc: '85%' }), { model }));
    expect(bad.map((v) => [v.path.join('/'), v.message])).toEqual([
      ['card/evaluation/results/0/metrics/0/value', 'th failed: auc on d (test) is "85%"; model.yaml requires ≥ 0.8'],
      ['model/thresholds/1', 'th failed: no evaluation result for latency_ms, which model.yaml requires to be ≤ 50'],
    ]);
  });

  it('mgCovers joins two lists', async () => {
    const compiled = await pack({ 'a.yaml': rule('cov', 'severity: deny\nschema: { mgCovers: { values: /card/fairness/protectedAttributes, in: /card/fairness/results, key: attribute } }\n') });
    const card = { fairness: { protectedAttributes: ['age', 'sex'], results: [{ attribute: 'age', metrics: [] }] } };
    const [v] = evaluateContext(compiled, context(card));
    expect(v?.path).toEqual(['card', 'fairness', 'protectedAttributes', 1]);
    expect(v?.message).toBe('cov failed: "sex" has no entry in card.fairness.results (matched by `attribute`)');
  });

  it('folds anyOf alternatives into one finding', async () => {
    const compiled = await pack({ 'a.yaml': rule('any', 'severity: warn\nschema: { properties: { card: { anyOf: [{ required: [limitations] }, { required: [risks] }] } } }\n') });
    const found = evaluateContext(compiled, context({}));
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toBe('any failed: fix one of these: (1) `card` is missing the required field `limitations`; (2) `card` is missing the required field `risks`');
  });
});

describe('waivers', () => {
  const locate = () => ({ line: 9, column: 3 });
  const finding = { ruleId: 'w', severity: 'deny' as const, file: 'c.yaml', line: 5, column: 1, message: 'w failed' };

  it('suppresses a rule until its expiry day inclusive, then re-enables it and reports the waiver', async () => {
    const compiled = await pack({ 'w.yaml': rule('w', 'severity: deny\nschema: true\n') });
    const waiver = { rule: 'w', reason: 'r', approver: '@o/risk', ticket: 'T-1', expires: '2026-12-03' };
    const active = applyWaivers([finding], { waivers: [waiver], file: 'c.yaml', locate }, compiled, '2026-12-03');
    expect(active).toEqual([{ ...finding, severity: 'info', message: 'waived until 2026-12-03 by @o/risk (T-1): w failed', waivedBy: { approver: '@o/risk', expires: '2026-12-03', reason: 'r', ticket: 'T-1' } }]);
    const expired = applyWaivers([finding], { waivers: [waiver], file: 'c.yaml', locate }, compiled, '2026-12-04');
    expect(expired.map((f) => [f.ruleId, f.severity])).toEqual([
      ['waiver.expired', 'warn'],
      ['w', 'deny'],
    ]);
    expect(expired[0]?.message).toBe("waiver for rule 'w' expired on 2026-12-03 (today is 2026-12-04); the rule applies again");
  });

  it('reports waivers for unknown and non-waivable rules without applying them', async () => {
    const compiled = await pack({ 'w.yaml': rule('w', 'severity: deny\nschema: true\nwaivable: false\n') });
    const out = applyWaivers([finding], { waivers: [{ rule: 'w', reason: 'r', approver: '@x', expires: '2030-01-01' }, { rule: 'nope', reason: 'r', approver: '@x', expires: '2030-01-01' }], file: 'c.yaml', locate }, compiled, '2026-12-03');
    expect(out.map((f) => [f.ruleId, f.severity])).toEqual([
      ['waiver.not-waivable', 'deny'],
      ['waiver.unknown-rule', 'warn'],
      ['w', 'deny'],
    ]);
  });
});
