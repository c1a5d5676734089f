export const id = 956;
export const ids = [956];
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

/***/ 4896:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.describeEntry = describeEntry;
exports.formatPlanText = formatPlanText;
exports.formatStatusText = formatStatusText;
function describeEntry(entry) {
    if (!entry)
        return '(not served)';
    if (entry.strategy === 'direct' || !entry.candidate)
        return `${entry.strategy} ${entry.stable}`;
    const t = entry.traffic ?? 0;
    switch (entry.strategy) {
        case 'canary':
        case 'ab':
            return `${entry.strategy} ${entry.stable} ${100 - t}% / ${entry.candidate} ${t}%`;
        case 'blue-green':
            return `blue-green blue ${entry.stable}, green ${entry.candidate} (${t === 100 ? 'switched to green' : 'on blue'})`;
        case 'shadow':
            return `shadow ${entry.stable} 100%, ${entry.candidate} mirrors ${t}%`;
    }
}
function changeLine(c) {
    const lines = [`  ${c.model}: ${describeEntry(c.before)} → ${describeEntry(c.after)}`];
    if (c.versionsIn.length)
        lines.push(`    in: ${c.versionsIn.join(', ')}${c.rollbackTo.length ? ` (rollback to ${c.rollbackTo.join(', ')})` : ''}`);
    if (c.versionsOut.length)
        lines.push(`    out: ${c.versionsOut.join(', ')}`);
    return lines;
}
const MARK = { pass: 'PASS', fail: 'FAIL', deferred: 'LATER' };
function formatPlanText(plan) {
    const lines = [`modelgate plan: ${plan.env}`, `  base: ${plan.base.ref}${plan.base.commit ? ` (${plan.base.commit.slice(0, 12)})` : ''}`, `  head: ${plan.head.ref}${plan.head.commit ? ` (${plan.head.commit.slice(0, 12)})` : ''}`, `  history: ${plan.history}`, `  now: ${plan.now} (the reference time for bake times; --now to change it)`, ''];
    if (plan.hotfix)
        lines.push(`Hot fix: ${plan.hotfix.reason}${plan.hotfix.incident ? ` (${plan.hotfix.incident})` : ''}`, '');
    const changed = plan.changes.filter((c) => c.change !== 'unchanged');
    const file = `deployments/${plan.env}.yaml`;
    if (plan.manifestInvalid?.head)
        lines.push(`Changes: unknown — the head's ${file} is invalid (see the policy gate)`);
    else
        lines.push(changed.length ? 'Changes:' : 'Changes: none to this environment\'s manifest');
    if (plan.manifestInvalid?.base)
        lines.push(`  (the base's ${file} is invalid: what served before is unknown; see the trafficSteps gate)`);
    for (const c of changed)
        lines.push(...changeLine(c));
    lines.push('', 'Gates:');
    for (const g of plan.gates) {
        const mode = g.mode === 'advisory' ? ' (advisory)' : '';
        lines.push(`  ${(g.warning && g.outcome === 'pass' ? 'WARN' : MARK[g.outcome]).padEnd(5)} ${g.gate}${mode}: ${g.message}`);
        if (g.remedy && g.outcome !== 'pass')
            lines.push(`        fix: ${g.remedy}`);
    }
    const blocking = plan.gates.filter((g) => g.blocking).length;
    const advisory = plan.gates.filter((g) => g.outcome === 'fail' && !g.blocking).length;
    const deferred = plan.gates.filter((g) => g.outcome === 'deferred').length;
    lines.push('', `Verdict: ${plan.verdict === 'pass' ? 'pass' : 'fail'} (${blocking} blocking, ${advisory} advisory failure(s), ${deferred} left to the deploy job)`, '');
    return lines.join('\n');
}
function formatStatusText(status) {
    const lines = [`modelgate status at ${status.ref}${status.commit ? ` (${status.commit.slice(0, 12)})` : ''}`, `  history: ${status.history}`];
    for (const e of status.environments) {
        lines.push('', `${e.env}:`);
        if (e.invalid) {
            lines.push(`  INVALID: deployments/${e.env}.yaml does not pass its schema, so what serves cannot be told from it:`);
            for (const f of e.invalid)
                lines.push(`    ${f.file}:${f.line}:${f.column} ${f.message}`);
            continue;
        }
        if (e.models.length === 0)
            lines.push('  (nothing serves)');
        for (const m of e.models) {
            lines.push(`  ${m.model}: ${describeEntry(m.entry)}`, `    since ${m.since}${m.timeAdjusted ? ' (commit time adjusted for clock skew)' : ''}, commit ${m.commit.slice(0, 12)}`);
        }
    }
    lines.push('');
    return lines.join('\n');
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

/***/ 5448:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveRefs = resolveRefs;
exports.buildPlan = buildPlan;
exports.replacementsAsPromotions = replacementsAsPromotions;
exports.servingStatus = servingStatus;
/**
 * `modelgate plan`'s core: read the manifest before and after a change (git objects or the
 * working tree), the serving history at the base, the registry's versions, and evaluate every gate
 * offline. The result is plain data (schemaVersion 1) that the deploy action consumes as is.
 */
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const git_js_1 = __webpack_require__(308);
const document_js_1 = __webpack_require__(2038);
const git_source_js_1 = __webpack_require__(9697);
const loader_js_1 = __webpack_require__(6372);
const source_js_1 = __webpack_require__(7846);
const validate_js_1 = __webpack_require__(9470);
const log_js_1 = __webpack_require__(8365);
const history_js_1 = __webpack_require__(8259);
const promotion_js_1 = __webpack_require__(1346);
async function tryResolve(top, ref) {
    try {
        return await (0, git_js_1.resolveCommit)(top, ref, '--base');
    }
    catch {
        return null;
    }
}
async function hasCommits(top) {
    return (await tryResolve(top, 'HEAD')) !== null;
}
/**
 * Base default: the merge base of the head with the default branch (origin/<branch>, else
 * <branch>), as a pull request sees it. When that is the head commit itself (planning on the
 * default branch, e.g. the push workflow after a merge), the base is its first parent, so the plan
 * shows what the last merge changed. Without --head, the working tree is compared with the merge
 * base, so uncommitted edits on the default branch are planned against HEAD.
 */
async function resolveRefs(repoDir, base, head, defaultBranch) {
    const top = await (0, git_js_1.repoTopLevel)(repoDir).catch(() => {
        throw new errors_js_1.UsageError(`${repoDir} is not inside a git repository: modelgate plan reads the serving history from git`);
    });
    const prefix = node_path_1.default.relative(top, node_path_1.default.resolve(repoDir)).split(node_path_1.default.sep).join('/');
    const headCommit = head ? await (0, git_js_1.resolveCommit)(top, head, '--head') : null;
    const headRef = head ?? 'working tree';
    if (base)
        return { top, prefix, base: { ref: base, commit: await (0, git_js_1.resolveCommit)(top, base, '--base') }, head: { ref: headRef, commit: headCommit } };
    if (!headCommit && !(await hasCommits(top)))
        return { top, prefix, base: { ref: '(none: no commits yet)', commit: null }, head: { ref: headRef, commit: null } };
    const from = headCommit ?? 'HEAD';
    let branchRef = null;
    for (const candidate of [`origin/${defaultBranch}`, defaultBranch]) {
        if (await tryResolve(top, candidate)) {
            branchRef = candidate;
            break;
        }
    }
    let mb = branchRef ? await (0, git_js_1.mergeBase)(top, branchRef, from) : null;
    let label = branchRef ? `merge base with ${branchRef}` : 'HEAD';
    if (!mb)
        mb = headCommit ? null : await (0, git_js_1.resolveCommit)(top, 'HEAD', '--head');
    if (headCommit && (mb === null || mb === headCommit)) {
        const parent = await tryResolve(top, `${headCommit}^1`);
        label = `${head}^1 (first parent)`;
        mb = parent;
        if (!parent)
            return { top, prefix, base: { ref: '(none: the head is a root commit)', commit: null }, head: { ref: headRef, commit: headCommit } };
    }
    return { top, prefix, base: { ref: label, commit: mb }, head: { ref: headRef, commit: headCommit } };
}
async function defaultBranchOf(repoDir, head) {
    try {
        const top = await (0, git_js_1.repoTopLevel)(repoDir);
        const prefix = node_path_1.default.relative(top, node_path_1.default.resolve(repoDir)).split(node_path_1.default.sep).join('/');
        const source = head ? new git_source_js_1.GitSource(top, await (0, git_js_1.resolveCommit)(top, head, '--head'), prefix) : new source_js_1.FsSource(repoDir);
        return (await (0, loader_js_1.loadConfig)(source)).value.registry?.defaultBranch ?? 'main';
    }
    catch {
        return 'main';
    }
}
async function manifestAt(source, env) {
    if (!source)
        return { value: null, findings: [], exists: false };
    const doc = await (0, document_js_1.loadDocument)(source, (0, loader_js_1.manifestPath)(env), 'manifest');
    if (!doc)
        return { value: null, findings: [], exists: false };
    return { value: doc.value ?? null, findings: doc.findings, exists: true };
}
async function hasFile(source, file) {
    return (await source.size(file)) !== null;
}
async function buildPlan(options) {
    const defaultBranch = await defaultBranchOf(options.repoDir, options.head);
    const refs = await resolveRefs(options.repoDir, options.base, options.head, defaultBranch);
    const baseSource = refs.base.commit ? new git_source_js_1.GitSource(refs.top, refs.base.commit, refs.prefix) : null;
    const headSource = refs.head.commit ? new git_source_js_1.GitSource(refs.top, refs.head.commit, refs.prefix) : new source_js_1.FsSource(options.repoDir);
    // Rules come from the base, as the merge gate reads them (DESIGN §2): a change cannot relax its own gates.
    const trusted = baseSource && (await hasFile(baseSource, loader_js_1.CONFIG_FILE)) ? baseSource : headSource;
    const config = (await (0, loader_js_1.loadConfig)(trusted)).value;
    if (!config.environments.some((e) => e.name === options.env)) {
        throw new errors_js_1.UsageError(`--env '${options.env}' is not an environment of ${loader_js_1.CONFIG_FILE} (${config.environments.map((e) => e.name).join(', ')})`);
    }
    const [before, after] = await Promise.all([manifestAt(baseSource, options.env), manifestAt(headSource, options.env)]);
    const gitHistory = refs.base.commit ? new history_js_1.GitServingHistory(refs.top, refs.base.commit, refs.prefix) : history_js_1.EMPTY_HISTORY;
    const history = refs.base.commit ? await (0, history_js_1.withDeploymentRecords)(gitHistory, refs.top, config.audit?.branch ?? log_js_1.DEFAULT_AUDIT_BRANCH, options.now.getTime()) : gitHistory;
    const spans = new Map();
    for (const e of config.environments)
        spans.set(e.name, await history.spans(e.name));
    const served = after.value?.models ?? {};
    const versions = new Map(Object.entries(served).map(([m, e]) => [m, new Set([e.stable, ...(e.candidate ? [e.candidate] : [])])]));
    const load = (source) => (0, loader_js_1.loadRegistry)(source, { models: new Set(versions.keys()), versions, manifests: false });
    const [headReg, baseReg] = await Promise.all([load(headSource), baseSource && trusted === baseSource ? load(baseSource) : null]);
    const markIn = (reg, model, version) => reg?.models.get(model)?.model?.value?.versions?.[version];
    const versionInfo = (model, version) => {
        const registered = headReg.layout.modelDirs.get(model)?.versionDirs.get(version) === true;
        // The stricter mark of base and head: a change cannot clear a rejection and use the version at once.
        const marks = [markIn(baseReg, model, version), markIn(headReg, model, version)].filter((m) => m !== undefined);
        const mark = marks.find((m) => m.status === 'rejected') ?? marks.at(-1);
        return { registered, ...(mark ? { mark } : {}) };
    };
    const { changes, gates } = after.exists && !after.value ? { changes: [], gates: [] } : (0, promotion_js_1.evaluatePromotion)({ config, env: options.env, before: before.value, after: after.value, spans, now: options.now, versionInfo });
    if (before.exists && !before.value) {
        // Fail closed: an unreadable base is not "nothing serves" (which would let any traffic jump pass).
        const problems = before.findings.filter((f) => f.severity === 'deny').map((f) => `${f.line}:${f.column} ${f.message}`);
        gates.unshift((0, promotion_js_1.gate)(config, 'trafficSteps', 'fail', `the base's ${(0, loader_js_1.manifestPath)(options.env)} (${refs.base.commit?.slice(0, 12) ?? refs.base.ref}) is invalid, so what served before cannot be known and no traffic change can be judged: ${problems.join('; ') || 'it does not pass its schema'}`, {
            remedy: `Restore a valid ${(0, loader_js_1.manifestPath)(options.env)} that keeps serving what served last, then change traffic in a later pull request; if the invalid manifest is already on the default branch, a reviewed change setting \`gates.trafficSteps: advisory\` in modelgate.yaml lets the repair through.`,
        }));
    }
    const { gate: policyGate, findings: policyFindings } = await policyGateFor(options, config, headSource, trusted, changes, after);
    gates.push(policyGate);
    gates.push(...onlineGates(config, options.env, after.value, changes));
    const serving = Object.entries(served)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([model, entry]) => {
        const artifacts = {};
        for (const v of versions.get(model) ?? []) {
            const card = headReg.models.get(model)?.versions.get(v)?.raw;
            const a = card?.artifact;
            artifacts[v] = { ...(typeof a?.uri === 'string' ? { uri: a.uri } : {}), ...(typeof a?.sha256 === 'string' ? { sha256: a.sha256 } : {}), ...(typeof a?.format === 'string' ? { format: a.format } : {}) };
        }
        return { model, entry, artifacts };
    });
    const hotfix = (0, promotion_js_1.declaredHotfix)(before.value, after.value);
    const invalidBase = before.exists && !before.value;
    const invalidHead = after.exists && !after.value;
    return {
        schemaVersion: 1,
        kind: 'modelgate-plan',
        env: options.env,
        base: refs.base,
        head: refs.head,
        now: options.now.toISOString(),
        history: history.description,
        hotfix: hotfix ?? null,
        changes,
        gates,
        verdict: (0, promotion_js_1.planVerdict)(gates),
        policyFindings,
        serving,
        ...(invalidBase || invalidHead ? { manifestInvalid: { base: invalidBase, head: invalidHead } } : {}),
    };
}
/**
 * The gates only the deploy job can decide, listed so the plan answers for every gate: whether the
 * manifest names its own environment (decided here), and, left to the deploy job as `deferred`,
 * the approvals and audit evidence recomputed from GitHub's data and each entering version's
 * artifact digest (downloads are the deploy job's, not a local plan's).
 */
