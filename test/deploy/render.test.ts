/**
 * Each strategy rendered for each platform. KServe output is validated against the
 * InferenceService CRD's own openAPIV3Schema and compared with KServe's rollout samples (both in
 * ../shared/corpus/serving/); SageMaker output is checked against the documented limits here and
 * against @aws-sdk/client-sagemaker's types in sagemaker-types.test.ts (under tsc).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { render, type RenderInput } from '../../src/deploy/render/index.js';
import { renderKServe, type InferenceService } from '../../src/deploy/render/kserve.js';
import { renderSageMaker, sagemakerLimitProblems, type SageMakerEndpointConfig } from '../../src/deploy/render/sagemaker.js';
import { renderTable, type TrafficTable } from '../../src/deploy/render/table.js';
import type { ServingEntry, Strategy } from '../../src/registry/types.js';
import { REPO_ROOT } from '../helpers/registry.js';

const CORPUS = path.resolve(REPO_ROOT, '../shared/corpus/serving');
const CRD = path.join(CORPUS, 'kserve__config__crd__full__serving.kserve.io_inferenceservices.yaml');
const haveCorpus = existsSync(CRD);
if (!haveCorpus && process.env.CI) throw new Error(`the serving corpus is missing at ${CORPUS}: CI must validate KServe output against the real CRD`);
if (!haveCorpus) console.warn(`skipping KServe CRD validation: ${CORPUS} is absent (set it up, or run in CI where its absence fails)`);

const ART = (v: string) => ({ uri: `s3://models/fraud/${v}/model.onnx`, sha256: 'a'.repeat(64), format: 'onnx' });

function input(entry: ServingEntry, model = 'fraud-detector'): RenderInput {
  const artifacts = Object.fromEntries([entry.stable, entry.candidate].filter((v): v is string => !!v).map((v) => [v, ART(v)]));
  return { env: 'production', serving: [{ model, entry, artifacts }] };
}

const ENTRIES: Record<string, ServingEntry> = {
  direct: { strategy: 'direct', stable: '1.2.0' },
  'canary 10': { strategy: 'canary', stable: '1.2.0', candidate: '1.3.0', traffic: 10 },
  'canary 0': { strategy: 'canary', stable: '1.2.0', candidate: '1.3.0', traffic: 0 },
  'canary 100': { strategy: 'canary', stable: '1.2.0', candidate: '1.3.0', traffic: 100 },
  'blue-green on blue': { strategy: 'blue-green', stable: '1.2.0', candidate: '1.3.0', traffic: 0 },
  'blue-green switched': { strategy: 'blue-green', stable: '1.2.0', candidate: '1.3.0', traffic: 100 },
  'shadow 100': { strategy: 'shadow', stable: '1.2.0', candidate: '1.3.0', traffic: 100 },
  'shadow 20': { strategy: 'shadow', stable: '1.2.0', candidate: '1.3.0', traffic: 20 },
  'ab 30': { strategy: 'ab', stable: '1.2.0', candidate: '1.3.0', traffic: 30 },
};

// ajv-formats is CommonJS with a default export; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
}

let crdCache: Schema | undefined;
function crdSchema(): Schema {
  if (crdCache) return crdCache;
  const crd = parse(readFileSync(CRD, 'utf8')) as { spec: { versions: { name: string; schema: { openAPIV3Schema: Schema } }[] } };
  crdCache = crd.spec.versions.find((v) => v.name === 'v1beta1')!.schema.openAPIV3Schema;
  return crdCache;
}

let validator: ValidateFunction | undefined;
function validateIsvc(value: unknown): ValidateFunction {
  if (!validator) {
    // A Kubernetes structural schema is OpenAPI 3's subset of draft-07 plus x-kubernetes-* annotations and int32/int64 formats.
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    addFormats(ajv);
    ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
    ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    for (const k of ['x-kubernetes-int-or-string', 'x-kubernetes-preserve-unknown-fields', 'x-kubernetes-list-type', 'x-kubernetes-list-map-keys', 'x-kubernetes-map-type', 'x-kubernetes-validations', 'x-kubernetes-embedded-resource']) ajv.addKeyword(k);
    validator = ajv.compile(crdSchema());
  }
  validator(value);
  return validator;
}

/** Fields the API server would prune: keys not declared by the structural schema (it has no additionalProperties: false). */
function undeclared(schema: Schema | undefined, value: unknown, at = ''): string[] {
  if (!schema || value === null || typeof value !== 'object' || schema['x-kubernetes-preserve-unknown-fields']) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => undeclared(schema.items, v, `${at}[${i}]`));
  if (!schema.properties) return [];
  return Object.entries(value).flatMap(([k, v]) => (k in schema.properties! ? undeclared(schema.properties![k], v, `${at}.${k}`) : [`${at}.${k}`]));
}

