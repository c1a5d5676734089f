/**
 * The rollback pull request's and incident issue's text: the decision, every rule with its values,
 * thresholds and rendered queries (already redacted by the monitor, and passed through the redactor
 * again here), the known-good search, and links to the run and the evidence record. Markdown with
 * a hidden marker naming the incident, so a re-run finds and updates its own text.
 */
import type { Redactor } from '../monitor/redact.js';
import type { ModelDecision, RuleResult } from '../monitor/types.js';
import type { CandidateCheck } from './known-good.js';
import type { NoTargetPlan, Plan, RollbackPlan } from './plan.js';

export interface Links {
  /** The workflow run that decided. */
  runUrl?: string;
  /** The evidence record (audit log) for the verdict or rollback. */
  evidenceUrl?: string;
  evidenceHash?: string;
}

/** GitHub's limit on an issue or pull request body. */
export const BODY_LIMIT = 65_536;

export function incidentMarker(incident: string): string {
  return `<!-- modelgate:incident ${incident} -->`;
}

// A provider's error text lands in a table cell: no table breaks, and no @-mention that would ping someone.
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/@(?=[A-Za-z0-9])/g, '@\u200b');

/**
 * Free text a person typed (the manual rollback reason) or a decision reason, as Markdown prose: no
 * @-mention that would ping someone, and no HTML comment that could hide text or forge the incident
 * marker the next run looks for.
 */
const prose = (text: string): string => text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b').replace(/<!--/g, '&lt;!--').replace(/-->/g, '--&gt;').replace(/\r?\n/g, ' ');

function fmt(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v);
}

function values(r: RuleResult): string {
  if (r.values.length === 0) return '–';
  const shown = r.values.slice(-5).map(fmt).join(', ');
  return r.values.length > 5 ? `… ${shown} (${r.values.length} points)` : shown;
}

export function rulesTable(decision: ModelDecision): string[] {
  const lines = ['| rule | severity, mode | outcome | values (oldest → newest) | thresholds | reason |', '|---|---|---|---|---|---|'];
  for (const r of decision.rules) {
    lines.push(`| ${cell(r.name)} (${r.provider}) | ${r.severity}, ${r.mode} | **${r.outcome}** | ${cell(values(r))} | ${cell(r.threshold)} | ${cell(r.reason)} |`);
  }
  const queries = decision.rules.flatMap((r) => r.queries.filter(Boolean).map((q) => `- \`${r.name}\`: \`${q.replace(/`/g, "'")}\``));
  if (queries.length) lines.push('', '<details><summary>Rendered queries (secrets redacted)</summary>', '', ...queries, '', '</details>');
  return lines;
}

function checksTable(checked: readonly CandidateCheck[]): string[] {
  if (checked.length === 0) return ['No other version has served this environment fully.'];
  const lines = ['| version | served fully since | until | qualifies | why not |', '|---|---|---|---|---|'];
  for (const c of checked) lines.push(`| ${c.version} | ${c.since} | ${c.until ?? 'now'} | ${c.eligible ? 'yes' : 'no'} | ${cell(c.reasons.join('; ') || '–')} |`);
  return lines;
}

function linkLines(links: Links): string[] {
  const out: string[] = [];
  if (links.runUrl) out.push(`- Workflow run: ${links.runUrl}`);
  const evidence = [links.evidenceUrl, links.evidenceHash ? `sha256:${links.evidenceHash}` : undefined].filter(Boolean);
  if (evidence.length) out.push(`- Evidence record: ${evidence.join(' ')}`);
  return out;
}

function fit(text: string): string {
  if (text.length <= BODY_LIMIT) return text;
  const note = '\n\n…(cut to fit GitHub\'s body limit; the evidence record holds everything)\n';
  return text.slice(0, BODY_LIMIT - note.length) + note;
}

function describeEffect(p: RollbackPlan): string {
  if (p.targetFrom === 'stable-kept') {
    const what = p.from.strategy === 'shadow' ? 'the shadow stops (what serves is unchanged)' : p.from.strategy === 'blue-green' ? 'traffic switches back to blue' : 'its traffic goes to 0';
    return `The failing ${p.from.strategy} candidate **${p.failing}** is removed: ${what}; **${p.target}** (stable) serves alone.`;
  }
  if (p.targetFrom === 'requested') return `**${p.target}** (requested by hand) replaces **${p.failing}** and serves alone.`;
  return `**${p.target}**, the last known-good version, replaces **${p.failing}** and serves alone.`;
}

