export const id = 564;
export const ids = [564];
export const modules = {

/***/ 187:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
/**
 * RFC 8785 canonical JSON from the `canonicalize` package (4.x: 5.x needs Node 22).
 *
 * Imported by file, not by package name: the package exports only an `import` condition, and ncc
 * resolves modules of lazily loaded CLI chunks (every command is one) under `require` conditions,
 * which fails the build. The file is the package's own entry point; package.json pins the version.
 */
const canonicalize_js_1 = __importDefault(__webpack_require__(8799));
exports["default"] = canonicalize_js_1.default;


/***/ }),

/***/ 7802:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.canonicalJson = canonicalJson;
exports.recordHash = recordHash;
exports.sealRecord = sealRecord;
exports.verifyChain = verifyChain;
exports.checkAnchors = checkAnchors;
exports.winningAnchors = winningAnchors;
exports.acceptAnchored = acceptAnchored;
exports.anchorDescription = anchorDescription;
exports.parseAnchorDescription = parseAnchorDescription;
/**
 * The hash chain (DESIGN §5). A record's hash is sha256 over the RFC 8785 canonical JSON of every
 * field but `hash`; each record names the previous record's hash in `prev`. Canonical form makes the
 * hash independent of key order and number spelling, so any conforming tool can recompute it.
 *
 * verifyChain reports the FIRST problem only: after a break every later link is suspect, and the
 * earliest break is what an auditor needs to start from.
 */
const node_crypto_1 = __webpack_require__(7598);
const canonicalize_js_1 = __importDefault(__webpack_require__(187));
const records_js_1 = __webpack_require__(7169);
function canonicalJson(value) {
    const text = (0, canonicalize_js_1.default)(value);
    if (text === undefined)
        throw new TypeError('value has no JSON form');
    return text;
}
function recordHash(record) {
    const { hash: _ignored, ...rest } = record;
    return (0, node_crypto_1.createHash)('sha256').update(canonicalJson(rest)).digest('hex');
}
/** Seals a draft as the next link after `previous` (null for the first record). */
function sealRecord(draft, previous, recordedAt) {
    const body = { ...draft, schemaVersion: records_js_1.RECORD_SCHEMA_VERSION, seq: (previous?.seq ?? 0) + 1, prev: previous?.hash ?? null, recordedAt };
    return { ...body, hash: recordHash(body) };
}
function fail(count, problem) {
    return { ok: false, count, head: null, problem };
}
/**
 * Checks entries in log order (by file name, which carries the seq). Each record must hash to its
 * own `hash` (else it was modified), carry the next seq, and link to its predecessor's hash. A
 * link that fails is classified by what the rest of the log shows: the predecessor of a record
 * whose seq skips is missing (removed); a seq out of order means records were swapped; a record
 * whose own hash holds but whose link does not, with no gap to explain it, was forged or inserted.
 */
