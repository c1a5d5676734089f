/**
 * Reads the audit log from a local clone (no network): the branch's records, in log order, and the
 * branch's own history, which must only ever add records. A commit that deletes or edits a record
 * is tampering even when the remaining records chain cleanly (a truncated tail).
 */
import { UsageError } from '../errors.js';
import { checkRef, git, lsTree, readBlobs } from '../git/git.js';
import { verifyChain, type ChainEntry, type ChainProblem, type ChainVerdict } from './chain.js';
import { INDEX_FILE, RECORDS_DIR, isRecordFile, parseIndex, parseRecordText, recordFileName } from './log.js';
import type { AuditRecord } from './records.js';

export interface LocalLog {
  /** The ref read (e.g. refs/remotes/origin/modelgate-audit). */
  ref: string;
  commit: string;
  entries: ChainEntry[];
  indexText: string | null;
}

/** The branch as the clone has it: the local branch, else origin's. */
export async function resolveAuditRef(repoDir: string, branch: string): Promise<{ ref: string; commit: string } | null> {
  checkRef(branch, '--branch');
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    try {
      const commit = (await git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
      if (commit) return { ref, commit };
    } catch {
      // try the next place
    }
  }
  return null;
}

async function foundAuditRef(repoDir: string, branch: string): Promise<{ ref: string; commit: string }> {
  const found = await resolveAuditRef(repoDir, branch);
  if (!found) {
    throw new UsageError(`no audit branch '${branch}' in ${repoDir} (looked for refs/heads/${branch} and refs/remotes/origin/${branch}); fetch it: git fetch origin ${branch}:${branch}`);
  }
  return found;
}

export async function readLocalLog(repoDir: string, branch: string): Promise<LocalLog> {
  return readLogAt(repoDir, await foundAuditRef(repoDir, branch));
}

async function readLogAt(repoDir: string, found: { ref: string; commit: string }): Promise<LocalLog> {
  const tree = await lsTree(repoDir, found.commit, '');
  const files = tree.filter((e) => e.path.startsWith(`${RECORDS_DIR}/`)).sort((a, b) => (a.path < b.path ? -1 : 1));
  const indexEntry = tree.find((e) => e.path === INDEX_FILE);
  const blobs = await readBlobs(repoDir, [...files.map((f) => f.sha), ...(indexEntry ? [indexEntry.sha] : [])]);
  const entries: ChainEntry[] = files.map((f) => {
    if (!isRecordFile(f.path) || f.type !== 'blob' || f.mode === '120000') return { where: f.path, record: null, error: 'not a record file name' };
    try {
      return { where: f.path, record: parseRecordText(Buffer.from(blobs.get(f.sha) ?? []).toString('utf8')) };
    } catch (err) {
      return { where: f.path, record: null, error: (err as Error).message };
    }
  });
  const indexBytes = indexEntry ? blobs.get(indexEntry.sha) : null;
  return { ...found, entries, indexText: indexBytes ? Buffer.from(indexBytes).toString('utf8') : null };
}

/**
 * The branch's history, oldest first: every head `index.json` ever named must still be in the log,
 * at its seq and with its hash. The writer rewrites the index with each append, so its history is a
 * witness of every record as written: a later commit that deletes a tail (even with the index made
 * consistent again) or edits a record and re-seals the ones after it leaves an old head behind that
 * the log no longer holds. One `git log` limited to index.json (cheap: git prunes the records/ tree)
 * and one batch read of the index versions: 10,000 appends in a fraction of a second, where diffing
 * records/ in every commit costs time quadratic in its size.
 */
