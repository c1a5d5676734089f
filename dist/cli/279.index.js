export const id = 279;
export const ids = [279];
export const modules = {

/***/ 7279:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.exitCodeFor = exitCodeFor;
exports.run = run;
/**
 * `modelgate monitor`: rollback rules → healthy / notify / pending / hold / rollback for every model
 * serving in an environment (DESIGN §6). With --responses the provider bodies come from a file, so
 * any decision can be reproduced offline; otherwise the providers are queried.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const history_js_1 = __webpack_require__(8259);
const git_js_1 = __webpack_require__(308);
const loader_js_1 = __webpack_require__(6372);
const context_js_1 = __webpack_require__(8479);
const source_js_1 = __webpack_require__(7846);
const redact_js_1 = __webpack_require__(6077);
const run_js_1 = __webpack_require__(4663);
const args_js_1 = __webpack_require__(7593);
exports.spec = {
    name: 'monitor',
    summary: 'judge live metrics against rollback rules: healthy, hold or rollback',
    usage: 'modelgate monitor --env <name> [--repo <dir>] [--model <m>] [--responses <file>] [--dry-run] [--format text|json] [--now <ISO>] [--serving-since <ISO>]',
    options: {
        repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml (default: current directory)' },
        env: { type: 'string', help: '<name>  environment whose deployments/<name>.yaml is monitored (required)' },
        model: { type: 'string', help: '<m>  only this model (default: every model serving in the environment)' },
        responses: { type: 'string', help: '<file>  JSON object: rule name (or <rule>#baseline, <rule>#samples) → the raw body its provider returned; no provider is called' },
        'dry-run': { type: 'boolean', help: 'decide and print only: open no pull request or issue' },
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
        now: { type: 'string', help: '<ISO>  evaluate as of this time (default: now); the end of every query window' },
        'serving-since': { type: 'string', help: '<ISO>  when the judged version started serving, for initialDelay (default: from the manifest\'s git history when --repo is in a clone, else unknown and the delay is not applied)' },
    },
    details: [
        'Decision: a critical enforce rule failed → rollback (exit 1); a critical enforce rule inconclusive or',
        'in error (no data, provider outage) → hold (exit 4, no change); still in its initial delay → pending',
        '(exit 4); only warning or advisory rules not passing, or failures tolerated by failureLimit → notify (exit 0);',
        'every rule passed → healthy (exit 0). A model whose rules cannot run (invalid model.yaml, a broken rule)',
        'holds with its configuration error while the other models are judged; exit 1 if any rolls back, else 2.',
        'A response recorded as {"$error": "<message>"} stands for a provider that did not answer.',
        'Credentials come from the environment (MODELGATE_PROMETHEUS_TOKEN, MODELGATE_HTTP_TOKEN, DD_API_KEY,',
        'DD_APP_KEY) and are redacted from all output. The CLI decides and prints; the monitor action opens the',
        'rollback pull request or incident issue and records the verdict (`modelgate rollback --dry-run` shows the PR).',
    ].join('\n'),
    examples: [
        'modelgate monitor --env production --dry-run',
        'modelgate monitor --env production --model fraud-detector --responses responses.json --dry-run --format json',
        'modelgate monitor --env staging --now 2026-03-01T12:00:00Z --serving-since 2026-03-01T09:00:00Z --dry-run',
    ],
};
function parseTime(text, flag) {
    if (text === undefined)
        return undefined;
    const ms = Date.parse(text);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(ms))
        throw new errors_js_1.UsageError(`--${flag} must be an ISO 8601 date-time such as 2026-03-01T12:00:00Z; got '${text}'`);
    return ms;
}
async function readResponses(file) {
    let text;
    try {
        text = await (0, promises_1.readFile)(file, 'utf8');
    }
    catch (err) {
        throw new errors_js_1.UsageError(`cannot read --responses ${file}: ${err.code ?? err.message}`);
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new errors_js_1.UsageError(`--responses ${file} is not JSON: ${err.message}`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw new errors_js_1.UsageError(`--responses ${file} must hold a JSON object mapping rule names to bodies`);
    return doc;
}
const MARK = { pass: 'ok  ', fail: 'FAIL', inconclusive: '??  ', error: 'ERR ', skipped: 'skip' };
function formatText(decisions, dryRun) {
    const lines = [];
    for (const d of decisions) {
        const serving = d.baseline ? `${d.version} (${d.strategy}, beside ${d.baseline})` : `${d.version} (${d.strategy})`;
        lines.push(`${d.model} ${serving} in ${d.environment}: ${d.decision.toUpperCase()} - ${d.reason}`);
        for (const r of d.rules) {
            lines.push(`  ${MARK[r.outcome]} ${r.name} [${r.severity}, ${r.mode}, ${r.provider}] ${r.outcome}: ${r.reason}`);
            for (const q of r.queries)
                if (q)
                    lines.push(`       query: ${q}`);
        }
        if (d.effect) {
            const e = d.effect;
            const what = e.action === 'reject-shadow' ? `reject ${e.failing} and remove the shadow; what serves is unchanged`
                : e.action === 'candidate-traffic-zero' ? `set candidate ${e.failing} traffic to 0 and remove it; stable keeps serving`
                    : e.action === 'switch-back' ? `switch back from ${e.failing} to blue (stable)`
                        : `roll ${e.failing} back to the last known-good version (resolved from the deployment history)`;
            lines.push(`  effect: ${what}; mark ${d.reject} rejected in model.yaml`);
            lines.push(dryRun ? '  (dry run: nothing changed)' : '  (the CLI changes nothing: the monitor action opens the rollback pull request)');
        }
    }
    return `${lines.join('\n')}\n`;
}
function exitCodeFor(decisions) {
    if (decisions.some((d) => d.decision === 'rollback'))
        return errors_js_1.EXIT.no;
    // A model whose rules could not run was not judged: that is a configuration error to fix (exit 2).
    if (decisions.some((d) => d.configError !== undefined))
        return errors_js_1.EXIT.usage;
    if (decisions.some((d) => d.decision === 'hold' || d.decision === 'pending'))
        return errors_js_1.EXIT.hold;
    return errors_js_1.EXIT.yes;
}
async function monitor(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const env = (0, args_js_1.stringOpt)(p, 'env');
    if (!env)
        throw new errors_js_1.UsageError('--env <name> is required\nRun `modelgate monitor --help` for usage.');
    const dryRun = (0, args_js_1.boolOpt)(p, 'dry-run');
    const responsesFile = (0, args_js_1.stringOpt)(p, 'responses');
    if (responsesFile && !dryRun)
        throw new errors_js_1.UsageError('--responses replays recorded bodies and needs --dry-run');
    const now = parseTime((0, args_js_1.stringOpt)(p, 'now'), 'now') ?? Date.now();
    const servingSince = parseTime((0, args_js_1.stringOpt)(p, 'serving-since'), 'serving-since');
    const repo = node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.');
    const model = (0, args_js_1.stringOpt)(p, 'model');
    const responses = responsesFile ? await readResponses(node_path_1.default.resolve(io.cwd, responsesFile)) : undefined;
    const registry = await (0, loader_js_1.loadRegistry)(new source_js_1.FsSource(repo), model ? { models: new Set([model]) } : {});
    const redactor = (0, redact_js_1.redactorFor)(io.env);
    // Without --serving-since, a clone's manifest history says when each judged version started serving.
    let servingSinceFor;
    if (servingSince === undefined && (await (0, git_js_1.isGitRepo)(repo))) {
        const top = await (0, git_js_1.repoTopLevel)(repo);
        const snapshots = await new history_js_1.GitServingHistory(top, 'HEAD', node_path_1.default.relative(top, repo).split(node_path_1.default.sep).join('/')).snapshots(env);
        servingSinceFor = (m, v) => (0, context_js_1.servingStart)(snapshots, m, v);
    }
    const decisions = await (0, run_js_1.monitorEnvironment)({
        registry,
        env,
        ...(model ? { model } : {}),
        now,
        ...(servingSince !== undefined ? { servingSince } : {}),
        ...(servingSinceFor ? { servingSinceFor } : {}),
        ...(responses ? { responses } : {}),
        processEnv: io.env,
        cwd: io.cwd,
        redactor,
    });
    const code = exitCodeFor(decisions);
    for (const d of decisions)
        if (d.configError !== undefined)
            io.stderr(`modelgate ${exports.spec.name}: ${d.model}: configuration error: ${redactor.redact(d.configError)}\n`);
    const format = (0, args_js_1.stringOpt)(p, 'format') ?? 'text';
    const out = format === 'json' ? `${JSON.stringify({ environment: env, now: new Date(now).toISOString(), dryRun, exitCode: code, decisions }, null, 2)}\n` : formatText(decisions, dryRun);
    io.stdout(redactor.redact(out));
    return code;
}
async function run(argv, io) {
    try {
        return await monitor(argv, io);
    }
    catch (err) {
        // Usage and configuration errors are answers (exit 2); anything else is left to main's handler.
        if (!(err instanceof errors_js_1.UsageError || err instanceof errors_js_1.ConfigError))
            throw err;
        io.stderr(`modelgate ${exports.spec.name}: ${(0, redact_js_1.redactorFor)(io.env).redact((0, errors_js_1.describeError)(err))}\n`);
        return (0, errors_js_1.exitCodeOf)(err);
    }
}


/***/ }),