function onlineGates(config, env, after, changes) {
    const out = [];
    const file = (0, loader_js_1.manifestPath)(env);
    if (after && after.environment !== env) {
        out.push((0, promotion_js_1.gate)(config, 'environment', 'fail', `${file} says \`environment: ${after.environment}\`, but it is the manifest of ${env}`, { remedy: `Set \`environment: ${env}\` in ${file}.` }));
    }
    else if (after) {
        out.push((0, promotion_js_1.gate)(config, 'environment', 'pass', `${file} is the manifest of ${env}`));
    }
    const entering = changes.filter((c) => c.change === 'add' || c.change === 'change').flatMap((c) => c.versionsIn.map((v) => ({ model: c.model, version: v })));
    if (changes.some((c) => c.change !== 'unchanged')) {
        out.push((0, promotion_js_1.gate)(config, 'approvals', 'deferred', 'the deploy job recomputes from GitHub\'s data that the manifest change and the registration of each entering version were approved', { remedy: 'Merge through pull requests with the approvals their rules require.' }));
        out.push((0, promotion_js_1.gate)(config, 'evidence', 'deferred', 'the deploy job cross-checks each of those merges with its anchored record in the audit log', { remedy: 'Let the record job run before the deploy jobs (`needs: record`).' }));
    }
    for (const e of entering)
        out.push((0, promotion_js_1.gate)(config, 'artifact', 'deferred', `the deploy job verifies ${e.model} ${e.version}'s artifact against its card's sha256 where the runner can reach it`, { model: e.model, version: e.version, remedy: 'Keep the artifact at its card\'s artifact.uri, byte for byte.' }));
    return out;
}
/**
 * The policy gate: `validateRegistry` for the environment on the head, with the policies and
 * modelgate.yaml of the base. Only findings about what this change serves count: the served
 * versions of changed models, their model.yaml, and the manifest itself.
 */
