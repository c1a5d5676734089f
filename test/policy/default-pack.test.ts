/**
 * The default policy pack, rule by rule: each one passes on the example registry's high-risk
 * card and fires — alone — on a card or model broken in the way it exists to catch.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PolicyContext } from '../../src/policy/context.js';
import { compilePack, evaluateContext, type CompiledPack } from '../../src/policy/engine.js';
import { DEFAULT_PACK, loadPolicyPacks } from '../../src/policy/pack.js';
import { FsSource } from '../../src/registry/source.js';
import type { CardDoc, ModelDoc } from '../../src/registry/types.js';
import { REPO_ROOT } from '../helpers/registry.js';

const example = (rel: string) => parse(readFileSync(path.join(REPO_ROOT, 'examples/registry', rel), 'utf8')) as unknown;
let pack: CompiledPack;
beforeAll(async () => {
  pack = compilePack(await loadPolicyPacks(new FsSource(REPO_ROOT), [DEFAULT_PACK]));
});

function context(mutate: (c: { card: CardDoc; model: ModelDoc; ctx: PolicyContext }) => void): PolicyContext {
  const card = structuredClone(example('models/fraud-detector/1.3.0/card.yaml')) as CardDoc;
  const model = structuredClone(example('models/fraud-detector/model.yaml')) as ModelDoc;
  const ctx: PolicyContext = { card, model, baseline: null, environment: null, change: { kind: 'register', files: [] }, today: '2026-12-03' };
  mutate({ card, model, ctx });
  return ctx;
}

const fired = (ctx: PolicyContext) => evaluateContext(pack, ctx).map((v) => `${v.rule.loaded.rule.id}: ${v.message}`);

const PROMOTE_TO_PRODUCTION: Pick<PolicyContext, 'change' | 'environment'> = {
  change: { kind: 'promote', files: [] },
  environment: { name: 'production', production: true, serving: { strategy: 'canary', stable: '1.2.0', candidate: '1.3.0', traffic: 5 } },
};

const cases: [string, string, (c: { card: CardDoc; model: ModelDoc; ctx: PolicyContext }) => void, RegExp][] = [
  ['inventory-and-owner', 'no inventory id', ({ model }) => delete model.inventoryId, /`model` is missing the required field `inventoryId`/],
  ['risk-tier', 'an unknown risk tier', ({ model }) => ((model as { riskTier: string }).riskTier = 'critical'), /`model\.riskTier` must be one of 'low', 'medium', 'high'; found 'critical'/],
  ['intended-use', 'no out-of-scope uses', ({ card }) => (card.intendedUse!.outOfScope = []), /`card\.intendedUse\.outOfScope` must have at least 1 item/],
  ['artifact-integrity', 'a digest YAML read as a number', ({ card }) => (card.artifact!.sha256 = 1.2e63), /`card\.artifact\.sha256` must be a string; found an integer \(1\.2e\+63\): YAML read it as an integer; quote it/],
  ['artifact-integrity', 'a short digest', ({ card }) => (card.artifact!.sha256 = 'abc123'), /`card\.artifact\.sha256` 'abc123' is not in the expected form: 64 hex characters/],
  ['training-data-lineage', 'a branch name as revision', ({ card }) => (card.trainingData![0]!.revision = 'main'), /`card\.trainingData\[0\]\.revision` must not match/],
  ['training-data-lineage', 'no licence', ({ card }) => delete card.trainingData![1]!.license, /`card\.trainingData\[1\]` is missing the required field `license`/],
  ['commercial-data-licence', 'CC BY-NC data in a commercial model', ({ card }) => (card.trainingData![0]!.license = 'cc-by-nc-4.0'), /`card\.trainingData\[0\]\.license` must not match/],
  ['commercial-data-licence', 'a non-commercial model licence', ({ card }) => (card.license = 'cc-by-nc-sa-4.0'), /`card\.license` must not match/],
  ['evaluation-results', 'percent strings instead of numbers', ({ card, model }) => { delete model.thresholds; card.evaluation!.results!.forEach((r) => r.metrics.forEach((m) => (m.value = `${m.value}%`))); }, /evaluation-results: /],
  ['metric-thresholds', 'recall below the model threshold', ({ card }) => (card.evaluation!.results![0]!.metrics[0]!.value = 0.55), /recall_at_1pct_fpr on card_transactions \(test\) is 0\.55; model\.yaml requires ≥ 0\.6/],
  ['fairness-coverage', 'a declared attribute without results', ({ card }) => card.fairness!.protectedAttributes!.push('sex'), /"sex" has no entry in card\.fairness\.results/],
  ['validation-report', 'an unsigned report', ({ card }) => delete card.validation!.signature, /`card\.validation` is missing the required field `signature`/],
  ['validation-report', 'a report dated in the future', ({ card }) => (card.validation!.date = '2027-01-01'), /'2027-01-01' is after 2026-12-03/],
  ['limitations', 'no limitations and no risks', ({ card }) => { delete card.limitations; delete card.risks; }, /fix one of these/],
  ['card-dates', 'no creation date', ({ card }) => delete card.created, /`card` is missing the required field `created`/],
  ['verified-metrics', 'verified without a token', ({ card }) => (card.evaluation!.results![0]!.metrics[0]!.verified = true), /is missing the required field `verifyToken`/],
  ['waiver-form', 'a waiver for a year', ({ card }) => (card.waivers = [{ rule: 'limitations', reason: 'r', approver: '@acme/model-risk', ticket: 'T-1', expires: '2027-12-31' }]), /'2027-12-31' is more than 180 days after today/],
];

describe('the default policy pack', () => {
  it('has at least 12 rules, each with references and a remediation', () => {
    expect(pack.rules.length).toBeGreaterThanOrEqual(12);
    for (const r of pack.rules) {
      expect(r.loaded.rule.references?.length, r.loaded.rule.id).toBeGreaterThan(0);
      expect(r.loaded.rule.remediation.length, r.loaded.rule.id).toBeGreaterThan(20);
    }
  });

  it('passes the example high-risk card as registered and as promoted to production', () => {
    expect(fired(context(() => {}))).toEqual([]);
    expect(fired(context(({ ctx }) => Object.assign(ctx, PROMOTE_TO_PRODUCTION)))).toEqual([]);
  });

  for (const [id, what, mutate, message] of cases) {
    it(`${id} fires alone on ${what}`, () => {
      const found = fired(context(mutate));
      expect(found.map((f) => f.split(':')[0])).toEqual(found.map(() => id));
      expect(found.length).toBeGreaterThan(0);
      expect(found.join('\n')).toMatch(message);
    });
  }

  it('every rule of the pack has a case above', () => {
    expect(new Set(pack.rules.map((r) => r.loaded.rule.id))).toEqual(new Set([...cases.map((c) => c[0]), 'no-regression', 'rollback-rules']));
  });

  it('no-regression applies to promotions against the serving baseline, not to rollbacks', () => {
    const baseline = structuredClone(example('models/fraud-detector/1.2.0/card.yaml')) as CardDoc;
    const worse = ({ card, ctx }: { card: CardDoc; ctx: PolicyContext }) => {
      card.evaluation!.results![0]!.metrics[1]!.value = 0.55;
      ctx.baseline = baseline;
    };
    expect(fired(context((c) => { worse(c); Object.assign(c.ctx, PROMOTE_TO_PRODUCTION); }))).toEqual([
      'no-regression: The candidate is worse than the serving version: pr_auc on card_transactions (test) is 0.55, worse than 0.583 of the serving version 1.2.0 by 0.033 (tolerance 0.01; higher is better)',
    ]);
    expect(fired(context((c) => { worse(c); Object.assign(c.ctx, PROMOTE_TO_PRODUCTION, { change: { kind: 'rollback', files: [] } }); }))).toEqual([]);
  });

  it('rollback-rules applies to promotions into a production environment only', () => {
    const noRules = ({ model }: { model: ModelDoc }) => delete model.rollback;
    expect(fired(context(noRules))).toEqual([]);
    expect(fired(context((c) => { noRules(c); Object.assign(c.ctx, PROMOTE_TO_PRODUCTION); }))).toEqual([
      'rollback-rules: The model has no rollback rules, so a degraded version in production could not be rolled back automatically: `model` is missing the required field `rollback`',
    ]);
    expect(fired(context((c) => { noRules(c); Object.assign(c.ctx, PROMOTE_TO_PRODUCTION, { environment: { name: 'staging', production: false, serving: null } }); }))).toEqual([]);
  });

  it('validation-report is required for high risk only, and must be recent at promotion', () => {
    expect(fired(context(({ card, model }) => { delete card.validation; model.riskTier = 'medium'; }))).toEqual([]);
    expect(fired(context(({ card, ctx }) => { card.validation!.date = '2025-10-01'; Object.assign(ctx, PROMOTE_TO_PRODUCTION); }))).toEqual([
      expect.stringMatching(/^validation-report: .*'2025-10-01' is more than 365 days before today \(2026-12-03\)/),
    ]);
  });
});
