/** Records and answers as people read them. Pure. */
import type { HistoryAnswer } from './history.js';
import type { ApprovalEvidence, AuditRecord } from './records.js';

const short = (sha: string | null | undefined) => (sha ? sha.slice(0, 12) : '—');

export function approvalsLines(a: ApprovalEvidence | null): string[] {
  if (!a) return ['- approvals: not recorded'];
  const lines = [`- approvals: **${a.approved ? 'met' : 'NOT met'}** (rules from base ${short(a.baseCommit)}, ${a.codeownersFile ?? 'no CODEOWNERS'})`];
  for (const c of a.counted) lines.push(`  - @${c.login} approved ${short(c.commitId)}${c.onHead ? ' (head)' : ''} at ${c.submittedAt ?? '?'}`);
  for (const r of a.requirements) lines.push(`  - ${r.satisfied ? '✓' : '✗'} ${r.requirement}${r.by.length ? ` — ${r.by.join(', ')}` : ''}`);
  for (const t of a.teams) lines.push(`  - team ${t.team}: @${t.login} ${t.status}${t.reason ? ` (${t.reason})` : ''}`);
  for (const m of a.missing) lines.push(`  - missing: ${m}`);
  for (const b of a.blockers) lines.push(`  - blocked by: ${b}`);
  return lines;
}

export function recordMarkdown(r: AuditRecord): string {
  const lines = [
    `### ${r.seq}. ${r.kind}: ${r.subject}`,
    '',
    r.summary,
    '',
    `- decided ${r.decidedAt}, recorded ${r.recordedAt}; sha256 \`${r.hash}\``,
    `- commit ${short(r.commits.decision)}${r.commits.base ? `, base ${short(r.commits.base)}` : ''}${r.commits.head ? `, head ${short(r.commits.head)}` : ''}`,
  ];
  if (r.pullRequest) {
    const p = r.pullRequest;
    lines.push(`- pull request #${p.number}${p.title ? ` “${p.title}”` : ''} by @${p.author ?? '?'}, merged ${p.mergedAt ?? '?'}${p.mergedBy ? ` by @${p.mergedBy}` : ''}`);
    for (const rv of p.reviews) lines.push(`  - review by @${rv.login}: ${rv.state} on ${short(rv.commitId)} at ${rv.submittedAt ?? '?'}`);
  }
  lines.push(...approvalsLines(r.approvals));
  if (r.policyPackDigest) lines.push(`- policy pack sha256 \`${r.policyPackDigest}\``);
  for (const c of r.cards) lines.push(`- card ${c.path} sha256 \`${c.digest}\``);
  lines.push(`- workflow run ${r.run.url ?? r.run.id ?? '—'} (${r.run.event ?? '?'} by @${r.run.actor ?? '?'})`);
  lines.push('', '```json', JSON.stringify(r.data, null, 2), '```', '');
  return lines.join('\n');
}

export function historyText(a: HistoryAnswer): string {
  const lines = [`Served in ${a.environment} at ${a.at}:`];
  for (const e of a.entries) {
    const shape = e.strategy === 'direct' ? e.stable : `${e.stable} → ${e.candidate ?? '?'}${e.traffic !== null ? ` at ${e.traffic}%` : ''}`;
    lines.push(
      `  ${e.model}  ${e.strategy} ${shape}`,
      `    since ${e.since} — ${e.source === 'deployment-record' ? 'from the deployment records' : 'from the merged manifest (no deployment record)'}`,
      `    commit ${short(e.commit)}${e.pullRequest ? `, pull request #${e.pullRequest.number}` : ''}${e.approvals ? `, approvals ${e.approvals.approved ? 'met' : 'NOT met'} (${e.approvals.counted.map((c) => `@${c.login}`).join(', ') || 'none counted'})` : ', approvals not recorded'}`,
      `    ${e.note}`,
    );
  }
  for (const n of a.notes) lines.push(`note: ${n}`);
  return `${lines.join('\n')}\n`;
}

