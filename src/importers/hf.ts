/**
 * Hugging Face README front matter → modelgate card skeleton. Only what the metadata states goes into
 * the card; what a governed card needs beyond that is listed in `todo`, and source data with no valid
 * place in the card is kept under `extensions.imported` instead of being dropped.
 */
import type { PathSegment, Position } from '../yaml/strict.js';
import { convertMetricValue, governanceTodo, licenceFinding, metricLabel, orderCard, scaleOutliers, todayUtc, type LocatedValue } from './common.js';
import { diagnosticToFinding, isRecord, parseFrontMatter, type FrontMatter } from './frontmatter.js';
import type { CardDataset, CardEvalResult, CardMetric, CardTrainingData, CardV1, ImportFinding, ImportOptions, ImportResult, PendingResult, UnplacedValue } from './types.js';

/** Metadata keys the importer maps; anything else is named in one info finding. */
const MAPPED_KEYS = new Set(['license', 'license_name', 'license_link', 'datasets', 'base_model', 'language', 'pipeline_tag', 'tags', 'model-index']);

interface Ctx {
  fm: FrontMatter;
  findings: ImportFinding[];
  todo: string[];
  pending: PendingResult[];
  unplaced: UnplacedValue[];
  /** Parser warnings the importer has replaced by a more specific finding, keyed by position and code. */
  consumed: Set<string>;
  numericValues: LocatedValue[];
}

export function importHuggingFace(readmeText: string, options: ImportOptions): ImportResult {
  const parsed = parseFrontMatter(readmeText);
  if (!parsed.ok) return { card: undefined, todo: [], findings: parsed.findings };
  const fm = parsed.frontMatter;
  const ctx: Ctx = { fm, findings: [], todo: [], pending: [], unplaced: [], consumed: new Set(), numericValues: [] };
  const meta = fm.value;

  const card: CardV1 = { schemaVersion: 1, model: options.model, version: options.version, created: options.today ?? todayUtc() };
  Object.assign(card, mapLicence(ctx, meta));
  const task = optionalText(ctx, meta.pipeline_tag, ['pipeline_tag']);
  if (task) card.task = task;
  const language = mapLanguage(ctx, meta.language);
  if (language.length > 0) card.language = language;
  const tags = textList(ctx, meta.tags, ['tags']);
  if (tags.length > 0) card.tags = tags;
  const baseModel = mapBaseModel(ctx, meta.base_model);
  if (baseModel) card.baseModel = baseModel;
  const trainingData = mapDatasets(ctx, meta.datasets);
  if (trainingData.length > 0) card.trainingData = trainingData;
  const results = mapModelIndex(ctx, meta['model-index']);
  if (results.length > 0) card.evaluation = { results };
  ctx.findings.push(...scaleOutliers(ctx.numericValues, 'hf'));

  const ignored = Object.keys(meta).filter((k) => !MAPPED_KEYS.has(k));
  if (ignored.length > 0) {
    ctx.findings.push({ severity: 'info', code: 'hf.not-imported', message: `metadata with no place in a modelgate card was not imported: ${ignored.join(', ')}`, ...fm.locate([ignored[0] as string]) });
  }
  const imported: Record<string, unknown> = { source: 'huggingface' };
  if (ctx.pending.length > 0) imported.pendingResults = ctx.pending;
  if (ctx.unplaced.length > 0) imported.unplaced = ctx.unplaced;
  if (Object.keys(imported).length > 1) card.extensions = { imported };

  const parserFindings = fm.diagnostics.filter((d) => !ctx.consumed.has(key(d, d.code))).map(diagnosticToFinding);
  return { card: orderCard(card), todo: [...ctx.todo, ...governanceTodo(card)], findings: [...parserFindings, ...ctx.findings].sort(byLine) };
}

// ---------------------------------------------------------------- helpers

function key(p: Position, code: string): string {
  return `${p.line}:${p.column}:${code}`;
}

