/**
 * The deploy gate's cross-check with the audit log (DESIGN §2, §5): a record counts only when it is
 * on the audit branch under its key, hashes to the hash it carries, and that hash was anchored on
 * its decision commit by a trusted writer (the earliest such anchor for its seq wins, as `audit
 * verify` reads them). Read through the Git Data API, so the deploy job needs no audit checkout.
 * A record that exists but fails any of these is reported as tampered, never as absent.
 */
import { recordHash } from '../audit/chain.js';
import { DEFAULT_AUDIT_BRANCH, DEFAULT_TRUSTED_WRITERS, INDEX_FILE, KEYS_DIR, keyFileName, keyShard, parseKeyEntry, parseRecordText } from '../audit/log.js';
import { collectAnchors } from '../audit/online.js';
import type { AuditRecord, RecordKind } from '../audit/records.js';
import type { GitHubClient } from '../github/client.js';
import { findBranchRef, getBlobText, getCommitTree, getTree } from '../github/git-data.js';
import type { RepoRef } from '../github/pulls.js';
import type { ConfigDoc } from '../registry/types.js';

export type AnchoredLookup =
  | { status: 'found'; record: AuditRecord; anchoredBy: string; anchoredAt: string }
  | { status: 'missing' | 'unanchored' | 'tampered'; reason: string; record?: AuditRecord };

export function auditSettings(config: ConfigDoc | null, branchInput?: string): { branch: string; trusted: string[] } {
  return { branch: branchInput ?? config?.audit?.branch ?? DEFAULT_AUDIT_BRANCH, trusted: config?.audit?.trustedWriters ?? DEFAULT_TRUSTED_WRITERS };
}

/** The record under (kind, subject) on the audit branch, accepted only with its trusted anchor. */
export async function findAnchoredRecord(client: GitHubClient, repo: RepoRef, o: { branch: string; trusted: readonly string[]; kind: RecordKind; subject: string }): Promise<AnchoredLookup> {
  const tip = await findBranchRef(client, repo, o.branch);
  if (!tip) return { status: 'missing', reason: `the audit branch ${o.branch} does not exist` };
  const root = await getTree(client, repo, await getCommitTree(client, repo, tip));
  if (!root.some((i) => i.path === INDEX_FILE)) return { status: 'tampered', reason: `the audit branch ${o.branch} has no ${INDEX_FILE}: it was not written by modelgate` };
  const keys = root.find((i) => i.path === KEYS_DIR && i.type === 'tree');
  const shard = keys ? (await getTree(client, repo, keys.sha)).find((i) => i.path === keyShard(o.subject) && i.type === 'tree') : undefined;
  const name = keyFileName(o.kind, o.subject).split('/').pop();
  const item = shard ? (await getTree(client, repo, shard.sha)).find((i) => i.path === name && i.type === 'blob') : undefined;
  if (!item) return { status: 'missing', reason: `no ${o.kind} record for ${o.subject} on ${o.branch}` };
  let record: AuditRecord;
  try {
    const entry = parseKeyEntry(await getBlobText(client, repo, item.sha));
    record = parseRecordText(await getBlobText(client, repo, entry.blob));
    if (entry.hash !== record.hash) return { status: 'tampered', reason: `the key of ${o.kind} ${o.subject} names hash ${entry.hash.slice(0, 16)}…, its record carries ${record.hash.slice(0, 16)}…`, record };
  } catch (err) {
    return { status: 'tampered', reason: `the ${o.kind} record for ${o.subject} cannot be read: ${(err as Error).message}` };
  }
  if (record.kind !== o.kind || record.subject !== o.subject) return { status: 'tampered', reason: `the key of ${o.kind} ${o.subject} leads to a record about ${record.kind} ${record.subject}`, record };
  const recomputed = recordHash(record);
  if (recomputed !== record.hash) return { status: 'tampered', reason: `record ${record.seq} (${o.kind} ${o.subject}) was modified: it hashes to ${recomputed.slice(0, 16)}…, not ${record.hash.slice(0, 16)}…`, record };
  const allowed = new Set(o.trusted.map((t) => t.toLowerCase()));
  const anchors = (await collectAnchors(client, repo, [record.commits.decision]))
    .filter((a) => a.seq === record.seq && allowed.has(a.creator.toLowerCase()))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  const first = anchors[0];
  if (!first) return { status: 'unanchored', reason: `record ${record.seq} (${o.kind} ${o.subject}) has no modelgate/audit anchor from a trusted writer (${o.trusted.join(', ')}) on ${record.commits.decision.slice(0, 12)}`, record };
  if (first.hash !== record.hash) return { status: 'tampered', reason: `record ${record.seq} hashes to ${record.hash.slice(0, 16)}…, but @${first.creator} anchored ${first.hash.slice(0, 16)}… at ${first.createdAt}: the log was rewritten`, record };
  return { status: 'found', record, anchoredBy: first.creator, anchoredAt: first.createdAt };
}
