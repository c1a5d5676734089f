/**
 * Reads the audit log from a local clone (no network): the branch's records, in log order, and the
 * branch's own history, which must only ever add one record per commit. A commit that deletes or
 * edits a record file is tampering even when the remaining records chain cleanly (a truncated tail).
 */
import { UsageError } from '../errors.js';
import { checkRef, git, lsTree, readBlobs } from '../git/git.js';
import { verifyChain, type ChainEntry, type ChainProblem, type ChainVerdict } from './chain.js';
import { INDEX_FILE, RECORDS_DIR, isRecordFile, parseIndex, parseRecordText } from './log.js';
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

export async function readLocalLog(repoDir: string, branch: string): Promise<LocalLog> {
  const found = await resolveAuditRef(repoDir, branch);
  if (!found) {
    throw new UsageError(`no audit branch '${branch}' in ${repoDir} (looked for refs/heads/${branch} and refs/remotes/origin/${branch}); fetch it: git fetch origin ${branch}:${branch}`);
  }
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
 * The branch's history, oldest first, one `git log` process: every commit must add record files
 * and touch nothing else under records/. Returns the first commit that does otherwise.
 */
export async function checkAppendOnly(repoDir: string, commit: string): Promise<ChainProblem | null> {
  const out = await git(repoDir, ['log', '--reverse', '--no-renames', '--name-status', '--format=%x01%H', commit, '--', RECORDS_DIR]);
  let current = '';
  for (const line of out.split('\n')) {
    if (line.startsWith('\x01')) {
      current = line.slice(1);
      continue;
    }
    const m = /^([A-Z])[0-9]*\t(.*)$/.exec(line);
    if (!m || m[1] === 'A') continue;
    const what = m[1] === 'D' ? 'deleted' : 'changed';
    return {
      kind: m[1] === 'D' ? 'truncated' : 'modified',
      position: 0,
      where: m[2]!,
      message: `audit branch commit ${current.slice(0, 12)} ${what} ${m[2]}: the log only ever appends, so records were ${m[1] === 'D' ? 'removed' : 'rewritten'} after they were written`,
    };
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
  const log = await readLocalLog(repoDir, branch);
  const chain = verifyChain(log.entries);
  const records = log.entries.flatMap((e) => (e.record ? [e.record] : []));
  const base = { records, ref: log.ref, commit: log.commit };
  if (!chain.ok) return { ...chain, ...base };
  const problem = checkIndex(log.indexText, records) ?? (options.history === false ? null : await checkAppendOnly(repoDir, log.commit));
  if (problem) return { ok: false, count: chain.count, head: null, problem, ...base };
  return { ...chain, ...base };
}
