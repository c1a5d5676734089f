export const id = 442;
export const ids = [442];
export const modules = {

/***/ 5039:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDuration = parseDuration;
exports.formatDuration = formatDuration;
/** Durations as modelgate.yaml writes them (`30m`, `24h`, `1d12h`, `1w`): the pattern of defs-v1 `duration`. */
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** Milliseconds, or null when the text is not a duration (the schema rejects those before this runs). */
function parseDuration(text) {
    if (text === undefined || !/^(?:[0-9]+[smhdw])+$/.test(text))
        return null;
    let total = 0;
    for (const m of text.matchAll(/([0-9]+)([smhdw])/g))
        total += Number(m[1]) * UNIT_MS[m[2]];
    return total;
}
/** The largest units first, at most two of them: "3d 4h", "45m"; what people read in a gate message. */
function formatDuration(ms) {
    if (ms <= 0)
        return '0s';
    const parts = [];
    let rest = Math.floor(ms / 1000);
    for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]]) {
        if (rest >= size) {
            parts.push(`${Math.floor(rest / size)}${unit}`);
            rest %= size;
        }
        if (parts.length === 2)
            break;
    }
    return parts.join(' ') || '0s';
}


/***/ }),

/***/ 8259:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EMPTY_HISTORY = exports.NotedHistory = exports.RecordedServingHistory = exports.GitServingHistory = void 0;
exports.fullyServing = fullyServing;
exports.orderTimes = orderTimes;
exports.spansFromSnapshots = spansFromSnapshots;
exports.currentFromSnapshots = currentFromSnapshots;
exports.readManifestSnapshots = readManifestSnapshots;
exports.spansFromRecords = spansFromRecords;
exports.withDeploymentRecords = withDeploymentRecords;
/**
 * Serving history: when each version started (and stopped) serving an environment, which bake
 * time and rollback detection need (DESIGN §5 "served at time T").
 *
 * Until deployment records exist (the audit work), the only evidence is git: the first-parent
 * history of `deployments/<env>.yaml` on the base branch. A manifest's merge is taken as the
 * moment it started serving, which is what DESIGN §5 prescribes as the fallback, and every span
 * says so (`source: 'manifest-merge'`). Records will implement `ServingHistory` too and replace
 * or refine these spans without the promotion rules changing.
 */
const git_js_1 = __webpack_require__(308);
const document_js_1 = __webpack_require__(2038);
const loader_js_1 = __webpack_require__(6372);
const chain_js_1 = __webpack_require__(7802);
const local_js_1 = __webpack_require__(2564);
/**
 * The version that takes all live traffic, or the one the strategy treats as the baseline: a
 * canary or blue-green candidate at 100% has replaced the stable; otherwise the stable (direct,
 * champion of an A/B test, blue, the primary behind a shadow) is what serves.
 */
function fullyServing(entry) {
    if ((entry.strategy === 'canary' || entry.strategy === 'blue-green') && entry.candidate && entry.traffic === 100)
        return entry.candidate;
    return entry.stable;
}
/**
 * Commit times on a first-parent chain should only grow, but committer clocks lie (a laptop an
 * hour behind, a rebase that kept old dates). A commit cannot have landed before its parent did,
 * so a time earlier than the one before it is raised to that time. This only ever shortens a
 * span, so bake time is never overstated by skew. Input: oldest first.
 */