/***/ 4276:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.decide = decide;
exports.judgedVersions = judgedVersions;
exports.strategyEffect = strategyEffect;
const names = (rs) => rs.map((r) => r.name).join(', ');
function decide(results) {
    const enforced = results.filter((r) => r.severity === 'critical' && r.mode === 'enforce');
    const failed = enforced.filter((r) => r.outcome === 'fail');
    if (failed.length > 0)
        return { decision: 'rollback', reason: `critical rule(s) failed: ${names(failed)}` };
    const unsure = enforced.filter((r) => r.outcome === 'inconclusive' || r.outcome === 'error');
    if (unsure.length > 0) {
        return { decision: 'hold', reason: `critical rule(s) inconclusive or in error: ${unsure.map((r) => `${r.name} (${r.outcome})`).join(', ')}; no change` };
    }
    // Still in its initial delay: nothing is known yet, so the version is not healthy either.
    const waiting = enforced.filter((r) => r.outcome === 'skipped' && r.reason.startsWith('initial delay'));
    if (waiting.length > 0)
        return { decision: 'pending', reason: `waiting for the initial delay of: ${names(waiting)}` };
    const noted = results.filter((r) => !(r.severity === 'critical' && r.mode === 'enforce') && r.outcome !== 'pass' && r.outcome !== 'skipped');
    if (noted.length > 0)
        return { decision: 'notify', reason: `warning or advisory rule(s) not passing: ${noted.map((r) => `${r.name} (${r.outcome})`).join(', ')}` };
    // Passing only because failureLimit let failing points through is not "every rule passed".
    const tolerated = results.filter((r) => r.outcome === 'pass' && (r.tolerated ?? 0) > 0);
    if (tolerated.length > 0)
        return { decision: 'notify', reason: `rule(s) passed with failures tolerated by failureLimit: ${tolerated.map((r) => `${r.name} (${r.tolerated})`).join(', ')}` };
    if (results.every((r) => r.outcome === 'skipped'))
        return { decision: 'pending', reason: 'no rule could be judged (all skipped)' };
    return { decision: 'healthy', reason: 'every rule passed' };
}
/** What serves, and which version the rules judge: the candidate when one serves beside stable. */
function judgedVersions(entry) {
    if (entry.strategy !== 'direct' && entry.candidate)
        return { version: entry.candidate, baseline: entry.stable };
    return { version: entry.stable };
}
/** The rollback, as data; applying it (manifest diff, rejected mark, PR) is the rollback PR's job. */
function strategyEffect(entry) {
    const { version } = judgedVersions(entry);
    switch (entry.strategy) {
        case 'shadow':
            return { action: 'reject-shadow', strategy: 'shadow', failing: version, manifest: { candidate: null, traffic: 0 }, servingUnchanged: true };
        case 'canary':
        case 'ab':
            if (entry.candidate)
                return { action: 'candidate-traffic-zero', strategy: entry.strategy, failing: version, manifest: { candidate: null, traffic: 0 } };
            break;
        case 'blue-green':
            if (entry.candidate)
                return { action: 'switch-back', strategy: 'blue-green', failing: version, manifest: { candidate: null, traffic: 0 } };
            break;
        case 'direct':
            break;
    }
    // Only stable serves: there is nothing beside it to fall back to, so the target is resolved later.
    return { action: 'rollback-to-last-known-good', strategy: entry.strategy, failing: version, target: 'last-known-good' };
}


/***/ }),

/***/ 4776:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.durationMs = durationMs;
/** Durations in the schema's form (30s, 5m, 1d12h, 2w) as milliseconds. */
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
function durationMs(text) {
    if (!/^(?:[0-9]+[smhdw])+$/.test(text))
        throw new Error(`invalid duration '${text}' (use e.g. 30s, 5m, 1h, 1d12h)`);
    let total = 0;
    for (const m of text.matchAll(/([0-9]+)([smhdw])/g))
        total += Number(m[1]) * UNIT_MS[m[2]];
    return total;
}


/***/ }),

/***/ 1529:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseDatadog = parseDatadog;
const errors_js_1 = __webpack_require__(7268);
const json_js_1 = __webpack_require__(2562);
function num(v) {
    // Datadog writes null for an interval without data; that is a missing point, not zero.
    if (v === null)
        return NaN;
    const n = (0, json_js_1.toNumber)(v);
    if (n === undefined)
        throw new errors_js_1.ProviderError(`datadog: value is ${(0, json_js_1.describeValue)(v)}, not a number`);
    return n;
}
function errorsOf(doc) {
    if (Array.isArray(doc.errors) && doc.errors.length > 0)
        return doc.errors.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join('; ').slice(0, 300);
    if (doc.status === 'error')
        return typeof doc.error === 'string' ? doc.error.slice(0, 300) : 'status error';
    return undefined;
}
function parseDatadog(body) {
    const doc = (0, json_js_1.parseJsonBody)(body, 'datadog');
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw new errors_js_1.ProviderError('datadog: response is not a JSON object');
    const d = doc;
    const err = errorsOf(d);
    if (err)
        throw new errors_js_1.ProviderError(`datadog: ${err}`);
    if ('series' in d)
        return v1(d.series);
    const attributes = d.data?.attributes;
    if (attributes && typeof attributes === 'object')
        return v2(attributes);
    throw new errors_js_1.ProviderError('datadog: neither a v1 (series) nor a v2 (data.attributes) response');
}
function v1(series) {
    if (!Array.isArray(series))
        throw new errors_js_1.ProviderError('datadog: series is not an array');
    if (series.length === 0)
        return { kind: 'points', points: [], note: 'no series' };
    if (series.length > 1)
        throw new errors_js_1.ProviderError(`datadog: the query returned ${series.length} series where one was expected`);
    const list = series[0].pointlist;
    if (!Array.isArray(list))
        throw new errors_js_1.ProviderError('datadog: series without pointlist');
    const points = list.map((p) => {
        if (!Array.isArray(p) || p.length < 2)
            throw new errors_js_1.ProviderError('datadog: malformed point');
        return { t: num(p[0]) / 1000, value: num(p[1]) };
    });
    return { kind: 'points', points, ...(points.length === 0 ? { note: 'empty pointlist' } : {}) };
}
function v2(a) {
    if (Array.isArray(a.columns)) {
        // Scalar query: each column is a query or formula; several columns are several answers.
        const cols = a.columns;
        if (cols.length === 0)
            return { kind: 'points', points: [], note: 'no columns' };
        if (cols.length > 1)
            throw new errors_js_1.ProviderError(`datadog: ${cols.length} columns where one was expected`);
        const values = cols[0].values;
        if (!Array.isArray(values))
            throw new errors_js_1.ProviderError('datadog: column without values');
        if (values.length > 1)
            throw new errors_js_1.ProviderError(`datadog: ${values.length} values (groups) where one was expected`);
        return { kind: 'points', points: values.map((v) => ({ value: num(v) })), ...(values.length === 0 ? { note: 'empty values' } : {}) };
    }
    const times = a.times;
    const values = a.values;
    if (!Array.isArray(times) || !Array.isArray(values))
        throw new errors_js_1.ProviderError('datadog: v2 response without columns or times/values');
    if (values.length === 0)
        return { kind: 'points', points: [], note: 'no series' };
    if (values.length > 1)
        throw new errors_js_1.ProviderError(`datadog: the query returned ${values.length} series where one was expected`);
    const row = values[0];
    if (!Array.isArray(row) || row.length !== times.length)
        throw new errors_js_1.ProviderError('datadog: times and values differ in length');
    return { kind: 'points', points: row.map((v, i) => ({ t: num(times[i]) / 1000, value: num(v) })) };
}


/***/ }),