function byLine(a: ImportFinding, b: ImportFinding): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function pathText(path: readonly PathSegment[]): string {
  return path.reduce<string>((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}

function report(ctx: Ctx, severity: ImportFinding['severity'], code: string, message: string, path: readonly PathSegment[]): void {
  ctx.findings.push({ severity, code, message, ...ctx.fm.locate(path) });
}

/** Text for a string field; numbers and booleans become their text with a note, anything else is kept aside. */
function optionalText(ctx: Ctx, value: unknown, path: readonly PathSegment[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    report(ctx, 'info', 'hf.coerced-to-text', `${pathText(path)} is the ${typeof value} ${String(value)}, not text; imported as "${String(value)}" (quote it in the README to say so)`, path);
    return String(value);
  }
  report(ctx, 'warn', 'hf.unexpected-shape', `${pathText(path)} should be text but is ${Array.isArray(value) ? 'a list' : 'a mapping'}; kept under extensions.imported.unplaced`, path);
  ctx.unplaced.push({ from: pathText(path), reason: 'expected text', value });
  return undefined;
}

/** A string or a list of strings, as the Hub accepts for tags, datasets and language. */
function textList(ctx: Ctx, value: unknown, path: readonly PathSegment[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    const one = optionalText(ctx, value, path);
    return one === undefined ? [] : [one];
  }
  return value.flatMap((item, i) => {
    const one = optionalText(ctx, item, [...path, i]);
    return one === undefined ? [] : [one];
  });
}

// ---------------------------------------------------------------- top-level fields

function mapLicence(ctx: Ctx, meta: Record<string, unknown>): Pick<CardV1, 'license' | 'licenseName' | 'licenseLink'> {
  const out: Pick<CardV1, 'license' | 'licenseName' | 'licenseLink'> = {};
  let license: string | undefined;
  if (Array.isArray(meta.license)) {
    const ids = textList(ctx, meta.license, ['license']);
    if (ids.length === 1) license = ids[0];
    else if (ids.length > 1) {
      report(ctx, 'warn', 'hf.several-licences', `the card names ${ids.length} licences (${ids.join(', ')}); a card has one: license was left out`, ['license']);
      ctx.unplaced.push({ from: 'license', reason: 'more than one licence', value: ids });
      ctx.todo.push(`license: the card names ${ids.join(', ')}; decide which licence applies to the weights`);
    }
  } else {
    license = optionalText(ctx, meta.license, ['license']);
  }
  const name = optionalText(ctx, meta.license_name, ['license_name']);
  const link = optionalText(ctx, meta.license_link, ['license_link']);
  if (license) out.license = license;
  if (name) out.licenseName = name;
  if (link) out.licenseLink = link;
  if (license) {
    const finding = licenceFinding(license, name, link, 'hf');
    if (finding) ctx.findings.push({ ...finding, ...ctx.fm.locate(['license']) });
    if (license === 'other' && !name && !link) ctx.todo.push('licenseName and licenseLink: the card says license: other without naming the licence');
  }
  return out;
}

const LANGUAGE_NAMES: Record<string, string> = { no: 'Norwegian' };

function mapLanguage(ctx: Ctx, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const items: [unknown, PathSegment[]][] = Array.isArray(value) ? value.map((v, i) => [v, ['language', i]]) : [[value, ['language']]];
  const out: string[] = [];
  for (const [item, path] of items) {
    const at = ctx.fm.locate(path);
    if (typeof item === 'boolean') {
      report(ctx, 'warn', 'hf.language-boolean', `language entry is the boolean ${item}, not a language code: a YAML 1.1 round trip probably turned a code such as "no" (Norwegian) into ${item}; it was left out — write the intended code, quoted`, path);
      ctx.todo.push(`language: replace the boolean ${item} at README line ${at.line} with the intended language code, quoted`);
      continue;
    }
    const code = optionalText(ctx, item, path);
    if (code === undefined) continue;
    const yaml11 = key(at, 'yaml.yaml11-boolean');
    if (ctx.fm.diagnostics.some((d) => key(d, d.code) === yaml11)) {
      ctx.consumed.add(yaml11);
      const what = LANGUAGE_NAMES[code.toLowerCase()];
      report(
        ctx,
        'warn',
        'hf.language-yaml11-boolean',
        `language code \`${code}\`${what ? ` (${what})` : ''} is read as the boolean ${/^(?:y|yes|on)$/i.test(code)} by YAML 1.1 readers such as PyYAML, which the Hugging Face Hub uses; kept as "${code}" — quote it in the README ("${code}") so every reader agrees`,
        path,
      );
    }
    out.push(code);
  }
  return out;
}

function mapBaseModel(ctx: Ctx, value: unknown): string | undefined {
  const models = textList(ctx, value, ['base_model']);
  if (models.length <= 1) return models[0];
  report(ctx, 'info', 'hf.several-base-models', `the card names ${models.length} base models; a card has one baseModel: all are kept under extensions.imported.unplaced`, ['base_model']);
  ctx.unplaced.push({ from: 'base_model', reason: 'more than one base model', value: models });
  ctx.todo.push(`baseModel: the card names ${models.join(', ')}; record the one this version was derived from`);
  return undefined;
}

function mapDatasets(ctx: Ctx, value: unknown): CardTrainingData[] {
  return textList(ctx, value, ['datasets'])
    .filter((id) => id.trim() !== '')
    .map((id) => ({ id }));
}

// ---------------------------------------------------------------- model-index

function mapModelIndex(ctx: Ctx, value: unknown): CardEvalResult[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report(ctx, 'warn', 'hf.model-index-shape', 'model-index should be a list of models with results; it was not imported', ['model-index']);
    ctx.unplaced.push({ from: 'model-index', reason: 'not a list', value });
    return [];
  }
  if (value.length > 1) report(ctx, 'info', 'hf.several-model-index-entries', `model-index describes ${value.length} models; the results of all of them were imported into this one card`, ['model-index']);
  const results: CardEvalResult[] = [];
  value.forEach((entry, i) => {
    const path = ['model-index', i];
    if (!isRecord(entry) || !Array.isArray(entry.results)) {
      report(ctx, 'warn', 'hf.model-index-shape', `model-index[${i}] should be a mapping with a results list; it was not imported`, path);
      ctx.unplaced.push({ from: pathText(path), reason: 'no results list', value: entry });
      return;
    }
    entry.results.forEach((r, j) => {
      const result = mapResult(ctx, r, [...path, 'results', j]);
      if (result) results.push(result);
    });
  });
  return results;
}

function mapResult(ctx: Ctx, raw: unknown, path: PathSegment[]): CardEvalResult | undefined {
  const from = pathText(path);
  if (!isRecord(raw)) {
    report(ctx, 'warn', 'hf.result-shape', `${from} is not a mapping; it was not imported`, path);
    ctx.unplaced.push({ from, reason: 'not a mapping', value: raw });
    return undefined;
  }
  const missing: string[] = [];
  const task = mapTask(ctx, raw.task, [...path, 'task']);
  if (!task?.type) missing.push('task.type');
  if (raw.dataset === undefined || raw.dataset === null) {
    report(ctx, 'warn', 'hf.result-without-dataset', `${from} has no dataset, which the Hugging Face model-index spec and the card both require: its metrics are kept under extensions.imported.pendingResults until a person names the dataset`, path);
  }
  const dataset = mapDataset(ctx, raw.dataset, [...path, 'dataset']);
  if (!dataset?.name) missing.push('dataset.name');
  const where = dataset?.name ?? dataset?.type;
  const metrics = mapMetrics(ctx, raw.metrics, [...path, 'metrics'], where);
  const source = mapSource(ctx, raw.source, [...path, 'source']);

  if (missing.length === 0 && task?.type && dataset?.name) {
    return { task: { type: task.type, ...(task.name ? { name: task.name } : {}) }, dataset: dataset as CardDataset, metrics, ...(source ? { source } : {}) };
  }
  const datasetAbsent = raw.dataset === undefined || raw.dataset === null;
  if (missing.some((m) => !(m === 'dataset.name' && datasetAbsent))) {
    report(ctx, 'warn', 'hf.result-incomplete', `${from} lacks ${missing.join(' and ')}; kept under extensions.imported.pendingResults`, path);
  }
  ctx.pending.push({ from, missing, ...(task ? { task } : {}), ...(dataset ? { dataset } : {}), metrics, ...(source ? { source } : {}) });
  ctx.todo.push(`evaluation: ${from} (${metrics.length} metric${metrics.length === 1 ? '' : 's'}) lacks ${missing.join(' and ')}; complete it and move it from extensions.imported.pendingResults to evaluation.results`);
  return undefined;
}

function mapTask(ctx: Ctx, raw: unknown, path: PathSegment[]): { type?: string; name?: string } | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    const type = optionalText(ctx, raw, path);
    return type ? { type } : undefined;
  }
  const type = optionalText(ctx, raw.type, [...path, 'type']);
  const name = optionalText(ctx, raw.name, [...path, 'name']);
  return { ...(type ? { type } : {}), ...(name ? { name } : {}) };
}