function orderTimes(snapshots) {
    let last = -Infinity;
    return snapshots.map((s) => {
        const time = Math.max(s.committedAt, last);
        last = time;
        return { ...s, time };
    });
}
/** Serving spans per model from manifest snapshots, oldest first. */
function spansFromSnapshots(env, snapshots) {
    const done = [];
    const open = new Map();
    for (const snap of snapshots) {
        const at = new Date(snap.time).toISOString();
        const adjusted = snap.time !== snap.committedAt;
        const now = new Map();
        for (const [model, entry] of Object.entries(snap.manifest?.models ?? {}))
            now.set(model, fullyServing(entry));
        for (const [model, span] of open) {
            if (now.get(model) !== span.version) {
                done.push({ ...span, until: at, untilCommit: snap.commit });
                open.delete(model);
            }
        }
        for (const [model, version] of now) {
            if (!open.has(model))
                open.set(model, { env, model, version, since: at, commit: snap.commit, until: null, untilCommit: null, timeAdjusted: adjusted, source: 'manifest-merge' });
        }
    }
    return [...done, ...open.values()].sort((a, b) => a.since.localeCompare(b.since) || a.model.localeCompare(b.model));
}
/** Each model's entry in the newest snapshot, dated by the oldest commit since which it has not changed. */
function currentFromSnapshots(env, snapshots) {
    const latest = snapshots.at(-1)?.manifest;
    if (!latest)
        return [];
    const out = [];
    for (const [model, entry] of Object.entries(latest.models)) {
        const key = entryKey(entry);
        let since = snapshots.length - 1;
        while (since > 0 && entryKey(snapshots[since - 1].manifest?.models[model]) === key)
            since--;
        const snap = snapshots[since];
        out.push({ env, model, entry, since: new Date(snap.time).toISOString(), commit: snap.commit, timeAdjusted: snap.time !== snap.committedAt, source: 'manifest-merge' });
    }
    return out.sort((a, b) => a.model.localeCompare(b.model));
}
function entryKey(entry) {
    return entry ? JSON.stringify([entry.strategy, entry.stable, entry.candidate ?? null, entry.traffic ?? null]) : '';
}
/**
 * The manifest at every commit of `ref`'s first-parent chain that changed it, oldest first.
 * First-parent, because on the base branch a merge commit is the moment a change landed; the
 * commits of the merged branch carry the times they were written, not merged. `--full-history`
 * keeps a merge whose manifest equals its second parent's from being simplified away.
 */
async function readManifestSnapshots(repo, ref, env, prefix = '') {
    const file = `${prefix ? `${prefix.replace(/\/$/, '')}/` : ''}${(0, loader_js_1.manifestPath)(env)}`;
    const log = await (0, git_js_1.git)(repo, ['log', '--first-parent', '--full-history', '--format=%H %ct', ref, '--', file]);
    const commits = log
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => {
        const [commit, seconds] = l.split(' ');
        return { commit: commit, committedAt: Number(seconds) * 1000 };
    })
        .reverse();
    const blobs = await (0, git_js_1.readBlobs)(repo, commits.map((c) => `${c.commit}:${file}`));
    return orderTimes(commits.map((c) => {
        const bytes = blobs.get(`${c.commit}:${file}`) ?? null;
        if (!bytes)
            return { ...c, manifest: null };
        const doc = (0, document_js_1.parseDocumentBytes)(bytes, (0, loader_js_1.manifestPath)(env), 'manifest', {});
        return doc.value ? { ...c, manifest: doc.value } : { ...c, manifest: null, invalid: true };
    }));
}
/** History read from git at one commit of the base branch. */
class GitServingHistory {
    repo;
    ref;
    prefix;
    description;
    cache = new Map();
    constructor(repo, ref, prefix = '') {
        this.repo = repo;
        this.ref = ref;
        this.prefix = prefix;
        this.description = `first-parent git history of deployments/*.yaml at ${ref.slice(0, 12)} (manifest merge times; no deployment records yet)`;
    }
    snapshots(env) {
        let s = this.cache.get(env);
        if (!s)
            this.cache.set(env, (s = readManifestSnapshots(this.repo, this.ref, env, this.prefix)));
        return s;
    }
    async spans(env) {
        return spansFromSnapshots(env, await this.snapshots(env));
    }
    async current(env) {
        return currentFromSnapshots(env, await this.snapshots(env));
    }
}
exports.GitServingHistory = GitServingHistory;
/**
 * Spans from the audit log's successful `deployment` (and `rollback`) records of one environment:
 * DESIGN §5's "served at time T" — a version serves from the moment its deployment succeeded, not
 * from the merge that asked for it (a blocked or failed deployment never started serving anything).
 * Records in log order; only those finished by `upTo` count.
 */
function spansFromRecords(env, records, upTo) {
    const out = new Map();
    const open = new Map();
    let last = -Infinity;
    for (const r of records) {
        const d = r.data;
        if (d.environment !== env || d.outcome !== 'success')
            continue;
        const serving = r.kind === 'deployment' ? d.serving : r.kind === 'rollback' ? d.to : undefined;
        if (!serving || !d.model)
            continue;
        // Log order is the order of events; a clock that went backwards between two appends is raised, as for commits.
        const raw = Date.parse((r.kind === 'deployment' ? d.finishedAt : null) ?? r.decidedAt);
        const time = Math.max(raw, last);
        last = time;
        if (time > upTo)
            break;
        const at = new Date(time).toISOString();
        const commit = r.kind === 'deployment' && d.manifestCommit ? d.manifestCommit : r.commits.decision;
        const version = fullyServing(serving);
        const current = open.get(d.model);
        if (current && current.version === version)
            continue;
        if (current) {
            current.until = at;
            current.untilCommit = commit;
        }
        const span = { env, model: d.model, version, since: at, commit, until: null, untilCommit: null, timeAdjusted: time !== raw, source: 'deployment-record' };
        open.set(d.model, span);
        out.set(d.model, [...(out.get(d.model) ?? []), span]);
    }
    return out;
}
/**
 * The git history with each model's spans replaced by those of its deployment records, for models
 * that have any; a model deployed before modelgate recorded deployments keeps its merge times.
 */
