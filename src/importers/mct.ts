/**
 * Google Model Card Toolkit JSON (schema v0.0.1 and v0.0.2) → modelgate card skeleton.
 *
 * The two versions differ in shape (v0.0.1: `license`, `citation` and `references` as strings, `data`
 * as `{train, eval}`, considerations as strings; v0.0.2: `licenses`, `citations`, `references` as
 * objects, `data` as a list, considerations as `{description}`), and real cards mix them, so each field
 * is read tolerantly and the detected version only decides what is reported.
 *
 * Performance metrics: MCT names neither the task nor the evaluation dataset, both of which a card's
 * `evaluation.results` entry requires, so metrics are never placed there by guesswork. They go to
 * `extensions.imported.pendingResults` (overall metrics, and slices that name no attribute such as
 * `cat`), except slices written `feature:value` (the form TFMA's slice keys take), which become
 * `fairness.results` entries with that attribute and group. Whether such a feature is a *protected*
 * attribute is left for a person to say.
 */
import { convertMetricValue, governanceTodo, licenceFinding, metricLabel, normalizeDate, orderCard, scaleOutliers, todayUtc, type LocatedValue } from './common.js';
import { isRecord } from './frontmatter.js';
import type { CardAuthor, CardFairnessResult, CardMetric, CardTrainingData, CardV1, ImportFinding, ImportOptions, ImportResult, PendingResult, UnplacedValue } from './types.js';

export type MctVersion = '0.0.1' | '0.0.2';

const SECTIONS = ['schema_version', 'model_details', 'model_parameters', 'quantitative_analysis', 'considerations'];
const OVERALL_SLICE = /^(?:overall|all|)$/i;
const ATTRIBUTE_SLICE = /^([^:]+):(.+)$/;
// Letters around the word are excluded rather than \b, so `eval_split` and `test-set` match too.
const EVALUATION_NAME = /(?:^|[^a-z])(?:eval|evaluation|valid|validation|test|testing|holdout|dev)(?:[^a-z]|$)/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Ctx {
  findings: ImportFinding[];
  todo: string[];
  pending: PendingResult[];
  unplaced: UnplacedValue[];
  /** Source facts with no card field, kept under extensions.imported. */
  extra: Record<string, unknown>;
  numericValues: LocatedValue[];
  graphics: { count: number; bytes: number; names: string[] };
}

export function importModelCardToolkit(jsonText: string, options: ImportOptions): ImportResult {
  const parsed = parseJson(jsonText);
  if (!parsed.ok) return { card: undefined, todo: [], findings: [parsed.finding] };
  const doc = parsed.value;
  if (!isRecord(doc)) {
    return { card: undefined, todo: [], findings: [deny('mct.not-an-object', `the file holds ${Array.isArray(doc) ? 'a JSON array' : `a JSON ${doc === null ? 'null' : typeof doc}`}, not a Model Card Toolkit model card (a JSON object with model_details)`)] };
  }
  if (!SECTIONS.some((s) => s in doc)) {
    return { card: undefined, todo: [], findings: [deny('mct.not-a-model-card', `the JSON object has none of the Model Card Toolkit sections (${SECTIONS.join(', ')}): it is not a model card`)] };
  }

  const ctx: Ctx = { findings: [], todo: [], pending: [], unplaced: [], extra: {}, numericValues: [], graphics: { count: 0, bytes: 0, names: [] } };
  const detected = detectVersion(doc);
  ctx.findings.push(detected.finding);
  dropGraphics(doc, ctx);

  const card: CardV1 = { schemaVersion: 1, model: options.model, version: options.version };
  const details = section(ctx, doc, 'model_details');
  const params = section(ctx, doc, 'model_parameters');
  const analysis = section(ctx, doc, 'quantitative_analysis');
  const considerations = section(ctx, doc, 'considerations');

  mapDetails(ctx, details, card, options);
  if (card.created === undefined && !ctx.todo.some((t) => t.startsWith('created'))) card.created = options.today ?? todayUtc();
  mapConsiderations(ctx, considerations, card);
  const trainingData = mapData(ctx, params);
  if (trainingData.length > 0) card.trainingData = trainingData;
  mapParameters(ctx, params);
  const fairness = mapMetrics(ctx, analysis, params);
  if (fairness.length > 0) card.fairness = { results: fairness };
  ctx.findings.push(...scaleOutliers(ctx.numericValues, 'mct'));

  if (ctx.graphics.count > 0) {
    const names = ctx.graphics.names.length > 0 ? `: ${ctx.graphics.names.join(', ')}` : '';
    ctx.findings.push({
      severity: 'info',
      code: 'mct.graphics-dropped',
      message: `dropped ${ctx.graphics.count} embedded base64 graphic${ctx.graphics.count === 1 ? '' : 's'} (${ctx.graphics.bytes < 1024 ? `${ctx.graphics.bytes} bytes` : `${Math.round(ctx.graphics.bytes / 1024)} KiB`} of base64)${names}; a card records facts, not images: keep plots with the evaluation report`,
    });
  }
  const ignored = Object.keys(doc).filter((k) => !SECTIONS.includes(k));
  if (ignored.length > 0) ctx.findings.push({ severity: 'info', code: 'mct.not-imported', message: `top-level keys that are not part of the Model Card Toolkit schema were not imported: ${ignored.join(', ')}` });

  const imported: Record<string, unknown> = { source: 'model-card-toolkit', schemaVersion: detected.version, ...ctx.extra };
  if (ctx.pending.length > 0) imported.pendingResults = ctx.pending;
  if (ctx.unplaced.length > 0) imported.unplaced = ctx.unplaced;
  card.extensions = { imported };
  return { card: orderCard(card), todo: [...ctx.todo, ...governanceTodo(card)], findings: ctx.findings };
}