function verifyChain(entries) {
    const keys = new Map();
    const bySeqHash = new Map();
    entries.forEach((e, i) => e.record && bySeqHash.set(e.record.hash, i + 1));
    let previous = null;
    for (let i = 0; i < entries.length; i++) {
        const position = i + 1;
        const e = entries[i];
        const r = e.record;
        if (!r)
            return fail(i, { kind: 'unreadable', position, where: e.where, message: `record ${position} (${e.where}) cannot be read: ${e.error ?? 'not a record'}` });
        const recomputed = recordHash(r);
        if (recomputed !== r.hash) {
            return fail(i, { kind: 'modified', position, where: e.where, message: `record ${position} (${e.where}) was modified: its content hashes to ${recomputed.slice(0, 16)}…, not the ${r.hash.slice(0, 16)}… it carries` });
        }
        const expectedSeq = position;
        const expectedPrev = previous?.hash ?? null;
        if (r.seq !== expectedSeq || r.prev !== expectedPrev) {
            if (r.seq < expectedSeq || (r.seq > expectedSeq && entries.slice(i + 1).some((o) => o.record && o.record.seq < r.seq))) {
                return fail(i, { kind: 'reordered', position, where: e.where, message: `record ${position} (${e.where}) carries seq ${r.seq}: records were reordered` });
            }
            if (r.seq > expectedSeq) {
                const missing = r.seq - expectedSeq;
                return fail(i, { kind: 'removed', position, where: e.where, message: `${missing} record${missing === 1 ? '' : 's'} before ${e.where} ${missing === 1 ? 'was' : 'were'} removed: it carries seq ${r.seq}, the log reaches only ${expectedSeq - 1}` });
            }
            // Same seq, own hash intact, but the link names a record that is not its predecessor.
            const linked = r.prev ? bySeqHash.get(r.prev) : undefined;
            return fail(i, {
                kind: linked === undefined && previous !== null ? 'forged-link' : 'inserted',
                position,
                where: e.where,
                message: `record ${position} (${e.where}) does not link to record ${position - 1}: it names ${r.prev ? `${r.prev.slice(0, 16)}…` : 'no predecessor'}, record ${position - 1} hashes to ${expectedPrev ? `${expectedPrev.slice(0, 16)}…` : '(none)'} (a forged or inserted record)`,
            });
        }
        const key = (0, records_js_1.recordKey)(r.kind, r.subject);
        const first = keys.get(key);
        if (first !== undefined) {
            return fail(i, { kind: 'duplicate', position, where: e.where, message: `record ${position} (${e.where}) repeats the key ${key} of record ${first}` });
        }
        keys.set(key, position);
        previous = r;
    }
    return { ok: true, count: entries.length, head: previous ? { seq: previous.seq, hash: previous.hash } : null, problem: null };
}
/**
 * Checks a verified chain against its anchors. Per (commit, seq) the earliest anchor from a trusted
 * writer wins: a later status cannot re-anchor a rewritten record. Every record must be anchored
 * with its own hash (a consistent whole-chain rewrite changes hashes), and every anchored record
 * must be in the chain (a truncated tail leaves anchors with no record).
 */
function checkAnchors(records, anchors, trusted, options = {}) {
    const winners = winningAnchors(anchors, trusted);
    const inChain = new Map(records.map((r) => [r.hash, r]));
    for (const r of records) {
        const a = winners.get(`${r.commits.decision}\n${r.seq}`);
        if (!a) {
            if (options.allowUnanchored)
                continue;
            return { kind: 'unanchored', position: r.seq, where: `seq ${r.seq}`, message: `record ${r.seq} (${r.kind} ${r.subject}) has no anchor from a trusted writer (${trusted.join(', ')}) on commit ${r.commits.decision.slice(0, 12)}: it is not accepted` };
        }
        if (a.hash !== r.hash) {
            return { kind: 'anchor-mismatch', position: r.seq, where: `seq ${r.seq}`, message: `record ${r.seq} (${r.kind} ${r.subject}) hashes to ${r.hash.slice(0, 16)}…, but @${a.creator} anchored ${a.hash.slice(0, 16)}… on ${a.commit.slice(0, 12)} at ${a.createdAt}: the log was rewritten` };
        }
    }
    for (const a of [...winners.values()].sort((x, y) => x.seq - y.seq)) {
        if (!inChain.has(a.hash)) {
            return { kind: 'truncated', position: a.seq, where: `seq ${a.seq}`, message: `@${a.creator} anchored record ${a.seq} (${a.hash.slice(0, 16)}…) on ${a.commit.slice(0, 12)}, but the log has no such record: records were removed or the tail truncated` };
        }
    }
    return null;
}
/** The anchors that count: per (decision commit, seq), the earliest from a trusted writer. */
function winningAnchors(anchors, trusted) {
    const allowed = new Set(trusted.map((t) => t.toLowerCase()));
    const winners = new Map();
    for (const a of [...anchors].sort((x, y) => (x.createdAt < y.createdAt ? -1 : x.createdAt > y.createdAt ? 1 : 0))) {
        if (!allowed.has(a.creator.toLowerCase()))
            continue;
        const k = `${a.commit}\n${a.seq}`;
        if (!winners.has(k))
            winners.set(k, a);
    }
    return winners;
}
/**
 * What a reader may use: the records whose winning anchor carries their own hash. A record with no
 * trusted anchor, or whose earliest trusted anchor names another hash, is refused with the reason.
 */
