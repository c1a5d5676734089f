import { describe, expect, it } from 'vitest';
import { detectVersion, importModelCardToolkit } from '../../src/importers/mct.js';
import type { ImportResult } from '../../src/importers/types.js';
import { cardErrors, fixture } from './helpers.js';

const options = { model: 'loan-default', version: '2.1.0', today: '2025-06-01' };

function finding(r: ImportResult, code: string): ImportResult['findings'] {
  return r.findings.filter((f) => f.code === code);
}

function imported(r: ImportResult): Record<string, unknown> {
  return (r.card?.extensions?.imported ?? {}) as Record<string, unknown>;
}

describe('importModelCardToolkit: schema v0.0.1', () => {
  const r = importModelCardToolkit(fixture('mct/v1.json'), options);

  it('produces a card valid against card-v1, keys in schema order', () => {
    expect(cardErrors(r.card)).toEqual([]);
    expect(Object.keys(r.card ?? {}).slice(0, 6)).toEqual(['schemaVersion', 'model', 'version', 'created', 'description', 'authors']);
  });

  it('maps model_details', () => {
    expect(r.card).toMatchObject({
      description: 'Predicts whether a loan applicant will default within 12 months.',
      authors: [{ name: 'Credit Risk ML', email: 'credit-ml@example.com' }, { name: 'Jane Doe' }],
      license: 'Apache-2.0',
      created: '2021-03-04',
    });
    expect(imported(r)).toMatchObject({
      source: 'model-card-toolkit',
      schemaVersion: '0.0.1',
      name: 'Loan default classifier',
      sourceVersion: 'v2.1.0',
      versionDiff: 'Retrained on 2020 data.',
      references: ['https://example.com/paper'],
      citations: ['Doe et al. 2021'],
      modelArchitecture: 'gradient boosted trees',
      inputFormat: 'tabular features',
      evaluationData: { name: 'loans-2021-holdout' },
    });
    expect(finding(r, 'mct.date-normalised')[0]?.message).toMatch(/'2021\/03\/04' was written as 2021-03-04/);
  });

  it('keeps a contact that is not an e-mail address aside', () => {
    expect(imported(r).unplaced).toContainEqual({ from: 'model_details.owners[1].contact', reason: 'not an e-mail address', value: '#credit-ml on chat' });
  });

  it('maps considerations: users, use cases, limitations, trade-offs and ethical considerations', () => {
    expect(r.card).toMatchObject({
      intendedUse: { primaryUses: ['Rank applications for manual review.'], primaryUsers: ['Loan officers'] },
      limitations: ['Not calibrated for business loans.', 'Trade-off: Recall over precision.'],
      risks: [{ risk: 'Disparate impact on young applicants', mitigation: 'Monthly fairness review.' }],
    });
    expect(r.todo).toContain('intendedUse.outOfScope: uses the model must not be put to');
  });

  it('takes only data.train as training data and asks about its sensitive data', () => {
    expect(r.card?.trainingData).toEqual([{ id: 'loans-2020', uri: 'https://example.com/datasets/loans-2020' }]);
    expect(r.todo.some((t) => t.startsWith('trainingData loans-2020: the MCT card marks it as holding sensitive data'))).toBe(true);
  });

  it('turns feature:value slices into fairness results without declaring protected attributes', () => {
    expect(r.card?.fairness).toEqual({
      results: [
        { attribute: 'sex', groups: ['female'], metrics: [{ type: 'auc', value: 0.84 }] },
        { attribute: 'sex', groups: ['male'], metrics: [{ type: 'auc', value: 0.86 }] },
        { attribute: 'age_group', groups: ['18-25'], metrics: [{ type: 'auc', value: 0.8 }] },
      ],
    });
    expect(r.todo).toContain('fairness.protectedAttributes: the MCT slices give results per sex, age_group; list those that are protected attributes');
  });

  it('keeps overall and attribute-less slices pending, with the named evaluation dataset', () => {
    expect(r.card?.evaluation).toBeUndefined();
    expect(imported(r).pendingResults).toEqual([
      {
        from: 'quantitative_analysis.performance_metrics',
        missing: ['task.type'],
        dataset: { name: 'loans-2021-holdout' },
        metrics: [{ type: 'auc', value: 0.87, args: { threshold: 0.5, confidenceInterval: { lowerBound: 0.85, upperBound: 0.89 } } }],
      },
      { from: 'quantitative_analysis.performance_metrics', missing: ['task.type'], slice: 'weekday', dataset: { name: 'loans-2021-holdout' }, metrics: [{ type: 'auc', value: 0.88 }] },
    ]);
    expect(finding(r, 'mct.metrics-pending')[0]?.message).toMatch(/slice 'weekday' names no attribute/);
    expect(r.todo.some((t) => t.startsWith('evaluation.results: give the task.type of the 2 MCT metrics'))).toBe(true);
  });

  it('reports a metric with only a confidence interval and keeps it aside', () => {
    expect(finding(r, 'mct.metric-incomplete')[0]?.message).toMatch(/performance_metrics\[5\] lacks a value/);
    expect(imported(r).unplaced).toContainEqual(expect.objectContaining({ from: 'quantitative_analysis.performance_metrics[5]' }));
  });

  it('drops base64 graphics with an info note', () => {
    expect(finding(r, 'mct.graphics-dropped')).toEqual([expect.objectContaining({ severity: 'info', message: expect.stringMatching(/dropped 2 embedded base64 graphics .*Label balance, ROC/) })]);
    expect(JSON.stringify(r.card)).not.toContain('iVBORw0KGgo');
  });

  it('notes the source version name when it differs from --version', () => {
    expect(finding(r, 'mct.version-differs')).toHaveLength(0);
    const other = importModelCardToolkit(fixture('mct/v1.json'), { ...options, version: '3.0.0' });
    expect(finding(other, 'mct.version-differs')[0]?.message).toMatch(/'v2.1.0'; it is registered as 3.0.0/);
  });
});