async function policyGateFor(options, config, headSource, trusted, changes, after) {
    const file = (0, loader_js_1.manifestPath)(options.env);
    if (after.exists && !after.value) {
        const findings = after.findings.filter((f) => f.severity === 'deny');
        return { gate: (0, promotion_js_1.gate)(config, 'policy', 'fail', `${file} is invalid: ${findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`, { remedy: `Fix ${file}; \`modelgate validate\` shows each problem at its line.` }), findings: after.findings };
    }
    const changed = changes.filter((c) => c.change === 'add' || c.change === 'change');
    if (changed.length === 0)
        return { gate: (0, promotion_js_1.gate)(config, 'policy', 'pass', `no model's serving changes in ${options.env}: nothing to check against policy`), findings: [] };
    const served = new Map(changed.map((c) => [c.model, new Set([c.after.stable, ...(c.after.candidate ? [c.after.candidate] : [])])]));
    const report = await (0, validate_js_1.validateRegistry)({ source: withReplacementsAsPromotions(headSource, file, after.value, changes), policySource: trusted, env: options.env, today: options.today });
    // manifest.unknown-version and manifest.rejected-version are the registration gate's: not counted twice.
    const findings = report.findings.filter((f) => !f.ruleId.startsWith('manifest.') && (f.file === file || (f.model !== undefined && served.has(f.model) && (f.version === undefined || served.get(f.model).has(f.version)))));
    const failOn = report.failOn;
    // In advisory mode validate has already turned denials into warnings marked [advisory]; they still fail this gate, without blocking.
    const failing = findings.filter((f) => f.severity === 'deny' || (f.severity === 'warn' && (failOn === 'warn' || f.message.startsWith('[advisory]'))));
    if (failing.length === 0) {
        return { gate: (0, promotion_js_1.gate)(config, 'policy', 'pass', `policy passes for ${[...served.keys()].join(', ')} in ${options.env} (${findings.filter((f) => f.severity === 'warn').length} warning(s))`), findings };
    }
    const shown = failing.slice(0, 3).map((f) => `${f.file}:${f.line} [${f.ruleId}] ${f.message.replace(/^\[advisory\] /, '')}`);
    return {
        gate: (0, promotion_js_1.gate)(config, 'policy', 'fail', `${failing.length} policy finding(s) fail in ${options.env}: ${shown.join('; ')}${failing.length > 3 ? '; …' : ''}`, { remedy: `Run \`modelgate validate --env ${options.env}\` and fix or waive each finding.` }),
        findings,
    };
}
/**
 * A new stable that replaces the version serving before it (`direct 1.2.0` → `direct 1.3.0`) is a
 * promotion over that version, but in the head manifest alone it looks like a first registration:
 * validate judges a version as `promote`, with a `baseline` for no-regression rules, only when it
 * is the candidate next to a stable. So the policy gate reads a manifest in which each such entry is
 * written as the promotion it is — the replaced version as stable, the new one as candidate at 100%
 * — and the no-regression rule compares it with what it replaces. Rollbacks are left as they are:
 * returning to a version that served before is not held to no-regression (DESIGN §1).
 */