// ---------------------------------------------------------------- parsing and detection

function deny(code: string, message: string, line?: number, column?: number): ImportFinding {
  return { severity: 'deny', code, message, ...(line !== undefined ? { line, column } : {}) };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; finding: ImportFinding } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (err) {
    const message = (err as Error).message;
    const at = jsonErrorPosition(body, message);
    return { ok: false, finding: deny('mct.invalid-json', `the file is not valid JSON: ${message}`, at?.line, at?.column) };
  }
}

/** Node 20 reports "at position N", newer versions "(line L column C)". */
function jsonErrorPosition(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const p = /position (\d+)/.exec(message);
  const offset = p ? Number(p[1]) : /end of JSON input/i.test(message) ? text.length : undefined;
  if (offset === undefined) return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}

/** Signs of each version's shape, counted so a card that declares one and looks like the other is reported. */
function shapeScores(doc: Record<string, unknown>): Record<MctVersion, number> {
  const details = isRecord(doc.model_details) ? doc.model_details : {};
  const params = isRecord(doc.model_parameters) ? doc.model_parameters : {};
  const cons = isRecord(doc.considerations) ? doc.considerations : {};
  const consItems = Object.values(cons).flatMap((v) => (Array.isArray(v) ? v : []));
  const refs = Array.isArray(details.references) ? details.references : [];
  const v1 = [typeof details.license === 'string', typeof details.citation === 'string', refs.some((r) => typeof r === 'string'), isRecord(params.data), consItems.some((c) => typeof c === 'string')];
  const v2 = [Array.isArray(details.licenses), Array.isArray(details.citations), refs.some(isRecord), Array.isArray(params.data), consItems.some((c) => isRecord(c) && 'description' in c)];
  return { '0.0.1': v1.filter(Boolean).length, '0.0.2': v2.filter(Boolean).length };
}

