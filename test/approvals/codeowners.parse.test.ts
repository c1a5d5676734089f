import { describe, it, expect } from 'vitest';
import {
  CODEOWNERS_LOCATIONS,
  MAX_CODEOWNERS_BYTES,
  codeownersSizeError,
  compileCodeownersPattern,
  findCodeowners,
  matchOwners,
  ownerKind,
  parseCodeowners,
  sameOwner,
} from '../../src/approvals/codeowners.js';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function reader(files: Record<string, string | Uint8Array>): (path: string) => Promise<Uint8Array | null> {
  return async (path) => {
    const content = files[path];
    if (content === undefined) return null;
    return typeof content === 'string' ? encode(content) : content;
  };
}

describe('parseCodeowners: lines', () => {
  it('skips blank lines and comments, keeping 1-based line numbers', () => {
    const { rules, errors } = parseCodeowners('# header\n\n  # indented\n*.py @py\n');
    expect(errors).toEqual([]);
    expect(rules.map((r) => [r.line, r.pattern, r.owners])).toEqual([[4, '*.py', ['@py']]]);
  });

  it('drops inline comments after the owners and after the pattern', () => {
    const { rules } = parseCodeowners('*.js @js # the JS folks\n/gen/ # nobody\n');
    expect(rules.map((r) => r.owners)).toEqual([['@js'], []]);
  });

  it('keeps a # inside a pattern as a file-name character', () => {
    const { rules, errors } = parseCodeowners('c#/ @dotnet\n');
    expect(errors).toEqual([]);
    expect(matchOwners(rules, 'src/c#/a.cs').owners).toEqual(['@dotnet']);
  });

  it('reads escapes: spaces, wildcards and brackets', () => {
    const { rules, errors } = parseCodeowners('Path\\ With\\ Space.cs @a\n\\*.md @b\n/apps/\\[id\\]/ @c\n');
    expect(errors).toEqual([]);
    expect(rules.map((r) => r.pattern)).toEqual(['Path\\ With\\ Space.cs', '\\*.md', '/apps/\\[id\\]/']);
    expect(matchOwners(rules, 'x/Path With Space.cs').owners).toEqual(['@a']);
    expect(matchOwners(rules, 'x/*.md').owners).toEqual(['@b']);
    expect(matchOwners(rules, 'x/readme.md').line).toBeNull();
    expect(matchOwners(rules, 'apps/[id]/page.ts').owners).toEqual(['@c']);
  });

  it('keeps an escaped trailing space in the pattern', () => {
    const { rules } = parseCodeowners('trailing\\  @a\n');
    expect(matchOwners(rules, 'trailing ').owners).toEqual(['@a']);
    expect(matchOwners(rules, 'trailing').line).toBeNull();
  });

  it('accepts the three owner forms and compares them without case', () => {
    const { rules, errors } = parseCodeowners('* @Octo-Cat @acme/ML_risk.team ml.ops+x@example.co.uk\n');
    expect(errors).toEqual([]);
    expect(rules[0]?.owners).toEqual(['@Octo-Cat', '@acme/ML_risk.team', 'ml.ops+x@example.co.uk']);
    expect(['@Octo-Cat', '@acme/ML_risk.team', 'ml.ops+x@example.co.uk'].map(ownerKind)).toEqual(['user', 'team', 'email']);
    expect(sameOwner('@Octo-Cat', '@octo-cat')).toBe(true);
    expect(sameOwner('@acme/a', '@acme/b')).toBe(false);
  });

  it('skips invalid lines, reports them with their line numbers, and keeps the rest of the file', () => {
    const text = [
      '* @all', // 1
      '/apps/[id]/ @a', // 2: unescaped brackets
      '!*.md @b', // 3: negation
      '/ml/ @ml owner-without-at', // 4: bad owner
      '\\#notes @c', // 5: escaped leading #
      '/data/ @data', // 6
      'dangling\\', // 7: lone backslash
      '/x/ @a/b/c', // 8: bad team
    ].join('\n');
    const { rules, errors } = parseCodeowners(text);
    expect(rules.map((r) => r.line)).toEqual([1, 6]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4, 5, 7, 8]);
    expect(errors[0]?.message).toMatch(/both \[ and \] must be escaped/);
    expect(errors[1]?.message).toMatch(/negation/);
    expect(errors[2]?.message).toMatch(/owner-without-at/);
    expect(errors[3]?.message).toMatch(/\\#/);
    expect(matchOwners(rules, 'ml/train.py')).toEqual({ owners: ['@all'], line: 1, pattern: '*' });
  });

  it('treats an owner-less line as un-owning, not as an error', () => {
    const { rules, errors } = parseCodeowners('* @all\n/vendor/\n');
    expect(errors).toEqual([]);
    expect(matchOwners(rules, 'vendor/lib.js')).toEqual({ owners: [], line: 2, pattern: '/vendor/' });
  });

  it('is not affected by a BOM or CRLF line ends', () => {
    const lf = parseCodeowners('*.py @py\n/ml/ @ml\n');
    const crlf = parseCodeowners('\ufeff*.py @py\r\n/ml/ @ml\r\n');
    expect(crlf.errors).toEqual([]);
    expect(crlf.rules.map((r) => [r.line, r.pattern, r.owners])).toEqual(lf.rules.map((r) => [r.line, r.pattern, r.owners]));
    expect(matchOwners(crlf.rules, 'ml/a.py').owners).toEqual(['@ml']);
  });

  it('warns about readings that are disputed or probably mistakes, without dropping the line', () => {
    const { rules, warnings } = parseCodeowners('foo/**/ @a\n@alice\n/ @b\n');
    expect(rules).toHaveLength(3);
    expect(warnings.map((w) => w.line)).toEqual([1, 2, 3]);
    expect(warnings[0]?.message).toMatch(/trailingGlobstarSlash/);
  });

  it('compiles each pattern once, into a matcher with an index hint', () => {
    const { rules } = parseCodeowners('/models/ @a\n*.py @b\n**/logs @c\n* @d\n/ @e\n');
    expect(rules.map((r) => r.matcher.hint.kind)).toEqual(['prefix', 'extension', 'segment', 'any', 'never']);
    const again = parseCodeowners('/models/ @a\n').rules[0];
    expect(again?.matcher.test('models/x')).toBe(true);
  });

  it('compiles a single pattern on its own', () => {
    const matcher = compileCodeownersPattern('docs/*');
    expect('test' in matcher && matcher.test('docs/a.md')).toBe(true);
    expect(compileCodeownersPattern('[abc]')).toHaveProperty('error');
  });
});