class RecordedServingHistory {
    fallback;
    records;
    upTo;
    description;
    constructor(fallback, records, upTo, where) {
        this.fallback = fallback;
        this.records = records;
        this.upTo = upTo;
        this.description = `deployment records on ${where} (hash chain verified) where a model has them; otherwise ${fallback.description}`;
    }
    async spans(env) {
        const recorded = spansFromRecords(env, this.records, this.upTo);
        const merged = (await this.fallback.spans(env)).filter((s) => !recorded.has(s.model));
        return [...merged, ...[...recorded.values()].flat()].sort((a, b) => a.since.localeCompare(b.since) || a.model.localeCompare(b.model));
    }
    current(env) {
        return this.fallback.current(env);
    }
}
exports.RecordedServingHistory = RecordedServingHistory;
/** A history with a note on why deployment records were not used (the log did not verify). */
class NotedHistory {
    inner;
    description;
    constructor(inner, note) {
        this.inner = inner;
        this.description = `${inner.description}; ${note}`;
    }
    spans(env) {
        return this.inner.spans(env);
    }
    current(env) {
        return this.inner.current(env);
    }
}
exports.NotedHistory = NotedHistory;
/**
 * The serving history a plan judges bake time by: the audit branch's deployment records when the
 * clone has the branch and its hash chain verifies, else the manifest merges. A log that does not
 * verify is not used at all (and the history says so): a tampered record must not shorten or
 * lengthen a bake. Anchors are checked online by `audit verify --online`, not here.
 */
async function withDeploymentRecords(history, repoDir, branch, upTo) {
    const found = await (0, local_js_1.resolveAuditRef)(repoDir, branch).catch(() => null);
    if (!found)
        return history;
    const log = await (0, local_js_1.readLocalLog)(repoDir, branch);
    const verdict = (0, chain_js_1.verifyChain)(log.entries);
    if (!verdict.ok)
        return new NotedHistory(history, `the audit log on ${found.ref} does not verify (${verdict.problem?.message ?? 'unknown problem'}), so its deployment records are not used`);
    return new RecordedServingHistory(history, log.entries.map((e) => e.record), upTo, found.ref);
}
/** A history that knows nothing: a registry with no commits yet. */
exports.EMPTY_HISTORY = { description: 'no history (no commits)', spans: async () => [], current: async () => [] };


/***/ }),