describe('importModelCardToolkit: schema v0.0.2', () => {
  const r = importModelCardToolkit(fixture('mct/v2.json'), { ...options, model: 'birds', version: '1.0.0' });

  it('produces a valid card', () => {
    expect(cardErrors(r.card)).toEqual([]);
    expect(imported(r)).toMatchObject({ schemaVersion: '0.0.2', references: ['https://example.com/birds'], citations: ['Birds, 2020'] });
  });

  it('normalises an MM/DD/YYYY date', () => {
    expect(r.card?.created).toBe('2020-08-28');
  });

  it('reads a licence id given as custom_text, saying so', () => {
    expect(r.card?.license).toBe('Apache-2.0');
    expect(finding(r, 'mct.licence-from-custom-text')).toHaveLength(1);
  });

  it('converts string metric values and reports those it cannot convert', () => {
    const pending = imported(r).pendingResults as { slice?: string; metrics: unknown[] }[];
    expect(pending[0]?.metrics).toEqual([
      { type: 'accuracy', value: 0.91, args: { confidenceInterval: { lowerBound: 0.9, upperBound: 0.92 } } },
      { type: 'top5', value: 0.85, scale: 'percent' },
      { type: 'coverage', value: 'N/A' },
      { type: 'latency', value: '12 ms' },
    ]);
    expect(pending[1]).toMatchObject({ slice: 'sparrow', missing: ['task.type', 'dataset.name'] });
    expect(finding(r, 'mct.metric-value-converted')).toHaveLength(3);
    expect(finding(r, 'mct.metric-value-not-numeric').map((f) => f.severity)).toEqual(['warn', 'warn']);
  });

  it('imports every listed dataset, flagging one that looks like evaluation data', () => {
    expect(r.card?.trainingData).toEqual([{ id: 'birds-train', uri: 'https://example.com/birds-train' }, { id: 'Validation Set' }]);
    expect(finding(r, 'mct.dataset-role-unknown')).toEqual([expect.objectContaining({ severity: 'warn', message: expect.stringMatching(/'Validation Set' looks like evaluation data/) })]);
    expect(r.todo).toContain("trainingData: confirm that 'Validation Set' was used for training, or remove it");
    expect(r.todo.some((t) => t.includes('sensitive data (location)'))).toBe(true);
  });
});

