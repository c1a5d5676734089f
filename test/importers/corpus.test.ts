/**
 * The importers against real published cards in ../shared/corpus/modelcards (see its SOURCES.md).
 * Skipped only when that folder is absent, i.e. in a fresh clone without the shared corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importHuggingFace } from '../../src/importers/hf.js';
import { importModelCardToolkit } from '../../src/importers/mct.js';
import type { CardMetric, ImportResult } from '../../src/importers/types.js';
import { cardErrors, corpusDir, corpusPresent, lineOf } from './helpers.js';

if (!corpusPresent) {
  console.warn(`[importers] corpus tests SKIPPED: ${corpusDir} is absent (it sits beside the repository in CI; a fresh clone does not have it)`);
}

const options = { model: 'imported', version: '1.0.0', today: '2025-06-01' };

function read(name: string): string {
  return readFileSync(path.join(corpusDir, name), 'utf8');
}

/** The plain HF README inside a ZHUI mirror file: everything after the `## README(` line. */
function unwrap(text: string): string {
  const at = text.indexOf('## README(');
  return text.slice(text.indexOf('\n', at) + 1);
}

function codes(r: ImportResult, code: string): ImportResult['findings'] {
  return r.findings.filter((f) => f.code === code);
}

function allMetrics(r: ImportResult): CardMetric[] {
  return (r.card?.evaluation?.results ?? []).flatMap((x) => x.metrics);
}

const files = corpusPresent ? readdirSync(corpusDir).sort() : [];
const hfFiles = files.filter((f) => f.endsWith('.md') && f !== 'SOURCES.md');
const zhui = hfFiles.filter((f) => f.startsWith('ZHUI__'));
const mctFiles = files.filter((f) => f.includes('testdata') && f.endsWith('.json'));
const ZHUI = (model: string): string => `ZHUI__paddlenlp_model_readme__${model}__index.md`;
const HUB = (sample: string): string => `huggingface__huggingface_hub__tests__fixtures__cards__${sample}.md`;
const MCT = (name: string): string => `tensorflow__model-card-toolkit__model_card_toolkit__utils__testdata__${name}.json`;

describe.skipIf(!corpusPresent)('corpus: every Hugging Face card', () => {
  it('finds the cards it expects', () => {
    expect(zhui).toHaveLength(9);
    expect(hfFiles.length).toBeGreaterThanOrEqual(16);
    expect(mctFiles).toHaveLength(4);
  });

  it.each(zhui)('%s as published (wrapped) has no front matter at the start', (name) => {
    const r = importHuggingFace(read(name), options);
    expect(r.card).toBeUndefined();
    expect(r.findings).toEqual([expect.objectContaining({ severity: 'deny', code: 'hf.no-front-matter', line: 2 })]);
  });

  it.each(zhui)('%s unwrapped imports into a valid card', (name) => {
    const r = importHuggingFace(unwrap(read(name)), options);
    expect(r.card).toBeDefined();
    expect(cardErrors(r.card)).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'deny')).toEqual([]);
    expect(r.todo.length).toBeGreaterThan(0);
  });

  it.each(hfFiles.filter((f) => !f.startsWith('ZHUI__')))('%s gives a valid card or a clear reason', (name) => {
    const r = importHuggingFace(read(name), options);
    if (r.card) expect(cardErrors(r.card)).toEqual([]);
    else expect(r.findings.some((f) => f.severity === 'deny' && f.message.length > 20)).toBe(true);
  });
});

