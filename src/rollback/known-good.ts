/**
 * The last known-good version (DESIGN §6): the newest version, other than the failing one, that
 * served an environment fully (alone, at 100%, or as champion) for at least the environment's bake
 * time, had a healthy monitor verdict there, and is not marked rejected. When no version qualifies
 * the answer is "none" with every candidate's reason: the caller opens an issue, it never guesses.
 *
 * Pure: the serving spans come from the deployment history (src/deploy/history.ts), the verdicts
 * from the audit log, the marks from model.yaml. Nothing here reads a clock or a file.
 */
import type { AuditRecord, MonitorVerdictData } from '../audit/records.js';
import { formatDuration } from '../deploy/duration.js';
import type { ServingSpan } from '../deploy/history.js';

/** A span of full service, from the manifest's history or from deployment records (DESIGN §5). */
export type RollbackSpan = Omit<ServingSpan, 'source'> & { source: ServingSpan['source'] | 'deployment-record' };
import type { VersionMark } from '../registry/types.js';

/** One monitor verdict as the audit log holds it. */
export interface VerdictEvidence {
  environment: string;
  model: string;
  version: string;
  verdict: MonitorVerdictData['verdict'];
  /** Every rule passed (or was skipped): a healthy verdict with warnings is not "all healthy". */
  allPassed: boolean;
  decidedAt: string;
  seq: number | null;
  hash: string | null;
}

/** The monitor-verdict records of the audit log, in log order. */
export function verdictsFromRecords(records: readonly AuditRecord[]): VerdictEvidence[] {
  const out: VerdictEvidence[] = [];
  for (const r of records) {
    if (r.kind !== 'monitor-verdict') continue;
    const d = r.data as MonitorVerdictData;
    out.push({
      environment: d.environment,
      model: d.model,
      version: d.version,
      verdict: d.verdict,
      // A rule that passed only because failureLimit tolerated failing points did not pass cleanly.
      allPassed: d.rules.every((rule) => (rule.result === 'pass' && !/failure\(s\) tolerated/.test(rule.message ?? '')) || rule.result === 'skipped'),
      decidedAt: r.decidedAt,
      seq: r.seq,
      hash: r.hash,
    });
  }
  return out;
}

export interface KnownGoodInput {
  env: string;
  model: string;
  /** The version being rolled back; never its own target. */
  failing: string;
  /** Serving spans of `env` (any model; filtered here), oldest first. */
  spans: readonly RollbackSpan[];
  /** The environment's bake time in ms (0 when it has none). */
  bakeMs: number;
  now: number;
  verdicts: readonly VerdictEvidence[];
  marks: Readonly<Record<string, VersionMark>> | undefined;
}

export interface CandidateCheck {
  version: string;
  /** The newest span of this version in the environment. */
  since: string;
  until: string | null;
  /** Its longest span, in ms. */
  servedMs: number;
  eligible: boolean;
  /** Why it does not qualify; empty when eligible. */
  reasons: string[];
  verdict: VerdictEvidence | null;
}

export type KnownGood =
  | { found: true; version: string; check: CandidateCheck; checked: CandidateCheck[]; source: RollbackSpan['source'] }
  | { found: false; reason: string; checked: CandidateCheck[] };

/**
 * The version's standing from its verdicts in this environment: the newest healthy one, unless a
 * rollback verdict came after it (a version once healthy that later failed is not known-good).
 */
function standing(verdicts: readonly VerdictEvidence[]): { healthy: VerdictEvidence | null; laterRollback: VerdictEvidence | null } {
  let healthy: VerdictEvidence | null = null;
  let laterRollback: VerdictEvidence | null = null;
  for (const v of verdicts) {
    if (v.verdict === 'healthy' && v.allPassed) {
      healthy = v;
      laterRollback = null;
    } else if (v.verdict === 'rollback') {
      laterRollback = v;
    }
  }
  return { healthy, laterRollback };
}

function servedAt(span: RollbackSpan, at: string, now: number): boolean {
  const t = Date.parse(at);
  return t >= Date.parse(span.since) && t <= (span.until ? Date.parse(span.until) : now);
}

export function lastKnownGood(input: KnownGoodInput): KnownGood {
  const spans = input.spans.filter((s) => s.env === input.env && s.model === input.model && s.version !== input.failing);
  const byVersion = new Map<string, RollbackSpan[]>();
  for (const s of spans) byVersion.set(s.version, [...(byVersion.get(s.version) ?? []), s]);
  // Newest first: by the start of each version's most recent span.
  const versions = [...byVersion.entries()]
    .map(([version, list]) => ({ version, list, newest: list.reduce((a, b) => (b.since > a.since ? b : a)) }))
    .sort((a, b) => b.newest.since.localeCompare(a.newest.since) || b.version.localeCompare(a.version));
  const checked: CandidateCheck[] = [];
  for (const { version, list, newest } of versions) {
    const reasons: string[] = [];
    const servedMs = Math.max(...list.map((s) => Math.max(0, (s.until ? Date.parse(s.until) : input.now) - Date.parse(s.since))));
    if (servedMs < input.bakeMs) reasons.push(`served fully for ${formatDuration(servedMs)}, less than the bake time ${formatDuration(input.bakeMs)}`);
    const mark = input.marks?.[version];
    if (mark?.status === 'rejected') reasons.push(`marked rejected in model.yaml${mark.reason ? ` (${mark.reason})` : ''}`);
    const all = input.verdicts.filter((v) => v.environment === input.env && v.model === input.model && v.version === version);
    // Only what was measured while this version served counts: a verdict from before it served (a
    // mislabelled or replayed run) or after it stopped says nothing about how it served.
    const own = all.filter((v) => list.some((s) => servedAt(s, v.decidedAt, input.now)));
    const { healthy, laterRollback } = standing(own);
    if (!healthy) {
      reasons.push(
        all.length === 0 ? `no monitor verdict recorded for it in ${input.env}`
        : own.length === 0 ? `no monitor verdict recorded for it in ${input.env} while it served there fully (${all.length} from outside its serving spans do not count)`
        : `no healthy verdict (every rule passing) recorded for it in ${input.env} while it served there fully`,
      );
    } else if (laterRollback) {
      reasons.push(`a rollback verdict (${laterRollback.decidedAt}) came after its healthy verdict`);
    }
    const check: CandidateCheck = { version, since: newest.since, until: newest.until, servedMs, eligible: reasons.length === 0, reasons, verdict: healthy };
    checked.push(check);
    if (check.eligible) return { found: true, version, check, checked, source: newest.source };
  }
  const reason =
    versions.length === 0
      ? `no version of ${input.model} other than ${input.failing} has served ${input.env} fully`
      : `none of the ${versions.length} version(s) of ${input.model} that served ${input.env} before qualifies (served for the bake time, healthy verdict, not rejected)`;
  return { found: false, reason, checked };
}
