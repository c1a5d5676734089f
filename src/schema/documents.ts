/**
 * The JSON Schemas of registry documents, by kind and schemaVersion. A document is validated
 * against the schema of its own version, so cards merged under an older schema stay valid.
 * Compiled lazily, once per process.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import defsV1 from '../../schemas/defs-v1.schema.json' with { type: 'json' };
import cardV1 from '../../schemas/card-v1.schema.json' with { type: 'json' };
import modelV1 from '../../schemas/model-v1.schema.json' with { type: 'json' };
import manifestV1 from '../../schemas/manifest-v1.schema.json' with { type: 'json' };
import configV1 from '../../schemas/config-v1.schema.json' with { type: 'json' };
import policyRuleV1 from '../../schemas/policy-rule-v1.schema.json' with { type: 'json' };

export type DocKind = 'config' | 'model' | 'card' | 'manifest' | 'policy-rule';

export const DOCUMENT_SCHEMAS: Record<DocKind, Record<number, object>> = {
  config: { 1: configV1 },
  model: { 1: modelV1 },
  card: { 1: cardV1 },
  manifest: { 1: manifestV1 },
  'policy-rule': { 1: policyRuleV1 },
};

export const DOC_KIND_LABEL: Record<DocKind, string> = {
  config: 'modelgate.yaml',
  model: 'model.yaml',
  card: 'model card',
  manifest: 'deployment manifest',
  'policy-rule': 'policy rule',
};

// ajv-formats is CommonJS with a default export; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv2020) => Ajv2020;

export interface AjvOptions {
  strict?: boolean;
  /**
   * Validate each schema against the 2020-12 meta-schema before compiling it. That check is most of
   * the compile time, so it is skipped for modelgate's own schemas (a test checks them once) and for
   * a policy pack whose digest already passed it on this machine.
   */
  validateSchema?: boolean;
  /** Keep generated source, for standalone code (the compiled-pack cache). */
  source?: boolean;
}

/** A new ajv for modelgate's own schemas or a policy pack: 2020-12, all errors, $data, formats, strict. */
export function newAjv(options: AjvOptions = {}): Ajv2020 {
  // strictSchema catches unknown keywords (a typo in a policy silently passing); strictTypes and
  // strictRequired would force authors to repeat `type: object` everywhere, so they stay off.
  const strict = options.strict ?? true;
  const ajv = new Ajv2020({
    allErrors: true,
    $data: true,
    strictSchema: strict,
    strictNumbers: strict,
    strictTypes: false,
    strictTuples: false,
    strictRequired: false,
    verbose: true,
    allowUnionTypes: true,
    unicodeRegExp: true,
    logger: false,
    validateSchema: options.validateSchema ?? true,
    // One optimisation pass less halves compile time; validation speed is unchanged for schemas this size.
    code: { optimize: false, ...(options.source ? { source: true } : {}) },
  });
  addFormats(ajv);
  ajv.addSchema(defsV1);
  return ajv;
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

export function knownVersions(kind: DocKind): number[] {
  return Object.keys(DOCUMENT_SCHEMAS[kind]).map(Number);
}

export function documentValidator(kind: DocKind, version: number): ValidateFunction | undefined {
  const schema = DOCUMENT_SCHEMAS[kind][version];
  if (!schema) return undefined;
  const key = `${kind}@${version}`;
  let fn = compiled.get(key);
  if (!fn) {
    ajv ??= newAjv({ validateSchema: false });
    fn = ajv.compile(schema);
    compiled.set(key, fn);
  }
  return fn;
}
