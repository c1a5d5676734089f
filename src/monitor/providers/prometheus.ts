/**
 * The Prometheus HTTP API (/api/v1/query and /api/v1/query_range). A rule watches one time series:
 * several series mean the query is ambiguous (Flagger's ErrMultipleValuesReturned), an error; an
 * empty result or NaN means no data.
 */
import type { Observation, Point } from '../types.js';
import { ProviderError } from './errors.js';
import { describeValue, parseJsonBody, toNumber } from './json.js';

function point(pair: unknown): Point {
  if (!Array.isArray(pair) || pair.length !== 2) throw new ProviderError('prometheus: malformed sample (expected [time, "value"])');
  const t = toNumber(pair[0]);
  const value = toNumber(pair[1]);
  if (t === undefined || value === undefined) throw new ProviderError(`prometheus: malformed sample (value is ${describeValue(pair[1])})`);
  return { t, value };
}

export function parsePrometheus(body: string): Observation {
  const doc = parseJsonBody(body, 'prometheus') as { status?: unknown; error?: unknown; errorType?: unknown; data?: { resultType?: unknown; result?: unknown } } | null;
  if (doc === null || typeof doc !== 'object') throw new ProviderError('prometheus: response is not a JSON object');
  if (doc.status !== 'success') {
    const detail = [doc.errorType, doc.error].filter((x) => typeof x === 'string').join(': ');
    throw new ProviderError(`prometheus: status ${JSON.stringify(doc.status ?? null)}${detail ? ` (${detail.slice(0, 200)})` : ''}`);
  }
  const type = doc.data?.resultType;
  const result = doc.data?.result;
  if (type === 'scalar') return { kind: 'points', points: [point(result)] };
  if (type !== 'vector' && type !== 'matrix') throw new ProviderError(`prometheus: unsupported resultType ${JSON.stringify(type ?? null)}`);
  if (!Array.isArray(result)) throw new ProviderError('prometheus: data.result is not an array');
  if (result.length === 0) return { kind: 'points', points: [], note: 'empty result' };
  if (result.length > 1) {
    throw new ProviderError(`prometheus: the query returned ${result.length} series where one was expected; aggregate it (e.g. sum by () or a label matcher)`);
  }
  const series = result[0] as { value?: unknown; values?: unknown };
  if (type === 'vector') return { kind: 'points', points: [point(series.value)] };
  if (!Array.isArray(series.values)) throw new ProviderError('prometheus: matrix series without values');
  return { kind: 'points', points: series.values.map(point) };
}