/***/ 7268:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProviderError = void 0;
/** A provider could not give an answer: the rule's outcome is error, never a metric failure. */
class ProviderError extends Error {
    transient;
    name = 'ProviderError';
    constructor(message, 
    /** Worth retrying within the run (timeouts, 5xx, connection failures); 4xx and bad bodies are not. */
    transient = false) {
        super(message);
        this.transient = transient;
    }
}
exports.ProviderError = ProviderError;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normaliseEvidently = normaliseEvidently;
exports.selectEvidently = selectEvidently;
exports.parseEvidently = parseEvidently;
const errors_js_1 = __webpack_require__(7268);
const json_js_1 = __webpack_require__(2562);
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v) => (typeof v === 'number' ? v : undefined);
/** p-value tests drift when the p-value is below the threshold; distances when at or above it (Evidently's rule). */
function driftedByScore(score, method, threshold) {
    if (threshold === undefined)
        return undefined;
    return /p[_ -]?value/i.test(method ?? '') ? score < threshold : score >= threshold;
}
function normaliseEvidently(doc) {
    if (!isObj(doc))
        throw new errors_js_1.ProviderError('evidently: report is not a JSON object');
    const metrics = Array.isArray(doc.metrics) ? doc.metrics.filter(isObj) : [];
    const tests = Array.isArray(doc.tests) ? doc.tests.filter(isObj) : [];
    const isV07 = metrics.some((m) => typeof m.metric_name === 'string' || (isObj(m.config) && typeof m.config.type === 'string' && m.config.type.startsWith('evidently:')));
    const isLegacy = metrics.some((m) => typeof m.metric === 'string' && 'result' in m) || (tests.length > 0 && tests.some((t) => 'group' in t || 'parameters' in t)) || isObj(doc.summary);
    if (!isV07 && !isLegacy && !(Array.isArray(doc.metrics) && Array.isArray(doc.tests))) {
        throw new errors_js_1.ProviderError('evidently: not an Evidently report (no metrics[] with metric/result or metric_name/value)');
    }
    const report = {
        format: isV07 ? 'v0.7' : 'legacy',
        ...(typeof doc.version === 'string' ? { version: doc.version } : {}),
        columns: new Map(),
        tests: tests.map((t) => ({ name: String(t.name ?? t.id ?? 'test'), status: String(t.status ?? '').toUpperCase() })),
    };
    if (isV07) {
        for (const m of metrics) {
            const type = isObj(m.config) && typeof m.config.type === 'string' ? m.config.type.replace(/^evidently:metric_v2:/, '') : String(m.metric_name ?? '').replace(/\(.*$/, '');
            const config = isObj(m.config) ? m.config : {};
            if (type === 'DriftedColumnsCount' && isObj(m.value)) {
                report.driftShare = num(m.value.share);
                report.driftedColumns = num(m.value.count);
                const limit = num(config.drift_share);
                if (report.driftShare !== undefined && limit !== undefined)
                    report.datasetDrift = report.driftShare >= limit;
            }
            else if (type === 'ValueDrift' && typeof config.column === 'string' && typeof m.value === 'number') {
                const method = typeof config.method === 'string' ? config.method : undefined;
                const threshold = num(config.threshold);
                report.columns.set(config.column, { score: m.value, ...(method ? { method } : {}), ...(threshold !== undefined ? { threshold } : {}), drifted: driftedByScore(m.value, method, threshold) ?? false });
            }
        }
        return report;
    }
    for (const m of metrics) {
        const r = isObj(m.result) ? m.result : undefined;
        if (!r)
            continue;
        if (m.metric === 'DatasetDriftMetric' || m.metric === 'DataDriftTable') {
            // Both carry the dataset summary; DatasetDriftMetric is the canonical one when both exist.
            if (report.driftShare === undefined || m.metric === 'DatasetDriftMetric') {
                if (num(r.share_of_drifted_columns) !== undefined)
                    report.driftShare = num(r.share_of_drifted_columns);
                if (num(r.number_of_drifted_columns) !== undefined)
                    report.driftedColumns = num(r.number_of_drifted_columns);
                if (typeof r.dataset_drift === 'boolean')
                    report.datasetDrift = r.dataset_drift;
            }
            if (isObj(r.drift_by_columns)) {
                for (const [col, c] of Object.entries(r.drift_by_columns))
                    if (isObj(c))
                        addLegacyColumn(report, col, c);
            }
        }
        else if (m.metric === 'ColumnDriftMetric' && typeof r.column_name === 'string') {
            addLegacyColumn(report, r.column_name, r);
        }
    }
    return report;
}
function addLegacyColumn(report, col, c) {
    const score = num(c.drift_score);
    if (score === undefined)
        return;
    const method = typeof c.stattest_name === 'string' ? c.stattest_name : undefined;
    const threshold = num(c.stattest_threshold);
    const drifted = typeof c.drift_detected === 'boolean' ? c.drift_detected : driftedByScore(score, method, threshold) ?? false;
    report.columns.set(col, { score, ...(method ? { method } : {}), ...(threshold !== undefined ? { threshold } : {}), drifted });
}
function selectEvidently(report, selector) {
    const none = (note) => ({ kind: 'points', points: [], note });
    const one = (value) => ({ kind: 'points', points: [{ value }] });
    const [name, arg] = selector.includes(':') ? [selector.slice(0, selector.indexOf(':')), selector.slice(selector.indexOf(':') + 1)] : [selector, undefined];
    switch (name) {
        case 'drift_share':
            return report.driftShare === undefined ? none('report has no drifted-columns share') : one(report.driftShare);
        case 'drifted_columns':
            return report.driftedColumns === undefined ? none('report has no drifted-columns count') : one(report.driftedColumns);
        case 'dataset_drift':
            return report.datasetDrift === undefined ? none('report has no dataset drift flag') : one(report.datasetDrift ? 1 : 0);
        case 'column_drift':
        case 'column_score': {
            if (!arg)
                throw new errors_js_1.ProviderError(`evidently: selector '${selector}' needs a column, e.g. ${name}:age`);
            const c = report.columns.get(arg);
            if (!c)
                return none(`report has no drift result for column '${arg}'`);
            return one(name === 'column_drift' ? (c.drifted ? 1 : 0) : c.score);
        }
        case 'failed_tests': {
            if (report.tests.length === 0)
                return none('report has no tests');
            const errored = report.tests.filter((t) => t.status === 'ERROR');
            if (errored.length > 0)
                throw new errors_js_1.ProviderError(`evidently: ${errored.length} test(s) could not run (ERROR): ${errored.map((t) => t.name).join(', ').slice(0, 200)}`);
            return one(report.tests.filter((t) => t.status === 'FAIL').length);
        }
        default:
            throw new errors_js_1.ProviderError(`evidently: unknown selector '${selector}' (use drift_share, drifted_columns, dataset_drift, column_drift:<col>, column_score:<col>, failed_tests)`);
    }
}
function parseEvidently(body, selector) {
    return selectEvidently(normaliseEvidently((0, json_js_1.parseJsonBody)(body, 'evidently')), selector);
}


/***/ }),

/***/ 2171:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MAX_BYTES = exports.DEFAULT_TIMEOUT_MS = void 0;
exports.fetchText = fetchText;
const errors_js_1 = __webpack_require__(7268);
exports.DEFAULT_TIMEOUT_MS = 10_000;
exports.DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
async function readCapped(res, maxBytes) {
    if (!res.body)
        return '';
    const reader = res.body.getReader();
    const chunks = [];
    let total = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done)
            break;
        total += value.byteLength;
        if (total > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw new errors_js_1.ProviderError(`response larger than ${maxBytes} bytes; refused`);
        }
        chunks.push(value);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function isJsonType(contentType) {
    return contentType !== null && /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType.trim());
}
async function fetchText(req) {
    const r = req.redactor;
    let res;
    try {
        res = await fetch(req.url, {
            method: req.method ?? 'GET',
            headers: { accept: 'application/json', ...req.headers },
            ...(req.body !== undefined ? { body: req.body } : {}),
            redirect: 'error',
            signal: AbortSignal.timeout(req.timeoutMs),
        });
    }
    catch (err) {
        throw requestError(err, req);
    }
    try {
        const contentType = res.headers.get('content-type');
        if (res.status >= 400) {
            // A short excerpt helps diagnose (Prometheus explains bad queries in the body); more is noise.
            const text = await readCapped(res, Math.min(req.maxBytes, 64 * 1024)).catch(() => '');
            throw new errors_js_1.ProviderError(r.redact(`HTTP ${res.status} from ${req.url}${text ? `: ${text.slice(0, 300).replace(/\s+/g, ' ')}` : ''}`), res.status >= 500 || res.status === 429);
        }
        if (!isJsonType(contentType)) {
            await res.body?.cancel().catch(() => undefined);
            throw new errors_js_1.ProviderError(r.redact(`${req.url} answered with content type ${JSON.stringify(contentType ?? '')}, not JSON`));
        }
        return await readCapped(res, req.maxBytes);
    }
    catch (err) {
        if (err instanceof errors_js_1.ProviderError)
            throw new errors_js_1.ProviderError(r.redact(err.message), err.transient);
        throw requestError(err, req);
    }
}
function requestError(err, req) {
    const e = err;
    if (e?.name === 'TimeoutError' || e?.name === 'AbortError') {
        return new errors_js_1.ProviderError(req.redactor.redact(`no complete answer from ${req.url} within ${req.timeoutMs} ms (timed out)`), true);
    }
    const cause = e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
    return new errors_js_1.ProviderError(req.redactor.redact(`request to ${req.url} failed: ${cause}`), true);
}