describe.skipIf(!corpusPresent)('corpus: what a person would expect from each Hugging Face card', () => {
  it('mt0-small: the Norwegian `no` read as a boolean by YAML 1.1 is reported at its line and kept', () => {
    const text = unwrap(read(ZHUI('bigscience__mt0-small')));
    const r = importHuggingFace(text, options);
    expect(r.card?.language).toContain('no');
    expect(r.card?.language).toHaveLength(101);
    expect(codes(r, 'hf.language-yaml11-boolean')).toEqual([expect.objectContaining({ severity: 'warn', line: lineOf(text, '- no'), column: 3 })]);
    expect(allMetrics(r)).toHaveLength(50);
  });

  it('llava-onevision: every self-asserted verified metric without a verifyToken is flagged, and 1217 is noted', () => {
    const text = unwrap(read(ZHUI('lmms-lab__llava-onevision-qwen2-0.5b-si')));
    const r = importHuggingFace(text, options);
    const claimed = text.split('\n').filter((l) => l.trim() === 'verified: true').length;
    expect(claimed).toBe(20);
    expect(codes(r, 'hf.verified-without-token')).toHaveLength(claimed);
    expect(codes(r, 'hf.verified-without-token')[0]?.line).toBe(lineOf(text, 'verified: true'));
    expect(allMetrics(r).some((m) => m.verified !== undefined)).toBe(false);
    expect(codes(r, 'hf.different-scale').map((f) => f.line)).toEqual([lineOf(text, 'value: 1217'), lineOf(text, 'value: 272')]);
  });

  it('deberta-v3-large-squad2: verified metrics carrying a verifyToken are kept and not flagged', () => {
    const r = importHuggingFace(unwrap(read(ZHUI('deepset__deberta-v3-large-squad2'))), options);
    expect(codes(r, 'hf.verified-without-token')).toEqual([]);
    const metrics = allMetrics(r);
    expect(metrics).toHaveLength(16);
    const verified = metrics.filter((m) => m.verified === true);
    expect(verified).toHaveLength(4);
    expect(verified.every((m) => typeof m.verifyToken === 'string' && m.verifyToken.startsWith('eyJ'))).toBe(true);
    expect(r.card?.license).toBe('cc-by-4.0');
  });

  it('NV-Embed-v1: the non-commercial licence is flagged and all 630 metrics are kept', () => {
    const text = unwrap(read(ZHUI('nvidia__NV-Embed-v1')));
    const r = importHuggingFace(text, options);
    expect(r.card?.license).toBe('cc-by-nc-4.0');
    expect(codes(r, 'hf.non-commercial-licence')).toEqual([expect.objectContaining({ severity: 'warn', line: lineOf(text, 'license: cc-by-nc-4.0') })]);
    expect(allMetrics(r)).toHaveLength(630);
  });

  it('falcon-mamba-7b: license other with its name and link', () => {
    const r = importHuggingFace(unwrap(read(ZHUI('tiiuae__falcon-mamba-7b'))), options);
    expect(r.card).toMatchObject({ license: 'other', licenseName: 'falcon-mamba-7b-license', licenseLink: 'https://falconllm.tii.ae/falcon-mamba-7b-terms-and-conditions.html' });
    expect(codes(r, 'hf.custom-licence')[0]?.message).toMatch(/review its terms at https:\/\/falconllm.tii.ae/);
    expect(r.card?.evaluation?.results?.[0]?.metrics[0]?.type).toBe('inst_level_strict_acc and prompt_level_strict_acc');
    expect(codes(r, 'hf.not-imported')[0]?.message).toMatch(/new_version/);
  });

  it('bge-small-en-v1.5: all 990 metrics of 68 results are kept, in reasonable time', () => {
    const text = unwrap(read(ZHUI('BAAI__bge-small-en-v1.5')));
    const started = performance.now();
    const r = importHuggingFace(text, options);
    const ms = performance.now() - started;
    console.info(`[importers] bge-small-en-v1.5: 990 metrics imported in ${ms.toFixed(0)} ms`);
    expect(r.card?.evaluation?.results).toHaveLength(68);
    expect(allMetrics(r)).toHaveLength(990);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(ms).toBeLessThan(5000);
  });

  it('bloomz-560m: the RAIL licence is noted', () => {
    const r = importHuggingFace(unwrap(read(ZHUI('bigscience__bloomz-560m'))), options);
    expect(codes(r, 'hf.restricted-use-licence')[0]?.severity).toBe('info');
    expect(r.card?.trainingData).toEqual([{ id: 'bigscience/xP3' }]);
  });

  it('Mixtral-8x22B: leaderboard results keep their source and few-shot args', () => {
    const r = importHuggingFace(unwrap(read(ZHUI('mistralai__Mixtral-8x22B-v0.1'))), options);
    const first = r.card?.evaluation?.results?.[0];
    expect(first?.source?.name).toBe('Open LLM Leaderboard');
    expect(first?.dataset.args).toHaveProperty('num_few_shot');
  });

  it('sample_no_metadata: no front matter, said clearly', () => {
    const r = importHuggingFace(read(HUB('sample_no_metadata')), options);
    expect(r.card).toBeUndefined();
    expect(r.findings[0]).toMatchObject({ severity: 'deny', code: 'hf.no-front-matter', message: expect.stringMatching(/^no front matter at the start of the file/) });
  });

  it('sample_invalid_card_data: front matter that is a list, said clearly', () => {
    const r = importHuggingFace(read(HUB('sample_invalid_card_data')), options);
    expect(r.card).toBeUndefined();
    expect(r.findings).toEqual([expect.objectContaining({ severity: 'deny', code: 'hf.front-matter-not-mapping', line: 2, message: expect.stringMatching(/is a list \(\[\]\), not a mapping/) })]);
  });

  it('sample_windows_line_breaks: CRLF front matter imports fine', () => {
    const r = importHuggingFace(read(HUB('sample_windows_line_breaks')), options);
    expect(r.card).toMatchObject({ license: 'mit', language: ['eo'] });
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(codes(r, 'hf.not-imported')[0]).toMatchObject({ line: 4, message: expect.stringMatching(/thumbnail, widget/) });
  });

  it('sample_invalid_model_index: the result without a dataset is reported and kept aside', () => {
    const text = read(HUB('sample_invalid_model_index'));
    const r = importHuggingFace(text, options);
    expect(codes(r, 'hf.result-without-dataset')).toEqual([expect.objectContaining({ severity: 'warn', line: lineOf(text, '- task:') })]);
    expect(r.card?.evaluation).toBeUndefined();
    expect(r.card?.extensions?.imported).toMatchObject({ pendingResults: [{ missing: ['dataset.name'], task: { type: 'image-classification' }, metrics: [{ type: 'acc', value: 0.9 }] }] });
  });

  it('sample_simple_model_index: both results, with revision and args', () => {
    const r = importHuggingFace(read(HUB('sample_simple_model_index')), options);
    expect(r.card?.evaluation?.results?.[1]?.dataset).toEqual({ type: 'beans', name: 'Beans', config: 'default', split: 'test', revision: '5503434ddd753f426f4b38109466949a1217c2bb', args: { date: 20220120 } });
    expect(r.card).toMatchObject({ language: ['en'], license: 'mit', trainingData: [{ id: 'beans' }] });
  });

  it('paperswithcode resnet.md: a model-index in an HTML comment is not front matter', () => {
    const r = importHuggingFace(read('paperswithcode__model-index__examples__option1-markdown__docs__resnet.md'), options);
    expect(r.findings[0]?.code).toBe('hf.no-front-matter');
  });
});

