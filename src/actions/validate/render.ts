/** What the validate action writes for people: job summary, PR comment, check run output. Pure. */
import type { Severity } from '../../findings.js';
import { formatMarkdown, verdict, type FormatOptions } from '../../validate/format.js';
import type { ValidationReport } from '../../validate/validate.js';

export type Role = 'gate' | 'feedback';

/** pull_request_target is the gate; every other event gets feedback (DESIGN §2). */
export function roleOf(eventName: string): Role {
  return eventName === 'pull_request_target' ? 'gate' : 'feedback';
}

export interface RenderContext {
  role: Role;
  report: ValidationReport;
  format: FormatOptions;
  /** What was judged, for people: "pull request #7 at 1a2b3c4d5e6f" or "examples/registry". */
  subject: string;
  /** Changed files that the gate judged with the base branch's version instead (config, policies). */
  governanceChanges: readonly string[];
  runUrl?: string;
  /** Findings that got no annotation of their own. */
  omitted?: Record<Severity, number>;
  sarifFile?: string;
}

/** The largest Markdown `render(limit)` makes within `maxChars`, showing as many findings as fit. */
export function fitMarkdown(render: (limit: number) => string, total: number, maxChars: number): string {
  const full = render(Infinity);
  if (full.length <= maxChars) return full;
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (render(mid).length <= maxChars) lo = mid;
    else hi = mid - 1;
  }
  return render(lo);
}

function governanceNote(ctx: RenderContext): string[] {
  if (ctx.role !== 'gate' || ctx.governanceChanges.length === 0) return [];
  const list = ctx.governanceChanges.map((f) => `\`${ctx.format.pathPrefix ?? ''}${f}\``).join(', ');
  return [
    '',
    `> [!NOTE]\n> This pull request changes ${list}. The gate judges every pull request with the **base branch's** configuration and policies, so these changes take effect once merged; the \`pull_request\` workflow validated them as written.`,
  ];
}

function scopeLine(ctx: RenderContext): string {
  const how = ctx.role === 'gate' ? 'gate: base-branch configuration and policies, the pull request read as data' : 'feedback: the checked-out change';
  return `<sub>${ctx.subject} · ${ctx.report.scope === 'changed' ? 'the change and what it affects' : 'the whole registry'} · ${how}${ctx.runUrl ? ` · [workflow run](${ctx.runUrl})` : ''}</sub>`;
}

/** The job summary: every finding, as many as GitHub's 1 MiB summary limit allows. */
export function summaryMarkdown(ctx: RenderContext, maxChars = 900_000): string {
  const extra: string[] = [...governanceNote(ctx)];
  const omitted = ctx.omitted;
  if (omitted && omitted.deny + omitted.warn + omitted.info > 0) {
    const parts = (['deny', 'warn', 'info'] as const).filter((s) => omitted[s] > 0).map((s) => `${omitted[s]} ${s}`);
    extra.push('', `Annotations: GitHub shows at most 10 of each level per step; ${parts.join(', ')} finding(s) are listed here only.`);
  }
  if (ctx.sarifFile) extra.push('', `SARIF: \`${ctx.sarifFile}\` (upload it with github/codeql-action/upload-sarif).`);
  extra.push('', scopeLine(ctx), '');
  const tail = extra.join('\n');
  return fitMarkdown((limit) => formatMarkdown(ctx.report, ctx.format, limit) + tail, ctx.report.findings.length, maxChars);
}

/** No deny and no warn finding: what the comment says once a pull request is fixed. */
export function allClear(report: ValidationReport): boolean {
  return report.counts.deny === 0 && report.counts.warn === 0;
}

/** The gate's own PR comment, found again by `marker`. */
export function commentBody(ctx: RenderContext, marker: string, maxChars = 60_000): string {
  const head = `${marker}\n`;
  const foot = ['', ...governanceNote(ctx), '', scopeLine(ctx), ''].join('\n');
  if (allClear(ctx.report)) {
    const r = ctx.report;
    const info = r.counts.info ? ` (${r.counts.info} info finding${r.counts.info === 1 ? '' : 's'} in the job summary)` : '';
    return `${head}### modelgate policy: ✅ all clear\n\nNo deny or warn findings: ${r.cards} card${r.cards === 1 ? '' : 's'} checked against ${r.rules.length} rules${info}.\n${foot}`;
  }
  // The comment shows the most important findings; the job summary and SARIF hold all of them.
  const rows = Math.min(30, ctx.report.findings.length);
  return head + fitMarkdown((limit) => formatMarkdown(ctx.report, ctx.format, Math.min(limit, rows)) + foot, rows, maxChars - head.length);
}

export function checkRunTitle(report: ValidationReport, failOn: 'deny' | 'warn'): string {
  const c = report.counts;
  return `${verdict(report, failOn) === 'pass' ? 'Pass' : 'Fail'}: ${c.deny} deny, ${c.warn} warn, ${c.info} info`;
}

export function checkRunSummary(ctx: RenderContext, maxChars = 60_000): string {
  const tail = ['', ...governanceNote(ctx), '', scopeLine(ctx), ''].join('\n');
  return fitMarkdown((limit) => formatMarkdown(ctx.report, ctx.format, limit) + tail, ctx.report.findings.length, maxChars);
}
