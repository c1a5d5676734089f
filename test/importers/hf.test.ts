import { describe, expect, it } from 'vitest';
import { importHuggingFace } from '../../src/importers/hf.js';
import type { ImportResult } from '../../src/importers/types.js';
import { cardErrors, fixture, lineOf } from './helpers.js';

const options = { model: 'sentiment-small', version: '1.0.0', today: '2025-06-01' };

function codes(r: ImportResult): string[] {
  return r.findings.map((f) => f.code);
}

describe('importHuggingFace: mapping', () => {
  const text = fixture('hf/metrics.md');
  const r = importHuggingFace(text, options);
  const card = r.card;

  it('produces a card valid against card-v1', () => {
    expect(card).toBeDefined();
    expect(cardErrors(card)).toEqual([]);
    expect(card).toMatchObject({ schemaVersion: 1, model: 'sentiment-small', version: '1.0.0', created: '2025-06-01' });
  });

  it('maps the top-level metadata', () => {
    expect(card).toMatchObject({
      license: 'apache-2.0',
      task: 'text-classification',
      tags: ['sentiment', 'modelgate-fixture'],
      language: ['en'],
      baseModel: 'acme/base-encoder',
      trainingData: [{ id: 'acme/reviews' }, { id: 'acme/tweets' }],
    });
  });

  it('leaves training-data revision and licence to a person', () => {
    expect(card?.trainingData?.every((d) => d.revision === undefined && d.license === undefined)).toBe(true);
    expect(r.todo).toContain('trainingData[0] acme/reviews: revision (an immutable commit, digest or snapshot id, not a branch) and license');
    expect(r.todo).toContain('trainingData[1] acme/tweets: revision (an immutable commit, digest or snapshot id, not a branch) and license');
  });

  it('keeps every field of a full model-index result', () => {
    const first = card?.evaluation?.results?.[0];
    expect(first).toEqual({
      task: { type: 'text-classification', name: 'Text Classification' },
      dataset: { type: 'acme/reviews', name: 'ACME Reviews', config: 'en', split: 'test', revision: '0a1b2c3d4e5f60718293a4b5c6d7e8f901234567', args: { num_few_shot: 0 } },
      metrics: [
        { type: 'accuracy', value: 91, name: 'Accuracy' },
        { type: 'f1', value: 88.5, config: 'macro', args: { average: 'macro' } },
        { type: 'recall', value: 87.25, verified: true, verifyToken: 'eyJhbGciOiJFZERTQSJ9.eyJoYXNoIjoiZml4dHVyZSJ9.c2lnbmF0dXJl' },
        { type: 'precision', value: 89.75 },
      ],
      source: { name: 'Our leaderboard', url: 'https://example.com/leaderboard' },
    });
  });

  it('flags verified: true without a verifyToken at its line and leaves the claim out', () => {
    const f = r.findings.filter((x) => x.code === 'hf.verified-without-token');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warn', line: lineOf(text, 'verified: true', 2) });
    expect(f[0]?.message).toMatch(/precision on ACME Reviews/);
  });

  it('does not flag a verified metric that carries a verifyToken', () => {
    expect(r.findings.some((x) => x.code === 'hf.verified-without-token' && x.message.includes('recall'))).toBe(false);
  });

  it('converts string values, recording percent scale, and keeps what it cannot convert (reported)', () => {
    const metrics = card?.evaluation?.results?.[1]?.metrics ?? [];
    expect(metrics).toEqual([
      { type: 'accuracy', value: 0.7737, scale: 'percent' },
      { type: 'auc', value: 0.91 },
      { type: 'coverage', value: 'N/A' },
      { type: 'latency', value: '12 ms' },
      { type: 'score', value: 1217 },
    ]);
    const notNumeric = r.findings.filter((x) => x.code === 'hf.metric-value-not-numeric');
    expect(notNumeric.map((x) => x.line)).toEqual([lineOf(text, '"N/A"'), lineOf(text, '"12 ms"')]);
    expect(notNumeric.every((x) => x.severity === 'warn')).toBe(true);
    const converted = r.findings.filter((x) => x.code === 'hf.metric-value-converted');
    expect(converted.map((x) => x.line)).toEqual([lineOf(text, '"77.37%"'), lineOf(text, '"0.91"')]);
    expect(converted[0]?.message).toMatch(/"77.37%" was converted to the number 0.7737 \(scale: percent/);
  });

  it('notes a value on a different scale from the others', () => {
    const f = r.findings.filter((x) => x.code === 'hf.different-scale');
    expect(f).toEqual([expect.objectContaining({ severity: 'info', line: lineOf(text, 'value: 1217') })]);
  });

  it('does not pass on the parser\'s "number changed" advice for metric values such as 91.0', () => {
    expect(codes(r)).not.toContain('yaml.number-changed');
  });

  it('reports a result without a dataset and keeps it under extensions', () => {
    const f = r.findings.find((x) => x.code === 'hf.result-without-dataset');
    expect(f).toMatchObject({ severity: 'warn', line: lineOf(text, '- task:', 3) });
    expect(card?.evaluation?.results).toHaveLength(2);
    expect(card?.extensions).toEqual({
      imported: {
        source: 'huggingface',
        pendingResults: [{ from: 'model-index[0].results[2]', missing: ['dataset.name'], task: { type: 'text-classification' }, metrics: [{ type: 'accuracy', value: 50.5 }] }],
      },
    });
    expect(r.todo.some((t) => t.startsWith('evaluation: model-index[0].results[2] (1 metric) lacks dataset.name'))).toBe(true);
  });

  it('names the metadata it did not import', () => {
    expect(r.findings.find((x) => x.code === 'hf.not-imported')).toMatchObject({ severity: 'info', message: expect.stringMatching(/widget, model-index|widget$/) });
  });

  it('lists what a governed card still needs', () => {
    for (const prefix of ['intendedUse.primaryUses', 'intendedUse.outOfScope', 'artifact.uri and artifact.sha256', 'fairness', 'validation', 'models/sentiment-small/model.yaml', 'description', 'limitations', 'risks']) {
      expect(r.todo.some((t) => t.startsWith(prefix)), prefix).toBe(true);
    }
  });

  it('returns findings in line order', () => {
    const lines = r.findings.map((f) => f.line ?? 0);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });
});

describe('importHuggingFace: language', () => {
  const text = fixture('hf/norwegian.md');
  const r = importHuggingFace(text, options);

  it('keeps the Norwegian code `no` and reports the YAML 1.1 misreading at its line', () => {
    expect(r.card?.language).toEqual(['en', 'no', 'nb']);
    const f = r.findings.find((x) => x.code === 'hf.language-yaml11-boolean');
    expect(f).toMatchObject({ severity: 'warn', line: lineOf(text, '- no'), column: 3 });
    expect(f?.message).toMatch(/`no` \(Norwegian\) is read as the boolean false/);
    expect(codes(r)).not.toContain('yaml.yaml11-boolean');
  });

  it('reports a boolean language entry, leaves it out and asks for the intended code', () => {
    const f = r.findings.find((x) => x.code === 'hf.language-boolean');
    expect(f).toMatchObject({ severity: 'warn', line: lineOf(text, '- false') });
    expect(r.todo.some((t) => t.startsWith('language: replace the boolean false'))).toBe(true);
    expect(cardErrors(r.card)).toEqual([]);
  });

  it('handles a single language given as a scalar', () => {
    const one = importHuggingFace('---\nlanguage: no\n---\n', options);
    expect(one.card?.language).toEqual(['no']);
    expect(one.findings.find((x) => x.code === 'hf.language-yaml11-boolean')?.line).toBe(2);
  });
});

describe('importHuggingFace: licences', () => {
  it('maps license: other with license_name and license_link, and asks for review', () => {
    const r = importHuggingFace(fixture('hf/license-other.md'), options);
    expect(r.card).toMatchObject({ license: 'other', licenseName: 'acme-model-licence', licenseLink: 'https://example.com/acme-model-licence.html' });
    expect(r.findings.find((x) => x.code === 'hf.custom-licence')).toMatchObject({ severity: 'info', line: 2, message: expect.stringMatching(/review its terms at https:\/\/example.com/) });
    expect(cardErrors(r.card)).toEqual([]);
  });

  it('flags a non-commercial licence', () => {
    const r = importHuggingFace(fixture('hf/noncommercial.md'), options);
    expect(r.findings.find((x) => x.code === 'hf.non-commercial-licence')).toMatchObject({ severity: 'warn', line: 2, message: expect.stringMatching(/cc-by-nc-sa-4.0 does not allow commercial use/) });
    expect(r.card?.trainingData).toEqual([{ id: 'acme/research-corpus' }]);
  });

  it('asks for the name of a bare `other` licence', () => {
    const r = importHuggingFace('---\nlicense: other\n---\n', options);
    expect(r.todo).toContain('licenseName and licenseLink: the card says license: other without naming the licence');
  });

  it('does not pick one of several licences or base models', () => {
    const r = importHuggingFace('---\nlicense: [mit, apache-2.0]\n---\n', options);
    expect(r.card?.license).toBeUndefined();
    expect(codes(r)).toContain('hf.several-licences');
    const base = importHuggingFace(fixture('hf/license-other.md'), options);
    expect(base.card?.baseModel).toBeUndefined();
    expect(base.card?.extensions?.imported).toMatchObject({ unplaced: [{ from: 'base_model', value: ['acme/base-a', 'acme/base-b'] }] });
    expect(codes(base)).toContain('hf.several-base-models');
  });
});

describe('importHuggingFace: sources that cannot be imported', () => {
  it.each([
    ['hf/no-front-matter.md', 'hf.no-front-matter'],
    ['hf/wrapped.md', 'hf.no-front-matter'],
    ['hf/list.md', 'hf.front-matter-not-mapping'],
    ['hf/scalar.md', 'hf.front-matter-not-mapping'],
    ['hf/unclosed.md', 'hf.unclosed-front-matter'],
    ['hf/duplicate-key.md', 'yaml.duplicate-key'],
  ])('%s → no card, deny %s', (name, code) => {
    const r = importHuggingFace(fixture(name), options);
    expect(r.card).toBeUndefined();
    expect(r.findings.find((f) => f.code === code)?.severity).toBe('deny');
    expect(r.todo).toEqual([]);
  });

  it('imports the wrapped README once the wrapper is stripped', () => {
    const text = fixture('hf/wrapped.md');
    const stripped = text.slice(text.indexOf('\n', text.indexOf('## README(')) + 1);
    const r = importHuggingFace(stripped, options);
    expect(r.card).toMatchObject({ license: 'mit', task: 'fill-mask' });
  });
});

describe('importHuggingFace: encodings and shapes', () => {
  it('imports CRLF front matter with a BOM, with README line numbers', () => {
    const text = '\uFEFF---\r\nlicense: cc-by-nc-4.0\r\nlanguage:\r\n- no\r\n---\r\n# Hej\r\n';
    const r = importHuggingFace(text, options);
    expect(r.card).toMatchObject({ license: 'cc-by-nc-4.0', language: ['no'] });
    expect(r.findings.find((f) => f.code === 'hf.language-yaml11-boolean')?.line).toBe(4);
    expect(r.findings.find((f) => f.code === 'hf.non-commercial-licence')?.line).toBe(2);
  });

  it('keeps numbers given for text fields as text, with a note', () => {
    const r = importHuggingFace('---\nmodel-index:\n- name: x\n  results:\n  - task: {type: t}\n    dataset: {name: d, config: 2019, revision: 1234567}\n    metrics: [{type: acc, value: 0.5}]\n---\n', options);
    expect(r.card?.evaluation?.results?.[0]?.dataset).toEqual({ name: 'd', config: '2019', revision: '1234567' });
    expect(r.findings.filter((f) => f.code === 'hf.coerced-to-text').map((f) => f.line)).toEqual([6, 6]);
    expect(cardErrors(r.card)).toEqual([]);
  });

  it('keeps malformed metrics and results aside instead of dropping them', () => {
    const r = importHuggingFace('---\nmodel-index:\n- name: x\n  results:\n  - task: {type: t}\n    dataset: {name: d}\n    metrics:\n    - {type: acc}\n    - {value: 3}\n    - {type: f1, value: 0.5}\n  - 42\n---\n', options);
    expect(r.card?.evaluation?.results?.[0]?.metrics).toEqual([{ type: 'f1', value: 0.5 }]);
    const unplaced = (r.card?.extensions?.imported as { unplaced: { from: string }[] }).unplaced.map((u) => u.from);
    expect(unplaced).toEqual(['model-index[0].results[0].metrics[0]', 'model-index[0].results[0].metrics[1]', 'model-index[0].results[1]']);
    expect(r.findings.filter((f) => f.code === 'hf.metric-incomplete').map((f) => f.line)).toEqual([8, 9]);
    expect(cardErrors(r.card)).toEqual([]);
  });

  it('reports a result without a task and a model-index that is not a list', () => {
    const r = importHuggingFace('---\nmodel-index:\n- name: x\n  results:\n  - dataset: {name: d}\n    metrics: [{type: acc, value: 0.5}]\n---\n', options);
    expect(r.findings.find((f) => f.code === 'hf.result-incomplete')?.message).toMatch(/lacks task.type/);
    const bad = importHuggingFace('---\nmodel-index: {name: x}\n---\n', options);
    expect(bad.findings.find((f) => f.code === 'hf.model-index-shape')?.line).toBe(2);
    expect(cardErrors(bad.card)).toEqual([]);
  });

  it('uses the current UTC date when no date is given', () => {
    const r = importHuggingFace('---\nlicense: mit\n---\n', { model: 'm', version: '1.0.0' });
    expect(r.card?.created).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
