/** Audit logs on real git branches for tests and benchmarks, written with `git fast-import`. */
import { execFileSync } from 'node:child_process';
import { sealRecord } from '../../src/audit/chain.js';
import { emptyIndex, indexText, keyEntryText, keyFileName, recordFileName, recordFileText, withRecord } from '../../src/audit/log.js';
import type { ApprovalEvidence, AuditRecord, PullRequestEvidence, RecordDataByKind, RecordDraft, RecordKind, RunEvidence } from '../../src/audit/records.js';

export const RUN: RunEvidence = { id: '9001', url: 'https://github.com/acme/registry/actions/runs/9001', actor: 'octocat', event: 'push', workflow: 'modelgate push', attempt: 1 };

export function draft<K extends RecordKind>(kind: K, subject: string, data: RecordDataByKind[K], extra: Partial<RecordDraft<K>> = {}): RecordDraft<K> {
  return {
    kind,
    subject,
    decidedAt: '2026-03-01T10:00:00.000Z',
    summary: `${kind} ${subject}`,
    commits: { decision: 'a'.repeat(40) },
    pullRequest: null,
    approvals: null,
    policyPackDigest: null,
    cards: [],
    models: [],
    run: RUN,
    data,
    ...extra,
  };
}

/** Seals drafts into a chain, in order. */
export function chainOf(drafts: readonly RecordDraft[], recordedAt = '2026-03-01T10:00:00.000Z'): AuditRecord[] {
  const out: AuditRecord[] = [];
  for (const d of drafts) out.push(sealRecord(d, out[out.length - 1] ?? null, recordedAt));
  return out;
}

/**
 * Writes `records` to `branch` as the writer would: one commit per record, adding its file and
 * rewriting index.json. `files` overrides what lands (for tampering); one fast-import process.
 */
export function writeAuditBranch(dir: string, branch: string, records: readonly AuditRecord[], options: { files?: (r: AuditRecord) => string } = {}): void {
  const chunks: string[] = [];
  let index = emptyIndex();
  let mark = 0;
  records.forEach((r, i) => {
    index = withRecord(index, r);
    const body = recordFileText(r);
    const idx = indexText(index);
    const msg = `audit: ${r.seq} ${r.kind} ${r.subject}\n`;
    mark++;
    chunks.push(
      `commit refs/heads/${branch}\nmark :${mark}\ncommitter modelgate <audit@example.com> ${1_772_000_000 + i} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}` +
        (i > 0 ? `from :${mark - 1}\n` : '') +
        `M 100644 inline ${options.files?.(r) ?? recordFileName(r.seq, r.kind, r.subject)}\ndata ${Buffer.byteLength(body)}\n${body}\n` +
        `M 100644 inline index.json\ndata ${Buffer.byteLength(idx)}\n${idx}\n` +
        `M 100644 inline ${keyFileName(r.kind, r.subject)}\ndata ${Buffer.byteLength(keyEntryText(r))}\n${keyEntryText(r)}\n`,
    );
  });
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: dir, input: chunks.join(''), maxBuffer: 1 << 30 });
}

/** One more commit on `branch` built from a shell-free plumbing sequence: for tampering tests. */
export function commitOnBranch(dir: string, branch: string, message: string, change: { write?: Record<string, string>; remove?: string[] }): void {
  const lines = [`commit refs/heads/${branch}`, `committer mallory <m@example.com> 1772999999 +0000`, `data ${Buffer.byteLength(message)}`, message, `from refs/heads/${branch}^0`];
  for (const p of change.remove ?? []) lines.push(`D ${p}`);
  let body = lines.join('\n') + '\n';
  for (const [p, text] of Object.entries(change.write ?? {})) body += `M 100644 inline ${p}\ndata ${Buffer.byteLength(text)}\n${text}\n`;
  execFileSync('git', ['fast-import', '--quiet', '--force'], { cwd: dir, input: body });
}

/** Approval evidence as the record action writes it: who approved which commit when, each requirement, team resolution. */
export function approvalsEvidence(head: string): ApprovalEvidence {
  return {
    approved: true,
    rule: { tier: 'high', minApprovals: 2, requireTeams: ['@acme/model-risk'], independentOfOwner: true },
    counted: [
      { login: 'alice', reviewId: 11, commitId: head, submittedAt: '2026-03-01T09:40:00Z', onHead: true },
      { login: 'rita', reviewId: 12, commitId: head, submittedAt: '2026-03-01T09:50:00Z', onHead: true },
    ],
    requirements: [
      { requirement: 'at least 2 approval(s)', satisfied: true, by: ['@alice', '@rita'] },
      { requirement: 'an approval from @acme/model-risk', satisfied: true, by: ['@rita'] },
    ],
    teams: [
      { team: '@acme/model-risk', login: 'alice', status: 'not-member' },
      { team: '@acme/model-risk', login: 'rita', status: 'member' },
    ],
    missing: [],
    blockers: [],
    reasons: [],
    baseCommit: null,
    codeownersFile: '.github/CODEOWNERS',
  };
}

