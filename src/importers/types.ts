/**
 * Shapes shared by the importers. `CardV1` mirrors schemas/card-v1.schema.json for the parts an
 * importer can fill; the schema stays the authority (tests validate every imported card against it).
 */
import type { CardDoc, EvaluationResult, Metric } from '../registry/types.js';

export type { Severity } from '../findings.js';
import type { Severity } from '../findings.js';

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

// The card's shapes are the registry's own (src/registry/types.ts mirrors schemas/card-v1): an
// importer produces exactly what the loader reads.
export type CardV1 = CardDoc;
export type CardMetric = Metric;
export type CardEvalResult = EvaluationResult;
export type CardDataset = EvaluationResult['dataset'];
export type CardTrainingData = NonNullable<CardDoc['trainingData']>[number];
export type CardFairnessResult = NonNullable<NonNullable<CardDoc['fairness']>['results']>[number];
export type CardAuthor = NonNullable<CardDoc['authors']>[number];

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