function acceptAnchored(records, anchors, trusted) {
    const winners = winningAnchors(anchors, trusted);
    const accepted = [];
    const refused = [];
    for (const r of records) {
        const a = winners.get(`${r.commits.decision}\n${r.seq}`);
        if (!a)
            refused.push({ record: r, reason: `no anchor from a trusted writer (${trusted.join(', ')}) on commit ${r.commits.decision.slice(0, 12)}` });
        else if (a.hash !== r.hash)
            refused.push({ record: r, reason: `@${a.creator} anchored ${a.hash.slice(0, 16)}… at ${a.createdAt}, not this record's ${r.hash.slice(0, 16)}…` });
        else
            accepted.push(r);
    }
    return { accepted, refused };
}
/** The text of an anchor (commit status description, at most 140 characters). */
function anchorDescription(seq, hash) {
    return `audit record ${seq} sha256:${hash}`;
}
function parseAnchorDescription(text) {
    const m = /^audit record ([1-9][0-9]*) sha256:([0-9a-f]{64})$/.exec(text ?? '');
    return m ? { seq: Number(m[1]), hash: m[2] } : null;
}


/***/ }),

/***/ 2564:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveAuditRef = resolveAuditRef;
exports.readLocalLog = readLocalLog;
exports.assertFullHistory = assertFullHistory;
exports.schemaProblem = schemaProblem;
exports.checkKeys = checkKeys;
exports.indexHistory = indexHistory;
exports.checkAppendOnly = checkAppendOnly;
exports.checkIndex = checkIndex;
exports.verifyLocal = verifyLocal;
/**
 * Reads the audit log from a local clone (no network): the branch's records, in log order, and the
 * branch's own history, which must only ever add records. A commit that deletes or edits a record
 * is tampering even when the remaining records chain cleanly (a truncated tail).
 */
const errors_js_1 = __webpack_require__(3916);
const git_js_1 = __webpack_require__(308);
const chain_js_1 = __webpack_require__(7802);
const log_js_1 = __webpack_require__(8365);
const records_js_1 = __webpack_require__(7169);
/**
 * The branch as the clone has it: the local branch, else origin's; origin's when the local branch
 * is merely behind it (a stale local copy would verify an old log). The ref read is reported.
 */