export interface EvidenceBundle {
  schemaVersion: 1;
  model: string;
  version: string;
  generatedAt: string;
  log: { branch: string; commit: string; records: number; verified: boolean; anchorsChecked: boolean; refused: { seq: number; kind: string; subject: string; reason: string }[] };
  /** The card as merged with the decision (else in the checkout); matchesRecords is null when no record names its digest. */
  card: { path: string; /** "commit <sha>" (the decision's) or "the working tree". */ readFrom?: string; digest: string | null; recordedDigests: string[]; matchesRecords: boolean | null; content: unknown } | null;
  records: AuditRecord[];
}

function cardCheck(card: NonNullable<EvidenceBundle['card']>): string {
  if (card.matchesRecords === null) return ' (no record names a digest for this card)';
  if (card.matchesRecords) return ' — the card the records were decided on';
  return ` — **NOT the card the records were decided on** (recorded: ${card.recordedDigests.map((d) => `\`${d}\``).join(', ')})`;
}

export function evidenceMarkdown(b: EvidenceBundle): string {
  const byKind = (k: string) => b.records.filter((r) => r.kind === k);
  const section = (title: string, kinds: string[]) => {
    const rs = kinds.flatMap(byKind).sort((x, y) => x.seq - y.seq);
    return [`## ${title}`, '', ...(rs.length ? rs.map(recordMarkdown) : ['_none recorded_', ''])];
  };
  // A registration may cover several models: its failing results about another model's files are not this bundle's.
  const about = (p: { message?: string }) => !p.message || !/(^|\/)models\/[^/]+\//.test(p.message) || p.message.includes(`models/${b.model}/`);
  const policy = b.records.flatMap((r) => (r.kind === 'registration' ? ((r.data as { policyResults?: { rule: string; severity: string; passed: boolean; message?: string }[] }).policyResults ?? []) : [])).filter(about);
  return [
    `# Evidence: ${b.model} ${b.version}`,
    '',
    `Generated ${b.generatedAt} from the audit log on branch \`${b.log.branch}\` at ${short(b.log.commit)} (${b.log.records} records, chain ${b.log.verified ? 'verified' : 'NOT verified'}; anchors ${b.log.anchorsChecked ? 'checked on GitHub: only anchored records are used' : 'not checked: run with --online'}).`,
    '',
    ...(b.log.refused.length ? ['Left out, not anchored by a trusted writer:', '', ...b.log.refused.map((r) => `- record ${r.seq} (${r.kind} ${r.subject}): ${r.reason}`), ''] : []),
    '## Model card',
    '',
    b.card ? `\`${b.card.path}\` sha256 \`${b.card.digest ?? '?'}\`${cardCheck(b.card)}${b.card.readFrom ? `\n\nRead from ${b.card.readFrom}.` : ''}\n\n\`\`\`json\n${JSON.stringify(b.card.content, null, 2)}\n\`\`\`\n` : '_the card is not in the checkout_\n',
    '## Policy results',
    '',
    ...(policy.length ? policy.map((p) => `- ${p.passed ? '✓' : '✗'} ${p.rule} (${p.severity})${p.message ? `: ${p.message}` : ''}`) : ['_none recorded_']),
    '',
    ...section('Registration and approvals', ['registration', 'promotion', 'waiver-use']),
    ...section('Deployments', ['deployment']),
    ...section('Monitoring verdicts', ['monitor-verdict']),
    ...section('Rollbacks', ['rollback']),
  ].join('\n');
}

/** Records about a model (and version): by the models they name or the data they carry. */
export function recordsAbout(records: readonly AuditRecord[], model?: string, version?: string): AuditRecord[] {
  return records.filter((r) => {
    if (model === undefined) return true;
    const d = r.data as { model?: string; version?: string; serving?: { stable?: string; candidate?: string }; from?: { stable?: string; candidate?: string }; to?: { stable?: string; candidate?: string } };
    const versions = new Set<string>();
    for (const m of r.models) if (m.model === model) versions.add(m.version);
    if (d.model === model) {
      for (const v of [d.version, d.serving?.stable, d.serving?.candidate, d.from?.stable, d.from?.candidate, d.to?.stable, d.to?.candidate]) if (v) versions.add(v);
    }
    if (versions.size === 0 && !r.cards.some((c) => c.model === model)) return false;
    for (const c of r.cards) if (c.model === model) versions.add(c.version);
    return version === undefined || versions.has(version);
  });
}