/**
 * One record of every kind about model `demo` version `version`, decided on `commit` (merge of
 * pull request 42 with head `head`): what the record action, the deploy jobs and the monitor write.
 */
export function everyKind(commit: string, head: string, version = '1.1.0'): RecordDraft[] {
  const pullRequest: PullRequestEvidence = {
    number: 42,
    title: `register demo ${version}`,
    author: 'bob',
    url: 'https://github.com/acme/registry/pull/42',
    baseRef: 'main',
    headSha: head,
    mergedAt: '2026-03-01T10:00:00Z',
    mergedBy: 'carol',
    reviews: [
      { id: 11, login: 'alice', state: 'APPROVED', commitId: head, submittedAt: '2026-03-01T09:40:00Z' },
      { id: 12, login: 'rita', state: 'APPROVED', commitId: head, submittedAt: '2026-03-01T09:50:00Z' },
    ],
  };
  const decided = { commits: { decision: commit, base: null, head }, pullRequest, approvals: approvalsEvidence(head), policyPackDigest: 'e'.repeat(64), cards: [{ model: 'demo', version, path: `models/demo/${version}/card.yaml`, digest: 'd'.repeat(64) }], models: [{ model: 'demo', version }] };
  const canary = { strategy: 'canary' as const, stable: '1.0.0', candidate: version, traffic: 10 };
  return [
    draft('registration', `pr/42@${commit}`, {
      outcome: 'approved',
      changedFiles: [`models/demo/${version}/card.yaml`, 'deployments/production.yaml'],
      manifests: [{ environment: 'production', before: { demo: { strategy: 'direct', stable: '1.0.0' } }, after: { demo: canary } }],
      policyResults: [
        { rule: 'metric-thresholds', severity: 'deny', passed: true },
        { rule: 'fairness-coverage', severity: 'warn', passed: false, message: `models/demo/${version}/card.yaml:30: no fairness result for age` },
      ],
    }, decided),
    draft('promotion', `promote/production/demo@${commit}`, { outcome: 'approved', environment: 'production', model: 'demo', from: { strategy: 'direct', stable: '1.0.0' }, to: canary }, { ...decided, models: [{ model: 'demo', version, environment: 'production' }] }),
    draft('waiver-use', `waiver/demo/${version}/fairness-coverage@${commit}`, { model: 'demo', version, rule: 'fairness-coverage', reason: 'age not collected', approver: '@acme/model-risk', ticket: 'RISK-7', expires: '2026-06-30', effective: true, approvedBy: ['rita'], decision: 'approved by @rita on the head commit' }, decided),
    draft('deployment', `deploy/production/demo@${commit}#1`, { environment: 'production', model: 'demo', serving: canary, outcome: 'success', startedAt: '2026-03-01T10:05:00Z', finishedAt: '2026-03-01T10:07:00Z', manifestCommit: commit, deploymentId: 77, target: 'sagemaker', message: 'canary at 10%' }, { ...decided, decidedAt: '2026-03-01T10:07:00.000Z', models: [{ model: 'demo', version, environment: 'production' }] }),
    draft('monitor-verdict', `monitor/production/demo/${version}@2026-03-01T11:00:00Z`, {
      environment: 'production',
      model: 'demo',
      version,
      verdict: 'rollback',
      rules: [{ name: 'error-rate', result: 'fail', severity: 'critical', values: [0.09, 0.11], query: 'sum(rate(errors[5m]))', message: '0.11 > 0.05' }],
      window: { from: '2026-03-01T10:30:00Z', to: '2026-03-01T11:00:00Z' },
    }, { commits: { decision: commit }, decidedAt: '2026-03-01T11:00:00.000Z', models: [{ model: 'demo', version, environment: 'production' }] }),
    draft('rollback', `rollback/production/demo@${commit}`, { environment: 'production', model: 'demo', from: canary, to: { strategy: 'direct', stable: '1.0.0' }, outcome: 'success', reason: 'error-rate failed 2 times', evidence: [], pullRequest: 43, incident: 'production-demo-1' }, { commits: { decision: commit }, decidedAt: '2026-03-01T11:20:00.000Z', models: [{ model: 'demo', version, environment: 'production' }] }),
  ];
}