function sample(name: string): { spec: { predictor: Record<string, unknown> } } & Record<string, unknown> {
  return parse(readFileSync(path.join(CORPUS, `kserve__docs__samples__v1beta1__rollout__${name}.yaml`), 'utf8'));
}

describe('KServe InferenceService', () => {
  const expressible = ['direct', 'canary 10', 'canary 0', 'canary 100', 'blue-green on blue', 'blue-green switched'];
  it.each(expressible)('%s: one InferenceService valid against the CRD, with no field the API server would prune', (name) => {
    const r = renderKServe(input(ENTRIES[name]!));
    expect(r.unsupported).toEqual([]);
    expect(r.files).toHaveLength(1);
    const isvc = parse(r.files[0]!.content) as InferenceService;
    expect(isvc).toEqual(r.files[0]!.data);
    if (!haveCorpus) return;
    const v = validateIsvc(isvc);
    expect(v.errors ?? []).toEqual([]);
    const schema = crdSchema();
    expect(undeclared({ properties: { spec: schema.properties!.spec! } }, { spec: isvc.spec })).toEqual([]);
  });

  it.skipIf(!haveCorpus)('the checks are real: a wrong type fails the CRD schema, an undeclared field is reported as pruned', () => {
    const isvc = renderKServe(input(ENTRIES['canary 10']!)).files[0]!.data as InferenceService;
    const bad = structuredClone(isvc) as unknown as { spec: { predictor: { canaryTrafficPercent: unknown } } };
    bad.spec.predictor.canaryTrafficPercent = 'ten';
    expect(validateIsvc(bad).errors?.map((e) => e.instancePath)).toContain('/spec/predictor/canaryTrafficPercent');
    const pruned = structuredClone(isvc) as unknown as { spec: { predictor: Record<string, unknown> } };
    pruned.spec.predictor.trafficPercent = 10;
    expect(undeclared({ properties: { spec: crdSchema().properties!.spec! } }, { spec: pruned.spec })).toEqual(['.spec.predictor.trafficPercent']);
  });

  it.skipIf(!haveCorpus)('matches KServe\'s own rollout samples: canary, pinned (0%), promotion (field removed), default', () => {
    const pairs: [string, string][] = [['canary 10', 'canary'], ['canary 0', 'pinned'], ['canary 100', 'promotion'], ['direct', 'default']];
    for (const [entry, name] of pairs) {
      const ours = renderKServe(input(ENTRIES[entry]!)).files[0]!.data as InferenceService;
      const theirs = sample(name);
      expect(ours.apiVersion).toBe(theirs.apiVersion);
      expect(ours.kind).toBe(theirs.kind);
      // The samples use the older per-framework predictor (tensorflow:); ours the `model:` form. The traffic field is the same.
      expect(ours.spec.predictor.canaryTrafficPercent, `${entry} vs ${name}`).toBe(theirs.spec.predictor.canaryTrafficPercent);
      expect(Object.keys(ours.spec.predictor).filter((k) => k !== 'model')).toEqual(Object.keys(theirs.spec.predictor).filter((k) => k !== 'tensorflow'));
    }
    // The canary points the predictor at the new model, as the sample's flowers-2 does.
    expect((renderKServe(input(ENTRIES['canary 10']!)).files[0]!.data as InferenceService).spec.predictor.model.storageUri).toContain('/1.3.0/');
  });

  it.each([['ab 30', /no A\/B test/], ['shadow 20', /no traffic mirroring/], ['shadow 100', /no traffic mirroring/]])('%s cannot be expressed and says so', (name, reason) => {
    const r = renderKServe(input(ENTRIES[name]!));
    expect(r.files).toEqual([]);
    expect(r.unsupported).toEqual([{ model: 'fraud-detector', strategy: ENTRIES[name]!.strategy, reason: expect.stringMatching(reason) }]);
  });

  it('refuses to guess a model format, and names DNS-safe resources', () => {
    const entry = ENTRIES.direct!;
    const r = renderKServe({ env: 'prod', serving: [{ model: '9lives_model.v2', entry, artifacts: { '1.2.0': { uri: 's3://x/model.onnx' } } }] });
    expect(r.unsupported[0]!.reason).toContain('no artifact.format');
    const ok = renderKServe({ env: 'prod', serving: [{ model: '9lives_model.v2', entry, artifacts: { '1.2.0': ART('1.2.0') } }] });
    expect((ok.files[0]!.data as InferenceService).metadata.name).toBe('m-9lives-model-v2');
  });
});