function mapDataset(ctx: Ctx, raw: unknown, path: PathSegment[]): Partial<CardDataset> | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    report(ctx, 'warn', 'hf.result-shape', `${pathText(path)} should be a mapping with type and name`, path);
    ctx.unplaced.push({ from: pathText(path), reason: 'not a mapping', value: raw });
    return undefined;
  }
  const out: Partial<CardDataset> = {};
  for (const field of ['type', 'name', 'config', 'split', 'revision'] as const) {
    const v = optionalText(ctx, raw[field], [...path, field]);
    if (v !== undefined) out[field] = v;
  }
  if (raw.args !== undefined && raw.args !== null) out.args = raw.args;
  return out;
}

function mapSource(ctx: Ctx, raw: unknown, path: PathSegment[]): { name?: string; url?: string } | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isRecord(raw)) {
    ctx.unplaced.push({ from: pathText(path), reason: 'not a mapping', value: raw });
    return undefined;
  }
  const name = optionalText(ctx, raw.name, [...path, 'name']);
  const url = optionalText(ctx, raw.url, [...path, 'url']);
  return name || url ? { ...(name ? { name } : {}), ...(url ? { url } : {}) } : undefined;
}

function mapMetrics(ctx: Ctx, raw: unknown, path: PathSegment[], where: string | undefined): CardMetric[] {
  if (!Array.isArray(raw)) {
    report(ctx, 'warn', 'hf.result-shape', `${pathText(path)} should be a list of metrics`, path);
    if (raw !== undefined) ctx.unplaced.push({ from: pathText(path), reason: 'not a list', value: raw });
    return [];
  }
  return raw.flatMap((m, k) => {
    const metric = mapMetric(ctx, m, [...path, k], where);
    return metric ? [metric] : [];
  });
}