function replacementsAsPromotions(after, changes) {
    let touched = false;
    const models = { ...after.models };
    for (const c of changes) {
        if (!c.before || !c.after || c.after.candidate !== undefined)
            continue;
        const entering = c.after.stable;
        if (!c.versionsIn.includes(entering) || c.rollbackTo.includes(entering))
            continue;
        const replaced = (0, history_js_1.fullyServing)(c.before);
        if (replaced === entering)
            continue;
        models[c.model] = { strategy: 'canary', stable: replaced, candidate: entering, traffic: 100 };
        touched = true;
    }
    return touched ? { ...after, models } : null;
}
function withReplacementsAsPromotions(source, file, after, changes) {
    const rewritten = after ? replacementsAsPromotions(after, changes) : null;
    if (!rewritten)
        return source;
    const bytes = new TextEncoder().encode(JSON.stringify(rewritten, null, 2));
    return {
        label: source.label,
        list: (dir) => source.list(dir),
        read: async (f) => (f === file ? bytes : source.read(f)),
        size: async (f) => (f === file ? bytes.byteLength : source.size(f)),
        readLimited: async (f, max) => (f === file ? (bytes.byteLength > max ? { tooLarge: bytes.byteLength } : { bytes }) : source.readLimited(f, max)),
    };
}
async function servingStatus(repoDir, ref, envs) {
    const top = await (0, git_js_1.repoTopLevel)(repoDir).catch(() => {
        throw new errors_js_1.UsageError(`${repoDir} is not inside a git repository: modelgate status reads the serving history from git`);
    });
    const prefix = node_path_1.default.relative(top, node_path_1.default.resolve(repoDir)).split(node_path_1.default.sep).join('/');
    const commit = (await hasCommits(top)) ? await (0, git_js_1.resolveCommit)(top, ref, '--ref') : null;
    const source = commit ? new git_source_js_1.GitSource(top, commit, prefix) : new source_js_1.FsSource(repoDir);
    const config = (await (0, loader_js_1.loadConfig)(source)).value;
    const names = config.environments.map((e) => e.name);
    for (const e of envs ?? [])
        if (!names.includes(e))
            throw new errors_js_1.UsageError(`--env '${e}' is not an environment of ${loader_js_1.CONFIG_FILE} (${names.join(', ')})`);
    const history = commit ? new history_js_1.GitServingHistory(top, commit, prefix) : history_js_1.EMPTY_HISTORY;
    const environments = [];
    for (const env of envs ?? names) {
        const doc = await (0, document_js_1.loadDocument)(source, (0, loader_js_1.manifestPath)(env), 'manifest');
        if (doc && !doc.value) {
            environments.push({ env, models: [], invalid: doc.findings.filter((f) => f.severity === 'deny') });
            continue;
        }
        const models = (await history.current(env)).map((s) => ({ ...s, traffic: (0, promotion_js_1.trafficShares)(s.entry) }));
        environments.push({ env, models });
    }
    return { ref, commit, history: history.description, environments };
}