describe('importModelCardToolkit: detection and refusals', () => {
  it('detects the version from the shape when schema_version is absent', () => {
    const r = importModelCardToolkit(fixture('mct/no-version.json'), options);
    expect(imported(r).schemaVersion).toBe('0.0.1');
    expect(finding(r, 'mct.schema-version')[0]?.message).toMatch(/no schema_version: read as .* v0.0.1 from its shape/);
    expect(cardErrors(r.card)).toEqual([]);
  });

  it('refuses to guess an ambiguous date and leaves created out', () => {
    const r = importModelCardToolkit(fixture('mct/no-version.json'), options);
    expect(r.card?.created).toBeUndefined();
    expect(finding(r, 'mct.date-unreadable')[0]?.message).toMatch(/'02\/03\/2020' could be month\/day or day\/month/);
    expect(r.todo[0]).toBe("created: the version date as YYYY-MM-DD (the MCT card says '02/03/2020')");
  });

  it('flags a non-commercial licence', () => {
    const r = importModelCardToolkit(fixture('mct/no-version.json'), options);
    expect(finding(r, 'mct.non-commercial-licence')[0]?.severity).toBe('warn');
  });

  it('uses today for created when the card has no date', () => {
    const r = importModelCardToolkit('{"model_details": {"name": "x"}}', options);
    expect(r.card?.created).toBe('2025-06-01');
  });

  it('reports a declared version whose shape is the other one', () => {
    expect(detectVersion({ schema_version: '0.0.2', model_details: { license: 'mit', references: ['https://e.com'] } }).finding.code).toBe('mct.version-shape-mismatch');
    expect(detectVersion({ schema_version: '0.1.0', model_details: { licenses: [] } })).toMatchObject({ version: '0.0.2', finding: { code: 'mct.unknown-schema-version' } });
  });

  it('reports unparsable JSON with its line and column', () => {
    const r = importModelCardToolkit('{\n  "model_details": {\n    "name": "x",\n  }\n}\n', options);
    expect(r.card).toBeUndefined();
    expect(r.findings[0]).toMatchObject({ severity: 'deny', code: 'mct.invalid-json', line: 4 });
  });

  it('refuses JSON that is not a model card', () => {
    expect(importModelCardToolkit('[]', options).findings[0]).toMatchObject({ severity: 'deny', code: 'mct.not-an-object', message: expect.stringMatching(/a JSON array/) });
    expect(importModelCardToolkit('{"name": "x"}', options).findings[0]).toMatchObject({ severity: 'deny', code: 'mct.not-a-model-card' });
    expect(importModelCardToolkit('', options).findings[0]?.code).toBe('mct.invalid-json');
  });

  it('keeps a section of the wrong shape aside', () => {
    const r = importModelCardToolkit('{"model_details": "x", "considerations": {"limitations": "one"}}', options);
    expect(r.card?.limitations).toEqual(['one']);
    expect(imported(r).unplaced).toEqual([{ from: 'model_details', reason: 'not an object', value: 'x' }]);
    expect(cardErrors(r.card)).toEqual([]);
  });

  it('writes real licence text as other + licenseName and keeps the text', () => {
    const text = 'ACME Model Licence\nYou may use this model for evaluation only.';
    const r = importModelCardToolkit(JSON.stringify({ schema_version: '0.0.2', model_details: { licenses: [{ custom_text: text }] } }), options);
    expect(r.card).toMatchObject({ license: 'other', licenseName: 'ACME Model Licence' });
    expect(imported(r).licenseText).toBe(text);
  });
});