describe.skipIf(!corpusPresent)('corpus: Model Card Toolkit cards', () => {
  it.each(mctFiles)('%s imports into a valid card', (name) => {
    const r = importModelCardToolkit(read(name), options);
    expect(cardErrors(r.card)).toEqual([]);
    expect(r.findings.filter((f) => f.severity === 'deny')).toEqual([]);
  });

  it('cats_vs_dogs v0.0.1 and v0.0.2: both versions detected, string values converted, same numbers', () => {
    const v1 = importModelCardToolkit(read(MCT('cats_vs_dogs_v0_0_1')), options);
    const v2 = importModelCardToolkit(read(MCT('cats_vs_dogs_v0_0_2')), options);
    expect(v1.card?.extensions?.imported).toMatchObject({ schemaVersion: '0.0.1' });
    expect(v2.card?.extensions?.imported).toMatchObject({ schemaVersion: '0.0.2' });
    expect(codes(v2, 'mct.metric-value-converted')).toHaveLength(3);
    const pending = (r: ImportResult): unknown => (r.card?.extensions?.imported as { pendingResults: unknown }).pendingResults;
    expect(pending(v2)).toEqual(pending(v1));
    expect(pending(v2)).toEqual([
      expect.objectContaining({ metrics: [{ type: 'accuracy', value: 0.9781249761581421, args: { threshold: 0.5 } }] }),
      expect.objectContaining({ slice: 'cat', metrics: [expect.objectContaining({ value: 0.9932885766029358 })] }),
      expect.objectContaining({ slice: 'Dog', metrics: [expect.objectContaining({ value: 0.9649122953414917 })] }),
    ]);
    for (const r of [v1, v2]) {
      expect(r.card).toMatchObject({ created: '2020-08-28', license: 'Apache-2.0', authors: [{ name: 'Model Cards Team', email: 'model-cards@google.com' }] });
      expect(codes(r, 'mct.graphics-dropped')[0]?.message).toMatch(/dropped 2 embedded base64 graphics .*Validation Set Size, Accuracy/);
      expect(JSON.stringify(r.card).length).toBeLessThan(6000);
    }
  });

  it('full.json: the date 2020/02/02 becomes 2020-02-02', () => {
    const r = importModelCardToolkit(read(MCT('full')), options);
    expect(r.card?.created).toBe('2020-02-02');
    expect(codes(r, 'mct.date-normalised')[0]?.message).toMatch(/'2020\/02\/02' was written as 2020-02-02/);
    expect(r.todo.some((t) => t.includes('sensitive data (age)'))).toBe(true);
    expect(r.card?.risks).toEqual([{ risk: 'ethical considerations name', mitigation: 'mitigation strategy' }]);
  });

  it('considerations.json: the stray v0.0.1-style citation key is still read', () => {
    const r = importModelCardToolkit(read(MCT('considerations')), options);
    expect(r.card?.extensions?.imported).toMatchObject({ citations: ['https://doi.org/foo/bar'], modelArchitecture: 'knn' });
    expect(r.card).toMatchObject({ created: '2020-01-01', license: 'Apache 2.0' });
    expect(r.card?.trainingData).toEqual([{ id: 'train_split', uri: 'path/to/train' }, { id: 'eval_split', uri: 'path/to/eval' }]);
    expect(codes(r, 'mct.dataset-role-unknown').map((f) => f.message)).toEqual([expect.stringMatching(/^dataset 'eval_split' looks like evaluation data/)]);
    expect(codes(r, 'mct.date-normalised')).toEqual([]);
  });
});
