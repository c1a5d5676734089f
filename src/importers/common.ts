/**
 * Rules both importers apply: metric values, dates, licences, scale outliers, and the list of what a
 * person must still fill in. Pure functions; the importers attach positions to what they return.
 */
import type { CardMetric, CardV1, ImportFinding } from './types.js';

// ---------------------------------------------------------------- metric values

export type ValueConversion =
  | { kind: 'number'; value: number }
  | { kind: 'converted'; value: number; scale?: 'percent'; from: string }
  | { kind: 'unconvertible'; value: string };

const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * A metric value as the card wants it: a number. "0.9" becomes 0.9 and "77.37%" becomes 0.7737 with
 * scale percent; anything else ("N/A", "12 ms", "1,217") stays text so a person sees it, because
 * guessing a unit or a locale would put a number in the card that nobody measured.
 */
export function convertMetricValue(raw: number | string): ValueConversion {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'unconvertible', value: String(raw) };
  const text = raw.trim();
  const percent = /^(.*?)\s*%$/.exec(text);
  if (percent && DECIMAL.test(percent[1] as string)) {
    return { kind: 'converted', value: divideBy100(percent[1] as string), scale: 'percent', from: raw };
  }
  if (DECIMAL.test(text)) {
    const value = Number(text);
    if (Number.isFinite(value)) return { kind: 'converted', value, from: raw };
  }
  return { kind: 'unconvertible', value: raw };
}

/** Shifts the decimal exponent instead of dividing, so "77.37" gives exactly 0.7737, not 0.7737000000000001. */
function divideBy100(decimal: string): number {
  const m = /^(.*?)(?:[eE]([-+]?\d+))?$/.exec(decimal) as RegExpExecArray;
  const exponent = Number(m[2] ?? '0') - 2;
  return Number(`${m[1]}e${exponent}`);
}

// ---------------------------------------------------------------- dates

export type DateResult = { ok: true; date: string; changed: boolean } | { ok: false; reason: string };

/**
 * Normalises the date spellings found in model cards to YYYY-MM-DD. Day-month order is only decided
 * when the numbers decide it (08/28/2020 can only be August 28); 02/03/2020 is refused, not guessed.
 */
export function normalizeDate(raw: string): DateResult {
  const text = raw.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][0-9:.]+(?:Z|[-+]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), raw);
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = Number(m[3]);
    if (a === b || (a <= 12 && b > 12)) return calendarDate(year, a, b, raw);
    if (a > 12 && b <= 12) return calendarDate(year, b, a, raw);
    return { ok: false, reason: `'${raw}' could be month/day or day/month` };
  }
  return { ok: false, reason: `'${raw}' is not a date format modelgate recognises (expected YYYY-MM-DD)` };
}

function calendarDate(year: number, month: number, day: number, raw: string): DateResult {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return { ok: false, reason: `'${raw}' is not a calendar date` };
  }
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { ok: true, date, changed: date !== raw };
}

export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

// ---------------------------------------------------------------- licences

export type LicenceKind = 'non-commercial' | 'restricted-use' | 'custom' | 'unremarkable';

const NON_COMMERCIAL = [/(?:^|[-_ .])nc(?:[-_ .]|$)/i, /non[-_ ]?commercial/i, /research[-_ ]?(?:only|use)/i, /\bnoncommercial\b/i];
const RESTRICTED_USE = [/(?:^|[-_ ])(?:open)?rail(?:[-_ ]|$)/i, /openrail/i];

/** Classifies a licence id or name by what it means for a commercial model; `other` needs a person. */
export function classifyLicence(id: string, name?: string): LicenceKind {
  const texts = [id, name ?? ''];
  if (texts.some((t) => NON_COMMERCIAL.some((re) => re.test(t)))) return 'non-commercial';
  if (texts.some((t) => RESTRICTED_USE.some((re) => re.test(t)))) return 'restricted-use';
  if (id.toLowerCase() === 'other' || id.toLowerCase() === 'unknown') return 'custom';
  return 'unremarkable';
}