export function pullTitle(p: RollbackPlan): string {
  return `Roll back ${p.model} ${p.failing} → ${p.target} in ${p.env}`;
}

export function pullBody(p: RollbackPlan, links: Links, redactor: Redactor): string {
  const lines = [
    incidentMarker(p.incident),
    `## Rollback: ${p.model} in ${p.env}`,
    '',
    p.trigger === 'monitor' ? `The monitor decided **rollback**: ${prose(p.decision?.reason ?? p.reason)}` : `Rollback requested by hand: ${prose(p.reason)}`,
    '',
    describeEffect(p),
    `**${p.failing}** is marked \`rejected\` in \`models/${p.model}/model.yaml\` (incident \`${p.incident}\`), so no automation promotes it again.`,
    '',
    '| | before | after |',
    '|---|---|---|',
    `| strategy | ${p.from.strategy} | ${p.to.strategy} |`,
    `| stable | ${p.from.stable} | ${p.to.stable} |`,
    `| candidate | ${p.from.candidate ?? '–'} | ${p.to.candidate ?? '–'} |`,
    `| traffic | ${p.from.traffic ?? '–'} | ${p.to.traffic ?? '–'} |`,
  ];
  if (p.decision) lines.push('', '### Rules', '', ...rulesTable(p.decision));
  if (p.knownGood) lines.push('', '### Last known-good search', '', ...checksTable(p.knownGood.checked));
  const l = linkLines(links);
  if (l.length) lines.push('', '### Evidence', '', ...l);
  lines.push('', 'Merging this pull request deploys the rollback through the usual gates. Closing it keeps things as they are; modelgate will not reopen it for this incident.');
  return fit(redactor.redact(lines.join('\n')));
}

export function noTargetIssue(p: NoTargetPlan, links: Links, redactor: Redactor): { title: string; body: string } {
  const lines = [
    incidentMarker(p.incident),
    `## No rollback target for ${p.model} ${p.failing} in ${p.env}`,
    '',
    p.trigger === 'monitor' ? `The monitor decided **rollback**: ${prose(p.decision?.reason ?? p.reason)}` : `Rollback requested by hand: ${prose(p.reason)}`,
    '',
    `modelgate found no last known-good version: ${p.knownGood.reason}. It does not guess, so nothing was changed. Roll back by hand (\`rollback\` workflow with an explicit version) or fix forward.`,
    '',
    '### Versions considered (newest first)',
    '',
    ...checksTable(p.knownGood.checked),
  ];
  if (p.decision) lines.push('', '### Rules', '', ...rulesTable(p.decision));
  const l = linkLines(links);
  if (l.length) lines.push('', '### Evidence', '', ...l);
  return { title: `No rollback target: ${p.model} ${p.failing} in ${p.env}`, body: fit(redactor.redact(lines.join('\n'))) };
}

/** The issue for a decision that only notifies or holds: one per incident, updated in place. */
export function notifyIssue(d: ModelDecision, incident: string, links: Links, redactor: Redactor): { title: string; body: string } {
  const what = d.decision === 'hold' ? 'hold (no change)' : d.decision;
  const lines = [
    incidentMarker(incident),
    `## Monitor ${what}: ${d.model} ${d.version} in ${d.environment}`,
    '',
    d.reason,
    '',
    d.decision === 'hold' ? 'A critical rule could not be judged (no data or a provider error). Nothing was rolled back: an outage is not a failure. Check the provider.' : 'Warning or advisory rules are not passing. Nothing was changed.',
    '',
    ...rulesTable(d),
  ];
  const l = linkLines(links);
  if (l.length) lines.push('', '### Evidence', '', ...l);
  return { title: `modelgate monitor: ${d.model} ${d.version} in ${d.environment} — ${what}`, body: fit(redactor.redact(lines.join('\n'))) };
}

export function isPlanWithPr(p: Plan): p is RollbackPlan {
  return p.kind === 'rollback';
}
