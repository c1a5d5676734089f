/** Audit logs on real git branches for tests and benchmarks, written with `git fast-import`. */
import { execFileSync } from 'node:child_process';
import { sealRecord } from '../../src/audit/chain.js';
import { emptyIndex, indexText, keyEntryText, keyFileName, recordFileName, recordFileText, withRecord } from '../../src/audit/log.js';
import type { AuditRecord, RecordDataByKind, RecordDraft, RecordKind, RunEvidence } from '../../src/audit/records.js';

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