/***/ 7846:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.FsSource = void 0;
exports.safeRelative = safeRelative;
/**
 * Where registry files come from: a working directory, or git objects at a ref. The gate reads a
 * pull request's files as data from git objects (DESIGN §2), so everything above this interface
 * works on either without knowing which.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
/** Rejects absolute paths and `..` so a name taken from data cannot leave the registry. */
function safeRelative(file) {
    const normalized = node_path_1.default.posix.normalize(file.replaceAll('\\', '/'));
    if (node_path_1.default.posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../') || normalized.includes('\0')) {
        throw new errors_js_1.ConfigError(`refusing path outside the registry: ${file}`, file);
    }
    return normalized === '.' ? '' : normalized;
}
class FsSource {
    root;
    label;
    rootReal;
    dirs = new Map();
    constructor(root) {
        this.root = root;
        this.label = root;
        this.rootReal = (0, promises_1.realpath)(root).catch(() => node_path_1.default.resolve(root));
    }
    async list(dir) {
        const rel = safeRelative(dir);
        const out = [];
        const walk = async (relDir) => {
            let entries;
            try {
                entries = await (0, promises_1.readdir)(node_path_1.default.join(this.root, relDir), { withFileTypes: true });
            }
            catch (err) {
                if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
                    return;
                throw new errors_js_1.ToolError(`cannot read directory ${node_path_1.default.join(this.root, relDir)}: ${err.message}`);
            }
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            const subdirs = [];
            for (const e of entries) {
                const p = relDir ? `${relDir}/${e.name}` : e.name;
                if (e.isSymbolicLink())
                    out.push({ path: p, kind: 'symlink' });
                else if (e.isDirectory())
                    subdirs.push(p);
                else if (e.isFile())
                    out.push({ path: p, kind: 'file', size: -1 });
                else
                    out.push({ path: p, kind: 'other' });
            }
            await Promise.all(subdirs.map(walk));
        };
        await walk(rel);
        return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    async size(file) {
        const abs = await this.resolve(file);
        try {
            const st = await (0, promises_1.lstat)(abs);
            if (st.isSymbolicLink())
                throw new errors_js_1.ConfigError(`refusing to follow symbolic link ${file}`, file);
            return st.size;
        }
        catch (err) {
            if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
                return null;
            throw err;
        }
    }
    async read(file) {
        const r = await this.readLimited(file, Number.MAX_SAFE_INTEGER);
        return r && 'bytes' in r ? r.bytes : null;
    }
    /**
     * One open, one fstat, one read: the file itself must not be a link (O_NOFOLLOW) and its
     * directory must resolve inside the root (checked once per directory). Synchronous on purpose:
     * registry files are small, and for thousands of them the thread-pool round trips of the
     * promise API cost more than the reads.
     */
    async readLimited(file, maxBytes) {
        const abs = await this.resolve(file);
        let fd;
        try {
            // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
            fd = (0, node_fs_1.openSync)(abs, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NOFOLLOW | node_fs_1.constants.O_NONBLOCK);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return null;
            if (code === 'ELOOP' || code === 'EMLINK')
                throw new errors_js_1.ConfigError(`refusing to follow symbolic link ${file}`, file);
            throw new errors_js_1.ToolError(`cannot read ${abs}: ${err.message}`);
        }
        try {
            const st = (0, node_fs_1.fstatSync)(fd);
            if (st.isDirectory())
                return null;
            if (!st.isFile())
                throw new errors_js_1.ConfigError(`refusing ${file}: it is not a regular file (a FIFO, socket or device)`, file);
            if (st.size > maxBytes)
                return { tooLarge: st.size };
            return { bytes: (0, node_fs_1.readFileSync)(fd) };
        }
        catch (err) {
            if (err instanceof errors_js_1.ConfigError)
                throw err;
            throw new errors_js_1.ToolError(`cannot read ${abs}: ${err.message}`);
        }
        finally {
            (0, node_fs_1.closeSync)(fd);
        }
    }
    /** The absolute path, after checking that the file's directory does not lead outside the root. */
    async resolve(file) {
        const rel = safeRelative(file);
        const abs = node_path_1.default.join(this.root, rel);
        const dir = node_path_1.default.dirname(abs);
        let resolved = this.dirs.get(dir);
        if (resolved === undefined) {
            try {
                resolved = (0, node_fs_1.realpathSync)(dir);
            }
            catch {
                resolved = dir; // does not exist: the open that follows reports it
            }
            this.dirs.set(dir, resolved);
        }
        const root = await this.rootReal;
        if (resolved !== root && !resolved.startsWith(root + node_path_1.default.sep))
            throw new errors_js_1.ConfigError(`refusing ${file}: it resolves outside the registry`, file);
        return abs;
    }
}
exports.FsSource = FsSource;


/***/ }),

/***/ 8479:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.bakeTimeMs = bakeTimeMs;
exports.auditRecords = auditRecords;
exports.spansFromRecords = spansFromRecords;
exports.mergeSpans = mergeSpans;
exports.servingStart = servingStart;
exports.rollbackContext = rollbackContext;
/**
 * What the known-good search needs from a local clone: when each version served the environment
 * (the first-parent history of its manifest on the base ref, src/deploy/history.ts), the monitor
 * verdicts (the audit branch, verified before it is believed), and the environment's bake time.
 */
const errors_js_1 = __webpack_require__(3916);
const read_js_1 = __webpack_require__(1847);
const duration_js_1 = __webpack_require__(5039);
const history_js_1 = __webpack_require__(8259);
const known_good_js_1 = __webpack_require__(7421);
function bakeTimeMs(config, env) {
    const e = config.environments.find((x) => x.name === env);
    return (0, duration_js_1.parseDuration)(e?.bakeTime) ?? 0;
}
/**
 * The audit log's records the search may believe: the chain verified offline (a tampered log gives
 * no answer: the search refuses rather than guess) and, with `online`, only records anchored on
 * GitHub by a trusted writer (DESIGN §2: anyone with `contents: write` could add a "healthy" verdict
 * to the branch, not the anchor). No audit branch in the clone: no records, with a note.
 */