describe('SageMaker endpoint configuration', () => {
  const weights = (c: SageMakerEndpointConfig) => c.ProductionVariants.map((v) => [v.VariantName, v.InitialVariantWeight]);
  it.each([
    ['direct', [['stable-1-2-0', 100]], undefined],
    ['canary 10', [['stable-1-2-0', 90], ['candidate-1-3-0', 10]], undefined],
    ['canary 100', [['stable-1-2-0', 0], ['candidate-1-3-0', 100]], undefined],
    ['ab 30', [['stable-1-2-0', 70], ['candidate-1-3-0', 30]], undefined],
    ['blue-green on blue', [['stable-1-2-0', 100], ['candidate-1-3-0', 0]], undefined],
    ['blue-green switched', [['candidate-1-3-0', 100]], 'ALL_AT_ONCE'],
    ['shadow 100', [['stable-1-2-0', 100]], undefined],
  ] as const)('%s: weighted production variants within the documented limits', (name, expected, routing) => {
    const r = renderSageMaker(input(ENTRIES[name]!));
    expect(r.unsupported).toEqual([]);
    const config = r.files[0]!.data as SageMakerEndpointConfig;
    expect(weights(config)).toEqual(expected);
    expect(config.ProductionVariants.every((v) => /^fraud-detector-1-[23]-0$/.test(v.ModelName))).toBe(true);
    const update = r.files[1]?.data as Parameters<typeof sagemakerLimitProblems>[1];
    expect(update?.DeploymentConfig.BlueGreenUpdatePolicy.TrafficRoutingConfiguration.Type).toBe(routing);
    expect(sagemakerLimitProblems(config, update)).toEqual([]);
    expect(JSON.parse(r.files[0]!.content)).toEqual(config);
  });

  it('renders a shadow as exactly one production and one shadow variant', () => {
    const config = renderSageMaker(input(ENTRIES['shadow 100']!)).files[0]!.data as SageMakerEndpointConfig;
    expect(config.ShadowProductionVariants).toEqual([{ VariantName: 'shadow-1-3-0', ModelName: 'fraud-detector-1-3-0', InitialVariantWeight: 100 }]);
  });

  it('says a partial shadow cannot be written in an endpoint configuration', () => {
    const r = renderSageMaker(input(ENTRIES['shadow 20']!));
    expect(r.files).toEqual([]);
    expect(r.unsupported[0]!.reason).toMatch(/no sampling percentage field, so mirroring 20% cannot be written there/);
  });

  it('checks the documented limits at runtime', () => {
    const base = renderSageMaker(input(ENTRIES['shadow 100']!)).files[0]!.data as SageMakerEndpointConfig;
    const twoShadows = { ...base, ShadowProductionVariants: [...base.ShadowProductionVariants!, { VariantName: 'shadow-2', ModelName: 'm2', InitialVariantWeight: 1 }] };
    expect(sagemakerLimitProblems(twoShadows)).toContain('exactly one shadow variant per endpoint');
    const twoProd = { ...base, ProductionVariants: [...base.ProductionVariants, { VariantName: 'other', ModelName: 'm3', InitialVariantWeight: 1 }] };
    expect(sagemakerLimitProblems(twoProd)).toContain('an endpoint with a shadow variant has exactly one production variant');
    expect(sagemakerLimitProblems({ ...base, EndpointConfigName: 'bad_name' })[0]).toMatch(/EndpointConfigName 'bad_name'/);
    const update = { EndpointName: 'e', EndpointConfigName: 'c', DeploymentConfig: { BlueGreenUpdatePolicy: { TrafficRoutingConfiguration: { Type: 'CANARY' as const, WaitIntervalInSeconds: 4000, CanarySize: { Type: 'CAPACITY_PERCENT' as const, Value: 60 } } } } };
    expect(sagemakerLimitProblems(base, update)).toEqual(['WaitIntervalInSeconds must be 0-3600', 'a guardrails canary is at most 50% of the fleet']);
  });
});

describe('generic traffic table', () => {
  it.each(Object.keys(ENTRIES))('%s: weights sum to 100 and a shadow only mirrors', (name) => {
    const r = renderTable(input(ENTRIES[name]!));
    const table = r.files[0]!.data as TrafficTable;
    expect(table.rows.reduce((s, row) => s + row.weight, 0)).toBe(100);
    const entry = ENTRIES[name]!;
    for (const row of table.rows) expect(row.mirror).toBe(entry.strategy === 'shadow' && row.role === 'candidate' ? entry.traffic : 0);
    expect(r.unsupported).toEqual([]);
  });
});

it('every platform answers for every strategy: a file or a reason', () => {
  const strategies = new Set<Strategy>();
  for (const platform of ['kserve', 'sagemaker', 'table'] as const) {
    for (const entry of Object.values(ENTRIES)) {
      strategies.add(entry.strategy);
      const r = render(platform, input(entry));
      expect(r.files.length + r.unsupported.length, `${platform} ${JSON.stringify(entry)}`).toBeGreaterThan(0);
    }
  }
  expect([...strategies].sort()).toEqual(['ab', 'blue-green', 'canary', 'direct', 'shadow']);
});