/***/ }),

/***/ 503:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ProviderError = void 0;
exports.queryText = queryText;
exports.parseResponse = parseResponse;
exports.observe = observe;
/**
 * One entry point per direction: `parseResponse` turns a provider's raw body into an Observation
 * (used both live and for recorded --responses bodies, so dry runs exercise the same parsers), and
 * `observe` renders the query, calls the provider and parses. Neither throws for provider trouble:
 * it becomes an error observation, so one bad provider cannot crash the run or fail a metric.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const duration_js_1 = __webpack_require__(4776);
const template_js_1 = __webpack_require__(7230);
const datadog_js_1 = __webpack_require__(1529);
const errors_js_2 = __webpack_require__(7268);
const evidently_js_1 = __webpack_require__(4059);
const http_js_1 = __webpack_require__(2171);
const json_js_1 = __webpack_require__(2562);
const prometheus_js_1 = __webpack_require__(4228);
var errors_js_3 = __webpack_require__(7268);
Object.defineProperty(exports, "ProviderError", ({ enumerable: true, get: function () { return errors_js_3.ProviderError; } }));
/** The text a role reads: a PromQL/Datadog query, a JSON pointer, or an Evidently selector. */
function queryText(rule, role) {
    if (role === 'samples')
        return rule.samplesQuery ?? '';
    const main = rule.provider === 'file' || rule.provider === 'http' ? rule.selector ?? rule.query ?? '' : rule.query ?? rule.selector ?? '';
    return role === 'baseline' ? rule.compare?.baselineQuery ?? main : main;
}
function asError(err, redactor) {
    const message = err instanceof Error ? err.message : String(err);
    return { kind: 'error', message: redactor.redact(message) };
}
function parseResponse(rule, body, selector, redactor) {
    try {
        switch (rule.provider) {
            case 'prometheus':
                return (0, prometheus_js_1.parsePrometheus)(body);
            case 'datadog':
                return (0, datadog_js_1.parseDatadog)(body);
            case 'evidently':
                return (0, evidently_js_1.parseEvidently)(body, selector);
            case 'file':
            case 'http': {
                const points = (0, json_js_1.pointsAt)((0, json_js_1.parseJsonBody)(body, rule.provider), selector);
                return { kind: 'points', points, ...(points.length === 0 ? { note: `nothing at ${selector || 'the document root'}` } : {}) };
            }
        }
    }
    catch (err) {
        // Anything a parser throws on hostile input is the provider's fault, not a verdict.
        return asError(err, redactor);
    }
}
const DEFAULT_WINDOW = '5m';
function prepare(rule, role, ctx) {
    const vars = role === 'baseline' ? { ...ctx.vars, version: ctx.vars.baseline ?? ctx.vars.version } : ctx.vars;
    const timeoutMs = rule.timeout ? (0, duration_js_1.durationMs)(rule.timeout) : http_js_1.DEFAULT_TIMEOUT_MS;
    const maxBytes = ctx.maxBytes ?? http_js_1.DEFAULT_MAX_BYTES;
    const raw = queryText(rule, role);
    const windowMs = (0, duration_js_1.durationMs)(rule.range?.window ?? DEFAULT_WINDOW);
    const base = { timeoutMs, maxBytes, redactor: ctx.redactor };
    switch (rule.provider) {
        case 'prometheus': {
            const address = rule.url ?? ctx.env.MODELGATE_PROMETHEUS_URL;
            if (!address)
                throw new errors_js_1.ConfigError(`rule '${rule.name}': prometheus needs url (or MODELGATE_PROMETHEUS_URL)`);
            if (!raw)
                throw new errors_js_1.ConfigError(`rule '${rule.name}': prometheus needs a query`);
            const query = (0, template_js_1.renderTemplate)(raw, vars, 'promql');
            const end = ctx.now / 1000;
            const params = new URLSearchParams({ query });
            let endpoint = '/api/v1/query';
            if (rule.range) {
                endpoint = '/api/v1/query_range';
                params.set('start', String(end - windowMs / 1000));
                params.set('end', String(end));
                params.set('step', String((0, duration_js_1.durationMs)(rule.range.step ?? '1m') / 1000));
            }
            else {
                params.set('time', String(end));
            }
            const url = apiUrl(rule, address, endpoint, params);
            const token = ctx.env.MODELGATE_PROMETHEUS_TOKEN;
            return { describe: `GET ${url}`, selector: '', run: () => (0, http_js_1.fetchText)({ ...base, url, headers: token ? { authorization: `Bearer ${token}` } : {} }) };
        }
        case 'datadog': {
            if (!raw)
                throw new errors_js_1.ConfigError(`rule '${rule.name}': datadog needs a query`);
            const apiKey = ctx.env.DD_API_KEY;
            const appKey = ctx.env.DD_APP_KEY ?? ctx.env.DD_APPLICATION_KEY;
            if (!apiKey || !appKey)
                throw new errors_js_1.ConfigError(`rule '${rule.name}': datadog needs DD_API_KEY and DD_APP_KEY in the environment`);
            const query = (0, template_js_1.renderTemplate)(raw, vars, 'datadog');
            const address = rule.url ?? `https://api.${ctx.env.DD_SITE ?? 'datadoghq.com'}`;
            const headers = { 'dd-api-key': apiKey, 'dd-application-key': appKey };
            const from = ctx.now - windowMs;
            if (rule.api === 'v1') {
                const params = new URLSearchParams({ from: String(Math.floor(from / 1000)), to: String(Math.floor(ctx.now / 1000)), query });
                const url = apiUrl(rule, address, '/api/v1/query', params);
                return { describe: `GET ${url}`, selector: '', run: () => (0, http_js_1.fetchText)({ ...base, url, headers }) };
            }
            const scalar = !rule.range;
            const url = apiUrl(rule, address, `/api/v2/query/${scalar ? 'scalar' : 'timeseries'}`);
            const body = JSON.stringify({
                data: {
                    type: scalar ? 'scalar_request' : 'timeseries_request',
                    attributes: {
                        from,
                        to: ctx.now,
                        ...(scalar ? {} : { interval: (0, duration_js_1.durationMs)(rule.range?.step ?? '1m') }),
                        queries: [{ data_source: 'metrics', name: 'a', query, ...(scalar ? { aggregator: 'avg' } : {}) }],
                        formulas: [{ formula: 'a' }],
                    },
                },
            });
            return { describe: `POST ${url} ${query}`, selector: '', run: () => (0, http_js_1.fetchText)({ ...base, url, method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body }) };
        }
        case 'http': {
            if (!rule.url)
                throw new errors_js_1.ConfigError(`rule '${rule.name}': http needs url`);
            const url = (0, template_js_1.renderTemplate)(rule.url, vars, 'url');
            checkUrl(rule, url);
            const token = ctx.env.MODELGATE_HTTP_TOKEN;
            return { describe: `GET ${url} ${raw}`, selector: raw, run: () => (0, http_js_1.fetchText)({ ...base, url, headers: token ? { authorization: `Bearer ${token}` } : {} }) };
        }
        case 'file':
        case 'evidently': {
            if (!rule.path)
                throw new errors_js_1.ConfigError(`rule '${rule.name}': ${rule.provider} needs path`);
            const relative = (0, template_js_1.renderTemplate)(rule.path, vars, 'plain');
            const file = insideWorkspace(rule, ctx.cwd, relative);
            return { describe: `${relative} ${raw}`, selector: raw, run: async () => readCapped(await resolvedInside(rule, ctx.cwd, file), relative, maxBytes) };
        }
    }
}
/**
 * A provider address: parsed, http(s) only, without userinfo (credentials belong in the
 * environment, where they are redacted, never in model.yaml, where they are committed and printed).
 */
