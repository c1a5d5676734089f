export const id = 503;
export const ids = [503];
export const modules = {

/***/ 6663:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.servedFromRecords = servedFromRecords;
exports.firstParentLine = firstParentLine;
exports.pullNumberFromSubject = pullNumberFromSubject;
exports.servedFromManifest = servedFromManifest;
exports.servedAt = servedAt;
/**
 * "What served where, when" (DESIGN §5): the version(s) whose deployment to an environment last
 * succeeded at or before T, from the deployment (and rollback) records; for a model with no such
 * record, the manifest as merged on the default branch at T, saying so.
 *
 * Time: a record's finishedAt, a manifest's first-parent committer time (when the merge landed).
 * Clocks skew, so both are made monotone in their order of arrival: a record cannot have finished
 * before the record written before it, and a merge cannot land before its first parent did. An
 * entry counts from its (monotone) time on, inclusive: at exactly T the change has happened.
 */
const git_js_1 = __webpack_require__(308);
const fast_js_1 = __webpack_require__(6049);
function monotone(items, time) {
    let floor = -Infinity;
    return items.map((item) => {
        floor = Math.max(floor, time(item));
        return { item, time: floor };
    });
}
function servingOf(r) {
    if (r.kind === 'deployment') {
        const d = r.data;
        return d.outcome === 'success' && d.finishedAt ? { model: d.model, serving: d.serving } : null;
    }
    if (r.kind === 'rollback') {
        const d = r.data;
        return d.outcome === 'success' ? { model: d.model, serving: d.to } : null;
    }
    return null;
}
function recordTime(r) {
    const d = r.data;
    return Date.parse(d.finishedAt ?? r.decidedAt);
}
function prOf(pr) {
    return pr ? { number: pr.number, url: pr.url, title: pr.title, author: pr.author, mergedBy: pr.mergedBy } : null;
}
/** The last successful deployment per model at or before `at`, from records in log order. */
function servedFromRecords(records, env, at) {
    const out = new Map();
    const relevant = records.filter((r) => (r.kind === 'deployment' || r.kind === 'rollback') && r.data.environment === env);
    // Approvals live on the registration/promotion record of the manifest commit that was deployed.
    const byCommit = new Map();
    for (const r of records)
        if (r.kind === 'registration' || r.kind === 'promotion')
            byCommit.set(r.commits.decision, r);
    for (const { item: r, time } of monotone(relevant, recordTime)) {
        if (time > at)
            break;
        const s = servingOf(r);
        if (!s)
            continue;
        const manifestCommit = r.kind === 'deployment' ? r.data.manifestCommit : r.commits.decision;
        const decided = byCommit.get(manifestCommit);
        out.set(s.model, {
            model: s.model,
            environment: env,
            strategy: s.serving.strategy,
            stable: s.serving.stable,
            candidate: s.serving.candidate ?? null,
            traffic: s.serving.traffic ?? null,
            source: 'deployment-record',
            since: new Date(time).toISOString(),
            commit: manifestCommit,
            pullRequest: prOf(r.pullRequest ?? decided?.pullRequest ?? null),
            approvals: r.approvals ?? decided?.approvals ?? null,
            record: { seq: r.seq, hash: r.hash, kind: r.kind },
            note: `${r.kind} record ${r.seq} (${r.kind === 'rollback' ? 'rollback' : 'deployment'} succeeded ${new Date(time).toISOString()})`,
        });
    }
    return out;
}
/** The default branch's first-parent line, oldest first: one git process. */
async function firstParentLine(repoDir, ref) {
    const out = await (0, git_js_1.git)(repoDir, ['log', '--first-parent', '--reverse', '--format=%H%x00%ct%x00%s', ref, '--']);
    return out
        .split('\n')
        .filter(Boolean)
        .map((line) => {
        const [sha = '', ct = '0', subject = ''] = line.split('\0');
        return { sha, time: Number(ct) * 1000, subject };
    });
}
/** The first-parent commits that changed `file`, oldest first. */
async function touching(repoDir, ref, file) {
    const out = await (0, git_js_1.git)(repoDir, ['log', '--first-parent', '--format=%H', ref, '--', file]);
    return new Set(out.split('\n').filter(Boolean));
}
function pullNumberFromSubject(subject) {
    const m = /^Merge pull request #([0-9]+) /.exec(subject) ?? /\(#([0-9]+)\)$/.exec(subject);
    return m ? Number(m[1]) : null;
}
function modelsOf(bytes) {
    if (!bytes)
        return null;
    const value = (0, fast_js_1.parseYaml)(Buffer.from(bytes).toString('utf8')).value;
    const map = new Map();
    for (const [name, e] of Object.entries(value?.models ?? {})) {
        if (!e || typeof e.stable !== 'string' || typeof e.strategy !== 'string')
            continue;
        map.set(name, { strategy: e.strategy, stable: e.stable, ...(typeof e.candidate === 'string' ? { candidate: e.candidate } : {}), ...(typeof e.traffic === 'number' ? { traffic: e.traffic } : {}) });
    }
    return map;
}
const sameState = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
/**
 * The manifest as merged at `at`, per model, with the first-parent commit that last changed that
 * model's entry. Blobs are read backwards in batches only as far as needed.
 */
async function servedFromManifest(repoDir, ref, manifestFile, env, at, records) {
    const line = monotone(await firstParentLine(repoDir, ref), (c) => c.time);
    const changed = await touching(repoDir, ref, manifestFile);
    const upTo = line.filter((c) => c.time <= at);
    const versions = upTo.filter((c) => changed.has(c.item.sha));
    const entries = new Map();
    const last = versions[versions.length - 1];
    if (!last)
        return { entries, merged: null };
    const decided = new Map();
    for (const r of records)
        if (r.kind === 'registration' || r.kind === 'promotion')
            decided.set(r.commits.decision, r);
    const blobOf = async (list) => (0, git_js_1.readBlobs)(repoDir, list.map((c) => `${c.item.sha}:${manifestFile}`));
    const now = modelsOf((await blobOf([last])).get(`${last.item.sha}:${manifestFile}`));
    if (!now)
        return { entries, merged: last.item.sha };
    const pending = new Map(now);
    // Where each model's current entry was introduced: walk back until it differs.
    const introduced = new Map();
    for (const name of pending.keys())
        introduced.set(name, last);
    let i = versions.length - 2;
    const BATCH = 64;
    while (pending.size > 0 && i >= 0) {
        const batch = versions.slice(Math.max(0, i - BATCH + 1), i + 1).reverse();
        const blobs = await blobOf(batch);
        for (const c of batch) {
            const models = modelsOf(blobs.get(`${c.item.sha}:${manifestFile}`));
            for (const [name, state] of [...pending]) {
                if (models && sameState(models.get(name), state))
                    introduced.set(name, c);
                else
                    pending.delete(name);
            }
            if (pending.size === 0)
                break;
        }
        i -= BATCH;
    }
    for (const [name, state] of now) {
        const c = introduced.get(name);
        const record = decided.get(c.item.sha);
        const number = record?.pullRequest?.number ?? pullNumberFromSubject(c.item.subject);
        entries.set(name, {
            model: name,
            environment: env,
            strategy: state.strategy,
            stable: state.stable,
            candidate: state.candidate ?? null,
            traffic: state.traffic ?? null,
            source: 'manifest-merge',
            since: new Date(c.time).toISOString(),
            commit: c.item.sha,
            pullRequest: record?.pullRequest ? prOf(record.pullRequest) : number !== null ? { number, url: null, title: null, author: null, mergedBy: null } : null,
            approvals: record?.approvals ?? null,
            record: record ? { seq: record.seq, hash: record.hash, kind: record.kind } : null,
            note: `no successful deployment record for ${name} in ${env} at or before this time: taken from ${manifestFile} as merged at ${new Date(c.time).toISOString()} (commit ${c.item.sha.slice(0, 12)})${record ? '' : number !== null ? `; pull request #${number} read from the commit message, no audit record` : '; no audit record'}`,
        });
    }
    return { entries, merged: last.item.sha };
}
async function servedAt(q) {
    const at = q.at.getTime();
    const fromRecords = servedFromRecords(q.records, q.env, at);
    const fromManifest = await servedFromManifest(q.repoDir, q.ref, q.manifestFile, q.env, at, q.records);
    const names = new Set([...fromRecords.keys(), ...fromManifest.entries.keys()]);
    const entries = [...names]
        .filter((n) => q.model === undefined || n === q.model)
        .sort()
        .map((n) => fromRecords.get(n) ?? fromManifest.entries.get(n));
    const notes = [];
    if (q.records.length === 0)
        notes.push('no audit records were read: every answer comes from the manifest merge history');
    if (entries.length === 0)
        notes.push(`nothing served in ${q.env} at ${q.at.toISOString()}${q.model ? ` for ${q.model}` : ''} by the records or the merged manifest`);
    return { environment: q.env, at: q.at.toISOString(), entries, notes };
}


/***/ }),