describe('matchOwners', () => {
  it('makes the last matching line win, even far down a large file', () => {
    const lines = ['* @all'];
    for (let i = 0; i < 2000; i++) lines.push(`/svc${i}/ @team${i}`);
    lines.push('*.md @docs');
    const { rules } = parseCodeowners(lines.join('\n'));
    expect(matchOwners(rules, 'svc7/README.md')).toEqual({ owners: ['@docs'], line: 2002, pattern: '*.md' });
    expect(matchOwners(rules, 'svc7/main.go').owners).toEqual(['@team7']);
    expect(matchOwners(rules, 'other/main.go').owners).toEqual(['@all']);
  });

  it('returns a copy of the owners, so callers cannot change the rules', () => {
    const { rules } = parseCodeowners('* @a\n');
    matchOwners(rules, 'x').owners.push('@intruder');
    expect(matchOwners(rules, 'x').owners).toEqual(['@a']);
  });

  it('finds rules appended to the same array after a first match', () => {
    const rules = parseCodeowners('* @a\n').rules;
    expect(matchOwners(rules, 'x.py').owners).toEqual(['@a']);
    rules.push(...parseCodeowners('\n*.py @py\n').rules);
    expect(matchOwners(rules, 'x.py').owners).toEqual(['@py']);
  });
});

describe('the 3 MB limit', () => {
  it('accepts a file just under the limit and refuses one at the limit', () => {
    expect(codeownersSizeError(MAX_CODEOWNERS_BYTES - 1)).toBeNull();
    expect(codeownersSizeError(MAX_CODEOWNERS_BYTES)).toMatch(/3 MB/);
  });

  it('gives no rules at all for a text of 3 MB or more, like GitHub', () => {
    const line = '/some/long/path/segment/to/pad/the/file/ @owner\n';
    const text = `* @all\n${line.repeat(Math.ceil(MAX_CODEOWNERS_BYTES / line.length))}`;
    const parsed = parseCodeowners(text);
    expect(parsed.rules).toEqual([]);
    expect(parsed.errors).toEqual([{ line: 0, message: expect.stringMatching(/3 MB/) as unknown as string }]);
    expect(matchOwners(parsed.rules, 'a.txt').line).toBeNull();
  });

  it('counts bytes, not characters', () => {
    const text = `* @all\n# ${'é'.repeat(Math.ceil(MAX_CODEOWNERS_BYTES / 2))}\n`;
    expect(text.length).toBeLessThan(MAX_CODEOWNERS_BYTES);
    expect(parseCodeowners(text).rules).toEqual([]);
  });
});

describe('findCodeowners', () => {
  it('looks in .github/, then the root, then docs/', () => {
    expect(CODEOWNERS_LOCATIONS).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);
  });

  it('uses the first file found and ignores the others', async () => {
    const all = { '.github/CODEOWNERS': '* @github', CODEOWNERS: '* @root', 'docs/CODEOWNERS': '* @docs' };
    expect(await findCodeowners(reader(all))).toMatchObject({ path: '.github/CODEOWNERS', text: '* @github' });
    expect(await findCodeowners(reader({ CODEOWNERS: '* @root', 'docs/CODEOWNERS': '* @docs' }))).toMatchObject({ path: 'CODEOWNERS' });
    expect(await findCodeowners(reader({ 'docs/CODEOWNERS': '* @docs' }))).toMatchObject({ path: 'docs/CODEOWNERS' });
  });

  it('finds nothing in other places', async () => {
    expect(await findCodeowners(reader({ '.gitlab/CODEOWNERS': '* @a', 'src/CODEOWNERS': '* @b', '.github/codeowners': '* @c' }))).toBeNull();
  });

  it('decodes UTF-8 and drops a BOM', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('/données/ @d\n')]);
    const found = await findCodeowners(reader({ CODEOWNERS: bom }));
    expect(found?.text).toBe('/données/ @d\n');
  });

  it('stops at an oversized file without loading it, and says why', async () => {
    const big = new Uint8Array(MAX_CODEOWNERS_BYTES);
    const found = await findCodeowners(reader({ '.github/CODEOWNERS': big, CODEOWNERS: '* @root' }));
    expect(found).toMatchObject({ path: '.github/CODEOWNERS', text: '', bytes: MAX_CODEOWNERS_BYTES });
    expect(found?.error).toMatch(/3 MB/);
  });
});