function checkUrl(rule, address) {
    let u;
    try {
        u = new URL(address);
    }
    catch {
        throw new errors_js_1.ConfigError(`rule '${rule.name}': url is not an absolute URL`);
    }
    if (u.username || u.password) {
        throw new errors_js_1.ConfigError(`rule '${rule.name}': url must not carry credentials (user:password@); use MODELGATE_PROMETHEUS_TOKEN, MODELGATE_HTTP_TOKEN or DD_API_KEY instead`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new errors_js_1.ConfigError(`rule '${rule.name}': url must be http or https, not ${u.protocol}`);
    return u;
}
/** The API path appended to the base URL's path; the base URL's own query parameters are kept. */
function apiUrl(rule, address, apiPath, params) {
    const u = checkUrl(rule, address);
    u.pathname = `${u.pathname.replace(/\/+$/, '')}${apiPath}`;
    u.hash = '';
    if (params)
        for (const [k, v] of params)
            u.searchParams.set(k, v);
    return u.toString();
}
/**
 * file and evidently paths are relative to the workspace (the current directory: the checkout in
 * the action). Absolute paths and `..` escapes are configuration errors: a rule must not read
 * /proc/self/environ or a secret beside the checkout and print it.
 */
function insideWorkspace(rule, cwd, relative) {
    if (node_path_1.default.isAbsolute(relative) || node_path_1.default.win32.isAbsolute(relative))
        throw new errors_js_1.ConfigError(`rule '${rule.name}': path must be relative to the workspace, not absolute`);
    const root = node_path_1.default.resolve(cwd);
    const file = node_path_1.default.resolve(root, relative);
    const rel = node_path_1.default.relative(root, file);
    if (rel === '' || rel.startsWith('..') || node_path_1.default.isAbsolute(rel))
        throw new errors_js_1.ConfigError(`rule '${rule.name}': path ${relative} leaves the workspace`);
    return file;
}
/** The same check after symlinks are followed; a missing file is the provider's (no answer), not config. */
async function resolvedInside(rule, cwd, file) {
    let real;
    let root;
    try {
        root = await (0, promises_1.realpath)(cwd);
        real = await (0, promises_1.realpath)(file);
    }
    catch {
        return file;
    }
    const rel = node_path_1.default.relative(root, real);
    if (rel === '' || rel.startsWith('..') || node_path_1.default.isAbsolute(rel))
        throw new errors_js_1.ConfigError(`rule '${rule.name}': path ${node_path_1.default.relative(node_path_1.default.resolve(cwd), file)} resolves (through a symlink) outside the workspace`);
    return real;
}
async function readCapped(file, shown, maxBytes) {
    let handle;
    try {
        handle = await (0, promises_1.open)(file, 'r');
    }
    catch (err) {
        // A missing metrics file means the earlier step did not produce it: the provider has no answer.
        throw new errors_js_2.ProviderError(`cannot read ${shown}: ${err.code ?? 'error'}`);
    }
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new errors_js_2.ProviderError(`${shown} is not a regular file`);
        if (stat.size > maxBytes)
            throw new errors_js_2.ProviderError(`${shown} is ${stat.size} bytes, more than the ${maxBytes} allowed`);
        return await handle.readFile('utf8');
    }
    finally {
        await handle.close();
    }
}
/**
 * Transient failures (timeouts, 5xx, refused connections) are retried within the run up to the
 * rule's consecutiveErrorLimit: the run keeps no state between schedules, so "consecutive errors"
 * can only be counted here. Deterministic failures (4xx, bad bodies) are not retried.
 */
async function observe(rule, role, ctx) {
    let prepared;
    try {
        prepared = prepare(rule, role, ctx);
    }
    catch (err) {
        if (err instanceof template_js_1.TemplateError)
            return { observation: asError(err, ctx.redactor), rendered: '' };
        if (err instanceof errors_js_1.ConfigError)
            throw new errors_js_1.ConfigError(ctx.redactor.redact(err.message), err.file, err.line);
        throw err;
    }
    const rendered = ctx.redactor.redact(prepared.describe);
    const attempts = 1 + rule.consecutiveErrorLimit;
    let last;
    for (let i = 0; i < attempts; i++) {
        try {
            const body = await prepared.run();
            return { observation: parseResponse(rule, body, prepared.selector, ctx.redactor), rendered };
        }
        catch (err) {
            // A path outside the workspace is the rule's configuration, not a provider outage.
            if (err instanceof errors_js_1.ConfigError)
                throw err;
            last = err;
            if (!(err instanceof errors_js_2.ProviderError && err.transient) || i === attempts - 1)
                break;
            await new Promise((resolve) => setTimeout(resolve, (ctx.retryDelayMs ?? 500) * (i + 1)));
        }
    }
    const obs = asError(last, ctx.redactor);
    if (obs.kind === 'error' && attempts > 1 && last instanceof errors_js_2.ProviderError && last.transient)
        obs.message += ` (after ${attempts} attempts)`;
    return { observation: obs, rendered };
}


/***/ }),

/***/ 2562:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseJsonBody = parseJsonBody;
exports.resolvePointer = resolvePointer;
exports.toNumber = toNumber;
exports.pointsAt = pointsAt;
exports.describeValue = describeValue;
const errors_js_1 = __webpack_require__(7268);
function parseJsonBody(body, what) {
    try {
        return JSON.parse(body);
    }
    catch (err) {
        // Never the parser's message: it quotes the text, which may be anything a file or endpoint holds.
        const at = /position (\d+)/.exec(err.message)?.[1];
        throw new errors_js_1.ProviderError(`${what}: response is not JSON (${body.length} characters${at !== undefined ? `, invalid at position ${at}` : ''})`);
    }
}
function resolvePointer(doc, pointer) {
    if (pointer === '')
        return doc;
    if (!pointer.startsWith('/'))
        throw new errors_js_1.ProviderError(`selector '${pointer}' is not a JSON pointer (it must start with /)`);
    let cur = doc;
    for (const raw of pointer.slice(1).split('/')) {
        const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(cur)) {
            if (!/^(0|[1-9][0-9]*)$/.test(key))
                return undefined;
            cur = cur[Number(key)];
        }
        else if (cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)) {
            cur = cur[key];
        }
        else {
            return undefined;
        }
    }
    return cur;
}
/** Prometheus-style number strings ("NaN", "+Inf", "0.5") as well as JSON numbers. */
function toNumber(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'string') {
        const s = v.trim();
        if (s === 'NaN')
            return NaN;
        if (s === '+Inf' || s === 'Inf' || s === 'Infinity' || s === '+Infinity')
            return Infinity;
        if (s === '-Inf' || s === '-Infinity')
            return -Infinity;
        if (s !== '' && Number.isFinite(Number(s)))
            return Number(s);
    }
    return undefined;
}
/**
 * The value at the pointer as points: a number (or numeric string), a boolean (true = 1, so a
 * "drifted" flag can be held to max 0), an array of those, or an array of [time, value] pairs.
 * Missing or null means no data; anything else is an error, because guessing a number would turn
 * a misconfigured selector into a verdict.
 */
function pointsAt(doc, pointer) {
    const v = resolvePointer(doc, pointer);
    if (v === undefined || v === null)
        return [];
    const one = (x) => {
        if (typeof x === 'boolean')
            return { value: x ? 1 : 0 };
        if (Array.isArray(x) && x.length === 2) {
            const t = toNumber(x[0]);
            const value = x[1] === null ? NaN : toNumber(x[1]);
            if (t !== undefined && value !== undefined)
                return { t: t > 1e11 ? t / 1000 : t, value };
        }
        const n = x === null ? NaN : toNumber(x);
        if (n === undefined)
            throw new errors_js_1.ProviderError(`selector '${pointer}' points at ${describeValue(x)}, not a number`);
        return { value: n };
    };
    if (Array.isArray(v) && !(v.length === 2 && typeof v[0] === 'number' && !Array.isArray(v[1]) && pairLike(v)))
        return v.map(one);
    return [one(v)];
}
// [1714404069, "0.5"] is one timed point, [0.1, 0.2] two plain values: only a string or null second element marks a pair.
function pairLike(v) {
    return typeof v[1] === 'string' || v[1] === null;
}
/** What a non-numeric value is, never what it holds: a selector may point at a token. */
function describeValue(x) {
    if (Array.isArray(x))
        return `an array (${x.length} elements)`;
    if (x !== null && typeof x === 'object')
        return 'an object';
    if (typeof x === 'string')
        return `a string (${x.length} characters)`;
    return `a ${typeof x}`;
}