export function detectVersion(doc: Record<string, unknown>): { version: MctVersion; finding: ImportFinding } {
  const scores = shapeScores(doc);
  const byShape: MctVersion = scores['0.0.1'] > scores['0.0.2'] ? '0.0.1' : '0.0.2';
  const declared = doc.schema_version;
  if (declared === '0.0.1' || declared === '0.0.2') {
    const other: MctVersion = declared === '0.0.1' ? '0.0.2' : '0.0.1';
    if (scores[other] > 0 && scores[declared] === 0) {
      return { version: declared, finding: { severity: 'warn', code: 'mct.version-shape-mismatch', message: `schema_version is ${declared}, but the card is shaped like v${other}; it was read field by field in either shape` } };
    }
    return { version: declared, finding: { severity: 'info', code: 'mct.schema-version', message: `Model Card Toolkit schema v${declared} (from schema_version)` } };
  }
  if (declared !== undefined) {
    return { version: byShape, finding: { severity: 'warn', code: 'mct.unknown-schema-version', message: `schema_version ${JSON.stringify(declared)} is not one modelgate knows (0.0.1, 0.0.2); read as v${byShape}, which its shape matches best` } };
  }
  return { version: byShape, finding: { severity: 'info', code: 'mct.schema-version', message: `no schema_version: read as Model Card Toolkit schema v${byShape} from its shape` } };
}

function section(ctx: Ctx, doc: Record<string, unknown>, name: string): Record<string, unknown> {
  const value = doc[name];
  if (value === undefined || value === null) return {};
  if (isRecord(value)) return value;
  ctx.findings.push({ severity: 'warn', code: 'mct.unexpected-shape', message: `${name} should be an object; it was not imported` });
  ctx.unplaced.push({ from: name, reason: 'not an object', value });
  return {};
}

/** Removes every `graphics` object in place, counting what was dropped: base64 plots do not belong in YAML. */
function dropGraphics(node: unknown, ctx: Ctx): void {
  if (Array.isArray(node)) {
    for (const item of node) dropGraphics(item, ctx);
    return;
  }
  if (!isRecord(node)) return;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'graphics' && isRecord(v)) {
      const collection = Array.isArray(v.collection) ? v.collection : [];
      for (const g of collection) {
        if (!isRecord(g)) continue;
        ctx.graphics.count++;
        if (typeof g.image === 'string') ctx.graphics.bytes += g.image.length;
        if (typeof g.name === 'string') ctx.graphics.names.push(g.name);
      }
      delete node[k];
    } else {
      dropGraphics(v, ctx);
    }
  }
}

// ---------------------------------------------------------------- readers

function text(ctx: Ctx, value: unknown, from: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  ctx.unplaced.push({ from, reason: 'expected text', value });
  ctx.findings.push({ severity: 'warn', code: 'mct.unexpected-shape', message: `${from} should be text; kept under extensions.imported.unplaced` });
  return undefined;
}

/** A list whose items are strings (v0.0.1) or objects holding the text under `field` (v0.0.2). */
function texts(ctx: Ctx, value: unknown, from: string, field: string): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.flatMap((item, i) => {
    const t = isRecord(item) ? text(ctx, item[field], `${from}[${i}].${field}`) : text(ctx, item, `${from}[${i}]`);
    return t === undefined ? [] : [t];
  });
}

// ---------------------------------------------------------------- model_details

function mapDetails(ctx: Ctx, details: Record<string, unknown>, card: CardV1, options: ImportOptions): void {
  const name = text(ctx, details.name, 'model_details.name');
  if (name) ctx.extra.name = name;
  const overview = text(ctx, details.overview, 'model_details.overview');
  if (overview) card.description = overview;
  const documentation = text(ctx, details.documentation, 'model_details.documentation');
  if (documentation) ctx.extra.documentation = documentation;
  const authors = mapOwners(ctx, details.owners);
  if (authors.length > 0) card.authors = authors;
  mapVersion(ctx, details.version, card, options);
  Object.assign(card, mapLicences(ctx, details));
  const references = texts(ctx, details.references, 'model_details.references', 'reference');
  if (references.length > 0) ctx.extra.references = references;
  const citations = [...texts(ctx, details.citations, 'model_details.citations', 'citation'), ...texts(ctx, details.citation, 'model_details.citation', 'citation')];
  if (citations.length > 0) ctx.extra.citations = citations;
  const path = text(ctx, details.path, 'model_details.path');
  if (path) ctx.extra.path = path;
}

