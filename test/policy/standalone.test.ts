import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import type { PolicyContext } from '../../src/policy/context.js';
import { compilePack, evaluateContext } from '../../src/policy/engine.js';
import { DEFAULT_PACK, loadPolicyPacks } from '../../src/policy/pack.js';
import { compilePackCached, loadStandalone } from '../../src/policy/standalone.js';
import { FsSource } from '../../src/registry/source.js';
import type { CardDoc, ModelDoc } from '../../src/registry/types.js';
import { REPO_ROOT, removeDir, tempDir } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));
const example = (rel: string) => parse(readFileSync(path.join(REPO_ROOT, 'examples/registry', rel), 'utf8')) as unknown;

/** Contexts that make most default rules fire, and some that pass. */
function contexts(): PolicyContext[] {
  const out: PolicyContext[] = [];
  for (const [card, model] of [
    ['models/fraud-detector/1.3.0/card.yaml', 'models/fraud-detector/model.yaml'],
    ['models/churn-predictor/1.1.0/card.yaml', 'models/churn-predictor/model.yaml'],
    ['models/credit-limit/2.1.0/card.yaml', 'models/credit-limit/model.yaml'],
  ] as const) {
    const base = { card: example(card) as CardDoc, model: example(model) as ModelDoc, baseline: null, environment: null, change: { kind: 'register' as const, files: [] }, today: '2026-12-03' };
    out.push(base);
    const broken = structuredClone(base);
    delete broken.card.artifact;
    broken.card.trainingData = [{ id: 'x', revision: 'main', license: 'cc-by-nc-4.0' }];
    broken.card.created = '2030-01-01';
    if (broken.card.validation) broken.card.validation.date = '2031-01-01';
    out.push({ ...broken, change: { kind: 'promote', files: [] }, environment: { name: 'production', production: true, serving: null }, baseline: example('models/fraud-detector/1.2.0/card.yaml') as CardDoc });
  }
  return out;
}

const summary = (v: ReturnType<typeof evaluateContext>) => v.map((x) => `${x.rule.loaded.rule.id}|${x.severity}|${x.path.join('/')}|${x.message}`);

describe('compiled-pack cache (ajv standalone code)', () => {
  it('writes the compiled pack once, loads it on the next run, and the loaded validators decide exactly as compiled ones', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const pack = await loadPolicyPacks(new FsSource(REPO_ROOT), [DEFAULT_PACK]);
    const fresh = compilePack(pack);
    await compilePackCached(pack, dir, true);
    const files = readdirSync(path.join(dir, 'packs'));
    expect(files).toEqual([expect.stringMatching(new RegExp(`^${pack.digest}-.*\\.cjs$`))]);
    const loaded = await compilePackCached(pack, dir, true);
    const cases = contexts();
    let violations = 0;
    for (const ctx of cases) {
      const a = summary(evaluateContext(fresh, ctx));
      violations += a.length;
      expect(summary(evaluateContext(loaded, ctx))).toEqual(a);
    }
    expect(violations).toBeGreaterThan(10);
  });

  it('recompiles when the cached file is corrupt or needs a module it should not', async () => {
    const dir = tempDir();
    dirs.push(dir);
    const pack = await loadPolicyPacks(new FsSource(REPO_ROOT), [DEFAULT_PACK]);
    await compilePackCached(pack, dir, true);
    const file = path.join(dir, 'packs', readdirSync(path.join(dir, 'packs'))[0]!);
    writeFileSync(file, 'const fs = require("node:fs"); exports.r0s = () => true;');
    expect(() => loadStandalone(readFileSync(file, 'utf8'))).toThrow(/unknown module node:fs/);
    const again = await compilePackCached(pack, dir, true);
    expect(summary(evaluateContext(again, contexts()[1]!)).length).toBeGreaterThan(0);
    expect(readFileSync(file, 'utf8')).not.toContain('node:fs');
    expect(existsSync(file)).toBe(true);
  });
});