/***/ }),

/***/ 1346:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.gate = gate;
exports.requiredEnvironment = requiredEnvironment;
exports.trafficShares = trafficShares;
exports.describeChanges = describeChanges;
exports.declaredHotfix = declaredHotfix;
exports.evaluatePromotion = evaluatePromotion;
exports.planVerdict = planVerdict;
/**
 * Promotion rules from modelgate.yaml, as pure functions of (config, manifest before, manifest
 * after, serving history, time, what the registry knows about each version). Every rule yields a
 * gate result the deploy action can consume as data: which gate, whether it passed, whether it
 * blocks (enforce) or only reports (advisory), and how to satisfy it.
 */
const types_js_1 = __webpack_require__(234);
const duration_js_1 = __webpack_require__(5039);
const GATE_CONFIG = {
    promotionOrder: 'promotionOrder',
    bakeTime: 'bakeTime',
    trafficSteps: 'trafficSteps',
    strategy: 'strategy',
    registration: 'registration',
    policy: 'policy',
    approvals: 'approvals',
    evidence: 'evidence',
    artifact: 'artifact',
    environment: null,
    latest: null,
    render: null,
};
function gate(config, id, outcome, message, extra = {}) {
    const name = GATE_CONFIG[id];
    const mode = name ? (0, types_js_1.gateMode)(config, name) : 'enforce';
    const passed = outcome === 'pass';
    const result = { gate: id, outcome, passed, mode, blocking: outcome === 'fail' && mode === 'enforce', message, ...extra };
    if (outcome === 'fail' && mode === 'advisory')
        result.message = `[advisory] ${message}`;
    return result;
}
/** The environment a version must have served in first: `requires`, else the previous one listed; null for the first. */
function requiredEnvironment(config, env) {
    const i = config.environments.findIndex((e) => e.name === env);
    if (i < 0)
        return null;
    const own = config.environments[i];
    if (own.requires)
        return config.environments.find((e) => e.name === own.requires) ?? null;
    return i > 0 ? config.environments[i - 1] : null;
}
/** Live traffic per version. A shadow receives copies, not traffic; blue-green switches all at once. */
function trafficShares(entry) {
    if (!entry)
        return {};
    const t = entry.traffic ?? 0;
    const c = entry.candidate;
    switch (entry.strategy) {
        case 'direct':
            return { [entry.stable]: 100 };
        case 'canary':
        case 'ab':
            return c ? { [entry.stable]: 100 - t, [c]: t } : { [entry.stable]: 100 };
        case 'blue-green':
            return c ? (t === 100 ? { [entry.stable]: 0, [c]: 100 } : { [entry.stable]: 100, [c]: 0 }) : { [entry.stable]: 100 };
        case 'shadow':
            return c ? { [entry.stable]: 100, [c]: 0 } : { [entry.stable]: 100 };
    }
}
function mirrored(entry) {
    return entry?.strategy === 'shadow' && entry.candidate ? { [entry.candidate]: entry.traffic ?? 0 } : {};
}
function versionsOf(entry) {
    return entry ? [entry.stable, ...(entry.candidate ? [entry.candidate] : [])] : [];
}
function sameEntry(a, b) {
    return JSON.stringify([a?.strategy, a?.stable, a?.candidate, a?.traffic]) === JSON.stringify([b?.strategy, b?.stable, b?.candidate, b?.traffic]);
}
function describeChanges(env, before, after, spans) {
    const models = [...new Set([...Object.keys(before?.models ?? {}), ...Object.keys(after?.models ?? {})])].sort();
    const servedHere = spans.get(env) ?? [];
    return models.map((model) => {
        const b = before?.models[model];
        const a = after?.models[model];
        const inB = versionsOf(b);
        const inA = versionsOf(a);
        const versionsIn = inA.filter((v) => !inB.includes(v));
        return {
            model,
            change: !b ? 'add' : !a ? 'remove' : sameEntry(a, b) ? 'unchanged' : 'change',
            before: b ?? null,
            after: a ?? null,
            versionsIn,
            versionsOut: inB.filter((v) => !inA.includes(v)),
            trafficBefore: trafficShares(b),
            trafficAfter: trafficShares(a),
            mirroredBefore: mirrored(b),
            mirroredAfter: mirrored(a),
            rollbackTo: versionsIn.filter((v) => servedHere.some((s) => s.model === model && s.version === v)),
            servedBefore: b !== undefined || servedHere.some((s) => s.model === model),
        };
    });
}
/** A hot fix is declared by this change: a `hotfix` block carried over unchanged from the base does not count again. */
function declaredHotfix(before, after) {
    const h = after?.hotfix;
    // As the schema requires: a reason of at least 10 non-blank characters (whitespace alone declares nothing).
    if (!h || typeof h.reason !== 'string' || h.reason.replace(/\s/g, '').length < 10)
        return undefined;
    return JSON.stringify(h) === JSON.stringify(before?.hotfix) ? undefined : h;
}
function evaluatePromotion(input) {
    const { config, env } = input;
    const envConfig = config.environments.find((e) => e.name === env);
    const changes = describeChanges(env, input.before, input.after, input.spans);
    const gates = [];
    const hotfix = declaredHotfix(input.before, input.after);
    for (const c of changes) {
        if (c.change === 'remove' && c.before) {
            // Legitimate (a retired model), but never silent: the plan and the deploy summary show it.
            gates.push(gate(config, 'strategy', 'pass', `${c.model} stops serving in ${env} (it served ${[c.before.stable, ...(c.before.candidate ? [c.before.candidate] : [])].join(' and ')} with ${c.before.strategy}); returning it later follows the traffic steps like any version new to its traffic`, { model: c.model }));
            continue;
        }
        if (c.change === 'unchanged' || !c.after)
            continue;
        gates.push(strategyGate(config, envConfig, c));
        gates.push(...registrationGates(input, c));
        for (const version of c.versionsIn) {
            if (c.rollbackTo.includes(version)) {
                gates.push(gate(config, 'promotionOrder', 'pass', `${c.model} ${version} served ${env} before: returning to it is a rollback, not a promotion`, { model: c.model, version }));
                continue;
            }
            gates.push(...orderAndBake(input, c.model, version, hotfix));
        }
        const steps = trafficStepsGate(config, envConfig, c);
        if (steps)
            gates.push(steps);
    }
    if (hotfix) {
        gates.push(gate(config, 'approvals', 'deferred', `hot fix declared (${hotfix.reason}): bake time is skipped, so the change needs the high-risk approval rule (approvals.tiers.high) whatever the models' tiers`, {
            remedy: 'Have the approvers of the high-risk rule approve the pull request; the approvals gate checks this.',
            requirement: { approvalTier: 'high', reason: hotfix.reason, ...(hotfix.incident ? { incident: hotfix.incident } : {}) },
        }));
    }
    return { changes, gates };
}
function strategyGate(config, envConfig, c) {
    const entry = c.after;
    const problems = [];
    const remedies = [];
    if (envConfig?.strategies && !envConfig.strategies.includes(entry.strategy)) {
        problems.push(`strategy '${entry.strategy}' is not allowed in ${envConfig.name} (allowed: ${envConfig.strategies.join(', ')})`);
        remedies.push(`use one of ${envConfig.strategies.join(', ')}, or allow '${entry.strategy}' under environments[].strategies in modelgate.yaml`);
    }
    if (entry.candidate !== undefined && entry.candidate === entry.stable) {
        problems.push(`candidate and stable are both ${entry.stable}`);
        remedies.push('name a different candidate, or use `strategy: direct` to serve one version');
    }
    if (problems.length === 0)
        return gate(config, 'strategy', 'pass', `${c.model}: ${entry.strategy} is allowed here`, { model: c.model });
    return gate(config, 'strategy', 'fail', `${c.model}: ${problems.join('; ')}`, { model: c.model, remedy: `${remedies.join('; ')}.` });
}
function registrationGates(input, c) {
    const out = [];
    const entry = c.after;
    for (const [role, version] of [['stable', entry.stable], ['candidate', entry.candidate]]) {
        if (!version)
            continue;
        const info = input.versionInfo(c.model, version);
        const entering = c.versionsIn.includes(version);
        if (!info.registered) {
            out.push(gate(input.config, 'registration', 'fail', `${role} ${c.model} ${version} is not registered: models/${c.model}/${version}/card.yaml does not exist`, { model: c.model, version, remedy: 'Register the version first (a pull request adding its card), or correct the version.' }));
        }
        else if (info.mark?.status === 'rejected' && (entering || role === 'candidate')) {
            out.push(gate(input.config, 'registration', 'fail', `${role} ${c.model} ${version} is marked rejected in models/${c.model}/model.yaml${info.mark.reason ? ` (${info.mark.reason})` : ''}`, {
                model: c.model,
                version,
                remedy: 'Serve another version; a rejected version is not promoted again unless a reviewed change to model.yaml clears the mark.',
            }));
        }
        else if (info.mark?.status === 'deprecated' && entering) {
            // Allowed (deprecation is a warning, not a ban), but said where it is seen.
            out.push(gate(input.config, 'registration', 'pass', `${role} ${c.model} ${version} is registered, but WARNING: it is marked deprecated in models/${c.model}/model.yaml${info.mark.reason ? ` (${info.mark.reason})` : ''}: promoting it is allowed, but check that a newer version would not serve better`, {
                model: c.model,
                version,
                warning: true,
            }));
        }
        else {
            out.push(gate(input.config, 'registration', 'pass', `${role} ${c.model} ${version} is registered${info.mark ? ` (${info.mark.status})` : ''}`, { model: c.model, version }));
        }
    }
    return out;
}
function orderAndBake(input, model, version, hotfix) {
    const { config, env } = input;
    const required = requiredEnvironment(config, env);
    if (!required)
        return [gate(config, 'promotionOrder', 'pass', `${model} ${version}: ${env} is the first environment; nothing must come before it`, { model, version })];
    const spans = (input.spans.get(required.name) ?? []).filter((s) => s.model === model && s.version === version);
    const out = [];
    if (spans.length === 0) {
        out.push(gate(config, 'promotionOrder', 'fail', `${model} ${version} has not served in ${required.name}, which ${env} requires first`, {
            model,
            version,
            remedy: `Promote ${model} ${version} to ${required.name} (as stable or at 100%) first${required.bakeTime ? ` and let it bake for ${required.bakeTime}` : ''}.`,
        }));
    }
    else {
        out.push(gate(config, 'promotionOrder', 'pass', `${model} ${version} served in ${required.name} (since ${spans[0].since}, commit ${spans[0].commit.slice(0, 12)})`, { model, version }));
    }
    const bake = (0, duration_js_1.parseDuration)(required.bakeTime);
    if (bake === null || bake === 0)
        return out;
    if (hotfix) {
        out.push(gate(config, 'bakeTime', 'pass', `${model} ${version}: bake time in ${required.name} (${required.bakeTime}) skipped by the hot fix: ${hotfix.reason}`, { model, version }));
        return out;
    }
    const now = input.now.getTime();
    let best;
    for (const span of spans) {
        const ms = Math.max(0, (span.until ? Date.parse(span.until) : now) - Date.parse(span.since));
        if (!best || ms > best.ms)
            best = { span, ms };
    }
    if (best && best.ms >= bake) {
        const from = best.span.source === 'deployment-record' ? ' (its successful deployment)' : '';
        out.push(gate(config, 'bakeTime', 'pass', `${model} ${version} baked in ${required.name} for ${(0, duration_js_1.formatDuration)(best.ms)} (needs ${required.bakeTime}) from ${best.span.since}${from}`, { model, version }));
        return out;
    }
    const skew = best?.span.timeAdjusted ? ' (its start was moved later because a commit time went backwards on the branch)' : '';
    const ready = best && !best.span.until ? `; it can be promoted from ${new Date(Date.parse(best.span.since) + bake).toISOString()}` : '';
    out.push(gate(config, 'bakeTime', 'fail', best ? `${model} ${version} has served in ${required.name} for ${(0, duration_js_1.formatDuration)(best.ms)}${skew}; ${env} needs ${required.bakeTime} in ${required.name} (${required.name}'s bakeTime)${ready}` : `${model} ${version} has not served in ${required.name}, so it has not baked there for ${required.bakeTime} (${required.name}'s bakeTime)`, {
        model,
        version,
        remedy: `Wait until ${model} ${version} has served ${required.name} for ${required.bakeTime}, or, for an urgent fix, declare \`hotfix: {reason: ...}\` in the manifest (needs the high-risk approval rule).`,
    }));
    return out;
}
/** The configured steps plus 100 (full promotion), ascending. */
function stepLadder(steps) {
    return [...new Set([...steps, 100])].filter((s) => s > 0).sort((a, b) => a - b);
}
function trafficStepsGate(config, envConfig, c) {
    if (!envConfig?.trafficSteps || envConfig.trafficSteps.length === 0)
        return undefined;
    // A blue-green switch moves all traffic at once by definition; a shadow takes none.
    if (c.after?.strategy === 'blue-green' || c.after?.strategy === 'shadow')
        return undefined;
    const ladder = stepLadder(envConfig.trafficSteps);
    // The version traffic moves away from; for a model new to the environment there is none to protect,
    // so its stable is the baseline. A model that served here before and was removed is not new: its
    // return is held to the steps, except for versions it served fully here before (a rollback).
    const baseline = c.before?.stable ?? (c.servedBefore ? undefined : c.after?.stable);
    const problems = [];
    const versions = new Set([...Object.keys(c.trafficBefore), ...Object.keys(c.trafficAfter)]);
    for (const v of versions) {
        if (v === baseline || c.rollbackTo.includes(v))
            continue;
        const from = c.trafficBefore[v] ?? 0;
        const to = c.trafficAfter[v] ?? 0;
        if (to === from || to === 0)
            continue;
        const next = ladder.find((s) => s > from);
        if (to !== next)
            problems.push(`${c.model} ${v} goes from ${from}% to ${to}%, but traffic may only move to the next step (${next ?? 100}%) or back to 0%`);
    }
    if (problems.length === 0)
        return gate(config, 'trafficSteps', 'pass', `${c.model}: traffic follows the steps ${ladder.join(' → ')}`, { model: c.model });
    return gate(config, 'trafficSteps', 'fail', problems.join('; '), { model: c.model, remedy: `Move traffic one step at a time along ${ladder.join(' → ')} (configured under environments[].trafficSteps), or set it back to 0.` });
}
function planVerdict(gates) {
    return gates.some((g) => g.blocking) ? 'fail' : 'pass';
}