/** MCT owners become card authors; a contact that is not an e-mail address has no author field and is kept aside. */
function mapOwners(ctx: Ctx, value: unknown): CardAuthor[] {
  if (!Array.isArray(value)) return [];
  const authors: CardAuthor[] = [];
  value.forEach((owner, i) => {
    if (!isRecord(owner)) return;
    const name = text(ctx, owner.name, `model_details.owners[${i}].name`);
    const contact = text(ctx, owner.contact, `model_details.owners[${i}].contact`);
    if (!name) {
      if (contact) ctx.unplaced.push({ from: `model_details.owners[${i}]`, reason: 'owner without a name', value: owner });
      return;
    }
    const author: CardAuthor = { name };
    if (contact && EMAIL.test(contact)) author.email = contact;
    else if (contact) ctx.unplaced.push({ from: `model_details.owners[${i}].contact`, reason: 'not an e-mail address', value: contact });
    authors.push(author);
  });
  if (authors.length > 0) {
    ctx.todo.push(`owner: the MCT card names the owners ${authors.map((a) => a.name).join(', ')} (imported as authors); the owning GitHub team goes in model.yaml owner.team`);
  }
  return authors;
}

function mapVersion(ctx: Ctx, value: unknown, card: CardV1, options: ImportOptions): void {
  if (!isRecord(value)) return;
  const name = text(ctx, value.name, 'model_details.version.name');
  if (name) {
    ctx.extra.sourceVersion = name;
    if (name.replace(/^v/i, '') !== options.version) {
      ctx.findings.push({ severity: 'info', code: 'mct.version-differs', message: `the MCT card calls this version '${name}'; it is registered as ${options.version} (--version)` });
    }
  }
  const diff = text(ctx, value.diff, 'model_details.version.diff');
  if (diff) ctx.extra.versionDiff = diff;
  const date = text(ctx, value.date, 'model_details.version.date');
  if (!date) return;
  const normalized = normalizeDate(date);
  if (normalized.ok) {
    card.created = normalized.date;
    if (normalized.changed) ctx.findings.push({ severity: 'info', code: 'mct.date-normalised', message: `model_details.version.date '${date}' was written as ${normalized.date} (created)` });
  } else {
    ctx.findings.push({ severity: 'warn', code: 'mct.date-unreadable', message: `model_details.version.date: ${normalized.reason}; created was left out` });
    ctx.todo.push(`created: the version date as YYYY-MM-DD (the MCT card says '${date}')`);
  }
}

function mapLicences(ctx: Ctx, details: Record<string, unknown>): Pick<CardV1, 'license' | 'licenseName'> {
  const found: { id?: string; custom?: string }[] = [];
  const v1 = text(ctx, details.license, 'model_details.license');
  if (v1) found.push({ id: v1 });
  if (Array.isArray(details.licenses)) {
    details.licenses.forEach((l, i) => {
      if (typeof l === 'string') found.push({ id: l });
      else if (isRecord(l)) {
        const id = text(ctx, l.identifier, `model_details.licenses[${i}].identifier`);
        const custom = text(ctx, l.custom_text, `model_details.licenses[${i}].custom_text`);
        if (id) found.push({ id });
        else if (custom) found.push({ custom });
      }
    });
  }
  if (found.length === 0) return {};
  if (found.length > 1) {
    ctx.findings.push({ severity: 'warn', code: 'mct.several-licences', message: `the card names ${found.length} licences; a card has one: license was left out` });
    ctx.unplaced.push({ from: 'model_details.licenses', reason: 'more than one licence', value: found });
    ctx.todo.push('license: the MCT card names several licences; decide which applies to the weights');
    return {};
  }
  const only = found[0] as { id?: string; custom?: string };
  const out = only.id !== undefined ? { license: only.id } : customLicence(ctx, only.custom as string);
  if (out.license) {
    const finding = licenceFinding(out.license, out.licenseName, undefined, 'mct');
    if (finding) ctx.findings.push(finding);
  }
  return out;
}

/**
 * `custom_text` is meant for licence text, but cards put identifiers there ("Apache-2.0"): a single
 * identifier-like token is taken as the licence id (reported); real text becomes `other` + licenseName.
 */
