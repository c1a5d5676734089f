/**
 * The main job on real input: every Hugging Face and Model Card Toolkit card in the corpus is
 * imported into a registry with the CLI and the result validated with the default policy pack.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import { CONFIG, REPO_ROOT, removeDir, tempDir, writeFiles } from '../helpers/registry.js';

const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/modelcards');
const present = existsSync(CORPUS);
if (!present && process.env.CI) throw new Error(`${CORPUS} is missing: CI must run the corpus tests`);
if (!present) console.warn(`skipping the corpus import+validate tests: ${CORPUS} not found (it sits beside the repository in CI)`);

interface Finding {
  ruleId: string;
  severity: string;
  file: string;
  message: string;
  model: string | null;
}

const registry = tempDir('modelgate-corpus-');
const sources = tempDir('modelgate-corpus-src-');
afterAll(() => [registry, sources].forEach(removeDir));

function modelName(file: string): string {
  return file.replace(/\.(md|json)$/, '').split('__').slice(-2).join('-').toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').slice(0, 60);
}

async function cli(args: string[]) {
  const io = memoryIO(REPO_ROOT);
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe.skipIf(!present)('import + validate every real card', () => {
  const imported = new Map<string, string>();
  const modelOf = (fragment: string): string => {
    const hit = [...imported].find(([, file]) => file.includes(fragment));
    if (!hit) throw new Error(`no imported card from a file matching ${fragment}`);
    return hit[0];
  };
  const refused = new Map<string, string>();
  let findings: Finding[] = [];
  let bgeMs = 0;

  it('imports every card that has front matter or is MCT JSON, and reports the others clearly', async () => {
    writeFiles(registry, { 'modelgate.yaml': CONFIG });
    for (const file of readdirSync(CORPUS).sort()) {
      const kind = file.endsWith('.md') && file !== 'SOURCES.md' ? 'hf' : file.includes('testdata') && file.endsWith('.json') ? 'mct' : null;
      if (!kind) continue;
      let input = path.join(CORPUS, file);
      if (file.startsWith('ZHUI__')) {
        // The wrapped README: strip the wrapper up to and including `## README(` to get the Hugging Face layout.
        const text = readFileSync(input, 'utf8');
        input = path.join(sources, file);
        writeFileSync(input, text.slice(text.indexOf('\n', text.indexOf('## README(')) + 1));
      }
      const model = modelName(file);
      const started = performance.now();
      const r = await cli(['import', kind, input, '--model', model, '--version', '1.0.0', '--repo', registry]);
      if (file.includes('bge-small')) bgeMs = performance.now() - started;
      if (r.code === 0) imported.set(model, file);
      else refused.set(file, `${r.out}${r.err}`);
      // A governed model.yaml: what a person fills in after the import.
      if (r.code === 0) writeFiles(registry, { [`models/${model}/model.yaml`]: `schemaVersion: 1\nname: ${model}\ninventoryId: INV-1\nowner: { team: "@acme/ds" }\nriskTier: low\ncommercialUse: true\n` });
    }
    expect(imported.size).toBeGreaterThanOrEqual(17);
    expect([...refused.keys()].sort()).toEqual(['huggingface__huggingface_hub__tests__fixtures__cards__sample_invalid_card_data.md', 'huggingface__huggingface_hub__tests__fixtures__cards__sample_no_metadata.md', 'paperswithcode__model-index__examples__option1-markdown__docs__resnet.md']);
    expect(refused.get('huggingface__huggingface_hub__tests__fixtures__cards__sample_no_metadata.md')).toMatch(/no front matter/i);
    expect(refused.get('huggingface__huggingface_hub__tests__fixtures__cards__sample_invalid_card_data.md')).toMatch(/list/i);
  });

  it('the wrapped README as published (a stray --- before the real front matter) is not taken as front matter', async () => {
    const r = await cli(['import', 'hf', path.join(CORPUS, 'ZHUI__paddlenlp_model_readme__bigscience__mt0-small__index.md'), '--model', 'wrapped', '--version', '1.0.0', '--repo', registry]);
    expect(r.code).toBe(1);
    expect(r.out + r.err).toMatch(/no front matter at the start of the file/i);
  });

  it('validates the imported registry: every skeleton is well-formed, and the policy findings say what a person must still fill in', async () => {
    const r = await cli(['validate', '--repo', registry, '--format', 'json', '--today', '2026-12-03']);
    expect(r.code).toBe(1);
    findings = (JSON.parse(r.out) as { findings: Finding[] }).findings;
    const malformed = findings.filter((f) => /^(yaml|schema|registry)\./.test(f.ruleId));
    expect(malformed).toEqual([]);
    for (const model of imported.keys()) {
      const mine = new Set(findings.filter((f) => f.model === model && f.severity === 'deny').map((f) => f.ruleId));
      expect([...mine], model).toEqual(expect.arrayContaining(['artifact-integrity', 'intended-use', 'training-data-lineage']));
    }
  });

  it('flags the non-commercial licence of NV-Embed for a commercially used model, and not the apache-2.0 ones', () => {
    const licence = findings.filter((f) => f.ruleId === 'commercial-data-licence').map((f) => f.model);
    expect(licence).toContain(modelOf('NV-Embed'));
    expect(licence).not.toContain(modelOf('mt0-small'));
  });

  it('accepts real evaluation results with a split and a numeric metric, and asks for them where the card has none', () => {
    const missing = new Set(findings.filter((f) => f.ruleId === 'evaluation-results').map((f) => f.model));
    expect(missing.has(modelOf('deberta-v3'))).toBe(false);
    expect(missing.has(modelOf('sample_simple.md'))).toBe(true);
  });

  it('imports the 990-metric MTEB card and validates it in reasonable time', () => {
    expect(bgeMs).toBeLessThan(5000);
    const card = readFileSync(path.join(registry, `models/${modelOf('bge-small')}/1.0.0/card.yaml`), 'utf8');
    expect(card.match(/\bvalue:/g)?.length).toBeGreaterThanOrEqual(990);
  });

  it('keeps the Norwegian language code a string that every YAML reader agrees on', () => {
    const card = readFileSync(path.join(registry, `models/${modelOf('mt0-small')}/1.0.0/card.yaml`), 'utf8');
    expect(card).toMatch(/- "no"/);
    expect(findings.filter((f) => f.model === modelOf('mt0-small') && f.ruleId.startsWith('yaml.'))).toEqual([]);
  });
});
