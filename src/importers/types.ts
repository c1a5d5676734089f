/**
 * Shapes shared by the importers. `CardV1` mirrors schemas/card-v1.schema.json for the parts an
 * importer can fill; the schema stays the authority (tests validate every imported card against it).
 */

export type Severity = 'deny' | 'warn' | 'info';

export interface ImportFinding {
  severity: Severity;
  code: string;
  message: string;
  /** 1-based line in the source file (the README, not its front matter). */
  line?: number;
  column?: number;
}

export interface ImportOptions {
  model: string;
  version: string;
  /** YYYY-MM-DD used for `created` when the source has no date; defaults to the current UTC date. */
  today?: string;
}

export interface ImportResult {
  /** Undefined when the source could not be imported at all; the findings then hold a deny saying why. */
  card: CardV1 | undefined;
  /** What a person must still fill in before the card can be governed. */
  todo: string[];
  findings: ImportFinding[];
}

export interface CardMetric {
  type: string;
  value: number | string;
  name?: string;
  config?: string;
  args?: unknown;
  scale?: 'fraction' | 'percent' | 'raw';
  higherIsBetter?: boolean;
  verified?: boolean;
  verifyToken?: string;
}

export interface CardDataset {
  type?: string;
  name: string;
  config?: string;
  split?: string;
  revision?: string;
  args?: unknown;
}

export interface CardEvalResult {
  task: { type: string; name?: string };
  dataset: CardDataset;
  metrics: CardMetric[];
  source?: { name?: string; url?: string };
}

export interface CardTrainingData {
  id: string;
  revision?: string;
  license?: string;
  uri?: string;
  description?: string;
  split?: string;
  containsPersonalData?: boolean;
}

export interface CardFairnessResult {
  attribute: string;
  groups?: string[];
  dataset?: string;
  metrics: CardMetric[];
}

export interface CardAuthor {
  name: string;
  github?: string;
  email?: string;
}

export interface CardV1 {
  schemaVersion: 1;
  model: string;
  version: string;
  created?: string;
  description?: string;
  authors?: CardAuthor[];
  license?: string;
  licenseName?: string;
  licenseLink?: string;
  task?: string;
  language?: string[];
  tags?: string[];
  baseModel?: string;
  intendedUse?: { primaryUses?: string[]; primaryUsers?: string[]; outOfScope?: string[] };
  trainingData?: CardTrainingData[];
  evaluation?: { results?: CardEvalResult[] };
  fairness?: { protectedAttributes?: string[]; results?: CardFairnessResult[] };
  limitations?: string[];
  risks?: { risk: string; mitigation?: string }[];
  extensions?: Record<string, unknown>;
}

/**
 * A result the importer could not place in `evaluation.results` without inventing a required field
 * (the task or the dataset): kept under `extensions.imported.pendingResults` so nothing is lost.
 */
export interface PendingResult {
  /** Where it came from in the source, e.g. `model-index[0].results[2]`. */
  from: string;
  /** The required card fields the source does not give, e.g. `dataset.name`. */
  missing: string[];
  slice?: string;
  task?: { type?: string; name?: string };
  dataset?: Partial<CardDataset>;
  metrics: CardMetric[];
  source?: { name?: string; url?: string };
}

/** Source data with no place in the card schema, kept verbatim rather than dropped. */
export interface UnplacedValue {
  from: string;
  reason: string;
  value: unknown;
}
