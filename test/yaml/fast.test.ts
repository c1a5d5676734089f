import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fastPathEligible, parseYaml } from '../../src/yaml/fast.js';
import { parseStrictYaml } from '../../src/yaml/strict.js';
import { cardText, prng } from '../../bench/generate.js';
import { REPO_ROOT } from '../helpers/registry.js';

const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/modelcards');

/** The property the fast path must keep: where it is taken, the strict parser agrees and has nothing to say. */
function agrees(text: string): boolean {
  const strict = parseStrictYaml(text);
  const fast = parseYaml(text);
  expect(fast.value).toEqual(strict.value);
  if (fastPathEligible(text) && strict.value !== undefined && typeof strict.value === 'object') {
    expect(strict.diagnostics, text.slice(0, 200)).toEqual([]);
    return true;
  }
  expect(fast.diagnostics).toEqual(strict.diagnostics);
  return false;
}

function frontMatter(md: string): string | null {
  const text = md.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const start = text.indexOf('---\n');
  if (start < 0) return null;
  const end = text.indexOf('\n---', start + 4);
  return end < 0 ? null : text.slice(start + 4, end + 1);
}

describe('fast YAML path', () => {
  const tricky = [
    'a: 1\nb: 2.50\nc: [x, y]\n',
    'a: 1\nb: 2.50\nc: [x, z]\nk: null\nl: ~\nm: true\nf: False\ne: 1e5\n',
    'language: [en, no]\n',
    'language: [en,\n  no]\n',
    'enabled: on # comment\n',
    'version: 1.10\n',
    'parentVersion: 2.0\n',
    'metric: 0.7580\n',
    'sha: 0x1F\n',
    'sha: 0o17\n',
    'n: 1_000\n',
    'n: .5\n',
    'n: +1\n',
    'n: 1.\n',
    'n: 1e5\n',
    'n: 1234e5678\n',
    'n: 12345678901234567890\n',
    'n: 0755\n',
    't: 1:30\n',
    'd: 2026-01-15\n',
    'v: 1.2.0\n',
    'r: 3c9d1e7a55b2f0e4\n',
    'a: &x 1\nb: *x\n',
    '__proto__: 1\n',
    '<<: {a: 1}\n',
    'a: !!str 1\n',
    'a: 1\na: 2\n',
    'a: 1\n---\nb: 2\n',
    'a:\n\t- 1\n',
    '? complex\n: value\n',
    'text: |\n  no\n  1.10\n',
    'x: "no"\ny: \'1.10\'\n',
    'list:\n  - no\n  - 0x1\n',
    'k: null\nl: ~\nm: true\nn: False\n',
    'quoted: "a: b, no"\n',
  ];
  it('agrees with the strict parser on tricky inputs, and takes the fast path only where nothing is ambiguous', () => {
    const fast = tricky.filter(agrees);
    expect(fast).toEqual(['a: 1\nb: 2.50\nc: [x, z]\nk: null\nl: ~\nm: true\nf: False\ne: 1e5\n', 'metric: 0.7580\n', 'd: 2026-01-15\n', 'v: 1.2.0\n', 'r: 3c9d1e7a55b2f0e4\n', 'quoted: "a: b, no"\n']);
  });

  it('agrees on generated cards and takes the fast path for them', () => {
    const rand = prng(7);
    let fast = 0;
    for (let i = 0; i < 50; i++) if (agrees(cardText(`m${i}`, `1.${i}.0`, rand))) fast++;
    expect(fast).toBeGreaterThan(40);
  });

  it('agrees on every document of the example registry and the default policy pack', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.yaml')) files.push(p);
      }
    };
    walk(path.join(REPO_ROOT, 'examples/registry'));
    walk(path.join(REPO_ROOT, 'policies'));
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) agrees(readFileSync(f, 'utf8'));
  });

  it('agrees when random lines of a card are replaced by ambiguous ones', () => {
    const rand = prng(99);
    const risky = ['  x: no', '  x: 1.10', '  version: 1.10', '  x: 0x10', '  x: 1_0', '  x: 07', '  x: 1:2', '  x: .5', '  x: &a 1', '  x: *a', '  x: on', '  x: 1e99999', '  x: 012345678901234567'];
    for (let i = 0; i < 200; i++) {
      const lines = cardText('m', '1.0.0', rand).split('\n');
      const at = 20 + Math.floor(rand() * 10);
      lines.splice(at, 0, `extra${i}:`, risky[Math.floor(rand() * risky.length)]!);
      agrees(lines.join('\n'));
    }
  });

  it.skipIf(!existsSync(CORPUS))('agrees on the front matter of every real Hugging Face card and every MCT JSON card', () => {
    let checked = 0;
    for (const name of readdirSync(CORPUS)) {
      const text = readFileSync(path.join(CORPUS, name), 'utf8');
      const doc = name.endsWith('.md') ? frontMatter(text) : name.endsWith('.json') || name.endsWith('.yml') ? text : null;
      if (doc === null) continue;
      agrees(doc);
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(20);
  });
  if (!existsSync(CORPUS)) {
    it('reports that the corpus is absent', () => {
      if (process.env.CI) throw new Error(`${CORPUS} is missing: CI must run the corpus tests`);
      console.warn(`skipping corpus agreement test: ${CORPUS} not found`);
    });
  }

  it('computes positions lazily, with the strict parser', () => {
    const r = parseYaml('a:\n  b: 1\n');
    expect(r.locate(['a', 'b'])).toEqual({ line: 2, column: 6 });
  });
});
