// Runs modelgate's own fixture table (codeowners.cases.json): one group per rule of RULES.md.
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { matchOwners, parseCodeowners, type CodeownersOptions } from '../../src/approvals/codeowners.js';

interface PatternCase {
  rule: string;
  pattern: string;
  path: string;
  expected: boolean;
  options?: CodeownersOptions;
}

interface FileCase {
  rule: string;
  codeowners: string;
  path: string;
  owners: string[];
  line: number | null;
}

const table = JSON.parse(readFileSync(new URL('./codeowners.cases.json', import.meta.url), 'utf8')) as {
  patterns: PatternCase[];
  files: FileCase[];
};

/** A pattern matches when a one-line CODEOWNERS with it gives the path that line's owner. */
function patternMatches(pattern: string, path: string, options?: CodeownersOptions): boolean {
  const { rules } = parseCodeowners(`${pattern} @owner\n`, options);
  return matchOwners(rules, path).line === 1;
}

describe('codeowners fixture table: patterns', () => {
  it.each(table.patterns.map((c) => [c.rule, c.pattern, c.path, c] as const))('%s: %s vs %s', (_rule, _pattern, _path, c) => {
    expect(patternMatches(c.pattern, c.path, c.options)).toBe(c.expected);
  });
});

describe('codeowners fixture table: whole files', () => {
  it.each(table.files.map((c) => [c.rule, c.path, c] as const))('%s (%s)', (_rule, _path, c) => {
    const { rules } = parseCodeowners(c.codeowners);
    const match = matchOwners(rules, c.path);
    expect({ owners: match.owners, line: match.line }).toEqual({ owners: c.owners, line: c.line });
  });
});