/***/ 8905:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.run = run;
/** `modelgate history`: which version(s) served in an environment at a given time (DESIGN §5). */
const node_path_1 = __importDefault(__webpack_require__(6760));
const format_js_1 = __webpack_require__(3132);
const history_js_1 = __webpack_require__(6663);
const local_js_1 = __webpack_require__(2564);
const workspace_js_1 = __webpack_require__(6478);
const errors_js_1 = __webpack_require__(3916);
const git_js_1 = __webpack_require__(308);
const loader_js_1 = __webpack_require__(6372);
const names_js_1 = __webpack_require__(1815);
const args_js_1 = __webpack_require__(7593);
exports.spec = {
    name: 'history',
    summary: 'which model versions served in an environment at a given time, who put them there and who approved',
    usage: 'modelgate history --env <name> --at <ISO time> [--model <m>] [--repo <dir>] [--ref <ref>] [--branch <name>] [--format json|text]',
    options: {
        env: { type: 'string', help: '<name>  the environment (required)' },
        at: { type: 'string', help: '<time>  ISO 8601 time with a zone, e.g. 2026-03-01T12:00:00Z (required)' },
        model: { type: 'string', help: '<name>  only this model' },
        repo: { type: 'string', help: '<dir>  the registry (default: current directory)' },
        ref: { type: 'string', help: '<ref>  the default branch whose first-parent line is the merge history (default: HEAD)' },
        branch: { type: 'string', help: '<name>  the audit branch (default: modelgate.yaml audit.branch, else modelgate-audit)' },
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    },
    details: [
        '"Served at T" is the version(s) whose deployment to the environment last succeeded at or before T',
        '(deployment and rollback records of the audit log); for a model with no such record, the manifest',
        'as merged on the default branch at T, and the answer says so. Times are made monotone in order of',
        'arrival (a merge cannot land before its first parent; a record cannot finish before the one',
        'written before it), so skewed clocks do not reorder history.',
    ].join('\n'),
    examples: [
        'modelgate history --env production --at 2026-03-01T12:00:00Z',
        'modelgate history --env staging --at 2026-02-14T09:30:00+01:00 --model fraud-detector --format json',
    ],
};
async function run(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const env = (0, args_js_1.stringOpt)(p, 'env');
    const atText = (0, args_js_1.stringOpt)(p, 'at');
    if (!env || !atText)
        throw new errors_js_1.UsageError('--env and --at are required\nRun `modelgate history --help` for usage.');
    const envProblem = (0, names_js_1.nameProblem)(env, 'environment');
    if (envProblem)
        throw new errors_js_1.UsageError(`--env: ${envProblem}`);
    const model = (0, args_js_1.stringOpt)(p, 'model');
    const modelProblem = model === undefined ? null : (0, names_js_1.nameProblem)(model, 'model');
    if (modelProblem)
        throw new errors_js_1.UsageError(`--model: ${modelProblem}`);
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(atText) || Number.isNaN(Date.parse(atText))) {
        throw new errors_js_1.UsageError(`--at must be an ISO 8601 time with a zone (e.g. 2026-03-01T12:00:00Z); got '${atText}'`);
    }
    const ws = await (0, workspace_js_1.auditWorkspace)(node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.'), (0, args_js_1.stringOpt)(p, 'branch'));
    const ref = await (0, git_js_1.resolveCommit)(ws.repoDir, (0, args_js_1.stringOpt)(p, 'ref') ?? 'HEAD', '--ref');
    let records = [];
    const notes = [];
    if (await (0, local_js_1.resolveAuditRef)(ws.repoDir, ws.branch)) {
        const v = await (0, local_js_1.verifyLocal)(ws.repoDir, ws.branch, { history: false });
        if (v.problem) {
            io.stderr(`audit log tampered: ${v.problem.message}\nmodelgate history refuses to answer from it; run \`modelgate audit verify\`.\n`);
            return errors_js_1.EXIT.no;
        }
        records = v.records;
        notes.push(`${records.length} audit records from ${ws.branch} (chain verified offline; anchors not checked: \`modelgate audit verify --online\`)`);
    }
    else {
        notes.push(`no audit branch ${ws.branch} in this clone: answers come from the merge history of the manifest only`);
    }
    const answer = await (0, history_js_1.servedAt)({ repoDir: ws.repoDir, ref, manifestFile: (0, workspace_js_1.inRepo)(ws, (0, loader_js_1.manifestPath)(env)), env, at: new Date(atText), records, ...(model ? { model } : {}) });
    answer.notes.unshift(...notes);
    if (((0, args_js_1.stringOpt)(p, 'format') ?? 'text') === 'json')
        io.stdout(`${JSON.stringify(answer, null, 2)}\n`);
    else
        io.stdout((0, format_js_1.historyText)(answer));
    return answer.entries.length > 0 ? errors_js_1.EXIT.yes : errors_js_1.EXIT.no;
}


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