/** The finding for a licence that matters to governance, or none. */
export function licenceFinding(id: string, name: string | undefined, link: string | undefined, codePrefix: string): Omit<ImportFinding, 'line' | 'column'> | undefined {
  const shown = name && name !== id ? `${id} (${name})` : id;
  switch (classifyLicence(id, name)) {
    case 'non-commercial':
      return {
        severity: 'warn',
        code: `${codePrefix}.non-commercial-licence`,
        message: `licence ${shown} does not allow commercial use: a commercial model must not be built on, fine-tuned from or trained with it; set commercialUse in model.yaml and have the licence reviewed`,
      };
    case 'restricted-use':
      return { severity: 'info', code: `${codePrefix}.restricted-use-licence`, message: `licence ${shown} carries use-based restrictions (RAIL): check that the intended use is allowed` };
    case 'custom':
      return {
        severity: 'info',
        code: `${codePrefix}.custom-licence`,
        message: `licence '${id}'${name ? ` (${name})` : ''} is not a standard licence${link ? `: review its terms at ${link}` : ' and names no licence text: find and review its terms'}`,
      };
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------- scales

export interface LocatedValue {
  value: number;
  label: string;
  line?: number;
  column?: number;
}

type ScaleClass = 'fraction' | 'percent' | 'large';

function scaleClass(v: number): ScaleClass {
  if (v >= 0 && v <= 1) return 'fraction';
  if (v > 1 && v <= 100) return 'percent';
  return 'large';
}

/**
 * Notes values whose magnitude does not fit the card's usual scale (an MME score of 1217 among
 * percentages): a threshold or regression rule written for one scale would misread them. Small values
 * among percentages are not flagged, since 0.5% is a real score.
 */
export function scaleOutliers(values: readonly LocatedValue[], codePrefix: string): ImportFinding[] {
  const counts: Record<ScaleClass, number> = { fraction: 0, percent: 0, large: 0 };
  for (const v of values) counts[scaleClass(v.value)]++;
  const majority: ScaleClass = counts.percent >= counts.fraction ? 'percent' : 'fraction';
  if (counts[majority] < 2) return [];
  const limit = majority === 'percent' ? 100 : 1;
  const range = majority === 'percent' ? 'between 0 and 100 (percentages)' : 'between 0 and 1 (fractions)';
  return values
    .filter((v) => v.value > limit || v.value < 0)
    .map((v) => ({
      severity: 'info' as const,
      code: `${codePrefix}.different-scale`,
      message: `metric ${v.label} = ${v.value} is on a different scale from the ${counts[majority]} values ${range} in this card: thresholds and regression tolerances must treat it separately`,
      ...(v.line !== undefined ? { line: v.line, column: v.column } : {}),
    }));
}

// ---------------------------------------------------------------- what a person must fill in

/** What a governed card needs that the imported card does not have, derived from the card itself. */
export function governanceTodo(card: CardV1): string[] {
  const todo: string[] = [];
  if (!card.description) todo.push('description: what the model does, in a sentence or two');
  if (!card.authors?.length) todo.push('authors: who built this version (name, github, email)');
  if (!card.license) todo.push('license: the licence of the model weights (SPDX id, or other with licenseName and licenseLink)');
  if (!card.intendedUse?.primaryUses?.length) todo.push('intendedUse.primaryUses: what the model is for');
  if (!card.intendedUse?.primaryUsers?.length) todo.push('intendedUse.primaryUsers: who is meant to use it');
  if (!card.intendedUse?.outOfScope?.length) todo.push('intendedUse.outOfScope: uses the model must not be put to');
  if (!card.trainingData?.length) {
    todo.push('trainingData: every dataset the model was trained on, each with id, an immutable revision and its licence');
  } else {
    card.trainingData.forEach((d, i) => {
      const missing = [d.revision ? undefined : 'revision (an immutable commit, digest or snapshot id, not a branch)', d.license ? undefined : 'license'].filter((x): x is string => x !== undefined);
      if (missing.length > 0) todo.push(`trainingData[${i}] ${d.id}: ${missing.join(' and ')}`);
    });
  }
  const imported = card.extensions?.imported as { pendingResults?: unknown[] } | undefined;
  // Pending results already carry their own TODO; a second, generic one would only repeat it.
  if (!card.evaluation?.results?.length && !imported?.pendingResults?.length) {
    todo.push('evaluation.results: the evaluation that justifies this version (task, dataset with split and revision, metrics)');
  }
  if (!card.fairness?.results?.length) todo.push('fairness: the protected attributes and per-group results (or a reasoned statement why they do not apply)');
  if (!card.limitations?.length) todo.push('limitations: known limitations of the model');
  if (!card.risks?.length) todo.push('risks: foreseeable risks and their mitigations');
  todo.push('artifact.uri and artifact.sha256: where the model weights are stored and their SHA-256 digest (quoted)');
  todo.push('lineage.gitCommit and lineage.trainingRun: the code commit and the training run that produced the weights');
  todo.push('validation: the independent validation report (report, date, validator, conclusion)');
  todo.push(`models/${card.model}/model.yaml: owner.team (a GitHub team, @org/team), riskTier (low, medium or high) and inventoryId, unless already set`);
  return todo;
}

const CARD_KEY_ORDER: readonly (keyof CardV1)[] = [
  'schemaVersion', 'model', 'version', 'created', 'description', 'authors', 'license', 'licenseName', 'licenseLink', 'task', 'language', 'tags', 'baseModel',
  'intendedUse', 'trainingData', 'evaluation', 'fairness', 'limitations', 'risks', 'extensions',
];

/** The card with its keys in the schema's order, so every imported card.yaml reads the same way. */
export function orderCard(card: CardV1): CardV1 {
  const out: Record<string, unknown> = {};
  for (const k of CARD_KEY_ORDER) if (card[k] !== undefined) out[k] = card[k];
  return out as unknown as CardV1;
}

export function metricLabel(m: Pick<CardMetric, 'type' | 'name'>, where?: string): string {
  return `${m.name && m.name !== m.type ? `${m.type} (${m.name})` : m.type}${where ? ` on ${where}` : ''}`;
}
