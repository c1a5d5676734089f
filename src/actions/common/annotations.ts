/**
 * Findings as annotations on the pull request's files. GitHub shows at most 10 annotations of each
 * level per step (and 50 per job, DESIGN §7), silently dropping the rest, so the ones shown are
 * chosen here: deny before warn before info, findings in files the change touched before others,
 * and when a level overflows its last slot says how many were left out and where to find them.
 */
import * as core from '@actions/core';
import { compareFindings, SEVERITY_ORDER, type Finding, type Severity } from '../../findings.js';
import type { CheckRunAnnotation } from '../../github/checks.js';

export const ANNOTATIONS_PER_LEVEL = 10;
/** Check runs take at most 50 annotations per request. */
export const CHECK_RUN_ANNOTATIONS = 50;

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export const LEVEL_OF: Record<Severity, AnnotationLevel> = { deny: 'error', warn: 'warning', info: 'notice' };

export interface Annotation {
  level: AnnotationLevel;
  title: string;
  message: string;
  /** Repository-relative; absent for a note about the run as a whole. */
  file?: string;
  line?: number;
  column?: number;
}

export interface RankOptions {
  /** Registry-relative paths the change touched. */
  changedFiles?: ReadonlySet<string>;
  /** Prefix that turns a registry-relative path into a repository-relative one ('' or 'registry/'). */
  pathPrefix?: string;
  /** Slots per level already used by something else in the step, e.g. 1 error for core.setFailed. */
  reserved?: Partial<Record<AnnotationLevel, number>>;
  perLevel?: number;
  /** Where the left-out findings can be read, for the overflow note. */
  seeAlso?: string;
}

export interface RankedAnnotations {
  annotations: Annotation[];
  /** Findings of each severity that got no annotation of their own. */
  omitted: Record<Severity, number>;
}

/** Deny first, then findings in changed files, then the report's own order (file, line, column, rule). */
export function rankFindings(findings: readonly Finding[], changedFiles: ReadonlySet<string> = new Set()): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      Number(!changedFiles.has(a.file)) - Number(!changedFiles.has(b.file)) ||
      compareFindings(a, b),
  );
}

export function findingAnnotation(f: Finding, pathPrefix = ''): Annotation {
  const fix = f.remediation && f.severity !== 'info' ? `\nFix: ${f.remediation}` : '';
  return {
    level: LEVEL_OF[f.severity],
    title: `modelgate ${f.ruleId}${f.model ? ` (${f.model}${f.version ? ` ${f.version}` : ''})` : ''}`,
    message: `${f.message}${fix}`,
    file: `${pathPrefix}${f.file}`,
    line: Math.max(1, f.line),
    column: Math.max(1, f.column),
  };
}

const NOUN: Record<Severity, string> = { deny: 'deny', warn: 'warn', info: 'info' };

export function rankAnnotations(findings: readonly Finding[], o: RankOptions = {}): RankedAnnotations {
  const perLevel = o.perLevel ?? ANNOTATIONS_PER_LEVEL;
  const ranked = rankFindings(findings, o.changedFiles);
  const annotations: Annotation[] = [];
  const omitted: Record<Severity, number> = { deny: 0, warn: 0, info: 0 };
  for (const severity of ['deny', 'warn', 'info'] as const) {
    const level = LEVEL_OF[severity];
    const slots = Math.max(0, perLevel - (o.reserved?.[level] ?? 0));
    const list = ranked.filter((f) => f.severity === severity);
    if (list.length <= slots) {
      annotations.push(...list.map((f) => findingAnnotation(f, o.pathPrefix)));
      continue;
    }
    // One slot goes to the note about the rest, so the overflow is never silent.
    const shown = Math.max(0, slots - 1);
    annotations.push(...list.slice(0, shown).map((f) => findingAnnotation(f, o.pathPrefix)));
    omitted[severity] = list.length - shown;
    if (slots > 0) {
      annotations.push({
        level,
        title: `modelgate: ${omitted[severity]} more ${NOUN[severity]} finding${omitted[severity] === 1 ? '' : 's'}`,
        message: `GitHub shows at most ${perLevel} annotations of each level per step; ${omitted[severity]} more ${NOUN[severity]} finding${omitted[severity] === 1 ? ' is' : 's are'} not annotated. ${o.seeAlso ?? 'See the job summary for every finding.'}`,
      });
    }
  }
  return { annotations, omitted };
}

/** Emits the annotations as workflow commands (::error file=…::). */
export function emitAnnotations(annotations: readonly Annotation[]): void {
  for (const a of annotations) {
    const props: core.AnnotationProperties = { title: a.title };
    if (a.file) {
      props.file = a.file;
      if (a.line) props.startLine = a.line;
      if (a.column) props.startColumn = a.column;
    }
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}

const CHECK_LEVEL: Record<Severity, CheckRunAnnotation['annotation_level']> = { deny: 'failure', warn: 'warning', info: 'notice' };

/** The first `limit` findings in rank order as check-run annotations (these have no per-level cap). */
export function checkRunAnnotations(findings: readonly Finding[], o: { changedFiles?: ReadonlySet<string>; pathPrefix?: string; limit?: number } = {}): CheckRunAnnotation[] {
  return rankFindings(findings, o.changedFiles)
    .slice(0, o.limit ?? CHECK_RUN_ANNOTATIONS)
    .map((f) => {
      const a = findingAnnotation(f, o.pathPrefix);
      return {
        path: a.file!,
        start_line: a.line!,
        end_line: a.line!,
        start_column: a.column!,
        end_column: a.column!,
        annotation_level: CHECK_LEVEL[f.severity],
        title: a.title,
        message: a.message.slice(0, 60_000),
      };
    });
}