async function resolveAuditRef(repoDir, branch) {
    (0, git_js_1.checkRef)(branch, '--branch');
    const found = [];
    for (const ref of [`refs/heads/${branch}`, `refs/remotes/origin/${branch}`]) {
        try {
            const commit = (await (0, git_js_1.git)(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
            if (commit)
                found.push({ ref, commit });
        }
        catch {
            // try the next place
        }
    }
    const [local, origin] = found;
    if (local && origin && local.commit !== origin.commit) {
        try {
            await (0, git_js_1.git)(repoDir, ['merge-base', '--is-ancestor', local.commit, origin.commit]);
            return origin;
        }
        catch {
            // not behind (ahead or diverged): the local branch, as named in the output
        }
    }
    return local ?? null;
}
async function foundAuditRef(repoDir, branch) {
    const found = await resolveAuditRef(repoDir, branch);
    if (!found) {
        throw new errors_js_1.UsageError(`no audit branch '${branch}' in ${repoDir} (looked for refs/heads/${branch} and refs/remotes/origin/${branch}); fetch it: git fetch origin ${branch}:${branch}`);
    }
    return found;
}
async function readLocalLog(repoDir, branch) {
    return readLogAt(repoDir, await foundAuditRef(repoDir, branch));
}
async function readLogAt(repoDir, found) {
    const tree = await (0, git_js_1.lsTree)(repoDir, found.commit, '');
    const files = tree.filter((e) => e.path.startsWith(`${log_js_1.RECORDS_DIR}/`)).sort((a, b) => (a.path < b.path ? -1 : 1));
    const indexEntry = tree.find((e) => e.path === log_js_1.INDEX_FILE);
    const blobs = await (0, git_js_1.readBlobs)(repoDir, [...files.map((f) => f.sha), ...(indexEntry ? [indexEntry.sha] : [])]);
    const entries = files.map((f) => {
        if (!(0, log_js_1.isRecordFile)(f.path) || f.type !== 'blob' || f.mode === '120000')
            return { where: f.path, record: null, error: 'not a record file name' };
        try {
            return { where: f.path, record: (0, log_js_1.parseRecordText)(Buffer.from(blobs.get(f.sha) ?? []).toString('utf8')) };
        }
        catch (err) {
            return { where: f.path, record: null, error: err.message };
        }
    });
    const indexBytes = indexEntry ? blobs.get(indexEntry.sha) : null;
    const keys = tree.filter((e) => e.path.startsWith(`${log_js_1.KEYS_DIR}/`)).map((e) => ({ path: e.path, sha: e.sha, type: e.type }));
    return { ...found, entries, indexText: indexBytes ? Buffer.from(indexBytes).toString('utf8') : null, recordBlobs: new Map(files.map((f) => [f.path, f.sha])), keys };
}
/**
 * A clone whose history is cut (`git clone --depth`) cannot show what the branch once held: the
 * append-only check would pass on what little it sees. Fail closed, naming the fix: a configuration
 * error (exit 2), as the monitor reports a shallow checkout, since the fix is the checkout's.
 */
async function assertFullHistory(repoDir, what) {
    let shallow = false;
    try {
        shallow = (await (0, git_js_1.git)(repoDir, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }
    catch {
        // an old git without the flag: assume a full clone, as before
    }
    if (shallow) {
        throw new errors_js_1.ConfigError(`${repoDir} is a shallow clone: ${what} needs the full history, and a cut history would hide removed or rewritten records. Fetch it (git fetch --unshallow origin, or fetch-depth: 0 in actions/checkout) and run again`);
    }
}
/** The writer appends one commit at a time on the tip: a merge commit on the branch was made by someone else. */
async function mergeCommitProblem(repoDir, commit) {
    const merge = (await (0, git_js_1.git)(repoDir, ['rev-list', '--merges', '--max-count=1', commit, '--'])).trim();
    if (!merge)
        return null;
    return {
        kind: 'merge-commit',
        position: 0,
        where: `commit ${merge.slice(0, 12)}`,
        message: `audit branch commit ${merge.slice(0, 12)} is a merge commit: modelgate's writer never makes one, so the branch was written outside it (a merge can bring in a rewritten tree that the branch history does not show)`,
    };
}
/** Every record conforms to schemas/record-v1.schema.json: readers rely on its shape. */
async function schemaProblem(records) {
    for (const r of records) {
        const problems = await (0, records_js_1.recordSchemaProblems)(r);
        if (problems.length) {
            const where = typeof r.kind === 'string' && typeof r.subject === 'string' ? (0, log_js_1.recordFileName)(r.seq, r.kind, r.subject) : `seq ${r.seq}`;
            return { kind: 'malformed', position: r.seq, where, message: `record ${r.seq} (${where}) does not match schemas/record-v1.schema.json: ${problems.slice(0, 5).join('; ')}` };
        }
    }
    return null;
}
/**
 * keys/ must hold exactly one key per record, each naming that record (seq, hash, file and blob):
 * a writer that finds a key writes nothing, so a planted key would silence a real record.
 */
async function checkKeys(repoDir, log) {
    const problem = (where, message) => ({ kind: 'keys', position: 0, where, message });
    const expected = new Map();
    for (const e of log.entries) {
        if (!e.record)
            continue;
        expected.set((0, log_js_1.keyFileName)(e.record.kind, e.record.subject), { record: e.record, file: e.where, blob: log.recordBlobs.get(e.where) ?? '' });
    }
    const toRead = [];
    const seen = new Set();
    for (const k of log.keys) {
        const want = expected.get(k.path);
        if (!want || k.type !== 'blob')
            return problem(k.path, `${k.path} is a key for no record of the chain: keys are written only with their record, so it was planted outside the writer (it would make the writer skip a real record)`);
        seen.add(k.path);
        // The writer's own bytes: no need to read the blob.
        if (k.sha !== (0, log_js_1.gitBlobId)((0, log_js_1.keyEntryText)(want.record, want.file, want.blob)))
            toRead.push(k);
    }
    if (toRead.length) {
        const blobs = await (0, git_js_1.readBlobs)(repoDir, toRead.map((k) => k.sha));
        for (const k of toRead) {
            const want = expected.get(k.path);
            let entry;
            try {
                entry = (0, log_js_1.parseKeyEntry)(Buffer.from(blobs.get(k.sha) ?? []).toString('utf8'));
            }
            catch (err) {
                return problem(k.path, `${k.path} cannot be read: ${err.message}`);
            }
            const r = want.record;
            if (entry.kind !== r.kind || entry.subject !== r.subject || entry.seq !== r.seq || entry.hash !== r.hash || entry.file !== want.file || entry.blob !== want.blob) {
                return problem(k.path, `${k.path} does not name record ${r.seq} (${want.file}) as the chain holds it: keys/ was edited outside the writer`);
            }
        }
    }
    for (const [path, want] of expected) {
        if (!seen.has(path))
            return problem(path, `record ${want.record.seq} (${want.file}) has no key ${path}: keys/ was edited outside the writer (a re-run would write the record twice)`);
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
async function indexHistory(repoDir, commit) {
    const out = await (0, git_js_1.git)(repoDir, ['log', '--reverse', '--full-history', '--no-renames', '--raw', '--no-abbrev', '--format=%x01%H', commit, '--', log_js_1.INDEX_FILE]);
    const versions = [];
    let current = '';
    for (const line of out.split('\n')) {
        if (line.startsWith('\x01'))
            current = line.slice(1);
        const m = /^:[0-7]+ [0-7]+ [0-9a-f]+ ([0-9a-f]+) [A-Z]/.exec(line);
        if (m && !/^0+$/.test(m[1]))
            versions.push({ commit: current, blob: m[1] });
    }
    const blobs = await (0, git_js_1.readBlobs)(repoDir, [...new Set(versions.map((v) => v.blob))]);
    return versions.map((v) => ({ commit: v.commit, text: Buffer.from(blobs.get(v.blob) ?? []).toString('utf8') }));
}
/** Every head an index version (oldest first, from indexHistory) named must still be in the log. */
function checkAppendOnly(history, records) {
    const bySeq = new Map(records.map((r) => [r.seq, r]));
    for (const v of history) {
        let head;
        try {
            head = (0, log_js_1.parseIndex)(v.text).head;
        }
        catch {
            continue; // an unreadable old index says nothing; the current one is checked by checkIndex
        }
        if (!head)
            continue;
        const r = bySeq.get(head.seq);
        if (!r) {
            return {
                kind: 'truncated',
                position: head.seq,
                where: `${log_js_1.INDEX_FILE} at ${v.commit.slice(0, 12)}`,
                message: `audit branch commit ${v.commit.slice(0, 12)} recorded record ${head.seq} (${head.hash.slice(0, 16)}…), which the log no longer holds (it ends at ${records.length}): records were removed after they were written`,
            };
        }
        if (r.hash !== head.hash) {
            return {
                kind: 'modified',
                position: head.seq,
                where: (0, log_js_1.recordFileName)(r.seq, r.kind, r.subject),
                message: `record ${head.seq} (${(0, log_js_1.recordFileName)(r.seq, r.kind, r.subject)}) hashes to ${r.hash.slice(0, 16)}…, but audit branch commit ${v.commit.slice(0, 12)} recorded it as ${head.hash.slice(0, 16)}…: it was rewritten after it was written`,
            };
        }
    }
    return null;
}
/** The index must say what the records say; a disagreement means one of them was edited. */
function checkIndex(indexText, records) {
    const problem = (message) => ({ kind: 'modified', position: 0, where: log_js_1.INDEX_FILE, message });
    if (indexText === null)
        return records.length ? problem(`${log_js_1.INDEX_FILE} is missing`) : null;
    let index;
    try {
        index = (0, log_js_1.parseIndex)(indexText);
    }
    catch (err) {
        return problem(`${log_js_1.INDEX_FILE} cannot be read: ${err.message}`);
    }
    const last = records[records.length - 1];
    if (index.count !== records.length || (index.head?.hash ?? null) !== (last?.hash ?? null)) {
        return problem(`${log_js_1.INDEX_FILE} says ${index.count} records ending in ${index.head?.hash.slice(0, 16) ?? '(none)'}…; the branch holds ${records.length} ending in ${last?.hash.slice(0, 16) ?? '(none)'}…: records were added or removed outside the writer`);
    }
    return null;
}
/**
 * Everything that can be checked offline, first problem wins: that the branch is an audit log at
 * all, no merge commit on it, the chain, each record's schema, the index, the branch history, then
 * keys/. A shallow clone cannot show the history: it is refused (ConfigError, exit 2), not passed.
 */
async function verifyLocal(repoDir, branch, options = {}) {
    const found = await foundAuditRef(repoDir, branch);
    const withHistory = options.history !== false;
    if (withHistory)
        await assertFullHistory(repoDir, `verifying the audit branch ${branch}`);
    // The branch's index history is read while the records are: git processes side by side.
    const [log, history, merge] = await Promise.all([readLogAt(repoDir, found), withHistory ? indexHistory(repoDir, found.commit) : null, withHistory ? mergeCommitProblem(repoDir, found.commit) : null]);
    const records = log.entries.flatMap((e) => (e.record ? [e.record] : []));
    const base = { records, ref: log.ref, commit: log.commit };
    if (log.indexText === null && log.entries.length === 0) {
        const problem = {
            kind: 'not-a-log',
            position: 0,
            where: found.ref,
            message: `${found.ref} (${found.commit.slice(0, 12)}) is not a modelgate audit log: it has no ${log_js_1.INDEX_FILE} and no ${log_js_1.RECORDS_DIR}/ (the writer creates both with the first record); check --branch or modelgate.yaml audit.branch`,
        };
        return { ok: false, count: 0, head: null, problem, ...base };
    }
    if (merge)
        return { ok: false, count: 0, head: null, problem: merge, ...base };
    const chain = (0, chain_js_1.verifyChain)(log.entries);
    if (!chain.ok)
        return { ...chain, ...base };
    const problem = (await schemaProblem(records)) ?? checkIndex(log.indexText, records) ?? (history ? checkAppendOnly(history, records) : null) ?? (await checkKeys(repoDir, log));
    if (problem)
        return { ok: false, count: chain.count, head: null, problem, ...base };
    return { ...chain, ...base };
}


/***/ }),

/***/ 8365:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.KEYS_DIR = exports.DEFAULT_TRUSTED_WRITERS = exports.ANCHOR_CONTEXT = exports.INDEX_FILE = exports.RECORDS_DIR = exports.DEFAULT_AUDIT_BRANCH = void 0;
exports.keyShard = keyShard;
exports.keyFileName = keyFileName;
exports.gitBlobId = gitBlobId;
exports.keyEntryText = keyEntryText;
exports.recordFileName = recordFileName;
exports.isRecordFile = isRecordFile;
exports.recordFileText = recordFileText;
exports.emptyIndex = emptyIndex;
exports.withRecord = withRecord;
exports.indexText = indexText;
exports.parseIndex = parseIndex;
exports.parseRecordText = parseRecordText;
exports.parseKeyEntry = parseKeyEntry;
/**
 * The audit log's layout on its branch (default `modelgate-audit`, modelgate.yaml `audit.branch`):
 *
 *   records/00000001-registration-3f2a9c1d04be.json   one record per file: <seq>-<kind>-<subject hash>
 *   keys/3f/registration-3f2a9c1d04be.json             the key (kind, subject) → { seq, hash, file, blob }
 *   index.json                                         { count, head: { seq, hash } }
 *
 * Each append is one commit that adds one record file and one key file and rewrites the small
 * index, so the branch's own history is append-only and checkable, and stays linear in size (an
 * index holding every key would be rewritten whole on each append: quadratic history). The seq in
 * the file name makes `ls` order the log order. A writer finds the head in index.json and tests a
 * key by listing one shard of keys/ (256 shards by the subject hash's first byte), then reads the
 * record by its blob id. Index and keys are derived data: verification recomputes the index from
 * the records, and a duplicate key in the records is reported whatever keys/ says.
 */
const node_crypto_1 = __webpack_require__(7598);
const records_js_1 = __webpack_require__(7169);
exports.DEFAULT_AUDIT_BRANCH = 'modelgate-audit';
exports.RECORDS_DIR = 'records';
exports.INDEX_FILE = 'index.json';
exports.ANCHOR_CONTEXT = 'modelgate/audit';
/** Who may anchor records when modelgate.yaml `audit.trustedWriters` does not say. */
exports.DEFAULT_TRUSTED_WRITERS = ['github-actions[bot]'];
exports.KEYS_DIR = 'keys';
function keyShard(subject) {
    return (0, records_js_1.subjectHash)(subject).slice(0, 2);
}
function keyFileName(kind, subject) {
    return `${exports.KEYS_DIR}/${keyShard(subject)}/${kind}-${(0, records_js_1.subjectHash)(subject)}.json`;
}
/** The id git gives a blob with this content (what the API returns as its sha). */
function gitBlobId(text) {
    const bytes = Buffer.from(text, 'utf8');
    return (0, node_crypto_1.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
function keyEntryText(record, file = recordFileName(record.seq, record.kind, record.subject), blob = gitBlobId(recordFileText(record))) {
    const entry = { kind: record.kind, subject: record.subject, seq: record.seq, hash: record.hash, file, blob };
    return `${JSON.stringify(entry)}\n`;
}
function recordFileName(seq, kind, subject) {
    return `${exports.RECORDS_DIR}/${String(seq).padStart(8, '0')}-${kind}-${(0, records_js_1.subjectHash)(subject)}.json`;
}
const FILE = /^records\/([0-9]{8,})-([a-z-]+)-([0-9a-f]{12})\.json$/;
function isRecordFile(path) {
    return FILE.test(path);
}
/** Records are stored as indented JSON for people; the hash is over the canonical form, so layout does not matter. */
function recordFileText(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
function emptyIndex() {
    return { schemaVersion: 1, count: 0, head: null };
}
function withRecord(index, record) {
    return { schemaVersion: 1, count: index.count + 1, head: { seq: record.seq, hash: record.hash } };
}
function indexText(index) {
    return `${JSON.stringify(index)}\n`;
}
function parseIndex(text) {
    const v = JSON.parse(text);
    if (v.schemaVersion !== 1 || typeof v.count !== 'number')
        throw new Error(`${exports.INDEX_FILE} is not a version 1 audit index`);
    return { schemaVersion: 1, count: v.count, head: v.head ?? null };
}
function parseRecordText(text) {
    const v = JSON.parse(text);
    if (!v || typeof v !== 'object' || typeof v.hash !== 'string' || typeof v.seq !== 'number')
        throw new Error('not an audit record');
    return v;
}
function parseKeyEntry(text) {
    const v = JSON.parse(text);
    if (!v || typeof v.seq !== 'number' || typeof v.blob !== 'string' || typeof v.hash !== 'string')
        throw new Error('not an audit key entry');
    return v;
}


/***/ }),

/***/ 7169:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RECORD_KINDS = exports.RECORD_SCHEMA_VERSION = void 0;
exports.recordKey = recordKey;
exports.mergeSubject = mergeSubject;
exports.subjectHash = subjectHash;
exports.isRecordKind = isRecordKind;
exports.recordSchemaProblems = recordSchemaProblems;
/**
 * The evidence records (DESIGN §5): every kind defined up front, so the deploy, monitor and rollback
 * work only fills them in. A record holds its data itself: workflow logs expire, the record must
 * answer an auditor without them. schemas/record-v1.schema.json is the authority; these types follow it.
 */
const node_crypto_1 = __webpack_require__(7598);
exports.RECORD_SCHEMA_VERSION = 1;
exports.RECORD_KINDS = ['registration', 'promotion', 'deployment', 'monitor-verdict', 'rollback', 'waiver-use'];
function recordKey(kind, subject) {
    return `${kind}:${subject}`;
}
/** The subject of a change merged to the default branch: its pull request (if any) at its merge commit. */
function mergeSubject(pull, mergeCommit) {
    return pull === null ? `push@${mergeCommit}` : `pr/${pull}@${mergeCommit}`;
}
/** Short, stable, path-safe: subjects may hold '/' and '@'. */
function subjectHash(subject) {
    return (0, node_crypto_1.createHash)('sha256').update(subject).digest('hex').slice(0, 12);
}
function isRecordKind(value) {
    return typeof value === 'string' && exports.RECORD_KINDS.includes(value);
}
let validator;
/** Problems with a record's shape against schemas/record-v1.schema.json; empty when it conforms. */
async function recordSchemaProblems(value) {
    if (!validator) {
        const [{ newAjv }, schema] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 9801, 23)), __webpack_require__.e(/* import() */ 289).then(__webpack_require__.t.bind(__webpack_require__, 4289, 19))]);
        validator = newAjv({ validateSchema: false }).compile(schema.default);
    }
    if (validator(value))
        return [];
    return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.git = git;
exports.checkRef = checkRef;
exports.resolveCommit = resolveCommit;
exports.isGitRepo = isGitRepo;
exports.repoTopLevel = repoTopLevel;
exports.changedFiles = changedFiles;
exports.mergeBase = mergeBase;
exports.lsTree = lsTree;
exports.readBlobs = readBlobs;
/** Thin, safe wrappers over the real `git` binary: arguments as arrays (no shell), refs checked. */
const node_child_process_1 = __webpack_require__(1421);
const errors_js_1 = __webpack_require__(3916);
const MAX_BUFFER = 256 * 1024 * 1024;
async function git(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.execFile)('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (err, stdout, stderr) => {
            if (err) {
                const code = err.code;
                if (code === 'ENOENT')
                    reject(new errors_js_1.ToolError('git is not installed or not on PATH'));
                else
                    reject(new errors_js_1.ToolError(`git ${args.join(' ')} failed: ${String(stderr).trim() || err.message}`));
            }
            else
                resolve(stdout);
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/** A ref as a user typed it: refuse option-looking and control characters before git sees it. */
function checkRef(ref, flag) {
    if (ref === '' || ref.startsWith('-') || /[\s\0~^:?*[\\]/.test(ref.replace(/[~^][0-9]*$/, ''))) {
        throw new errors_js_1.UsageError(`${flag} '${ref}' is not a valid git ref`);
    }
    return ref;
}
async function resolveCommit(cwd, ref, flag) {
    checkRef(ref, flag);
    try {
        return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    }
    catch {
        if (!(await isGitRepo(cwd)))
            throw new errors_js_1.UsageError(`${flag} '${ref}': ${cwd} is not inside a git repository`);
        throw new errors_js_1.UsageError(`${flag} '${ref}' does not name a commit in ${cwd}`);
    }
}
async function isGitRepo(cwd) {
    try {
        return (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
async function repoTopLevel(cwd) {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}
function statusOf(letter) {
    switch (letter[0]) {
        case 'A':
            return 'added';
        case 'D':
            return 'deleted';
        case 'T':
            return 'type-changed';
        default:
            return 'modified';
    }
}
function parseNameStatus(out) {
    const parts = out.split('\0').filter((p) => p !== '');
    const files = [];
    for (let i = 0; i + 1 < parts.length; i += 2)
        files.push({ status: statusOf(parts[i]), path: parts[i + 1] });
    return files;
}
/**
 * Files that differ between `base` and `head`, or between `base` and the working tree (tracked and
 * untracked-but-not-ignored files) when `head` is not given. Paths are relative to the repository top level.
 * Renames are reported as a deletion and an addition: a renamed card is a deleted card.
 */
async function changedFiles(cwd, base, head) {
    if (head)
        return parseNameStatus(await git(cwd, ['diff', '--name-status', '--no-renames', '-z', base, head, '--']));
    const tracked = parseNameStatus(await git(cwd, ['diff', '--name-status', '--no-renames', '-z', base, '--']));
    const untracked = (await git(cwd, ['ls-files', '--others', '--exclude-standard', '-z']))
        .split('\0')
        .filter((p) => p !== '')
        .map((p) => ({ path: p, status: 'added' }));
    return [...tracked, ...untracked];
}
async function mergeBase(cwd, a, b) {
    try {
        return (await git(cwd, ['merge-base', a, b])).trim();
    }
    catch {
        return null;
    }
}
async function lsTree(cwd, ref, dir) {
    const out = await git(cwd, ['ls-tree', '-r', '-l', '-z', '--full-tree', ref, '--', dir === '' ? '.' : dir]);
    const entries = [];
    for (const rec of out.split('\0')) {
        if (!rec)
            continue;
        const tab = rec.indexOf('\t');
        const [mode, type, sha, size] = rec.slice(0, tab).split(/\s+/);
        entries.push({ mode: mode, type: type, sha: sha, size: size === '-' ? 0 : Number(size), path: rec.slice(tab + 1) });
    }
    return entries;
}
/** Reads many blobs through one `git cat-file --batch` process. */
async function readBlobs(cwd, specs) {
    const result = new Map();
    if (specs.length === 0)
        return result;
    for (const s of specs)
        if (s.includes('\n'))
            throw new errors_js_1.ToolError(`invalid object name ${JSON.stringify(s)}`);
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.on('error', (err) => reject(new errors_js_1.ToolError(`git cat-file failed: ${err.message}`)));
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new errors_js_1.ToolError(`git cat-file failed: ${stderr.trim()}`));
            const buf = Buffer.concat(chunks);
            let offset = 0;
            for (const spec of specs) {
                const nl = buf.indexOf(10, offset);
                const header = buf.subarray(offset, nl).toString();
                offset = nl + 1;
                if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                    result.set(spec, null);
                    continue;
                }
                const size = Number(header.split(' ')[2]);
                result.set(spec, buf.subarray(offset, offset + size));
                offset += size + 1;
            }
            resolve(result);
        });
        child.stdin.end(specs.join('\n') + '\n');
    });
}


/***/ })

};
