/**
 * Appends records to the audit branch through the Git Data API with optimistic concurrency: read the
 * tip, build a commit on it, move the ref without force. A writer that loses the race (422: "Update
 * is not a fast forward", "Reference already exists") reads the new tip and builds again on it, so
 * concurrent writers all land, each linked to the one before. The index makes an append idempotent
 * by (kind, subject): a re-run finds its record and writes nothing.
 *
 * The record's hash is then anchored outside the branch, as a commit status on the decision commit
 * from the trusted writer's token: a `contents: write` token can rewrite the branch, not the
 * earlier statuses.
 */
import { ToolError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { createBranchRef, createCommit, createTree, fastForwardBranch, findBranchRef, getBlobText, getCommitTree, getTree } from '../github/git-data.js';
import type { RepoRef } from '../github/pulls.js';
import { createCommitStatus, listCommitStatuses } from '../github/statuses.js';
import { anchorDescription, parseAnchorDescription, sealRecord } from './chain.js';
import { ANCHOR_CONTEXT, INDEX_FILE, KEYS_DIR, RECORDS_DIR, emptyIndex, indexText, keyEntryText, keyFileName, keyShard, parseIndex, parseKeyEntry, parseRecordText, recordFileName, recordFileText, withRecord, type AuditIndex } from './log.js';
import { recordKey, recordSchemaProblems, type AuditRecord, type RecordDraft } from './records.js';

export interface AppendOptions {
  client: GitHubClient;
  repo: RepoRef;
  branch: string;
  /** Attempts before giving up on a busy ref. */
  maxAttempts?: number;
  now?: () => Date;
  /** Waits between attempts (injected so tests do not sleep). */
  sleep?: (ms: number) => Promise<void>;
  /** Anchor the record as a commit status on its decision commit (default true). */
  anchor?: boolean;
  anchorUrl?: string;
}

export interface AppendResult {
  status: 'written' | 'exists';
  record: AuditRecord;
  attempts: number;
  branchCommit: string | null;
  anchored: 'created' | 'present' | 'skipped';
}

interface Tip {
  commit: string | null;
  tree: string | null;
  index: AuditIndex;
  keysTree: string | null;
  recordsTree: string | null;
}

async function readTip(client: GitHubClient, repo: RepoRef, branch: string): Promise<Tip> {
  const commit = await findBranchRef(client, repo, branch);
  if (!commit) return { commit: null, tree: null, index: emptyIndex(), keysTree: null, recordsTree: null };
  const tree = await getCommitTree(client, repo, commit);
  const items = await getTree(client, repo, tree);
  const indexItem = items.find((i) => i.path === INDEX_FILE && i.type === 'blob');
  if (!indexItem) throw new ToolError(`the audit branch ${branch} has no ${INDEX_FILE} at ${commit.slice(0, 12)}: it was not written by modelgate, or was damaged; run \`modelgate audit verify\``);
  return {
    commit,
    tree,
    index: parseIndex(await getBlobText(client, repo, indexItem.sha)),
    keysTree: items.find((i) => i.path === KEYS_DIR && i.type === 'tree')?.sha ?? null,
    recordsTree: items.find((i) => i.path === RECORDS_DIR && i.type === 'tree')?.sha ?? null,
  };
}

/**
 * The record already written under this key, if any: one shard of keys/ listed, two blobs read.
 * A key is trusted only when its record is in the chain read: at a seq the index reaches, in the
 * records/ file of that seq with the blob the key names. A key planted without its record (for a
 * subject a later decision will have) must not make the writer skip that decision's record: it is
 * ignored, and overwritten by the record's own key.
 */
async function findExisting(client: GitHubClient, repo: RepoRef, tip: Tip, draft: RecordDraft): Promise<AuditRecord | null> {
  const { keysTree } = tip;
  if (!keysTree) return null;
  const shard = (await getTree(client, repo, keysTree)).find((i) => i.path === keyShard(draft.subject) && i.type === 'tree');
  if (!shard) return null;
  const name = keyFileName(draft.kind, draft.subject).split('/').pop();
  const item = (await getTree(client, repo, shard.sha)).find((i) => i.path === name && i.type === 'blob');
  if (!item) return null;
  const entry = parseKeyEntry(await getBlobText(client, repo, item.sha));
  const record = parseRecordText(await getBlobText(client, repo, entry.blob));
  if (record.kind !== draft.kind || record.subject !== draft.subject || record.hash !== entry.hash) {
    throw new ToolError(`the audit branch's key file for ${recordKey(draft.kind, draft.subject)} names a record that does not match it: run \`modelgate audit verify\``);
  }
  const head = tip.index.head;
  if (!head || entry.seq !== record.seq || record.seq > head.seq || !tip.recordsTree) return null;
  const file = recordFileName(record.seq, record.kind, record.subject);
  const inChain = (await getTree(client, repo, tip.recordsTree)).some((i) => `${RECORDS_DIR}/${i.path}` === file && i.type === 'blob' && i.sha === entry.blob);
  return inChain ? record : null;
}

function lostRace(err: unknown): boolean {
  const e = err as { status?: number; message?: string };
  return e.status === 422 && /not a fast forward|already exists/i.test(e.message ?? '');
}

async function ensureAnchor(o: AppendOptions, record: AuditRecord): Promise<'created' | 'present' | 'skipped'> {
  if (o.anchor === false) return 'skipped';
  const statuses = await listCommitStatuses(o.client, o.repo, record.commits.decision);
  const present = statuses.some((s) => s.context === ANCHOR_CONTEXT && parseAnchorDescription(s.description)?.hash === record.hash);
  if (present) return 'present';
  await createCommitStatus(o.client, o.repo, record.commits.decision, {
    context: ANCHOR_CONTEXT,
    state: 'success',
    description: anchorDescription(record.seq, record.hash),
    ...(o.anchorUrl ? { targetUrl: o.anchorUrl } : {}),
  });
  return 'created';
}

/**
 * THE way to write evidence (record, deploy, monitor and rollback jobs all use it):
 *
 *   const res = await appendRecord(
 *     { kind: 'deployment', subject: `deploy/${env}/${model}@${manifestCommit}#${attempt}`, decidedAt, summary,
 *       commits: { decision: manifestCommit }, pullRequest, approvals, policyPackDigest, cards, models,
 *       run, data: { environment: env, model, serving, outcome: 'success', startedAt, finishedAt, manifestCommit } },
 *     { client, repo, branch: config.audit?.branch ?? DEFAULT_AUDIT_BRANCH },
 *   );
 *
 * The draft is checked against schemas/record-v1.schema.json (a ToolError names the field), sealed
 * as the next link of the chain, committed to the audit branch (retrying a lost ref race) and its
 * hash anchored as a `modelgate/audit` commit status on `commits.decision` with the client's token,
 * which must be the trusted writer's (modelgate.yaml `audit.trustedWriters`). (kind, subject) is
 * the key: the same key again returns `status: 'exists'` and the first record, so choose subjects
 * that name one decision (the attempt number for retried deployments, the time for monitor runs).
 * Needs `contents: write` and `statuses: write`.
 */
export async function appendRecord(draft: RecordDraft, o: AppendOptions): Promise<AppendResult> {
  const problems = await recordSchemaProblems(sealRecord(draft, null, (o.now?.() ?? new Date()).toISOString()));
  if (problems.length) throw new ToolError(`the ${draft.kind} record for ${draft.subject} does not match schemas/record-v1.schema.json: ${problems.join('; ')}`);
  const maxAttempts = o.maxAttempts ?? 8;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const tip = await readTip(o.client, o.repo, o.branch);
    const existing = await findExisting(o.client, o.repo, tip, draft);
    if (existing) {
      const record = existing;
      return { status: 'exists', record, attempts: attempt, branchCommit: tip.commit, anchored: await ensureAnchor(o, record) };
    }
    const record = sealRecord(draft, tip.index.head, (o.now?.() ?? new Date()).toISOString());
    const file = recordFileName(record.seq, record.kind, record.subject);
    const tree = await createTree(o.client, o.repo, tip.tree, [
      { path: file, content: recordFileText(record) },
      { path: keyFileName(record.kind, record.subject), content: keyEntryText(record) },
      { path: INDEX_FILE, content: indexText(withRecord(tip.index, record)) },
    ]);
    const commit = await createCommit(o.client, o.repo, {
      message: `audit: ${record.seq} ${record.kind} ${record.subject}\n\nsha256:${record.hash}`,
      tree,
      parents: tip.commit ? [tip.commit] : [],
    });
    try {
      if (tip.commit) await fastForwardBranch(o.client, o.repo, o.branch, commit);
      else await createBranchRef(o.client, o.repo, o.branch, commit);
    } catch (err) {
      if (!lostRace(err) || attempt === maxAttempts) throw err;
      // Jittered, growing waits keep writers that collided from colliding again in lockstep.
      await sleep(Math.min(2000, 50 * 2 ** attempt) * (0.5 + Math.random()));
      continue;
    }
    return { status: 'written', record, attempts: attempt, branchCommit: commit, anchored: await ensureAnchor(o, record) };
  }
  throw new ToolError(`the audit branch ${o.branch} kept moving: ${maxAttempts} attempts to append lost the race`);
}
