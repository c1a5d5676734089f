/** A finding is one verdict about one place in one file. Every check in modelgate produces these. */
export type Severity = 'deny' | 'warn' | 'info';

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Path relative to the registry root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  message: string;
  remediation?: string;
  model?: string;
  version?: string;
  /** Where the rule comes from (SR 11-7 §V, EU AI Act Annex IV 2(g), ...). */
  references?: string[];
  /** Set when a waiver suppressed this finding: it is reported as info, with the waiver's details. */
  waivedBy?: { approver: string; expires: string; ticket?: string; reason: string };
}

export const SEVERITY_ORDER: Record<Severity, number> = { deny: 0, warn: 1, info: 2 };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export interface FindingCounts {
  deny: number;
  warn: number;
  info: number;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { deny: 0, warn: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
