/**
 * Custom ajv keywords for what JSON Schema cannot say: arithmetic against other values of the
 * context (metric ≥ baseline − tolerance), dates against today (UTC), joins between lists
 * (every protected attribute has results), and the domain checks built from them
 * (no regression against the serving baseline, per-model thresholds).
 *
 * Values elsewhere in the context are named by absolute JSON pointers (`{"$data": "/model/regression/tolerance"}`).
 */
import type { Ajv, ErrorObject, FuncKeywordDefinition, KeywordDefinition, SchemaObject } from 'ajv';
import type { CardDoc, EvaluationResult, Metric, ModelDoc } from '../registry/types.js';

type DataCxt = { rootData: unknown; instancePath: string };
type ValidateFn = ((schema: unknown, data: unknown, parentSchema?: unknown, cxt?: DataCxt) => boolean) & { errors?: Partial<ErrorObject>[] };

const dataRef: SchemaObject = {
  type: 'object',
  required: ['$data'],
  properties: { $data: { type: 'string', pattern: '^(?:/.*)?$' } },
  additionalProperties: false,
};
const numberOrRef: SchemaObject = { anyOf: [{ type: 'number' }, dataRef] };

export function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let cur: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg)) return undefined;
    cur = (cur as Record<string, unknown>)[seg];
  }
  return cur;
}

function valueOf(spec: unknown, root: unknown): unknown {
  if (spec !== null && typeof spec === 'object' && '$data' in spec) return resolvePointer(root, String((spec as { $data: string }).$data));
  return spec;
}

function fail(fn: ValidateFn, keyword: string, message: string, instancePath?: string, params: Record<string, unknown> = {}): false {
  fn.errors = [{ keyword, message, params: { ...params, mgMessage: message }, ...(instancePath !== undefined ? { instancePath } : {}) }];
  return false;
}

const COMPARATORS: Record<string, (a: number, b: number) => boolean> = {
  '>=': (a, b) => a >= b,
  '>': (a, b) => a > b,
  '<=': (a, b) => a <= b,
  '<': (a, b) => a < b,
  '==': (a, b) => a === b,
  '!=': (a, b) => a !== b,
};

/** `{"mgCompare": {"op": ">=", "value": {"$data": "/baseline/..."}, "minus": 0.01}}` on a number. */
const mgCompare: FuncKeywordDefinition = {
  keyword: 'mgCompare',
  type: 'number',
  schemaType: 'object',
  errors: true,
  metaSchema: {
    type: 'object',
    required: ['op', 'value'],
    properties: {
      op: { enum: Object.keys(COMPARATORS) },
      value: numberOrRef,
      plus: numberOrRef,
      minus: numberOrRef,
      times: numberOrRef,
      ifMissing: { enum: ['pass', 'fail'] },
    },
    additionalProperties: false,
  },
  validate: function self(schema: { op: string; value: unknown; plus?: unknown; minus?: unknown; times?: unknown; ifMissing?: 'pass' | 'fail' }, data: unknown, _parent?: unknown, cxt?: DataCxt) {
    const fn = self as unknown as ValidateFn;
    const root = cxt?.rootData;
    const parts = [valueOf(schema.value, root), schema.times === undefined ? 1 : valueOf(schema.times, root), schema.plus === undefined ? 0 : valueOf(schema.plus, root), schema.minus === undefined ? 0 : valueOf(schema.minus, root)];
    if (parts.some((p) => typeof p !== 'number' || Number.isNaN(p))) {
      return schema.ifMissing === 'fail' ? fail(fn, 'mgCompare', 'cannot be compared: a value it is compared with is missing or not a number') : true;
    }
    const [v, t, p, m] = parts as number[];
    const limit = v! * t! + p! - m!;
    return COMPARATORS[schema.op]!(data as number, limit) ? true : fail(fn, 'mgCompare', `must be ${schema.op} ${round(limit)}; found ${String(data)}`, undefined, { limit });
  } as unknown as FuncKeywordDefinition['validate'],
};

