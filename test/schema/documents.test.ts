import { describe, expect, it } from 'vitest';
import { DOCUMENT_SCHEMAS, documentValidator, newAjv, type DocKind } from '../../src/schema/documents.js';

describe('document schemas', () => {
  for (const kind of Object.keys(DOCUMENT_SCHEMAS) as DocKind[]) {
    it(`${kind} v1 compiles in strict mode`, () => {
      expect(typeof documentValidator(kind, 1)).toBe('function');
    });
  }
  it('are valid against the JSON Schema 2020-12 meta-schema (checked here, skipped at run time)', () => {
    const ajv = newAjv({ validateSchema: true });
    for (const kind of Object.keys(DOCUMENT_SCHEMAS) as DocKind[]) {
      for (const schema of Object.values(DOCUMENT_SCHEMAS[kind])) {
        expect(ajv.validateSchema(schema), `${kind}: ${ajv.errorsText(ajv.errors)}`).toBe(true);
      }
    }
  });

  it('has no schema for an unknown version', () => {
    expect(documentValidator('card', 99)).toBeUndefined();
  });
});