async function auditRecords(repoDir, branch, online) {
    let log;
    try {
        log = await (0, read_js_1.readVerifiedLog)(repoDir, branch, online ? { online } : {});
    }
    catch (err) {
        if (err instanceof errors_js_1.UsageError)
            return { records: [], notes: [`no audit branch '${branch}' in the clone: no monitor verdicts are known, so no version counts as healthy`] };
        throw err;
    }
    if (log.problem) {
        throw new errors_js_1.ToolError(`the audit log on ${branch} fails verification (${log.problem.kind}: ${log.problem.message}); run \`modelgate audit verify\` before rolling back`);
    }
    return { records: log.records, notes: log.notes };
}
/**
 * Spans of full service from the audit log's successful deployment and rollback records of `env`
 * (DESIGN §5: what served is what last deployed successfully), in log order, each at its finish time
 * made monotone (a record cannot finish before the one written before it).
 */
function spansFromRecords(records, env) {
    const done = [];
    const open = new Map();
    let floor = -Infinity;
    for (const r of records) {
        let model;
        let serving;
        let at;
        let commit;
        if (r.kind === 'deployment') {
            const d = r.data;
            if (d.environment !== env || d.outcome !== 'success' || !d.finishedAt)
                continue;
            [model, serving, at, commit] = [d.model, d.serving, Date.parse(d.finishedAt), d.manifestCommit];
        }
        else if (r.kind === 'rollback') {
            const d = r.data;
            if (d.environment !== env || d.outcome !== 'success')
                continue;
            [model, serving, at, commit] = [d.model, d.to, Date.parse(r.decidedAt), r.commits.decision];
        }
        else
            continue;
        if (Number.isNaN(at))
            continue;
        const adjusted = at < floor;
        floor = Math.max(floor, at);
        const since = new Date(floor).toISOString();
        const version = (0, history_js_1.fullyServing)(serving);
        const current = open.get(model);
        if (current?.version === version)
            continue;
        if (current)
            done.push({ ...current, until: since, untilCommit: commit });
        open.set(model, { env, model, version, since, commit, until: null, untilCommit: null, timeAdjusted: adjusted, source: 'deployment-record' });
    }
    return [...done, ...open.values()];
}
/**
 * Deployment records where a model has them, the manifest's merge history where it has none: the
 * same rule as `modelgate history` (DESIGN §5).
 */
function mergeSpans(fromManifest, fromRecords) {
    const recorded = new Set(fromRecords.map((s) => s.model));
    return [...fromManifest.filter((s) => !recorded.has(s.model)), ...fromRecords].sort((a, b) => a.since.localeCompare(b.since) || a.model.localeCompare(b.model));
}
/**
 * The start of the newest unbroken run of manifest snapshots in which the model's entry serves
 * `version` (as stable or candidate): what `initialDelay` counts from. Manifest merge times, the
 * DESIGN §5 fallback until deployment records carry the moment a deployment finished.
 */
function servingStart(snapshots, model, version) {
    let since;
    for (let i = snapshots.length - 1; i >= 0; i--) {
        const e = snapshots[i].manifest?.models[model];
        if (!e || (e.stable !== version && e.candidate !== version))
            break;
        since = snapshots[i].time;
    }
    return since;
}
async function rollbackContext(o) {
    const history = new history_js_1.GitServingHistory(o.repoDir, o.ref, o.prefix ?? '');
    const [snapshots, spans, audit] = await Promise.all([history.snapshots(o.env), history.spans(o.env), auditRecords(o.repoDir, o.auditBranch, o.online)]);
    const recordSpans = spansFromRecords(audit.records, o.env);
    return {
        spans: mergeSpans(spans, recordSpans),
        verdicts: (0, known_good_js_1.verdictsFromRecords)(audit.records),
        bakeMs: bakeTimeMs(o.config, o.env),
        servingSince: (model, version) => servingStart(snapshots, model, version),
        records: audit.records,
        notes: [recordSpans.length ? `deployment records of ${o.env} in the audit log, where a model has them; otherwise ${history.description}` : history.description, ...audit.notes],
    };
}


