/** The validation report as text (people), JSON (tools), Markdown (job summary, PR comment) and SARIF 2.1.0 (code scanning). */
import type { Finding, Severity } from '../findings.js';
import { BUILTIN_BY_ID, BUILTIN_RULES } from './builtin-rules.js';
import type { ValidationReport } from './validate.js';

export type ReportFormat = 'text' | 'json' | 'markdown' | 'sarif';

export interface FormatOptions {
  /** Shown in headings: the registry directory or ref. */
  label: string;
  /** Prefix for file paths (the registry's directory inside the repository), for SARIF and links. */
  pathPrefix?: string;
  toolVersion: string;
  failOn: 'deny' | 'warn';
}

export function verdict(report: ValidationReport, failOn: 'deny' | 'warn'): 'pass' | 'fail' {
  return report.counts.deny > 0 || (failOn === 'warn' && report.counts.warn > 0) ? 'fail' : 'pass';
}

function groupKey(f: Finding): string {
  if (f.model && f.version) return `${f.model} ${f.version}`;
  if (f.model) return `${f.model} (model)`;
  return '(registry)';
}

function grouped(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const k = groupKey(f);
    const list = groups.get(k) ?? [];
    list.push(f);
    groups.set(k, list);
  }
  return new Map([...groups].sort(([a], [b]) => (a === '(registry)' ? -1 : b === '(registry)' ? 1 : a.localeCompare(b))));
}

const LABEL: Record<Severity, string> = { deny: 'DENY', warn: 'WARN', info: 'INFO' };

export function formatText(report: ValidationReport, o: FormatOptions): string {
  const lines: string[] = [];
  lines.push(`modelgate validate: ${o.label}${report.env ? ` (environment ${report.env})` : ''}`);
  lines.push(`${report.cards} card${report.cards === 1 ? '' : 's'} checked${report.scope === 'changed' ? ' (changed since the base)' : ''} against ${report.rules.length} policy rules (pack sha256:${report.policyDigest.slice(0, 12)})`);
  for (const [group, list] of grouped(report.findings)) {
    lines.push('', group);
    for (const f of list) {
      lines.push(`  ${LABEL[f.severity]}  ${f.file}:${f.line}:${f.column}  [${f.ruleId}]`);
      lines.push(`        ${f.message}`);
      if (f.remediation && f.severity !== 'info') lines.push(`        fix: ${f.remediation}`);
    }
  }
  const c = report.counts;
  lines.push('', `${c.deny} deny, ${c.warn} warn, ${c.info} info: ${verdict(report, o.failOn) === 'pass' ? 'PASS' : 'FAIL'}${o.failOn === 'warn' ? ' (warnings fail the run: fail-on warn)' : ''}`);
  return `${lines.join('\n')}\n`;
}

export function formatJson(report: ValidationReport): string {
  const out = {
    summary: { cards: report.cards, deny: report.counts.deny, warn: report.counts.warn, info: report.counts.info },
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      message: f.message,
      remediation: f.remediation ?? null,
      model: f.model ?? null,
      version: f.version ?? null,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function mdEscape(s: string): string {
  return s.replaceAll('|', '\\|').replaceAll('\n', ' ').replaceAll('<', '&lt;');
}

const ICON: Record<Severity, string> = { deny: '❌ deny', warn: '⚠️ warn', info: 'ℹ️ info' };

export function formatMarkdown(report: ValidationReport, o: FormatOptions, limit = Infinity): string {
  const c = report.counts;
  const pass = verdict(report, o.failOn) === 'pass';
  const lines = [
    `### modelgate policy: ${pass ? '✅ pass' : '❌ fail'}`,
    '',
    `${report.cards} card${report.cards === 1 ? '' : 's'} checked against ${report.rules.length} rules (policy pack \`sha256:${report.policyDigest.slice(0, 12)}\`)${report.env ? ` for environment \`${report.env}\`` : ''}: **${c.deny} deny**, ${c.warn} warn, ${c.info} info.`,
  ];
  if (report.findings.length > 0) {
    lines.push('', '| | Model | Location | Rule | Finding | Fix |', '|---|---|---|---|---|---|');
    for (const f of report.findings.slice(0, limit)) {
      const file = `${o.pathPrefix ?? ''}${f.file}`;
      lines.push(`| ${ICON[f.severity]} | ${mdEscape(groupKey(f))} | \`${mdEscape(file)}:${f.line}\` | \`${f.ruleId}\` | ${mdEscape(f.message)} | ${f.severity === 'info' ? '' : mdEscape(f.remediation ?? '')} |`);
    }
    if (report.findings.length > limit) lines.push('', `…and ${report.findings.length - limit} more findings (see the job summary or the SARIF file).`);
  }
  return `${lines.join('\n')}\n`;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { deny: 'error', warn: 'warning', info: 'note' };

/** SARIF 2.1.0 as GitHub code scanning accepts it: rules with help, one result per finding, file:line:column. */
export function formatSarif(report: ValidationReport, o: FormatOptions): string {
  const ruleIds = [...new Set([...BUILTIN_RULES.map((r) => r.id), ...report.rules.map((r) => r.rule.id), ...report.findings.map((f) => f.ruleId)])];
  const policyById = new Map(report.rules.map((r) => [r.rule.id, r.rule]));
  const rules = ruleIds.map((id) => {
    const p = policyById.get(id);
    const b = BUILTIN_BY_ID.get(id);
    const title = p?.title ?? b?.title ?? id;
    const help = p ? `${p.description ? `${p.description}\n\n` : ''}${p.remediation}${p.references?.length ? `\n\nReferences: ${p.references.join('; ')}` : ''}` : (b?.help ?? id);
    const level = p ? SARIF_LEVEL[typeof p.severity === 'string' ? p.severity : p.severity.default === 'off' ? 'info' : p.severity.default] : 'error';
    return {
      id,
      name: id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c: string) => c.toUpperCase()),
      shortDescription: { text: title },
      fullDescription: { text: p?.description ?? b?.help ?? title },
      help: { text: help, markdown: help },
      defaultConfiguration: { level },
      properties: { tags: ['modelgate', ...(p ? ['policy'] : ['registry'])], ...(p?.references ? { references: p.references } : {}) },
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results = report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId)!,
    level: SARIF_LEVEL[f.severity],
    message: { text: f.remediation && f.severity !== 'info' ? `${f.message}\nFix: ${f.remediation}` : f.message },
    locations: [{ physicalLocation: { artifactLocation: { uri: `${o.pathPrefix ?? ''}${f.file}`, uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) } } }],
    partialFingerprints: { 'modelgate/v1': `${f.ruleId}:${o.pathPrefix ?? ''}${f.file}:${f.message}` },
    ...(f.waivedBy ? { suppressions: [{ kind: 'inSource', justification: `${f.waivedBy.reason} (approved by ${f.waivedBy.approver} until ${f.waivedBy.expires})` }] } : {}),
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'modelgate', semanticVersion: o.toolVersion, rules } },
        automationDetails: { id: `modelgate/validate/${report.env ?? 'registry'}/` },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

export function formatReport(report: ValidationReport, format: ReportFormat, o: FormatOptions): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'markdown':
      return formatMarkdown(report, o);
    case 'sarif':
      return formatSarif(report, o);
    default:
      return formatText(report, o);
  }
}
