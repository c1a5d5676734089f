/**
 * Runs the shared corpus (../shared/corpus/codeowners, read at test time, never copied here) against
 * the CODEOWNERS reader. Firm cases must pass; `disputed` and `unverified` ones are not facts, so they
 * must be reproducible by some CodeownersOptions setting, and the outcome is reported.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  MAX_CODEOWNERS_BYTES,
  findCodeowners,
  matchOwners,
  parseCodeowners,
  type CodeownersOptions,
} from '../../src/approvals/codeowners.js';

const corpusDir = fileURLToPath(new URL('../../../shared/corpus/codeowners/', import.meta.url));
const present = existsSync(corpusDir);
if (!present) {
  console.warn(`[codeowners corpus] ${corpusDir} is absent (a fresh clone has no ../shared): corpus tests skipped.`);
}

type Confidence = 'github-docs' | 'github-observed' | 'library-test' | 'inferred' | 'disputed' | 'unverified' | string;

interface MatchingCase {
  id: string;
  pattern?: string;
  codeowners?: string;
  path: string;
  expected: boolean | string[];
  note: string;
  confidence: Confidence;
}

interface LocationCase {
  id: string;
  present: string[];
  expected: string | null;
  note: string;
  confidence: Confidence;
}

interface ReviewCase {
  id: string;
  codeowners?: string;
  codeowners_base?: string;
  changed_files: string[];
  expected: { code_owner_requirement_met: boolean; owned_files?: string[]; owners?: Record<string, string[]> };
  confidence: Confidence;
}

function load<T>(name: string): T[] {
  return present ? (JSON.parse(readFileSync(`${corpusDir}${name}`, 'utf8')) as T[]) : [];
}

const matching = load<MatchingCase>('matching_cases.json');
const locations = load<LocationCase>('location_cases.json');
const reviews = load<ReviewCase>('review_cases.json');

const isFirm = (c: { confidence: Confidence }): boolean => c.confidence !== 'disputed' && c.confidence !== 'unverified';

/** Every combination of the configurable readings, the default first. */
const OPTION_VARIANTS: CodeownersOptions[] = [
  {},
  { unescapedBrackets: 'literal' },
  { trailingGlobstarSlash: 'zero-or-more' },
  { unescapedBrackets: 'literal', trailingGlobstarSlash: 'zero-or-more' },
];

function outcome(c: MatchingCase, options: CodeownersOptions = {}): boolean | string[] {
  if (c.pattern !== undefined) {
    const { rules } = parseCodeowners(`${c.pattern} @owner\n`, options);
    return matchOwners(rules, c.path).line === 1;
  }
  return matchOwners(parseCodeowners(c.codeowners ?? '', options).rules, c.path).owners;
}

function describeCase(c: MatchingCase): string {
  return `${c.id}: ${c.pattern ?? 'file'} vs ${c.path}`;
}

it.runIf(!present && process.env.CI)('has the corpus in CI, where it must run', () => {
  expect.fail(`${corpusDir} is missing in CI`);
});

describe.skipIf(!present)('corpus: matching_cases.json', () => {
  it('has cases to run', () => {
    expect(matching.length).toBeGreaterThan(100);
  });

  for (const c of matching.filter(isFirm)) {
    it(describeCase(c), () => {
      expect(outcome(c)).toEqual(c.expected);
    });
  }

  for (const c of matching.filter((m) => !isFirm(m))) {
    it(`${c.confidence} ${describeCase(c)}: reproducible by configuration`, () => {
      const results = OPTION_VARIANTS.map((options) => ({ options, result: outcome(c, options) }));
      const agreeing = results.filter((r) => JSON.stringify(r.result) === JSON.stringify(c.expected));
      const byDefault = agreeing.some((r) => Object.keys(r.options).length === 0);
      console.info(
        `[codeowners corpus] ${c.confidence} ${c.id} (${c.pattern ?? 'file'} vs ${c.path}): corpus expects ${JSON.stringify(c.expected)}; ` +
          results.map((r) => `${JSON.stringify(r.options)} → ${JSON.stringify(r.result)}`).join(', ') +
          (byDefault ? '' : ' — NOT the default reading'),
      );
      expect(agreeing.length).toBeGreaterThan(0);
      // Configurable means some setting gives the other answer too.
      expect(new Set(results.map((r) => JSON.stringify(r.result))).size).toBeGreaterThan(1);
    });
  }
});

/** Turns a case's `present` entries ("X", "X (>= 3 MB)", "base branch: X", "head branch: X (...)") into base and head trees. */
function trees(c: LocationCase): { base: Map<string, Uint8Array>; head: Map<string, Uint8Array> } {
  const base = new Map<string, Uint8Array>();
  const head = new Map<string, Uint8Array>();
  for (const entry of c.present) {
    const branch = /^(base|head) branch: /.exec(entry)?.[1] ?? 'base';
    const path = entry.replace(/^(base|head) branch: /, '').replace(/\s*\(.*\)$/, '');
    const content = /\(>= 3 MB\)/.test(entry) ? new Uint8Array(MAX_CODEOWNERS_BYTES) : new TextEncoder().encode(`* @${branch}-${path}\n`);
    (branch === 'head' ? head : base).set(path, content);
  }
  return { base, head };
}

describe.skipIf(!present)('corpus: location_cases.json', () => {
  for (const c of locations) {
    it(`${c.id}: ${c.present.join(' + ')} → ${String(c.expected)}`, async () => {
      const { base } = trees(c);
      // Gating reads CODEOWNERS at the base ref only: the head tree is never handed to findCodeowners.
      const found = await findCodeowners(async (path) => base.get(path) ?? null);
      if (c.expected === null) {
        // Not found, or found but too large to load: either way GitHub applies no owners.
        if (found !== null) expect(found.error).toBeDefined();
        expect(parseCodeowners(found?.text ?? '').rules).toEqual([]);
        return;
      }
      const expectedPath = c.expected.replace(/^base branch's /, '');
      expect(found?.path).toBe(expectedPath);
      expect(found?.text).toBe(`* @base-${expectedPath}\n`);
    });
  }
});

describe.skipIf(!present)('corpus: review_cases.json (the ownership part)', () => {
  // Review states, authors and staleness are the approvals evaluator's to check; here: who owns each file.
  for (const c of reviews.filter(isFirm)) {
    it(`${c.id}: owners of ${c.changed_files.join(', ')}`, () => {
      const { rules, errors } = parseCodeowners(c.codeowners ?? c.codeowners_base ?? '');
      expect(errors).toEqual([]);
      const owners = Object.fromEntries(c.changed_files.map((f) => [f, matchOwners(rules, f).owners]));
      if (c.expected.owners) expect(owners).toEqual(c.expected.owners);
      if (c.expected.owned_files) {
        expect(c.changed_files.filter((f) => (owners[f] ?? []).length > 0)).toEqual(c.expected.owned_files);
      }
      // A requirement can only be unmet where some file is owned.
      if (!c.expected.code_owner_requirement_met) expect(Object.values(owners).some((o) => o.length > 0)).toBe(true);
    });
  }
});