/***/ }),

/***/ 7421:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verdictsFromRecords = verdictsFromRecords;
exports.lastKnownGood = lastKnownGood;
const duration_js_1 = __webpack_require__(5039);
/** The monitor-verdict records of the audit log, in log order. */
function verdictsFromRecords(records) {
    const out = [];
    for (const r of records) {
        if (r.kind !== 'monitor-verdict')
            continue;
        const d = r.data;
        out.push({
            environment: d.environment,
            model: d.model,
            version: d.version,
            verdict: d.verdict,
            // A rule that passed only because failureLimit tolerated failing points did not pass cleanly.
            allPassed: d.rules.every((rule) => (rule.result === 'pass' && !/failure\(s\) tolerated/.test(rule.message ?? '')) || rule.result === 'skipped'),
            decidedAt: r.decidedAt,
            seq: r.seq,
            hash: r.hash,
        });
    }
    return out;
}
/**
 * The version's standing from its verdicts in this environment: the newest healthy one, unless a
 * rollback verdict came after it (a version once healthy that later failed is not known-good).
 */
function standing(verdicts) {
    let healthy = null;
    let laterRollback = null;
    for (const v of verdicts) {
        if (v.verdict === 'healthy' && v.allPassed) {
            healthy = v;
            laterRollback = null;
        }
        else if (v.verdict === 'rollback') {
            laterRollback = v;
        }
    }
    return { healthy, laterRollback };
}
function servedAt(span, at, now) {
    const t = Date.parse(at);
    return t >= Date.parse(span.since) && t <= (span.until ? Date.parse(span.until) : now);
}
function lastKnownGood(input) {
    const spans = input.spans.filter((s) => s.env === input.env && s.model === input.model && s.version !== input.failing);
    const byVersion = new Map();
    for (const s of spans)
        byVersion.set(s.version, [...(byVersion.get(s.version) ?? []), s]);
    // Newest first: by the start of each version's most recent span.
    const versions = [...byVersion.entries()]
        .map(([version, list]) => ({ version, list, newest: list.reduce((a, b) => (b.since > a.since ? b : a)) }))
        .sort((a, b) => b.newest.since.localeCompare(a.newest.since) || b.version.localeCompare(a.version));
    const checked = [];
    for (const { version, list, newest } of versions) {
        const reasons = [];
        const servedMs = Math.max(...list.map((s) => Math.max(0, (s.until ? Date.parse(s.until) : input.now) - Date.parse(s.since))));
        if (servedMs < input.bakeMs)
            reasons.push(`served fully for ${(0, duration_js_1.formatDuration)(servedMs)}, less than the bake time ${(0, duration_js_1.formatDuration)(input.bakeMs)}`);
        const mark = input.marks?.[version];
        if (mark?.status === 'rejected')
            reasons.push(`marked rejected in model.yaml${mark.reason ? ` (${mark.reason})` : ''}`);
        const all = input.verdicts.filter((v) => v.environment === input.env && v.model === input.model && v.version === version);
        // Only what was measured while this version served counts: a verdict from before it served (a
        // mislabelled or replayed run) or after it stopped says nothing about how it served.
        const own = all.filter((v) => list.some((s) => servedAt(s, v.decidedAt, input.now)));
        const { healthy, laterRollback } = standing(own);
        if (!healthy) {
            reasons.push(all.length === 0 ? `no monitor verdict recorded for it in ${input.env}`
                : own.length === 0 ? `no monitor verdict recorded for it in ${input.env} while it served there fully (${all.length} from outside its serving spans do not count)`
                    : `no healthy verdict (every rule passing) recorded for it in ${input.env} while it served there fully`);
        }
        else if (laterRollback) {
            reasons.push(`a rollback verdict (${laterRollback.decidedAt}) came after its healthy verdict`);
        }
        const check = { version, since: newest.since, until: newest.until, servedMs, eligible: reasons.length === 0, reasons, verdict: healthy };
        checked.push(check);
        if (check.eligible)
            return { found: true, version, check, checked, source: newest.source };
    }
    const reason = versions.length === 0
        ? `no version of ${input.model} other than ${input.failing} has served ${input.env} fully`
        : `none of the ${versions.length} version(s) of ${input.model} that served ${input.env} before qualifies (served for the bake time, healthy verdict, not rejected)`;
    return { found: false, reason, checked };
}


/***/ })

};