function customLicence(ctx: Ctx, custom: string): Pick<CardV1, 'license' | 'licenseName'> {
  const token = custom.trim();
  if (/^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/.test(token)) {
    ctx.findings.push({ severity: 'info', code: 'mct.licence-from-custom-text', message: `the licence is given as custom_text '${token}', which reads as a licence id: imported as license ${token}; check it` });
    return { license: token };
  }
  const firstLine = token.split('\n')[0]?.trim() ?? token;
  ctx.extra.licenseText = custom;
  ctx.todo.push('licenseLink: where the custom licence text (kept under extensions.imported.licenseText) is published');
  return { license: 'other', licenseName: firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine };
}

// ---------------------------------------------------------------- considerations

function mapConsiderations(ctx: Ctx, cons: Record<string, unknown>, card: CardV1): void {
  const users = texts(ctx, cons.users, 'considerations.users', 'description');
  const uses = texts(ctx, cons.use_cases, 'considerations.use_cases', 'description');
  if (users.length > 0 || uses.length > 0) {
    card.intendedUse = { ...(uses.length > 0 ? { primaryUses: uses } : {}), ...(users.length > 0 ? { primaryUsers: users } : {}) };
  }
  // A trade-off is a limitation the authors accepted; the prefix keeps its origin visible.
  const limitations = [...texts(ctx, cons.limitations, 'considerations.limitations', 'description'), ...texts(ctx, cons.tradeoffs, 'considerations.tradeoffs', 'description').map((t) => `Trade-off: ${t}`)];
  if (limitations.length > 0) card.limitations = limitations;
  const risks = mapRisks(ctx, cons.ethical_considerations);
  if (risks.length > 0) card.risks = risks;
}

function mapRisks(ctx: Ctx, value: unknown): NonNullable<CardV1['risks']> {
  if (!Array.isArray(value)) return [];
  return value.flatMap((r, i) => {
    const from = `considerations.ethical_considerations[${i}]`;
    if (typeof r === 'string') return [{ risk: r }];
    if (!isRecord(r)) return [];
    const risk = text(ctx, r.name, `${from}.name`) ?? text(ctx, r.description, `${from}.description`);
    const mitigation = text(ctx, r.mitigation_strategy, `${from}.mitigation_strategy`);
    if (!risk) {
      if (mitigation) ctx.unplaced.push({ from, reason: 'mitigation without a named risk', value: r });
      return [];
    }
    return [{ risk, ...(mitigation ? { mitigation } : {}) }];
  });
}

// ---------------------------------------------------------------- model_parameters

interface MctDataset {
  role?: 'train' | 'eval';
  value: Record<string, unknown>;
  from: string;
}

function datasets(params: Record<string, unknown>): MctDataset[] {
  const data = params.data;
  if (Array.isArray(data)) return data.flatMap((d, i) => (isRecord(d) ? [{ value: d, from: `model_parameters.data[${i}]` }] : []));
  if (isRecord(data)) {
    const out: MctDataset[] = [];
    if (isRecord(data.train)) out.push({ role: 'train', value: data.train, from: 'model_parameters.data.train' });
    if (isRecord(data.eval)) out.push({ role: 'eval', value: data.eval, from: 'model_parameters.data.eval' });
    return out;
  }
  return [];
}