/***/ }),

/***/ 4228:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parsePrometheus = parsePrometheus;
const errors_js_1 = __webpack_require__(7268);
const json_js_1 = __webpack_require__(2562);
function point(pair) {
    if (!Array.isArray(pair) || pair.length !== 2)
        throw new errors_js_1.ProviderError('prometheus: malformed sample (expected [time, "value"])');
    const t = (0, json_js_1.toNumber)(pair[0]);
    const value = (0, json_js_1.toNumber)(pair[1]);
    if (t === undefined || value === undefined)
        throw new errors_js_1.ProviderError(`prometheus: malformed sample (value is ${(0, json_js_1.describeValue)(pair[1])})`);
    return { t, value };
}
function parsePrometheus(body) {
    const doc = (0, json_js_1.parseJsonBody)(body, 'prometheus');
    if (doc === null || typeof doc !== 'object')
        throw new errors_js_1.ProviderError('prometheus: response is not a JSON object');
    if (doc.status !== 'success') {
        const detail = [doc.errorType, doc.error].filter((x) => typeof x === 'string').join(': ');
        throw new errors_js_1.ProviderError(`prometheus: status ${JSON.stringify(doc.status ?? null)}${detail ? ` (${detail.slice(0, 200)})` : ''}`);
    }
    const type = doc.data?.resultType;
    const result = doc.data?.result;
    if (type === 'scalar')
        return { kind: 'points', points: [point(result)] };
    if (type !== 'vector' && type !== 'matrix')
        throw new errors_js_1.ProviderError(`prometheus: unsupported resultType ${JSON.stringify(type ?? null)}`);
    if (!Array.isArray(result))
        throw new errors_js_1.ProviderError('prometheus: data.result is not an array');
    if (result.length === 0)
        return { kind: 'points', points: [], note: 'empty result' };
    if (result.length > 1) {
        throw new errors_js_1.ProviderError(`prometheus: the query returned ${result.length} series where one was expected; aggregate it (e.g. sum by () or a label matcher)`);
    }
    const series = result[0];
    if (type === 'vector')
        return { kind: 'points', points: [point(series.value)] };
    if (!Array.isArray(series.values))
        throw new errors_js_1.ProviderError('prometheus: matrix series without values');
    return { kind: 'points', points: series.values.map(point) };
}


/***/ }),

/***/ 6077:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CREDENTIAL_ENV = exports.Redactor = void 0;
exports.redactorFor = redactorFor;
/**
 * Secrets must not reach any output or record, including error messages that echo a URL or a
 * header back. Every string leaving the monitor goes through one Redactor that knows the secrets
 * in use, rather than each call site remembering to scrub.
 */
class Redactor {
    secrets = [];
    add(secret) {
        // Very short values would redact ordinary text; a real token is never this short.
        if (secret && secret.length >= 4 && !this.secrets.includes(secret)) {
            this.secrets.push(secret);
            // Longest first, so a secret containing another is replaced whole.
            this.secrets.sort((a, b) => b.length - a.length);
        }
    }
    redact(text) {
        let out = text;
        for (const s of this.secrets) {
            // URL-encoded forms appear when a secret lands in a query string.
            for (const form of new Set([s, encodeURIComponent(s)]))
                out = out.split(form).join('***');
        }
        // Credentials written into a URL (scheme://user:password@host) are masked wherever they appear.
        return out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@"'<>]+@/gi, '$1***@');
    }
}
exports.Redactor = Redactor;
/** Environment variables that carry provider credentials; their values are always redacted. */
exports.CREDENTIAL_ENV = ['MODELGATE_PROMETHEUS_TOKEN', 'MODELGATE_HTTP_TOKEN', 'DD_API_KEY', 'DD_APP_KEY', 'DD_APPLICATION_KEY'];
function redactorFor(env) {
    const r = new Redactor();
    for (const name of exports.CREDENTIAL_ENV)
        r.add(env[name]);
    return r;
}


/***/ }),

/***/ 8541:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.withDefaults = withDefaults;
exports.resolveRules = resolveRules;
exports.ruleProblem = ruleProblem;
exports.describeThreshold = describeThreshold;
exports.evaluateRule = evaluateRule;
/**
 * Rule semantics (DESIGN §6, anchored on Argo Rollouts analysis): pure functions from what the
 * providers observed to pass | fail | inconclusive | error | skipped. No I/O, no clock: `now` and
 * the serving start are inputs, so every outcome can be recomputed from a recorded run.
 */
const errors_js_1 = __webpack_require__(3916);
const duration_js_1 = __webpack_require__(4776);
function withDefaults(rule) {
    return {
        ...rule,
        noData: rule.noData ?? 'inconclusive',
        failureLimit: rule.failureLimit ?? 0,
        consecutive: rule.consecutive ?? true,
        consecutiveErrorLimit: rule.consecutiveErrorLimit ?? 4,
        severity: rule.severity ?? 'critical',
        mode: rule.mode ?? 'enforce',
    };
}
/**
 * The rules for one environment. An environment's rule replaces the model-level rule of the same
 * name whole (the schema requires every rule to be complete, so a field-by-field merge would let a
 * half-written override inherit thresholds nobody reviewed for that environment); new names are
 * appended; `enabled: false` switches a rule off there.
 */
function resolveRules(model, env) {
    const base = model.rollback?.rules ?? [];
    const overrides = model.rollback?.environments?.[env]?.rules ?? [];
    const byName = new Map();
    for (const r of base)
        byName.set(r.name, r);
    for (const r of overrides)
        byName.set(r.name, r);
    const rules = [...byName.values()].filter((r) => r.enabled !== false).map(withDefaults);
    for (const r of rules) {
        const problem = ruleProblem(r);
        if (problem)
            throw new errors_js_1.ConfigError(`model '${model.name}', rule '${r.name}': ${problem}`, `models/${model.name}/model.yaml`);
    }
    return rules;
}
/** Structural problems the schema cannot express. */
function ruleProblem(r) {
    const c = r.compare;
    if (r.min === undefined && r.max === undefined && (c?.min === undefined && c?.max === undefined)) {
        return 'has no threshold: set min and/or max (or compare.min/compare.max)';
    }
    if (r.min !== undefined && r.max !== undefined && r.min > r.max)
        return `min (${r.min}) is above max (${r.max})`;
    if (c && c.min === undefined && c.max === undefined)
        return 'compare needs compare.min and/or compare.max';
    if (c && c.min !== undefined && c.max !== undefined && c.min > c.max)
        return `compare.min (${c.min}) is above compare.max (${c.max})`;
    if (c && c.baselineQuery === undefined && r.query === undefined && r.selector === undefined)
        return 'compare needs a query (or compare.baselineQuery) to ask about the baseline';
    if ((r.failureLimit ?? 0) > 0 && !r.range) {
        return `failureLimit ${r.failureLimit} needs range: failures are counted among the points one run observes, and an instant query observes one (add range: {window, step} or remove failureLimit)`;
    }
    for (const d of [r.initialDelay, r.range?.window, r.range?.step, r.timeout]) {
        if (d !== undefined) {
            try {
                (0, duration_js_1.durationMs)(d);
            }
            catch (err) {
                return err.message;
            }
        }
    }
    return undefined;
}
const DEFAULT_STEP = '1m';
/** Finite values and ±Inf are data; NaN is a missing point (Prometheus and Flagger treat it so). */
function usable(points) {
    return points.filter((p) => typeof p.value === 'number' && !Number.isNaN(p.value));
}
function within(v, lo, hi) {
    return (lo === undefined || v >= lo) && (hi === undefined || v <= hi);
}
/**
 * The inconclusive band widens the healthy range: a value outside [min, max] but inside the band
 * is inconclusive (hold and look), outside both it is a failure. E.g. max 0.05 with band max 0.08.
 */
function judge(v, lo, hi, band) {
    if (within(v, lo, hi))
        return 'pass';
    if (band && within(v, band.min ?? lo, band.max ?? hi))
        return 'inconclusive';
    return 'fail';
}
function noDataOutcome(rule, why) {
    const outcome = rule.noData === 'ignore' ? 'skipped' : rule.noData;
    return { outcome, reason: `no data (${why}); noData: ${rule.noData}`, values: [] };
}
function fmt(v) {
    return Number.isFinite(v) ? String(Number(v.toPrecision(6))) : String(v);
}
function bounds(lo, hi) {
    if (lo !== undefined && hi !== undefined)
        return `[${fmt(lo)}, ${fmt(hi)}]`;
    if (lo !== undefined)
        return `>= ${fmt(lo)}`;
    return hi !== undefined ? `<= ${fmt(hi)}` : 'none';
}
/**
 * The baseline point that served at the candidate point's time: the same timestamp or the nearest
 * within `toleranceS` seconds (one query step). A candidate point with no baseline point that close
 * has no baseline: comparing it with a value from another time would judge a different moment.
 * Untimed points (instant queries, file values) pair with the latest baseline point.
 */
