/**
 * Reads the audit log from a local clone (no network): the branch's records, in log order, and the
 * branch's own history, which must only ever add records. A commit that deletes or edits a record
 * is tampering even when the remaining records chain cleanly (a truncated tail).
 */
import { ConfigError, UsageError } from '../errors.js';
import { checkRef, git, lsTree, readBlobs } from '../git/git.js';
import { verifyChain, type ChainEntry, type ChainProblem, type ChainVerdict } from './chain.js';
import { INDEX_FILE, KEYS_DIR, RECORDS_DIR, gitBlobId, isRecordFile, keyEntryText, keyFileName, parseIndex, parseKeyEntry, parseRecordText, recordFileName } from './log.js';
import { recordSchemaProblems, type AuditRecord } from './records.js';

export interface LocalLog {
  /** The ref read (e.g. refs/remotes/origin/modelgate-audit). */
  ref: string;
  commit: string;
  entries: ChainEntry[];
  indexText: string | null;
  /** The git blob id of each record file, by path. */
  recordBlobs: Map<string, string>;
  /** What keys/ holds: path and blob id of every entry. */
  keys: { path: string; sha: string; type: string }[];
}

/**
 * The branch as the clone has it: the local branch, else origin's; origin's when the local branch
 * is merely behind it (a stale local copy would verify an old log). The ref read is reported.
 */
export async function resolveAuditRef(repoDir: string, branch: string): Promise<{ ref: string; commit: string } | null> {
  checkRef(branch, '--branch');
  const found: { ref: string; commit: string }[] = [];
  for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
    try {
      const commit = (await git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
      if (commit) found.push({ ref, commit });
    } catch {
      // try the next place
    }
  }
  const [local, origin] = found;
  if (local && origin && local.commit !== origin.commit) {
    try {
      await git(repoDir, ['merge-base', '--is-ancestor', local.commit, origin.commit]);
      return origin;
    } catch {
      // not behind (ahead or diverged): the local branch, as named in the output
    }
  }
  return local ?? null;
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
  const keys = tree.filter((e) => e.path.startsWith(`${KEYS_DIR}/`)).map((e) => ({ path: e.path, sha: e.sha, type: e.type }));
  return { ...found, entries, indexText: indexBytes ? Buffer.from(indexBytes).toString('utf8') : null, recordBlobs: new Map(files.map((f) => [f.path, f.sha])), keys };
}

/**
 * A clone whose history is cut (`git clone --depth`) cannot show what the branch once held: the
 * append-only check would pass on what little it sees. Fail closed, naming the fix: a configuration
 * error (exit 2), as the monitor reports a shallow checkout, since the fix is the checkout's.
 */