export async function indexHistory(repoDir: string, commit: string): Promise<{ commit: string; text: string }[]> {
  const out = await git(repoDir, ['log', '--reverse', '--no-renames', '--raw', '--no-abbrev', '--format=%x01%H', commit, '--', INDEX_FILE]);
  const versions: { commit: string; blob: string }[] = [];
  let current = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('\x01')) current = line.slice(1);
    const m = /^:[0-7]+ [0-7]+ [0-9a-f]+ ([0-9a-f]+) [A-Z]/.exec(line);
    if (m && !/^0+$/.test(m[1]!)) versions.push({ commit: current, blob: m[1]! });
  }
  const blobs = await readBlobs(repoDir, [...new Set(versions.map((v) => v.blob))]);
  return versions.map((v) => ({ commit: v.commit, text: Buffer.from(blobs.get(v.blob) ?? []).toString('utf8') }));
}

/** Every head an index version (oldest first, from indexHistory) named must still be in the log. */
export function checkAppendOnly(history: readonly { commit: string; text: string }[], records: readonly AuditRecord[]): ChainProblem | null {
  const bySeq = new Map(records.map((r) => [r.seq, r]));
  for (const v of history) {
    let head;
    try {
      head = parseIndex(v.text).head;
    } catch {
      continue; // an unreadable old index says nothing; the current one is checked by checkIndex
    }
    if (!head) continue;
    const r = bySeq.get(head.seq);
    if (!r) {
      return {
        kind: 'truncated',
        position: head.seq,
        where: `${INDEX_FILE} at ${v.commit.slice(0, 12)}`,
        message: `audit branch commit ${v.commit.slice(0, 12)} recorded record ${head.seq} (${head.hash.slice(0, 16)}…), which the log no longer holds (it ends at ${records.length}): records were removed after they were written`,
      };
    }
    if (r.hash !== head.hash) {
      return {
        kind: 'modified',
        position: head.seq,
        where: recordFileName(r.seq, r.kind, r.subject),
        message: `record ${head.seq} (${recordFileName(r.seq, r.kind, r.subject)}) hashes to ${r.hash.slice(0, 16)}…, but audit branch commit ${v.commit.slice(0, 12)} recorded it as ${head.hash.slice(0, 16)}…: it was rewritten after it was written`,
      };
    }
  }
  return null;
}

/** The index must say what the records say; a disagreement means one of them was edited. */
export function checkIndex(indexText: string | null, records: readonly AuditRecord[]): ChainProblem | null {
  const problem = (message: string): ChainProblem => ({ kind: 'modified', position: 0, where: INDEX_FILE, message });
  if (indexText === null) return records.length ? problem(`${INDEX_FILE} is missing`) : null;
  let index;
  try {
    index = parseIndex(indexText);
  } catch (err) {
    return problem(`${INDEX_FILE} cannot be read: ${(err as Error).message}`);
  }
  const last = records[records.length - 1];
  if (index.count !== records.length || (index.head?.hash ?? null) !== (last?.hash ?? null)) {
    return problem(`${INDEX_FILE} says ${index.count} records ending in ${index.head?.hash.slice(0, 16) ?? '(none)'}…; the branch holds ${records.length} ending in ${last?.hash.slice(0, 16) ?? '(none)'}…: records were added or removed outside the writer`);
  }
  return null;
}

export interface LocalVerdict extends ChainVerdict {
  records: AuditRecord[];
  ref: string;
  commit: string;
}

/** Everything that can be checked offline, first problem wins: chain, index, then branch history. */
export async function verifyLocal(repoDir: string, branch: string, options: { history?: boolean } = {}): Promise<LocalVerdict> {
  const found = await foundAuditRef(repoDir, branch);
  // The branch's index history is read while the records are: two git processes side by side.
  const [log, history] = await Promise.all([readLogAt(repoDir, found), options.history === false ? null : indexHistory(repoDir, found.commit)]);
  const chain = verifyChain(log.entries);
  const records = log.entries.flatMap((e) => (e.record ? [e.record] : []));
  const base = { records, ref: log.ref, commit: log.commit };
  if (!chain.ok) return { ...chain, ...base };
  const problem = checkIndex(log.indexText, records) ?? (history ? checkAppendOnly(history, records) : null);
  if (problem) return { ok: false, count: chain.count, head: null, problem, ...base };
  return { ...chain, ...base };
}
