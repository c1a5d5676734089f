import { describe, expect, it } from 'vitest';
import { decodeYamlBytes, parseStrictYaml } from '../../src/yaml/strict.js';

const codes = (text: string) => parseStrictYaml(text).diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);

describe('strict YAML', () => {
  it('parses YAML 1.2 into plain data', () => {
    const r = parseStrictYaml('a: 1\nb: [x, "y"]\n');
    expect(r.value).toEqual({ a: 1, b: ['x', 'y'] });
    expect(r.diagnostics).toEqual([]);
  });

  it('rejects duplicate keys with the line and column of the second', () => {
    const r = parseStrictYaml('model: a\nversion: "1.0.0"\nmodel: b\n');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: 'error', code: 'yaml.duplicate-key', line: 3, column: 1 });
  });

  it('reports malformed YAML at its position', () => {
    const r = parseStrictYaml('a: [1, 2\nb: 3\n');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]?.code).toBe('yaml.syntax');
    expect(r.diagnostics[0]?.line).toBeGreaterThan(0);
  });

  it('says the nesting is too deep instead of passing on a stack overflow', () => {
    const r = parseStrictYaml(`a: ${'['.repeat(200_000)}`);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => d.message).join('\n')).toMatch(/nested too deeply/);
    expect(r.diagnostics.map((d) => d.message).join('\n')).not.toMatch(/call stack/);
  });

  it('keeps the yaml library\'s own "at line N" out of messages: the diagnostic carries the position', () => {
    const r = parseStrictYaml('x: 1\nx: 2\n');
    expect(r.diagnostics[0]).toMatchObject({ line: 2, column: 1 });
    expect(r.diagnostics[0]?.message).not.toMatch(/at line/);
  });

  it('stops an alias bomb quickly with a clear error', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = performance.now();
    const r = parseStrictYaml(bomb.join('\n'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toContain('yaml.alias-limit');
    expect(r.diagnostics.find((d) => d.code === 'yaml.alias-limit')?.message).toMatch(/alias bomb/);
  });

  it('refuses a 50 MB document before parsing it', () => {
    const big = Buffer.alloc(50 * 1024 * 1024, 'a');
    const started = performance.now();
    const r = decodeYamlBytes(big);
    expect(performance.now() - started).toBeLessThan(1000);
    expect('diagnostic' in r && r.diagnostic.code).toBe('yaml.too-large');
    expect('diagnostic' in r && r.diagnostic.message).toMatch(/50\.0 MiB, over the 4\.0 MiB limit/);
  });

  it('refuses binary and non-UTF-8 files', () => {
    const nul = decodeYamlBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    expect('diagnostic' in nul && nul.diagnostic.code).toBe('yaml.binary');
    const latin1 = decodeYamlBytes(Uint8Array.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    expect('diagnostic' in latin1 && latin1.diagnostic.message).toMatch(/not valid UTF-8/);
  });

  it('is not changed by a BOM or CRLF line endings', () => {
    const plain = parseStrictYaml('a: 1\nb:\n  - "x"\n');
    const bomCrlf = parseStrictYaml('\uFEFFa: 1\r\nb:\r\n  - "x"\r\n');
    expect(bomCrlf.value).toEqual(plain.value);
    expect(bomCrlf.diagnostics).toEqual([]);
    expect(bomCrlf.locate(['b', 0])).toEqual(plain.locate(['b', 0]));
    const fromBytes = decodeYamlBytes(Buffer.from('\uFEFFa: 1\r\n', 'utf8'));
    expect('text' in fromBytes && parseStrictYaml(fromBytes.text).value).toEqual({ a: 1 });
  });

  it('keeps __proto__ as plain data without touching prototypes', () => {
    const r = parseStrictYaml('__proto__: { polluted: true }\nconstructor: { prototype: { x: 1 } }\n');
    const value = r.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(value, '__proto__')?.value).toEqual({ polluted: true });
  });

  it('warns where YAML 1.1 readers see booleans (the Norway problem)', () => {
    const r = parseStrictYaml('language: [en, no]\nenabled: on\nok: yes\nquoted: "no"\nreal: true\n');
    expect(r.value).toEqual({ language: ['en', 'no'], enabled: 'on', ok: 'yes', quoted: 'no', real: true });
    expect(codes('language: [en, no]\nenabled: on\nok: yes\nquoted: "no"\nreal: true\n')).toEqual([
      'yaml.yaml11-boolean@1:16',
      'yaml.yaml11-boolean@2:10',
      'yaml.yaml11-boolean@3:5',
    ]);
    expect(r.diagnostics[0]?.message).toMatch(/PyYAML read it as a boolean \(false\); quote it/);
  });

  it('warns when an unquoted version loses its text', () => {
    const r = parseStrictYaml('version: 1.10\nother: 2.5\n');
    expect(r.value).toEqual({ version: 1.1, other: 2.5 });
    expect(codes('version: 1.10\nother: 2.5\n')).toEqual(['yaml.number-changed@1:10']);
    expect(r.diagnostics[0]?.message).toMatch(/read as the number 1\.1; quote it/);
  });

  it('does not warn for metric values whose trailing zero is only formatting', () => {
    expect(codes('metrics:\n  - { type: f1, value: 0.7580 }\n  - { type: acc, value: 61.0 }\npython: 3.10\nparentVersion: 2.0\n')).toEqual(['yaml.number-changed@4:9', 'yaml.number-changed@5:16']);
  });

  it('warns when a digest becomes a number, but not for ordinary integers', () => {
    expect(codes('sha: 0x1f2e3d4c\n')).toEqual(['yaml.hex-number@1:6']);
    expect(codes('sha: 1234e5678\n')).toEqual(['yaml.hex-number@1:6']);
    expect(codes(`sha: ${'7'.repeat(64)}\n`)).toEqual(['yaml.hex-number@1:6']);
    expect(codes('sha: 0012345678\n')).toEqual(['yaml.hex-number@1:6']);
    expect(codes('sizeBytes: 18874368\ncount: 3\n')).toEqual([]);
  });

  it('refuses a second document and an empty one', () => {
    expect(parseStrictYaml('a: 1\n---\nb: 2\n').diagnostics[0]).toMatchObject({ code: 'yaml.multi-document', line: 2 });
    expect(parseStrictYaml('# only a comment\n').diagnostics[0]?.code).toBe('yaml.empty');
  });

  it('locates values and keys, falling back to the nearest ancestor', () => {
    const r = parseStrictYaml('a:\n  b:\n    - x\n    - y: 1\n');
    expect(r.locate(['a', 'b', 1, 'y'])).toEqual({ line: 4, column: 10 });
    expect(r.locate(['a', 'b', 1, 'y'], 'key')).toEqual({ line: 4, column: 7 });
    expect(r.locate(['a', 'missing', 'deeper'])).toEqual({ line: 2, column: 3 });
  });
});
