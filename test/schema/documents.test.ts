import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMAS, documentValidator, type DocKind } from '../../src/schema/documents.js';

describe('document schemas', () => {
  for (const kind of Object.keys(DOCUMENT_SCHEMAS) as DocKind[]) {
    it(`${kind} v1 compiles in strict mode`, () => {
      expect(typeof documentValidator(kind, 1)).toBe('function');
    });
  }
  it('has no schema for an unknown version', () => {
    expect(documentValidator('card', 99)).toBeUndefined();
  });
});