function baselineFor(p, baseline, toleranceS) {
    if (baseline.length === 0)
        return undefined;
    if (p.t === undefined)
        return baseline[baseline.length - 1];
    let best;
    for (const b of baseline) {
        if (b.t === undefined) {
            // An untimed baseline (a single instant value) stands for "now".
            if (baseline.length === 1)
                return b;
            continue;
        }
        if (Math.abs(b.t - p.t) <= toleranceS && (best === undefined || Math.abs(b.t - p.t) < Math.abs(best.t - p.t)))
            best = b;
    }
    return best;
}
/** The rule's thresholds in words, for reports: absolute bounds, the comparison, the band, the limits. */
function describeThreshold(rule) {
    const parts = [];
    if (rule.min !== undefined || rule.max !== undefined)
        parts.push(bounds(rule.min, rule.max));
    const c = rule.compare;
    if (c)
        parts.push(`${c.mode} to baseline ${bounds(c.min, c.max)}${c.minBaseline !== undefined ? ` (baseline >= ${fmt(c.minBaseline)})` : ''}`);
    if (rule.inconclusive)
        parts.push(`inconclusive band ${bounds(rule.inconclusive.min, rule.inconclusive.max)}`);
    if (rule.minSamples !== undefined)
        parts.push(`minSamples ${rule.minSamples}`);
    parts.push(`failureLimit ${rule.failureLimit}${rule.consecutive ? ' (consecutive)' : ' (total)'}`);
    return parts.join('; ');
}
function evaluateRule(input) {
    const { rule } = input;
    let startMs;
    if (rule.initialDelay && input.servingSince !== undefined) {
        startMs = input.servingSince + (0, duration_js_1.durationMs)(rule.initialDelay);
        if (input.now < startMs) {
            return { outcome: 'skipped', reason: `initial delay ${rule.initialDelay}: evaluated from ${new Date(startMs).toISOString()}`, values: [] };
        }
    }
    // Errors first: an outage of any query the rule needs is an error, never a failure or no data.
    for (const [what, obs] of [['query', input.candidate], ['baseline query', input.baseline], ['samples query', input.samples]]) {
        if (obs?.kind === 'error')
            return { outcome: 'error', reason: `${what}: ${obs.message}`, values: [] };
    }
    const candidate = input.candidate;
    let points = usable(candidate.points);
    // Points measured during the warm-up say nothing about the version; a range query can reach back into it.
    if (startMs !== undefined)
        points = points.filter((p) => p.t === undefined || p.t * 1000 >= startMs);
    if (points.length === 0) {
        return noDataOutcome(rule, candidate.points.length > 0 ? 'only NaN values' : candidate.note ?? 'empty result');
    }
    points.sort((a, b) => (a.t ?? 0) - (b.t ?? 0));
    if (rule.minSamples !== undefined) {
        let count;
        if (input.samples?.kind === 'points') {
            const s = usable(input.samples.points);
            count = s.length > 0 ? s[s.length - 1].value : 0;
        }
        else {
            count = points.length;
        }
        if (!(count >= rule.minSamples))
            return noDataOutcome(rule, `${fmt(count)} samples < minSamples ${rule.minSamples}`);
    }
    const compare = rule.compare;
    let baselinePoints = [];
    if (compare) {
        if (!input.baseline)
            return { outcome: 'error', reason: 'compare needs a concurrently serving baseline, and none serves next to this version', values: [] };
        baselinePoints = usable(input.baseline.points);
    }
    const toleranceS = (0, duration_js_1.durationMs)(rule.range?.step ?? DEFAULT_STEP) / 1000;
    const verdicts = [];
    const values = [];
    // Which bound a failing point broke: the comparison or an absolute min/max, for the reason's words.
    let absoluteBreach = false;
    let skippedForBaseline = 0;
    for (const p of points) {
        let verdict;
        if (compare) {
            const b = baselineFor(p, baselinePoints, toleranceS);
            if (!b || (compare.minBaseline !== undefined && b.value < compare.minBaseline) || (compare.mode === 'ratio' && b.value === 0)) {
                skippedForBaseline++;
                continue;
            }
            const derived = compare.mode === 'ratio' ? p.value / b.value : p.value - b.value;
            // Inf against Inf has no ratio or difference: that point cannot be compared, which is not a failure.
            if (Number.isNaN(derived)) {
                skippedForBaseline++;
                continue;
            }
            verdict = judge(derived, compare.min, compare.max, rule.inconclusive);
            // Absolute thresholds still hold: "no worse than baseline" must not excuse an absolute breach.
            if ((rule.min !== undefined || rule.max !== undefined) && !within(p.value, rule.min, rule.max)) {
                verdict = 'fail';
                absoluteBreach = true;
            }
            values.push(derived);
        }
        else {
            verdict = judge(p.value, rule.min, rule.max, rule.inconclusive);
            values.push(p.value);
        }
        verdicts.push(verdict);
    }
    if (verdicts.length === 0) {
        return noDataOutcome(rule, baselinePoints.length === 0 ? 'baseline has no data' : `no baseline point within ${rule.range?.step ?? DEFAULT_STEP} of a candidate point, or the baseline is below minBaseline ${compare?.minBaseline ?? 0}`);
    }
    let threshold = compare ? `${compare.mode} ${bounds(compare.min, compare.max)}` : bounds(rule.min, rule.max);
    if (compare && absoluteBreach)
        threshold += `, absolute ${bounds(rule.min, rule.max)} (breached)`;
    let failures = 0;
    let streak = 0;
    let worstStreak = 0;
    for (const v of verdicts) {
        if (v === 'fail') {
            failures++;
            streak++;
            worstStreak = Math.max(worstStreak, streak);
        }
        else if (v === 'pass') {
            streak = 0;
        }
        // An inconclusive point neither breaks nor extends a run of failures: it says nothing either way.
    }
    const counted = rule.consecutive ? worstStreak : failures;
    const last = values[values.length - 1];
    const summary = `${verdicts.length} point${verdicts.length === 1 ? '' : 's'}, last ${fmt(last)}, threshold ${threshold}`;
    const extra = skippedForBaseline > 0 ? `; ${skippedForBaseline} point(s) without a usable baseline` : '';
    if (counted > rule.failureLimit) {
        const what = rule.consecutive ? `${counted} consecutive failures` : `${counted} failures`;
        return { outcome: 'fail', reason: `${what} > failureLimit ${rule.failureLimit} (${summary}${extra})`, values, tolerated: 0 };
    }
    // failureLimit tolerates failures among the points one run observes; it cannot excuse a run in
    // which nothing passed. With no more points than the limit (an instant query has one) every
    // point failing is a failure, else a failing value would be judged better than an inconclusive one.
    if (failures === verdicts.length) {
        return { outcome: 'fail', reason: `every observed point failed (${failures} of ${verdicts.length}; failureLimit ${rule.failureLimit} tolerates failures only among passing points) (${summary}${extra})`, values, tolerated: 0 };
    }
    const latest = verdicts[verdicts.length - 1];
    if (latest === 'inconclusive') {
        return { outcome: 'inconclusive', reason: `latest value ${fmt(last)} is in the inconclusive band (${summary}${extra})`, values, tolerated: failures };
    }
    // The newest point failing is never better than the newest point being inconclusive: hold and look.
    if (latest === 'fail') {
        return {
            outcome: 'inconclusive',
            reason: `latest value ${fmt(last)} fails the threshold; ${failures} failure(s) within failureLimit ${rule.failureLimit}, so no rollback yet (${summary}${extra})`,
            values,
            tolerated: failures,
        };
    }
    const tolerated = failures > 0 ? `; ${failures} failure(s) tolerated by failureLimit ${rule.failureLimit}` : '';
    return { outcome: 'pass', reason: `${summary}${tolerated}${extra}`, values, tolerated: failures };
}


/***/ }),

/***/ 4663:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.responseKey = responseKey;
exports.monitorEnvironment = monitorEnvironment;
/**
 * One monitor run over an environment: which versions serve (the manifest), which rules apply
 * (model.yaml with the environment's overrides), what the providers say (live, or recorded bodies
 * for --responses), and the decision per model. The live and recorded paths share the parsers and
 * the rule evaluation; they differ only in where a body comes from.
 */
