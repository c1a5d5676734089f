import { describe, expect, it } from 'vitest';
import { classifyLicence, convertMetricValue, governanceTodo, licenceFinding, normalizeDate, scaleOutliers } from '../../src/importers/common.js';

describe('convertMetricValue', () => {
  it('keeps numbers', () => {
    expect(convertMetricValue(0.9)).toEqual({ kind: 'number', value: 0.9 });
    expect(convertMetricValue(1217)).toEqual({ kind: 'number', value: 1217 });
  });

  it('converts percentages exactly, recording the scale', () => {
    expect(convertMetricValue('77.37%')).toEqual({ kind: 'converted', value: 0.7737, scale: 'percent', from: '77.37%' });
    expect(convertMetricValue(' 85 %')).toMatchObject({ value: 0.85, scale: 'percent' });
    expect(convertMetricValue('100%')).toMatchObject({ value: 1 });
    expect(convertMetricValue('7.5e1%')).toMatchObject({ value: 0.75 });
  });

  it('converts numeric text without inventing a scale', () => {
    expect(convertMetricValue('0.9781249761581421')).toEqual({ kind: 'converted', value: 0.9781249761581421, from: '0.9781249761581421' });
    expect(convertMetricValue('-3')).toMatchObject({ kind: 'converted', value: -3 });
  });

  it('leaves what it cannot convert as text', () => {
    for (const s of ['N/A', '12 ms', '1,217', '', '0x10', 'Infinity', '0.77 ± 0.01']) {
      expect(convertMetricValue(s)).toEqual({ kind: 'unconvertible', value: s });
    }
    expect(convertMetricValue(Number.NaN)).toEqual({ kind: 'unconvertible', value: 'NaN' });
  });
});

describe('normalizeDate', () => {
  it('normalises the spellings model cards use', () => {
    expect(normalizeDate('2020-02-02')).toEqual({ ok: true, date: '2020-02-02', changed: false });
    expect(normalizeDate('2020/02/02')).toEqual({ ok: true, date: '2020-02-02', changed: true });
    expect(normalizeDate('08/28/2020')).toEqual({ ok: true, date: '2020-08-28', changed: true });
    expect(normalizeDate('28.08.2020')).toMatchObject({ ok: true, date: '2020-08-28' });
    expect(normalizeDate('2020-8-5')).toMatchObject({ ok: true, date: '2020-08-05' });
    expect(normalizeDate('2020-02-02T10:00:00Z')).toMatchObject({ ok: true, date: '2020-02-02' });
    expect(normalizeDate('05/05/2020')).toMatchObject({ ok: true, date: '2020-05-05' });
  });

  it('refuses to guess day/month order, impossible dates and prose', () => {
    expect(normalizeDate('02/03/2020')).toMatchObject({ ok: false, reason: expect.stringMatching(/month\/day or day\/month/) });
    expect(normalizeDate('2020/02/30')).toMatchObject({ ok: false, reason: expect.stringMatching(/not a calendar date/) });
    expect(normalizeDate('August 28, 2020')).toMatchObject({ ok: false });
  });
});

describe('licences', () => {
  it('classifies non-commercial, restricted-use and custom licences', () => {
    for (const id of ['cc-by-nc-4.0', 'cc-by-nc-sa-4.0', 'CC-BY-NC-ND-4.0', 'acme-nc-1.0', 'research-only', 'Non-Commercial Use Licence']) {
      expect(classifyLicence(id), id).toBe('non-commercial');
    }
    expect(classifyLicence('other', 'ACME research use licence')).toBe('non-commercial');
    expect(classifyLicence('bigscience-bloom-rail-1.0')).toBe('restricted-use');
    expect(classifyLicence('openrail++')).toBe('restricted-use');
    expect(classifyLicence('other')).toBe('custom');
    for (const id of ['mit', 'apache-2.0', 'cc-by-4.0', 'NCSA', 'llama2']) expect(classifyLicence(id), id).toBe('unremarkable');
  });

  it('words the finding for a person', () => {
    expect(licenceFinding('cc-by-nc-4.0', undefined, undefined, 'hf')).toMatchObject({ severity: 'warn', code: 'hf.non-commercial-licence' });
    expect(licenceFinding('other', 'x', 'https://e.com/l', 'hf')?.message).toMatch(/review its terms at https:\/\/e.com\/l/);
    expect(licenceFinding('mit', undefined, undefined, 'hf')).toBeUndefined();
  });
});

describe('scaleOutliers', () => {
  const v = (value: number, label = 'm'): { value: number; label: string } => ({ value, label });

  it('notes a large value among percentages, not small ones', () => {
    const found = scaleOutliers([v(54.2), v(61), v(0.5), v(1217, 'score on MME'), v(43.8)], 'hf');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', code: 'hf.different-scale' });
    expect(found[0]?.message).toMatch(/score on MME = 1217 .* 3 values between 0 and 100 \(percentages\)/);
  });

  it('notes a percentage among fractions', () => {
    expect(scaleOutliers([v(0.9), v(0.8), v(0.7), v(88)], 'mct').map((f) => f.message)).toEqual([expect.stringMatching(/m = 88 .*fractions/)]);
  });

  it('says nothing when there is no usual scale to compare with', () => {
    expect(scaleOutliers([v(1217)], 'hf')).toEqual([]);
    expect(scaleOutliers([v(0.9), v(0.8)], 'hf')).toEqual([]);
  });
});

describe('governanceTodo', () => {
  it('lists what a bare card lacks and what no source can give', () => {
    const todo = governanceTodo({ schemaVersion: 1, model: 'm', version: '1.0.0' });
    for (const re of [/^intendedUse.primaryUses/, /^intendedUse.outOfScope/, /^trainingData:/, /^artifact.uri and artifact.sha256/, /^fairness/, /^validation/, /^models\/m\/model.yaml: owner.team/, /^evaluation.results/]) {
      expect(todo.some((t) => re.test(t)), String(re)).toBe(true);
    }
  });

  it('asks for the revision and licence of each training dataset', () => {
    const todo = governanceTodo({ schemaVersion: 1, model: 'm', version: '1.0.0', trainingData: [{ id: 'a' }, { id: 'b', revision: 'abc1234', license: 'mit' }] });
    expect(todo.filter((t) => t.startsWith('trainingData'))).toEqual([expect.stringMatching(/^trainingData\[0\] a: revision .* and license$/)]);
  });
});
