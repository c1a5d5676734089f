import { describe, expect, it } from 'vitest';
import { extractFrontMatter, parseFrontMatter } from '../../src/importers/frontmatter.js';
import { fixture } from './helpers.js';

describe('extractFrontMatter', () => {
  it('finds the block between the first two --- lines and says where the YAML starts', () => {
    const r = extractFrontMatter('---\nlicense: mit\n---\n# body\n---\nnot: metadata\n');
    expect(r).toEqual({ ok: true, block: { yaml: 'license: mit\n', firstLine: 2, closingLine: 3 } });
  });

  it('accepts a BOM and CRLF line endings', () => {
    const r = extractFrontMatter('\uFEFF---\r\nlicense: mit\r\n---\r\n# body\r\n');
    expect(r).toEqual({ ok: true, block: { yaml: 'license: mit\r\n', firstLine: 2, closingLine: 3 } });
  });

  it('accepts blank lines before the opening fence, as the Hub does', () => {
    const r = extractFrontMatter('\n\n---\nlicense: mit\n---\n');
    expect(r.ok && r.block.firstLine).toBe(4);
  });

  it('does not take a --- under a heading for front matter (the wrapped README layout)', () => {
    const r = extractFrontMatter(fixture('hf/wrapped.md'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.finding).toMatchObject({ severity: 'deny', code: 'hf.no-front-matter', line: 2 });
    expect(!r.ok && r.finding.message).toMatch(/no front matter at the start of the file/);
  });

  it('reports a file without front matter, and one whose front matter is never closed', () => {
    expect(extractFrontMatter(fixture('hf/no-front-matter.md'))).toMatchObject({ ok: false, finding: { code: 'hf.no-front-matter' } });
    expect(extractFrontMatter(fixture('hf/unclosed.md'))).toMatchObject({ ok: false, finding: { code: 'hf.unclosed-front-matter', line: 1 } });
    expect(extractFrontMatter('')).toMatchObject({ ok: false, finding: { code: 'hf.no-front-matter' } });
  });
});

describe('parseFrontMatter', () => {
  it('reports a list instead of a mapping clearly', () => {
    const r = parseFrontMatter(fixture('hf/list.md'));
    expect(r.ok).toBe(false);
    const f = !r.ok ? r.findings.find((x) => x.code === 'hf.front-matter-not-mapping') : undefined;
    expect(f?.severity).toBe('deny');
    expect(f?.message).toMatch(/is a list \(1 items\), not a mapping/);
    expect(f?.line).toBe(2);
  });

  it('reports an empty list `[]`, a scalar and an empty block', () => {
    const empty = parseFrontMatter('---\n[]\n---\n');
    expect(!empty.ok && empty.findings[0]?.message).toMatch(/is a list \(\[\]\)/);
    const scalar = parseFrontMatter(fixture('hf/scalar.md'));
    expect(!scalar.ok && scalar.findings[0]?.message).toMatch(/is a string \("just some text"\), not a mapping/);
    const blank = parseFrontMatter('---\n\n---\n');
    expect(!blank.ok && blank.findings[0]?.code).toBe('hf.empty-front-matter');
  });

  it('maps YAML errors to README lines (the opening --- shifts them by one)', () => {
    const r = parseFrontMatter(fixture('hf/duplicate-key.md'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.findings[0]).toMatchObject({ severity: 'deny', code: 'yaml.duplicate-key', line: 5 });
  });

  it('locates nodes at README lines, including after leading blank lines', () => {
    const r = parseFrontMatter('\n---\nlicense: mit\ntags:\n- a\n- b\n---\n');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.frontMatter.locate(['tags', 1])).toEqual({ line: 6, column: 3 });
      expect(r.frontMatter.value).toEqual({ license: 'mit', tags: ['a', 'b'] });
    }
  });
});