function mapMetric(ctx: Ctx, raw: unknown, path: PathSegment[], where: string | undefined): CardMetric | undefined {
  const from = pathText(path);
  if (!isRecord(raw)) {
    report(ctx, 'warn', 'hf.metric-incomplete', `${from} is not a mapping with type and value; kept under extensions.imported.unplaced`, path);
    ctx.unplaced.push({ from, reason: 'not a mapping', value: raw });
    return undefined;
  }
  const type = optionalText(ctx, raw.type, [...path, 'type']);
  const rawValue = raw.value;
  if (!type || (typeof rawValue !== 'number' && typeof rawValue !== 'string')) {
    const lacks = !type ? 'a type' : rawValue === undefined || rawValue === null ? 'a value' : `a number (value is ${Array.isArray(rawValue) ? 'a list' : typeof rawValue})`;
    report(ctx, 'warn', 'hf.metric-incomplete', `${from} lacks ${lacks}; kept under extensions.imported.unplaced`, path);
    ctx.unplaced.push({ from, reason: `metric without ${lacks}`, value: raw });
    return undefined;
  }
  const metric: CardMetric = { type, value: 0 };
  const name = optionalText(ctx, raw.name, [...path, 'name']);
  if (name) metric.name = name;
  const label = metricLabel(metric, where);
  const valuePath = [...path, 'value'];
  const valueAt = ctx.fm.locate(valuePath);
  // `61.0` read as 61 is the same measurement; the parser's "quote it" advice is for versions and ids.
  ctx.consumed.add(key(valueAt, 'yaml.number-changed'));
  const conversion = convertMetricValue(rawValue);
  if (conversion.kind === 'number') {
    metric.value = conversion.value;
    ctx.numericValues.push({ value: conversion.value, label, ...valueAt });
  } else if (conversion.kind === 'converted') {
    metric.value = conversion.value;
    if (conversion.scale) metric.scale = conversion.scale;
    else ctx.numericValues.push({ value: conversion.value, label, ...valueAt });
    report(ctx, 'info', 'hf.metric-value-converted', `metric ${label}: the text "${conversion.from}" was converted to the number ${conversion.value}${conversion.scale ? ' (scale: percent, divided by 100)' : ''}`, valuePath);
  } else {
    metric.value = conversion.value;
    report(ctx, 'warn', 'hf.metric-value-not-numeric', `metric ${label}: value "${conversion.value}" is not a number modelgate can convert; kept as text, which the default policy refuses — replace it with the measured number`, valuePath);
  }
  const config = optionalText(ctx, raw.config, [...path, 'config']);
  if (config) metric.config = config;
  if (raw.args !== undefined && raw.args !== null) metric.args = raw.args;
  mapVerified(ctx, raw, metric, path, label);
  return metric;
}

/**
 * Only Hugging Face's evaluation service can mark a result verified, and it proves so with a signed
 * verifyToken. A bare `verified: true` is the author's own claim, so it does not enter the card.
 */
function mapVerified(ctx: Ctx, raw: Record<string, unknown>, metric: CardMetric, path: PathSegment[], label: string): void {
  const token = optionalText(ctx, raw.verifyToken, [...path, 'verifyToken']);
  if (raw.verified === true && !token) {
    report(ctx, 'warn', 'hf.verified-without-token', `metric ${label} claims verified: true without a verifyToken: only Hugging Face's evaluation service verifies results, and it signs a verifyToken; this is the author's own claim, so verified was left out of the card`, [...path, 'verified']);
    return;
  }
  if (typeof raw.verified === 'boolean') metric.verified = raw.verified;
  else if (raw.verified !== undefined && raw.verified !== null) {
    report(ctx, 'info', 'hf.coerced-to-text', `verified should be true or false; '${String(raw.verified)}' was left out`, [...path, 'verified']);
  }
  if (token) metric.verifyToken = token;
}
