import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FsSource } from '../../src/registry/source.js';
import { ResultCache } from '../../src/validate/cache.js';
import { validateRegistry } from '../../src/validate/validate.js';
import { cardYaml, makeRegistry, modelYaml, removeDir, tempDir } from '../helpers/registry.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function setup() {
  const dir = makeRegistry({
    'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0', { extra: 'bogus: 1\n' }),
    'models/other/model.yaml': modelYaml('other'),
    'models/other/1.0.0/card.yaml': cardYaml('other', '1.0.0'),
  });
  const cacheDir = tempDir();
  dirs.push(dir, cacheDir);
  return { dir, cacheDir };
}

async function run(dir: string, cacheDir: string, today = '2026-12-03') {
  const cache = await ResultCache.open(cacheDir, dir);
  return validateRegistry({ source: new FsSource(dir), today, cache });
}

describe('result cache', () => {
  it('answers an unchanged registry from the cache with exactly the same findings', async () => {
    const { dir, cacheDir } = setup();
    const cold = await run(dir, cacheDir);
    expect(cold.stats.cacheHits).toBe(0);
    const warm = await run(dir, cacheDir);
    expect(warm.stats).toMatchObject({ cacheHits: 2, evaluatedModels: 0 });
    expect(warm.findings).toEqual(cold.findings);
    expect(warm.cards).toBe(cold.cards);
    expect(cold.findings.map((f) => f.ruleId)).toEqual(['schema.invalid']);
  });

  it('re-evaluates only the model whose files changed', async () => {
    const { dir, cacheDir } = setup();
    await run(dir, cacheDir);
    writeFileSync(path.join(dir, 'models/demo/1.1.0/card.yaml'), cardYaml('demo', '1.1.0'));
    const after = await run(dir, cacheDir);
    expect(after.stats).toMatchObject({ cacheHits: 1, evaluatedModels: 1 });
    expect(after.findings).toEqual([]);
  });

  it('misses when the date, the policy pack or modelgate.yaml changes', async () => {
    const { dir, cacheDir } = setup();
    await run(dir, cacheDir);
    expect((await run(dir, cacheDir, '2026-12-04')).stats.cacheHits).toBe(0);
    writeFileSync(path.join(dir, 'modelgate.yaml'), `${'schemaVersion: 1\nenvironments:\n  - name: staging\npolicies:\n  packs: ["modelgate:default"]\n'}`);
    expect((await run(dir, cacheDir, '2026-12-04')).stats.cacheHits).toBe(0);
  });

  it('ignores a corrupted cache file', async () => {
    const { dir, cacheDir } = setup();
    const first = await run(dir, cacheDir);
    const { readdirSync } = await import('node:fs');
    for (const f of readdirSync(cacheDir).filter((n) => n.startsWith('results-'))) writeFileSync(path.join(cacheDir, f), '{not json');
    const again = await run(dir, cacheDir);
    expect(again.stats.cacheHits).toBe(0);
    expect(again.findings).toEqual(first.findings);
  });
});