/** v0.0.1 says which dataset trained the model; v0.0.2 lists all datasets together, so each is imported and evaluation-looking names are flagged. */
function mapData(ctx: Ctx, params: Record<string, unknown>): CardTrainingData[] {
  const out: CardTrainingData[] = [];
  for (const d of datasets(params)) {
    const name = text(ctx, d.value.name, `${d.from}.name`);
    const link = text(ctx, d.value.link, `${d.from}.link`);
    const description = text(ctx, d.value.description, `${d.from}.description`);
    if (d.role === 'eval') {
      if (name || link) ctx.extra.evaluationData = { ...(name ? { name } : {}), ...(link ? { link } : {}) };
      continue;
    }
    if (!name) {
      ctx.findings.push({ severity: 'warn', code: 'mct.dataset-without-name', message: `${d.from} describes a dataset without a name; it was not imported as training data` });
      if (link || description) ctx.unplaced.push({ from: d.from, reason: 'dataset without a name', value: d.value });
      continue;
    }
    const entry: CardTrainingData = { id: name, ...(link ? { uri: link } : {}), ...(description ? { description } : {}) };
    out.push(entry);
    if (d.role === undefined && EVALUATION_NAME.test(name)) {
      ctx.findings.push({
        severity: 'warn',
        code: 'mct.dataset-role-unknown',
        message: `dataset '${name}' looks like evaluation data, but MCT v0.0.2 does not say which datasets trained the model: it was imported into trainingData; remove it if it was not used for training`,
      });
      ctx.todo.push(`trainingData: confirm that '${name}' was used for training, or remove it`);
    }
    const sensitive = d.value.sensitive;
    const fields = isRecord(sensitive) && Array.isArray(sensitive.sensitive_data) ? sensitive.sensitive_data.filter((s): s is string => typeof s === 'string') : [];
    if (sensitive === true || fields.length > 0) {
      ctx.todo.push(`trainingData ${name}: the MCT card marks it as holding sensitive data${fields.length > 0 ? ` (${fields.join(', ')})` : ''}: set containsPersonalData and consider these attributes for fairness`);
    }
  }
  return out;
}

function mapParameters(ctx: Ctx, params: Record<string, unknown>): void {
  const fields: [string, string][] = [
    ['model_architecture', 'modelArchitecture'],
    ['input_format', 'inputFormat'],
    ['output_format', 'outputFormat'],
  ];
  for (const [from, to] of fields) {
    const v = text(ctx, params[from], `model_parameters.${from}`);
    if (v) ctx.extra[to] = v;
  }
  for (const [from, to] of [['input_format_map', 'inputFormatMap'], ['output_format_map', 'outputFormatMap']] as const) {
    if (Array.isArray(params[from])) ctx.extra[to] = params[from];
  }
}

// ---------------------------------------------------------------- quantitative_analysis

function mapMetrics(ctx: Ctx, analysis: Record<string, unknown>, params: Record<string, unknown>): CardFairnessResult[] {
  const raw = analysis.performance_metrics;
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    ctx.findings.push({ severity: 'warn', code: 'mct.unexpected-shape', message: 'quantitative_analysis.performance_metrics should be a list; it was not imported' });
    ctx.unplaced.push({ from: 'quantitative_analysis.performance_metrics', reason: 'not a list', value: raw });
    return [];
  }
  const evalName = datasets(params).find((d) => d.role === 'eval')?.value.name;
  const bySlice = new Map<string, CardMetric[]>();
  const fairness = new Map<string, CardFairnessResult>();
  raw.forEach((m, i) => {
    const from = `quantitative_analysis.performance_metrics[${i}]`;
    const slice = isRecord(m) && typeof m.slice === 'string' ? m.slice.trim() : '';
    const metric = mapMetric(ctx, m, from, slice);
    if (!metric) return;
    const attribute = ATTRIBUTE_SLICE.exec(slice);
    if (attribute) {
      const [attr, group] = [(attribute[1] as string).trim(), (attribute[2] as string).trim()];
      const k = `${attr}\u0000${group}`;
      const result = fairness.get(k) ?? { attribute: attr, groups: [group], metrics: [] };
      result.metrics.push(metric);
      fairness.set(k, result);
      return;
    }
    const sliceKey = OVERALL_SLICE.test(slice) ? '' : slice;
    bySlice.set(sliceKey, [...(bySlice.get(sliceKey) ?? []), metric]);
  });
  for (const [slice, metrics] of bySlice) {
    const dataset = typeof evalName === 'string' && evalName.trim() !== '' ? { name: evalName } : undefined;
    const missing = ['task.type', ...(dataset ? [] : ['dataset.name'])];
    ctx.pending.push({ from: 'quantitative_analysis.performance_metrics', missing, ...(slice ? { slice } : {}), ...(dataset ? { dataset } : {}), metrics });
  }
  if (bySlice.size > 0) {
    const count = [...bySlice.values()].reduce((n, ms) => n + ms.length, 0);
    const slices = [...bySlice.keys()].filter((s) => s !== '');
    ctx.findings.push({
      severity: 'info',
      code: 'mct.metrics-pending',
      message: `${count} performance metric${count === 1 ? '' : 's'} ${count === 1 ? 'is' : 'are'} kept under extensions.imported.pendingResults: MCT names no task${ctx.pending.some((p) => p.missing.includes('dataset.name')) ? ' and no evaluation dataset' : ''}, which evaluation.results requires${slices.length > 0 ? `; ${slices.length === 1 ? 'slice' : 'slices'} ${slices.map((s) => `'${s}'`).join(', ')} ${slices.length === 1 ? 'names' : 'name'} no attribute (feature:value)` : ''}`,
    });
    ctx.todo.push(`evaluation.results: give the task.type${ctx.pending.some((p) => p.missing.includes('dataset.name')) ? ' and dataset (name, split, revision)' : ''} of the ${count} MCT metric${count === 1 ? '' : 's'} in extensions.imported.pendingResults and move them to evaluation.results`);
  }
  const results = [...fairness.values()];
  if (results.length > 0) {
    const attributes = [...new Set(results.map((r) => r.attribute))];
    ctx.todo.push(`fairness.protectedAttributes: the MCT slices give results per ${attributes.join(', ')}; list those that are protected attributes`);
  }
  return results;
}