/***/ }),

/***/ 9697:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GitSource = void 0;
/**
 * Registry files read as data from git objects at a commit: no checkout, nothing executed,
 * symbolic links refused (DESIGN §2).
 */
const errors_js_1 = __webpack_require__(3916);
const git_js_1 = __webpack_require__(308);
const source_js_1 = __webpack_require__(7846);
class GitSource {
    repo;
    commit;
    prefix;
    label;
    tree;
    /** `prefix` is the registry's directory inside the repository ('' for the top level). */
    constructor(repo, commit, prefix = '') {
        this.repo = repo;
        this.commit = commit;
        this.prefix = prefix;
        this.label = `${commit.slice(0, 12)}${prefix ? `:${prefix}` : ''}`;
    }
    entries() {
        this.tree ??= (0, git_js_1.lsTree)(this.repo, this.commit, this.prefix).then((list) => {
            const map = new Map();
            const strip = this.prefix ? this.prefix.replace(/\/?$/, '/') : '';
            for (const e of list)
                if (e.path.startsWith(strip))
                    map.set(e.path.slice(strip.length), e);
            return map;
        });
        return this.tree;
    }
    async list(dir) {
        const rel = (0, source_js_1.safeRelative)(dir);
        const under = rel ? `${rel}/` : '';
        const out = [];
        for (const [p, e] of await this.entries()) {
            if (!p.startsWith(under))
                continue;
            if (e.mode === '120000')
                out.push({ path: p, kind: 'symlink' });
            else if (e.type === 'blob')
                out.push({ path: p, kind: 'file', size: e.size });
            else
                out.push({ path: p, kind: 'other' });
        }
        return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    async size(file) {
        const e = (await this.entries()).get((0, source_js_1.safeRelative)(file));
        if (!e)
            return null;
        if (e.mode === '120000')
            throw new errors_js_1.ConfigError(`refusing symbolic link ${file} at ${this.label}`);
        return e.size;
    }
    async readLimited(file, maxBytes) {
        const size = await this.size(file);
        if (size === null)
            return null;
        if (size > maxBytes)
            return { tooLarge: size };
        const bytes = await this.read(file);
        return bytes ? { bytes } : null;
    }
    /**
     * Reads that arrive together (the loader reads every document concurrently) share one
     * `git cat-file --batch` process instead of starting one each.
     */
    read(file) {
        return new Promise((resolve, reject) => {
            this.pending.push({ file, resolve, reject });
            if (this.pending.length === 1)
                setImmediate(() => this.flush());
        });
    }
    pending = [];
    flush() {
        const batch = this.pending;
        this.pending = [];
        void this.entries().then(async (entries) => {
            // A link fails its own read only, not the others in the batch.
            const links = batch.filter((p) => entries.get((0, source_js_1.safeRelative)(p.file))?.mode === '120000');
            for (const p of links)
                p.reject(new errors_js_1.ConfigError(`refusing symbolic link ${p.file} at ${this.label}`));
            const rest = batch.filter((p) => !links.includes(p));
            try {
                const blobs = await this.readMany(rest.map((p) => p.file));
                for (const p of rest)
                    p.resolve(blobs.get(p.file) ?? null);
            }
            catch (err) {
                for (const p of rest)
                    p.reject(err);
            }
        }, (err) => batch.forEach((p) => p.reject(err)));
    }
    /** One git process for many files: what a full-registry load at a ref needs. */
    async readMany(files) {
        const entries = await this.entries();
        const wanted = [];
        const out = new Map();
        for (const file of files) {
            const e = entries.get((0, source_js_1.safeRelative)(file));
            if (!e)
                out.set(file, null);
            else if (e.mode === '120000')
                throw new errors_js_1.ConfigError(`refusing symbolic link ${file} at ${this.label}`);
            else if (e.type !== 'blob')
                out.set(file, null);
            else
                wanted.push({ file, sha: e.sha });
        }
        const blobs = await (0, git_js_1.readBlobs)(this.repo, wanted.map((w) => w.sha));
        for (const w of wanted)
            out.set(w.file, blobs.get(w.sha) ?? null);
        return out;
    }
}
exports.GitSource = GitSource;


/***/ }),

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ canonicalize)
/* harmony export */ });
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}


/***/ })

};