function round(n: number): string {
  return String(Number(n.toPrecision(12)));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day: Date.parse accepts 2026-02-30 and rolls it over, so compare the round trip. */
export function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const ms = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}

function dateArg(spec: unknown, root: unknown): string | undefined {
  if (spec === 'today') {
    const today = resolvePointer(root, '/today');
    return typeof today === 'string' ? today : undefined;
  }
  const v = valueOf(spec, root);
  return typeof v === 'string' && isCalendarDate(v) ? v : undefined;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const dateSpec: SchemaObject = { anyOf: [{ const: 'today' }, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, dataRef] };

/** `{"mgDate": {"notAfter": "today", "maxAgeDays": 365}}` on a YYYY-MM-DD string, compared as UTC dates. */
const mgDate: FuncKeywordDefinition = {
  keyword: 'mgDate',
  type: 'string',
  schemaType: 'object',
  errors: true,
  metaSchema: {
    type: 'object',
    properties: { notAfter: dateSpec, notBefore: dateSpec, maxAgeDays: { type: 'integer', minimum: 0 }, maxDaysAhead: { type: 'integer', minimum: 0 } },
    additionalProperties: false,
    minProperties: 1,
  },
  validate: function self(schema: { notAfter?: unknown; notBefore?: unknown; maxAgeDays?: number; maxDaysAhead?: number }, data: unknown, _p?: unknown, cxt?: DataCxt) {
    const fn = self as unknown as ValidateFn;
    const root = cxt?.rootData;
    const value = data as string;
    if (!isCalendarDate(value)) return fail(fn, 'mgDate', `'${value}' is not a date in the form YYYY-MM-DD`);
    const notAfter = schema.notAfter === undefined ? undefined : dateArg(schema.notAfter, root);
    if (notAfter && value > notAfter) return fail(fn, 'mgDate', `'${value}' is after ${notAfter}`);
    const notBefore = schema.notBefore === undefined ? undefined : dateArg(schema.notBefore, root);
    if (notBefore && value < notBefore) return fail(fn, 'mgDate', `'${value}' is before ${notBefore}`);
    const today = dateArg('today', root);
    if (today && schema.maxAgeDays !== undefined && daysBetween(value, today) > schema.maxAgeDays) {
      return fail(fn, 'mgDate', `'${value}' is more than ${schema.maxAgeDays} days before today (${today}); it was due for renewal by ${addDays(value, schema.maxAgeDays)}`);
    }
    if (today && schema.maxDaysAhead !== undefined && daysBetween(today, value) > schema.maxDaysAhead) {
      return fail(fn, 'mgDate', `'${value}' is more than ${schema.maxDaysAhead} days after today (${today})`);
    }
    return true;
  } as unknown as FuncKeywordDefinition['validate'],
};

/** `{"mgCovers": {"values": "/card/fairness/protectedAttributes", "in": "/card/fairness/results", "key": "attribute"}}`. */
const mgCovers: FuncKeywordDefinition = {
  keyword: 'mgCovers',
  schemaType: 'object',
  errors: true,
  metaSchema: {
    type: 'object',
    required: ['values', 'in', 'key'],
    properties: { values: { type: 'string', pattern: '^/' }, in: { type: 'string', pattern: '^/' }, key: { type: 'string' } },
    additionalProperties: false,
  },
  validate: function self(schema: { values: string; in: string; key: string }, _data: unknown, _p?: unknown, cxt?: DataCxt) {
    const fn = self as unknown as ValidateFn;
    const values = resolvePointer(cxt?.rootData, schema.values);
    if (!Array.isArray(values)) return true;
    const container = resolvePointer(cxt?.rootData, schema.in);
    const present = new Set(Array.isArray(container) ? container.map((x) => (x && typeof x === 'object' ? (x as Record<string, unknown>)[schema.key] : undefined)) : []);
    const errors: Partial<ErrorObject>[] = [];
    values.forEach((v, i) => {
      if (!present.has(v)) {
        const message = `${JSON.stringify(v)} has no entry in ${schema.in.split('/').slice(1).join('.')} (matched by \`${schema.key}\`)`;
        errors.push({ keyword: 'mgCovers', message, instancePath: `${schema.values}/${i}`, params: { mgMessage: message } });
      }
    });
    fn.errors = errors;
    return errors.length === 0;
  } as unknown as FuncKeywordDefinition['validate'],
};

// A metric's direction from its name when the card does not say (`higherIsBetter`). The name's
// head decides first: recall_at_1pct_fpr is a recall, even though it mentions a false-positive rate.
const HIGHER_IS_BETTER_HEAD = /^(?:accuracy|acc|balanced_accuracy|precision|recall|f1|f_?beta|auc|roc|pr_auc|average_precision|ap|map|mrr|ndcg|bleu|sacrebleu|rouge|meteor|chrf|exact_match|em|r2|spearman|pearson|kappa|mcc|tpr|tnr|specificity|sensitivity|coverage|hit_rate|top|pass@|win_rate)/i;
const LOWER_IS_BETTER = /(?:^|[_\s-])(?:loss|error|err|mae|mse|rmse|mape|wer|cer|perplexity|ppl|latency|ece|brier|fpr|fnr|far|frr|log[_-]?loss|time|cost|gap|disparity)(?:$|[_\s-])/i;

export function higherIsBetter(metric: Metric): boolean {
  if (metric.higherIsBetter !== undefined) return metric.higherIsBetter;
  if (HIGHER_IS_BETTER_HEAD.test(metric.type)) return true;
  return !LOWER_IS_BETTER.test(metric.type);
}

interface MetricRef {
  key: string;
  metric: Metric;
  pointer: string;
  dataset: string;
  split: string | undefined;
}

export function metricRefs(card: unknown, root = '/card'): MetricRef[] {
  const results = (card as CardDoc | undefined)?.evaluation?.results;
  if (!Array.isArray(results)) return [];
  const out: MetricRef[] = [];
  results.forEach((r: EvaluationResult, i) => {
    if (!r || !Array.isArray(r.metrics)) return;
    r.metrics.forEach((m, j) => {
      if (!m || typeof m.type !== 'string') return;
      const dataset = r.dataset?.name ?? '';
      const split = r.dataset?.split;
      out.push({ key: `${dataset}\u0000${split ?? ''}\u0000${m.type}\u0000${m.config ?? ''}`, metric: m, pointer: `${root}/evaluation/results/${i}/metrics/${j}/value`, dataset, split });
    });
  });
  return out;
}

function describeMetric(ref: MetricRef): string {
  return `${ref.metric.type} on ${ref.dataset}${ref.split ? ` (${ref.split})` : ''}`;
}

/**
 * `{"mgNoRegression": {"tolerance": {"$data": "/model/regression/tolerance"}, "default": 0.0}}` on the context:
 * every metric the card shares with the serving baseline's card (same dataset, split, type) may be
 * worse by at most the tolerance, in the metric's own direction.
 */
const mgNoRegression: FuncKeywordDefinition = {
  keyword: 'mgNoRegression',
  type: 'object',
  schemaType: 'object',
  errors: true,
  metaSchema: {
    type: 'object',
    properties: { tolerance: numberOrRef, default: { type: 'number', minimum: 0 }, metrics: { anyOf: [{ type: 'array', items: { type: 'string' } }, dataRef] } },
    additionalProperties: false,
  },
  validate: function self(schema: { tolerance?: unknown; default?: number; metrics?: unknown }, data: unknown) {
    const fn = self as unknown as ValidateFn;
    const root = data as { card?: unknown; baseline?: unknown };
    if (!root.baseline) return true;
    const resolved = schema.tolerance === undefined ? undefined : valueOf(schema.tolerance, root);
    const tolerance = typeof resolved === 'number' ? resolved : (schema.default ?? 0);
    const only = valueOf(schema.metrics, root);
    const onlySet = Array.isArray(only) ? new Set(only.map(String)) : undefined;
    const base = new Map(metricRefs(root.baseline, '/baseline').map((r) => [r.key, r]));
    const baselineVersion = (root.baseline as CardDoc).version;
    const errors: Partial<ErrorObject>[] = [];
    for (const ref of metricRefs(root.card)) {
      if (onlySet && !onlySet.has(ref.metric.type)) continue;
      const b = base.get(ref.key);
      if (!b || typeof b.metric.value !== 'number' || typeof ref.metric.value !== 'number') continue;
      const up = higherIsBetter(ref.metric);
      const drop = up ? b.metric.value - ref.metric.value : ref.metric.value - b.metric.value;
      if (drop > tolerance + 1e-12) {
        const message = `${describeMetric(ref)} is ${ref.metric.value}, worse than ${b.metric.value} of the serving version ${baselineVersion} by ${round(drop)} (tolerance ${tolerance}; ${up ? 'higher' : 'lower'} is better)`;
        errors.push({ keyword: 'mgNoRegression', message, instancePath: ref.pointer, params: { mgMessage: message, baseline: b.metric.value, tolerance } });
      }
    }
    fn.errors = errors;
    return errors.length === 0;
  } as unknown as FuncKeywordDefinition['validate'],
};

/** `{"mgThresholds": {}}` on the context: the card's metrics meet the model's `thresholds` (model.yaml). */
const mgThresholds: FuncKeywordDefinition = {
  keyword: 'mgThresholds',
  type: 'object',
  schemaType: 'object',
  errors: true,
  metaSchema: { type: 'object', properties: { missing: { enum: ['fail', 'pass'] } }, additionalProperties: false },
  validate: function self(schema: { missing?: 'fail' | 'pass' }, data: unknown) {
    const fn = self as unknown as ValidateFn;
    const root = data as { card?: unknown; model?: ModelDoc | null };
    const thresholds = root.model?.thresholds;
    if (!Array.isArray(thresholds)) return true;
    const refs = metricRefs(root.card);
    const errors: Partial<ErrorObject>[] = [];
    thresholds.forEach((t, i) => {
      const matching = refs.filter((r) => r.metric.type === t.metric && (t.dataset === undefined || r.dataset === t.dataset) && (t.split === undefined || r.split === t.split));
      const bound = [t.min !== undefined ? `≥ ${t.min}` : '', t.max !== undefined ? `≤ ${t.max}` : ''].filter(Boolean).join(' and ');
      if (matching.length === 0) {
        if (schema.missing !== 'pass') {
          const message = `no evaluation result for ${t.metric}${t.dataset ? ` on ${t.dataset}` : ''}${t.split ? ` (${t.split})` : ''}, which model.yaml requires to be ${bound}`;
          errors.push({ keyword: 'mgThresholds', message, instancePath: `/model/thresholds/${i}`, params: { mgMessage: message } });
        }
        return;
      }
      for (const r of matching) {
        const v = r.metric.value;
        if (typeof v !== 'number' || (t.min !== undefined && v < t.min) || (t.max !== undefined && v > t.max)) {
          const message = `${describeMetric(r)} is ${JSON.stringify(v)}; model.yaml requires ${bound}`;
          errors.push({ keyword: 'mgThresholds', message, instancePath: r.pointer, params: { mgMessage: message } });
        }
      }
    });
    fn.errors = errors;
    return errors.length === 0;
  } as unknown as FuncKeywordDefinition['validate'],
};

export const CUSTOM_KEYWORDS: KeywordDefinition[] = [mgCompare, mgDate, mgCovers, mgNoRegression, mgThresholds];

export function addCustomKeywords(ajv: Ajv): void {
  for (const k of CUSTOM_KEYWORDS) ajv.addKeyword(k);
}