export async function assertFullHistory(repoDir: string, what: string): Promise<void> {
  let shallow = false;
  try {
    shallow = (await git(repoDir, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
  } catch {
    // an old git without the flag: assume a full clone, as before
  }
  if (shallow) {
    throw new ConfigError(
      `${repoDir} is a shallow clone: ${what} needs the full history, and a cut history would hide removed or rewritten records. Fetch it (git fetch --unshallow origin, or fetch-depth: 0 in actions/checkout) and run again`,
    );
  }
}

/** The writer appends one commit at a time on the tip: a merge commit on the branch was made by someone else. */
async function mergeCommitProblem(repoDir: string, commit: string): Promise<ChainProblem | null> {
  const merge = (await git(repoDir, ['rev-list', '--merges', '--max-count=1', commit, '--'])).trim();
  if (!merge) return null;
  return {
    kind: 'merge-commit',
    position: 0,
    where: `commit ${merge.slice(0, 12)}`,
    message: `audit branch commit ${merge.slice(0, 12)} is a merge commit: modelgate's writer never makes one, so the branch was written outside it (a merge can bring in a rewritten tree that the branch history does not show)`,
  };
}

/** Every record conforms to schemas/record-v1.schema.json: readers rely on its shape. */
export async function schemaProblem(records: readonly AuditRecord[]): Promise<ChainProblem | null> {
  for (const r of records) {
    const problems = await recordSchemaProblems(r);
    if (problems.length) {
      const where = typeof r.kind === 'string' && typeof r.subject === 'string' ? recordFileName(r.seq, r.kind, r.subject) : `seq ${r.seq}`;
      return { kind: 'malformed', position: r.seq, where, message: `record ${r.seq} (${where}) does not match schemas/record-v1.schema.json: ${problems.slice(0, 5).join('; ')}` };
    }
  }
  return null;
}

/**
 * keys/ must hold exactly one key per record, each naming that record (seq, hash, file and blob):
 * a writer that finds a key writes nothing, so a planted key would silence a real record.
 */
export async function checkKeys(repoDir: string, log: Pick<LocalLog, 'entries' | 'recordBlobs' | 'keys'>): Promise<ChainProblem | null> {
  const problem = (where: string, message: string): ChainProblem => ({ kind: 'keys', position: 0, where, message });
  const expected = new Map<string, { record: AuditRecord; file: string; blob: string }>();
  for (const e of log.entries) {
    if (!e.record) continue;
    expected.set(keyFileName(e.record.kind, e.record.subject), { record: e.record, file: e.where, blob: log.recordBlobs.get(e.where) ?? '' });
  }
  const toRead: { path: string; sha: string }[] = [];
  const seen = new Set<string>();
  for (const k of log.keys) {
    const want = expected.get(k.path);
    if (!want || k.type !== 'blob') return problem(k.path, `${k.path} is a key for no record of the chain: keys are written only with their record, so it was planted outside the writer (it would make the writer skip a real record)`);
    seen.add(k.path);
    // The writer's own bytes: no need to read the blob.
    if (k.sha !== gitBlobId(keyEntryText(want.record, want.file, want.blob))) toRead.push(k);
  }
  if (toRead.length) {
    const blobs = await readBlobs(repoDir, toRead.map((k) => k.sha));
    for (const k of toRead) {
      const want = expected.get(k.path)!;
      let entry;
      try {
        entry = parseKeyEntry(Buffer.from(blobs.get(k.sha) ?? []).toString('utf8'));
      } catch (err) {
        return problem(k.path, `${k.path} cannot be read: ${(err as Error).message}`);
      }
      const r = want.record;
      if (entry.kind !== r.kind || entry.subject !== r.subject || entry.seq !== r.seq || entry.hash !== r.hash || entry.file !== want.file || entry.blob !== want.blob) {
        return problem(k.path, `${k.path} does not name record ${r.seq} (${want.file}) as the chain holds it: keys/ was edited outside the writer`);
      }
    }
  }
  for (const [path, want] of expected) {
    if (!seen.has(path)) return problem(path, `record ${want.record.seq} (${want.file}) has no key ${path}: keys/ was edited outside the writer (a re-run would write the record twice)`);
  }
  return null;
}

/**
 * The branch's history, oldest first: every head `index.json` ever named must still be in the log,
 * at its seq and with its hash. The writer rewrites the index with each append, so its history is a
 * witness of every record as written: a later commit that deletes a tail (even with the index made
 * consistent again) or edits a record and re-seals the ones after it leaves an old head behind that
 * the log no longer holds. `--full-history`: git's default simplification follows one side of a
 * merge, which would hide the other side's index versions (merges are refused anyway). One `git log` limited to index.json (cheap: git prunes the records/ tree)
 * and one batch read of the index versions: 10,000 appends in a fraction of a second, where diffing
 * records/ in every commit costs time quadratic in its size.
 */
export async function indexHistory(repoDir: string, commit: string): Promise<{ commit: string; text: string }[]> {
  const out = await git(repoDir, ['log', '--reverse', '--full-history', '--no-renames', '--raw', '--no-abbrev', '--format=%x01%H', commit, '--', INDEX_FILE]);
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

/**
 * Everything that can be checked offline, first problem wins: that the branch is an audit log at
 * all, no merge commit on it, the chain, each record's schema, the index, the branch history, then
 * keys/. A shallow clone cannot show the history: it is refused (ConfigError, exit 2), not passed.
 */
export async function verifyLocal(repoDir: string, branch: string, options: { history?: boolean } = {}): Promise<LocalVerdict> {
  const found = await foundAuditRef(repoDir, branch);
  const withHistory = options.history !== false;
  if (withHistory) await assertFullHistory(repoDir, `verifying the audit branch ${branch}`);
  // The branch's index history is read while the records are: git processes side by side.
  const [log, history, merge] = await Promise.all([readLogAt(repoDir, found), withHistory ? indexHistory(repoDir, found.commit) : null, withHistory ? mergeCommitProblem(repoDir, found.commit) : null]);
  const records = log.entries.flatMap((e) => (e.record ? [e.record] : []));
  const base = { records, ref: log.ref, commit: log.commit };
  if (log.indexText === null && log.entries.length === 0) {
    const problem: ChainProblem = {
      kind: 'not-a-log',
      position: 0,
      where: found.ref,
      message: `${found.ref} (${found.commit.slice(0, 12)}) is not a modelgate audit log: it has no ${INDEX_FILE} and no ${RECORDS_DIR}/ (the writer creates both with the first record); check --branch or modelgate.yaml audit.branch`,
    };
    return { ok: false, count: 0, head: null, problem, ...base };
  }
  if (merge) return { ok: false, count: 0, head: null, problem: merge, ...base };
  const chain = verifyChain(log.entries);
  if (!chain.ok) return { ...chain, ...base };
  const problem =
    (await schemaProblem(records)) ?? checkIndex(log.indexText, records) ?? (history ? checkAppendOnly(history, records) : null) ?? (await checkKeys(repoDir, log));
  if (problem) return { ok: false, count: chain.count, head: null, problem, ...base };
  return { ...chain, ...base };
}
