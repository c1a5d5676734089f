/**
 * Datadog metric queries: v1 `GET /api/v1/query` ({series: [{pointlist}]}) and v2
 * `POST /api/v2/query/timeseries` ({data: {attributes: {times, values}}}) or `/scalar`
 * ({data: {attributes: {columns: [{values}]}}}). Like Prometheus, one series per rule.
 */
import type { Observation, Point } from '../types.js';
import { ProviderError } from './errors.js';
import { describeValue, parseJsonBody, toNumber } from './json.js';

function num(v: unknown): number {
  // Datadog writes null for an interval without data; that is a missing point, not zero.
  if (v === null) return NaN;
  const n = toNumber(v);
  if (n === undefined) throw new ProviderError(`datadog: value is ${describeValue(v)}, not a number`);
  return n;
}

function errorsOf(doc: Record<string, unknown>): string | undefined {
  if (Array.isArray(doc.errors) && doc.errors.length > 0) return doc.errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('; ').slice(0, 300);
  if (doc.status === 'error') return typeof doc.error === 'string' ? doc.error.slice(0, 300) : 'status error';
  return undefined;
}

export function parseDatadog(body: string): Observation {
  const doc = parseJsonBody(body, 'datadog');
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new ProviderError('datadog: response is not a JSON object');
  const d = doc as Record<string, unknown>;
  const err = errorsOf(d);
  if (err) throw new ProviderError(`datadog: ${err}`);
  if ('series' in d) return v1(d.series);
  const attributes = (d.data as { attributes?: Record<string, unknown> } | undefined)?.attributes;
  if (attributes && typeof attributes === 'object') return v2(attributes);
  throw new ProviderError('datadog: neither a v1 (series) nor a v2 (data.attributes) response');
}

function v1(series: unknown): Observation {
  if (!Array.isArray(series)) throw new ProviderError('datadog: series is not an array');
  if (series.length === 0) return { kind: 'points', points: [], note: 'no series' };
  if (series.length > 1) throw new ProviderError(`datadog: the query returned ${series.length} series where one was expected`);
  const list = (series[0] as { pointlist?: unknown }).pointlist;
  if (!Array.isArray(list)) throw new ProviderError('datadog: series without pointlist');
  const points: Point[] = list.map((p) => {
    if (!Array.isArray(p) || p.length < 2) throw new ProviderError('datadog: malformed point');
    return { t: num(p[0]) / 1000, value: num(p[1]) };
  });
  return { kind: 'points', points, ...(points.length === 0 ? { note: 'empty pointlist' } : {}) };
}

function v2(a: Record<string, unknown>): Observation {
  if (Array.isArray(a.columns)) {
    // Scalar query: each column is a query or formula; several columns are several answers.
    const cols = a.columns as { values?: unknown }[];
    if (cols.length === 0) return { kind: 'points', points: [], note: 'no columns' };
    if (cols.length > 1) throw new ProviderError(`datadog: ${cols.length} columns where one was expected`);
    const values = cols[0]!.values;
    if (!Array.isArray(values)) throw new ProviderError('datadog: column without values');
    if (values.length > 1) throw new ProviderError(`datadog: ${values.length} values (groups) where one was expected`);
    return { kind: 'points', points: values.map((v) => ({ value: num(v) })), ...(values.length === 0 ? { note: 'empty values' } : {}) };
  }
  const times = a.times;
  const values = a.values;
  if (!Array.isArray(times) || !Array.isArray(values)) throw new ProviderError('datadog: v2 response without columns or times/values');
  if (values.length === 0) return { kind: 'points', points: [], note: 'no series' };
  if (values.length > 1) throw new ProviderError(`datadog: the query returned ${values.length} series where one was expected`);
  const row = values[0];
  if (!Array.isArray(row) || row.length !== times.length) throw new ProviderError('datadog: times and values differ in length');
  return { kind: 'points', points: row.map((v, i) => ({ t: num(times[i]) / 1000, value: num(v) })) };
}
