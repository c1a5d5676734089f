/** Shared by the importer tests: schema validation of imported cards and paths to fixtures and the corpus. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const fixturesDir = path.join(here, 'fixtures');
/** The shared corpus lives beside the repository (../shared/corpus), not in it. */
export const corpusDir = path.resolve(repoRoot, '../shared/corpus/modelcards');
export const corpusPresent = existsSync(corpusDir);

export function fixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}

// ajv-formats is CommonJS with a default export; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

function schema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path.join(repoRoot, 'schemas', name), 'utf8')) as Record<string, unknown>;
}

let validators: { card: ValidateFunction; model: ValidateFunction } | undefined;

function load(): { card: ValidateFunction; model: ValidateFunction } {
  if (validators) return validators;
  const ajv = new Ajv2020({ strict: true, allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema(schema('defs-v1.schema.json'));
  validators = { card: ajv.compile(schema('card-v1.schema.json')), model: ajv.compile(schema('model-v1.schema.json')) };
  return validators;
}

/** Schema errors as readable lines; empty when the document is valid. */
export function cardErrors(card: unknown): string[] {
  const v = load().card;
  return v(card) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

export function modelErrors(model: unknown): string[] {
  const v = load().model;
  return v(model) ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

/** 1-based line of the `nth` line containing `needle`. */
export function lineOf(text: string, needle: string, nth = 1): number {
  let seen = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i] as string).includes(needle) && ++seen === nth) return i + 1;
  }
  throw new Error(`'${needle}' (#${nth}) not found`);
}