const errors_js_1 = __webpack_require__(3916);
const decide_js_1 = __webpack_require__(4276);
const index_js_1 = __webpack_require__(503);
const rules_js_1 = __webpack_require__(8541);
const template_js_1 = __webpack_require__(7230);
function responseKey(rule, role) {
    return role === 'query' ? rule : `${rule}#${role}`;
}
function recorded(rule, role, responses, redactor) {
    const key = responseKey(rule.name, role);
    if (!Object.prototype.hasOwnProperty.call(responses, key)) {
        throw new errors_js_1.UsageError(`the responses file has no entry '${key}' for rule '${rule.name}'`);
    }
    const value = responses[key];
    // {"$error": "..."} records a provider that did not answer (a timeout, a refused connection).
    if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.$error === 'string' && Object.keys(value).length === 1) {
        return { kind: 'error', message: redactor.redact(value.$error) };
    }
    const body = typeof value === 'string' ? value : JSON.stringify(value);
    return (0, index_js_1.parseResponse)(rule, body, (0, index_js_1.queryText)(rule, role), redactor);
}
function describeQuery(rule, role, vars, redactor) {
    const raw = (0, index_js_1.queryText)(rule, role);
    const target = rule.provider === 'prometheus' ? 'promql' : rule.provider === 'datadog' ? 'datadog' : 'plain';
    try {
        return redactor.redact((0, template_js_1.renderTemplate)(raw, role === 'baseline' ? { ...vars, version: vars.baseline ?? vars.version } : vars, target));
    }
    catch (err) {
        if (err instanceof template_js_1.TemplateError)
            return `${raw} (${err.message})`;
        throw err;
    }
}
async function judgeRule(run, rule, vars) {
    const servingSince = run.servingSinceFor?.(vars.model, vars.version) ?? run.servingSince;
    const ctx = { env: run.processEnv, cwd: run.cwd, redactor: run.redactor, now: run.now, vars, ...(run.retryDelayMs !== undefined ? { retryDelayMs: run.retryDelayMs } : {}) };
    const queries = [];
    const get = async (role) => {
        if (run.responses) {
            queries.push(describeQuery(rule, role, vars, run.redactor));
            return recorded(rule, role, run.responses, run.redactor);
        }
        const o = await (0, index_js_1.observe)(rule, role, ctx);
        queries.push(o.rendered);
        return o.observation;
    };
    const candidate = await get('query');
    // Without a version serving beside the judged one there is no baseline to ask for.
    const baseline = rule.compare && vars.baseline !== undefined ? await get('baseline') : undefined;
    const samples = rule.samplesQuery ? await get('samples') : undefined;
    const evaluation = (0, rules_js_1.evaluateRule)({
        rule,
        candidate,
        ...(baseline ? { baseline } : {}),
        ...(samples ? { samples } : {}),
        now: run.now,
        ...(servingSince !== undefined ? { servingSince } : {}),
    });
    const note = rule.initialDelay && servingSince === undefined && evaluation.outcome !== 'skipped' ? ' (serving start unknown: initialDelay not applied)' : '';
    return {
        name: rule.name,
        provider: rule.provider,
        severity: rule.severity,
        mode: rule.mode,
        outcome: evaluation.outcome,
        reason: run.redactor.redact(evaluation.reason) + note,
        threshold: (0, rules_js_1.describeThreshold)(rule),
        values: evaluation.values,
        queries,
        ...(evaluation.tolerated ? { tolerated: evaluation.tolerated } : {}),
    };
}
async function judgeModel(run, name, entry) {
    const loaded = run.registry.models.get(name)?.model;
    if (!loaded)
        throw new errors_js_1.ConfigError(`model '${name}' serves in '${run.env}' but has no models/${name}/model.yaml`);
    if (!loaded.value)
        throw new errors_js_1.ConfigError(`invalid model.yaml: ${loaded.findings.map((f) => f.message).join('; ')}`, loaded.file);
    const rules = (0, rules_js_1.resolveRules)(loaded.value, run.env);
    if (rules.length === 0) {
        if (run.model)
            throw new errors_js_1.ConfigError(`model '${name}' has no rollback rules for '${run.env}' (rollback.rules in model.yaml)`, loaded.file);
        return undefined;
    }
    const { version, baseline } = (0, decide_js_1.judgedVersions)(entry);
    const vars = { model: name, version, env: run.env, ...(baseline ? { baseline } : {}) };
    const results = [];
    // Sequential on purpose: providers are rate-limited services and a run has a handful of rules.
    for (const rule of rules) {
        try {
            results.push(await judgeRule(run, rule, vars));
        }
        catch (err) {
            if (err instanceof errors_js_1.ConfigError && !err.message.includes(`'${rule.name}'`))
                throw new errors_js_1.ConfigError(`rule '${rule.name}': ${err.message}`, loaded.file);
            if (err instanceof errors_js_1.ConfigError && !err.file)
                throw new errors_js_1.ConfigError(err.message, loaded.file);
            throw err;
        }
    }
    const d = (0, decide_js_1.decide)(results);
    return {
        model: name,
        environment: run.env,
        strategy: entry.strategy,
        version,
        ...(baseline ? { baseline } : {}),
        decision: d.decision,
        reason: d.reason,
        rules: results,
        ...(d.decision === 'rollback' ? { effect: (0, decide_js_1.strategyEffect)(entry), reject: version } : {}),
    };
}
async function monitorEnvironment(run) {
    const manifestDoc = run.registry.manifests.get(run.env);
    if (!manifestDoc)
        throw new errors_js_1.ConfigError(`no manifest for environment '${run.env}' (deployments/${run.env}.yaml)`);
    const manifest = manifestDoc.value;
    if (!manifest)
        throw new errors_js_1.ConfigError(`invalid manifest: ${manifestDoc.findings.map((f) => f.message).join('; ')}`, manifestDoc.file);
    const names = run.model ? [run.model] : Object.keys(manifest.models).sort();
    if (run.model && !manifest.models[run.model])
        throw new errors_js_1.UsageError(`model '${run.model}' does not serve in '${run.env}' (deployments/${run.env}.yaml)`);
    const decisions = [];
    for (const name of names) {
        const entry = manifest.models[name];
        try {
            const d = await judgeModel(run, name, entry);
            if (d)
                decisions.push(d);
        }
        catch (err) {
            // One model's broken configuration must not leave the others unjudged: it holds (never a
            // rollback: nothing was measured), says why, and the run goes on.
            if (!(err instanceof errors_js_1.ConfigError))
                throw err;
            const { version, baseline } = (0, decide_js_1.judgedVersions)(entry);
            const message = run.redactor.redact(err.file ? `${err.file}: ${err.message}` : err.message);
            decisions.push({
                model: name,
                environment: run.env,
                strategy: entry.strategy,
                version,
                ...(baseline ? { baseline } : {}),
                decision: 'hold',
                reason: `configuration error: ${message}; no rule judged, no change`,
                rules: [],
                configError: message,
            });
        }
    }
    if (decisions.length === 0)
        throw new errors_js_1.ConfigError(`no model serving in '${run.env}' has rollback rules`);
    return decisions;
}


/***/ }),

/***/ 7230:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TemplateError = void 0;
exports.escapePromqlLabelValue = escapePromqlLabelValue;
exports.renderTemplate = renderTemplate;
class TemplateError extends Error {
    name = 'TemplateError';
}
exports.TemplateError = TemplateError;
/** PromQL string literals follow Go's escaping; a label value is always written inside quotes. */
function escapePromqlLabelValue(value) {
    return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
// Datadog tag values have no escape syntax; anything outside this set would change the query's meaning.
const DATADOG_SAFE = /^[A-Za-z0-9._:/+-]*$/;
function renderTemplate(template, vars, target) {
    return template.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name) => {
        if (!(name in vars) || vars[name] === undefined) {
            throw new TemplateError(`unknown or unavailable template variable ${whole} (use {{model}}, {{version}}, {{env}}, {{baseline}})`);
        }
        const value = vars[name];
        switch (target) {
            case 'promql':
                return escapePromqlLabelValue(value);
            case 'datadog':
                if (!DATADOG_SAFE.test(value))
                    throw new TemplateError(`value of ${whole} cannot be used in a Datadog query: ${JSON.stringify(value)}`);
                return value;
            case 'url':
                return encodeURIComponent(value);
            default:
                return value;
        }
    });
}


/***/ })

};
