/**
 * Evidently reports, legacy (≤ 0.6 `Report.as_dict()/json()`, legacy TestSuite) and 0.7
 * (`Snapshot.json()`), normalised to one shape so a rule reads `drift_share` the same way from both.
 *
 * Selectors (the rule's `query`):
 *   drift_share            share of drifted columns (0..1)
 *   drifted_columns        number of drifted columns
 *   dataset_drift          1 when the dataset counts as drifted, else 0
 *   column_drift:<column>  1 when that column drifted, else 0
 *   column_score:<column>  that column's drift score (p-value or distance, per its method)
 *   failed_tests           number of tests with status FAIL (a test in ERROR makes the rule error)
 */
import type { Observation } from '../types.js';
import { ProviderError } from './errors.js';
import { parseJsonBody } from './json.js';

export interface ColumnDrift {
  score: number;
  method?: string;
  threshold?: number;
  drifted: boolean;
}

export interface EvidentlyReport {
  format: 'legacy' | 'v0.7';
  version?: string;
  driftShare?: number;
  driftedColumns?: number;
  datasetDrift?: boolean;
  columns: Map<string, ColumnDrift>;
  tests: { name: string; status: string }[];
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** p-value tests drift when the p-value is below the threshold; distances when at or above it (Evidently's rule). */
function driftedByScore(score: number, method: string | undefined, threshold: number | undefined): boolean | undefined {
  if (threshold === undefined) return undefined;
  return /p[_ -]?value/i.test(method ?? '') ? score < threshold : score >= threshold;
}

export function normaliseEvidently(doc: unknown): EvidentlyReport {
  if (!isObj(doc)) throw new ProviderError('evidently: report is not a JSON object');
  const metrics = Array.isArray(doc.metrics) ? doc.metrics.filter(isObj) : [];
  const tests = Array.isArray(doc.tests) ? doc.tests.filter(isObj) : [];
  const isV07 = metrics.some((m) => typeof m.metric_name === 'string' || (isObj(m.config) && typeof m.config.type === 'string' && m.config.type.startsWith('evidently:')));
  const isLegacy = metrics.some((m) => typeof m.metric === 'string' && 'result' in m) || (tests.length > 0 && tests.some((t) => 'group' in t || 'parameters' in t)) || isObj(doc.summary);
  if (!isV07 && !isLegacy && !(Array.isArray(doc.metrics) && Array.isArray(doc.tests))) {
    throw new ProviderError('evidently: not an Evidently report (no metrics[] with metric/result or metric_name/value)');
  }
  const report: EvidentlyReport = {
    format: isV07 ? 'v0.7' : 'legacy',
    ...(typeof doc.version === 'string' ? { version: doc.version } : {}),
    columns: new Map(),
    tests: tests.map((t) => ({ name: String(t.name ?? t.id ?? 'test'), status: String(t.status ?? '').toUpperCase() })),
  };
  if (isV07) {
    for (const m of metrics) {
      const type = isObj(m.config) && typeof m.config.type === 'string' ? m.config.type.replace(/^evidently:metric_v2:/, '') : String(m.metric_name ?? '').replace(/\(.*$/, '');
      const config = isObj(m.config) ? m.config : {};
      if (type === 'DriftedColumnsCount' && isObj(m.value)) {
        report.driftShare = num(m.value.share);
        report.driftedColumns = num(m.value.count);
        const limit = num(config.drift_share);
        if (report.driftShare !== undefined && limit !== undefined) report.datasetDrift = report.driftShare >= limit;
      } else if (type === 'ValueDrift' && typeof config.column === 'string' && typeof m.value === 'number') {
        const method = typeof config.method === 'string' ? config.method : undefined;
        const threshold = num(config.threshold);
        report.columns.set(config.column, { score: m.value, ...(method ? { method } : {}), ...(threshold !== undefined ? { threshold } : {}), drifted: driftedByScore(m.value, method, threshold) ?? false });
      }
    }
    return report;
  }
  for (const m of metrics) {
    const r = isObj(m.result) ? m.result : undefined;
    if (!r) continue;
    if (m.metric === 'DatasetDriftMetric' || m.metric === 'DataDriftTable') {
      // Both carry the dataset summary; DatasetDriftMetric is the canonical one when both exist.
      if (report.driftShare === undefined || m.metric === 'DatasetDriftMetric') {
        if (num(r.share_of_drifted_columns) !== undefined) report.driftShare = num(r.share_of_drifted_columns);
        if (num(r.number_of_drifted_columns) !== undefined) report.driftedColumns = num(r.number_of_drifted_columns);
        if (typeof r.dataset_drift === 'boolean') report.datasetDrift = r.dataset_drift;
      }
      if (isObj(r.drift_by_columns)) {
        for (const [col, c] of Object.entries(r.drift_by_columns)) if (isObj(c)) addLegacyColumn(report, col, c);
      }
    } else if (m.metric === 'ColumnDriftMetric' && typeof r.column_name === 'string') {
      addLegacyColumn(report, r.column_name, r);
    }
  }
  return report;
}

function addLegacyColumn(report: EvidentlyReport, col: string, c: Json): void {
  const score = num(c.drift_score);
  if (score === undefined) return;
  const method = typeof c.stattest_name === 'string' ? c.stattest_name : undefined;
  const threshold = num(c.stattest_threshold);
  const drifted = typeof c.drift_detected === 'boolean' ? c.drift_detected : driftedByScore(score, method, threshold) ?? false;
  report.columns.set(col, { score, ...(method ? { method } : {}), ...(threshold !== undefined ? { threshold } : {}), drifted });
}

export function selectEvidently(report: EvidentlyReport, selector: string): Observation {
  const none = (note: string): Observation => ({ kind: 'points', points: [], note });
  const one = (value: number): Observation => ({ kind: 'points', points: [{ value }] });
  const [name, arg] = selector.includes(':') ? [selector.slice(0, selector.indexOf(':')), selector.slice(selector.indexOf(':') + 1)] : [selector, undefined];
  switch (name) {
    case 'drift_share':
      return report.driftShare === undefined ? none('report has no drifted-columns share') : one(report.driftShare);
    case 'drifted_columns':
      return report.driftedColumns === undefined ? none('report has no drifted-columns count') : one(report.driftedColumns);
    case 'dataset_drift':
      return report.datasetDrift === undefined ? none('report has no dataset drift flag') : one(report.datasetDrift ? 1 : 0);
    case 'column_drift':
    case 'column_score': {
      if (!arg) throw new ProviderError(`evidently: selector '${selector}' needs a column, e.g. ${name}:age`);
      const c = report.columns.get(arg);
      if (!c) return none(`report has no drift result for column '${arg}'`);
      return one(name === 'column_drift' ? (c.drifted ? 1 : 0) : c.score);
    }
    case 'failed_tests': {
      if (report.tests.length === 0) return none('report has no tests');
      const errored = report.tests.filter((t) => t.status === 'ERROR');
      if (errored.length > 0) throw new ProviderError(`evidently: ${errored.length} test(s) could not run (ERROR): ${errored.map((t) => t.name).join(', ').slice(0, 200)}`);
      return one(report.tests.filter((t) => t.status === 'FAIL').length);
    }
    default:
      throw new ProviderError(`evidently: unknown selector '${selector}' (use drift_share, drifted_columns, dataset_drift, column_drift:<col>, column_score:<col>, failed_tests)`);
  }
}

export function parseEvidently(body: string, selector: string): Observation {
  return selectEvidently(normaliseEvidently(parseJsonBody(body, 'evidently')), selector);
}
