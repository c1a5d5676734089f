/** The approvals decision as text (CLI) and Markdown (check run summary, PR comment). Pure. */
import type { ApprovalResult, DecisionJson } from './evaluate.js';

export function formatDecisionText(d: DecisionJson): string {
  const lines = [`approvals: ${d.approved ? 'APPROVED' : 'NOT APPROVED'}`, `code owners: ${d.codeOwnersSatisfied ? 'satisfied' : 'not satisfied'}`];
  if (d.files.length > 0) {
    lines.push('', 'files:');
    const width = Math.max(...d.files.map((f) => f.path.length));
    for (const f of d.files) {
      const owners = f.owners.length ? f.owners.join(' ') : 'no owner';
      const by = f.owners.length === 0 ? '' : f.approvedBy.length ? `  approved by ${f.approvedBy.map((l) => `@${l}`).join(', ')}` : '  NOT APPROVED';
      lines.push(`  ${f.path.padEnd(width)}  ${owners}${by}`);
    }
  }
  const section = (title: string, items: string[]) => {
    if (items.length > 0) lines.push('', `${title}:`, ...items.map((i) => `  - ${i}`));
  };
  section('missing', d.missing);
  section('blocked by (changes requested)', d.blockers.map((b) => `@${b}`));
  section('reasons', d.reasons);
  return `${lines.join('\n')}\n`;
}

/** GitHub Markdown table cells: pipes and newlines would break the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/**
 * `@login` and `@org/team` in code spans: the same text as a plain mention would notify every owner
 * each time the comment is rewritten.
 */
export function quietMentions(text: string): string {
  return text.replace(/(^|[\s(,])(@[A-Za-z0-9][A-Za-z0-9_-]*(?:\[bot\])?(?:\/[A-Za-z0-9_.-]*[A-Za-z0-9_])?)/g, '$1`$2`');
}

export interface MarkdownOptions {
  /** Heading context, e.g. "#7 · tier high · 2 approvals, ...". */
  context?: string[];
  /** Rows beyond this are summarised (check run output is capped at 65,535 characters). */
  maxFiles?: number;
}

/** The summary table: file → owners → satisfied by / missing. */
export function formatDecisionMarkdown(result: ApprovalResult | DecisionJson, options: MarkdownOptions = {}): string {
  const maxFiles = options.maxFiles ?? 200;
  const out: string[] = [];
  out.push(result.approved ? '**Approved.**' : '**Not approved.**');
  for (const c of options.context ?? []) out.push(`- ${quietMentions(c)}`);
  out.push('');
  if (result.files.length > 0) {
    out.push('| file | code owners | satisfied by |', '|---|---|---|');
    const rows = result.files.slice(0, maxFiles);
    for (const f of rows) {
      const owners = f.owners.length ? f.owners.map((o) => code(cell(o))).join(' ') : '_no owner_';
      const by = f.owners.length === 0 ? '—' : f.approvedBy.length ? f.approvedBy.map((l) => code(`@${cell(l)}`)).join(', ') : '❌ missing';
      out.push(`| ${code(cell(f.path))} | ${owners} | ${by} |`);
    }
    if (result.files.length > rows.length) out.push(`| … ${result.files.length - rows.length} more files | | |`);
    out.push('');
  }
  if (result.blockers.length > 0) out.push(`**Changes requested by** ${result.blockers.map((b) => code(`@${b}`)).join(', ')}: blocks until they approve or the review is dismissed.`, '');
  if (result.missing.length > 0) out.push('**Missing**', '', ...result.missing.map((m) => `- ${quietMentions(m)}`), '');
  if (result.reasons.length > 0) out.push('<details><summary>How this was decided</summary>', '', ...result.reasons.map((r) => `- ${quietMentions(r)}`), '', '</details>', '');
  return out.join('\n');
}

/** GitHub refuses check run summaries over 65,535 characters. */
export function capText(text: string, max = 65_000): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 80)}\n\n… (truncated; the full decision is in the action's \`decision\` output)\n`;
}