function mapMetric(ctx: Ctx, raw: unknown, from: string, slice: string): CardMetric | undefined {
  if (!isRecord(raw)) {
    ctx.unplaced.push({ from, reason: 'not an object', value: raw });
    return undefined;
  }
  const type = text(ctx, raw.type, `${from}.type`);
  const value = raw.value;
  if (!type || (typeof value !== 'number' && typeof value !== 'string')) {
    const lacks = !type ? 'a type' : 'a value';
    ctx.findings.push({ severity: 'warn', code: 'mct.metric-incomplete', message: `${from} lacks ${lacks}; kept under extensions.imported.unplaced` });
    ctx.unplaced.push({ from, reason: `metric without ${lacks}`, value: raw });
    return undefined;
  }
  const metric: CardMetric = { type, value: 0 };
  const label = metricLabel(metric, slice ? `slice '${slice}'` : undefined);
  const conversion = convertMetricValue(value);
  metric.value = conversion.value;
  if (conversion.kind === 'converted') {
    if (conversion.scale) metric.scale = conversion.scale;
    ctx.findings.push({ severity: 'info', code: 'mct.metric-value-converted', message: `metric ${label}: the text "${conversion.from}" was converted to the number ${conversion.value}${conversion.scale ? ' (scale: percent, divided by 100)' : ''}` });
  } else if (conversion.kind === 'unconvertible') {
    ctx.findings.push({ severity: 'warn', code: 'mct.metric-value-not-numeric', message: `metric ${label}: value "${conversion.value}" is not a number modelgate can convert; kept as text, which the default policy refuses — replace it with the measured number` });
  }
  if (conversion.kind !== 'unconvertible' && !metric.scale) ctx.numericValues.push({ value: conversion.value, label });
  const args = metricArgs(raw);
  if (args) metric.args = args;
  return metric;
}

/** Threshold and confidence interval have no metric field of their own; `args` holds them, as numbers when they are. */
function metricArgs(raw: Record<string, unknown>): Record<string, unknown> | undefined {
  const args: Record<string, unknown> = {};
  const num = (v: unknown): unknown => {
    if (typeof v !== 'number' && typeof v !== 'string') return v;
    const c = convertMetricValue(v);
    return c.kind === 'unconvertible' ? v : c.value;
  };
  if (raw.threshold !== undefined && raw.threshold !== null) args.threshold = num(raw.threshold);
  const ci = raw.confidence_interval;
  if (isRecord(ci)) args.confidenceInterval = { lowerBound: num(ci.lower_bound), upperBound: num(ci.upper_bound) };
  return Object.keys(args).length > 0 ? args : undefined;
}
