export const id = 575;
export const ids = [575];
export const modules = {

/***/ 2575:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.run = run;
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const context_js_1 = __webpack_require__(6761);
const keywords_js_1 = __webpack_require__(8328);
const source_js_1 = __webpack_require__(7846);
const format_js_1 = __webpack_require__(575);
const validate_js_1 = __webpack_require__(9470);
const args_js_1 = __webpack_require__(7593);
const cache_js_1 = __webpack_require__(1632);
const version_js_1 = __webpack_require__(3882);
const errors_js_2 = __webpack_require__(3916);
exports.spec = {
    name: 'validate',
    summary: 'validate model cards, models, manifests and policies against the policy packs',
    usage: 'modelgate validate [--repo <dir>] [--changed-since <ref>] [--env <name>] [--format text|json|markdown|sarif] [--fail-on deny|warn]',
    options: {
        repo: { type: 'string', help: '<dir>  registry root holding modelgate.yaml (default: current directory)' },
        'changed-since': { type: 'string', help: '<ref>  validate only what changed since the merge base with <ref> (git), and refuse edits to merged cards' },
        env: { type: 'string', help: '<name>  target environment: its manifest gives each serving candidate its baseline (no-regression rules)' },
        format: { type: 'string', choices: ['text', 'json', 'markdown', 'sarif'], help: 'text|json|markdown|sarif  output format (default: text)' },
        'fail-on': { type: 'string', choices: ['deny', 'warn'], help: 'deny|warn  lowest severity that fails the run (default: modelgate.yaml policies.failOn, else deny)' },
        today: { type: 'string', help: '<YYYY-MM-DD>  evaluate dates (waivers, report ages) as of this UTC day (default: today)' },
        cache: { type: 'boolean', help: 'reuse results of unchanged models from earlier runs (content-addressed; full runs only)' },
        'no-cache': { type: 'boolean', help: 'write nothing to the cache directory and read nothing from it' },
        'cache-dir': { type: 'string', help: '<dir>  the cache directory (default: $MODELGATE_CACHE_DIR, else $XDG_CACHE_HOME/modelgate or ~/.cache/modelgate)' },
        workers: { type: 'string', help: '<n>  worker threads (default: automatic for 400 cards or more; 1 = none)' },
    },
    examples: [
        'modelgate validate --repo examples/registry',
        'modelgate validate --changed-since origin/main --format sarif > modelgate.sarif',
        'modelgate validate --env production --format json',
        'modelgate validate --cache   # a second run over unchanged files answers from the cache',
    ],
    details: 'Files that do not parse are reported as deny findings with file:line; the run goes on and reports everything else.',
};
async function run(argv, io) {
    const parsed = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (parsed.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const repo = node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(parsed, 'repo') ?? '.');
    const today = (0, args_js_1.stringOpt)(parsed, 'today') ?? (0, context_js_1.utcToday)();
    if (!(0, keywords_js_1.isCalendarDate)(today))
        throw new errors_js_2.UsageError(`--today must be a date YYYY-MM-DD; got '${today}'`);
    const source = new source_js_1.FsSource(repo);
    const changedSince = (0, args_js_1.stringOpt)(parsed, 'changed-since');
    const env = (0, args_js_1.stringOpt)(parsed, 'env');
    const workersText = (0, args_js_1.stringOpt)(parsed, 'workers');
    if (workersText !== undefined && !/^[0-9]{1,3}$/.test(workersText))
        throw new errors_js_2.UsageError(`--workers must be a whole number; got '${workersText}'`);
    if ((0, args_js_1.boolOpt)(parsed, 'cache') && (0, args_js_1.boolOpt)(parsed, 'no-cache'))
        throw new errors_js_2.UsageError('--cache and --no-cache contradict each other');
    // The cache directory also remembers which policy packs passed the meta-schema check; --no-cache
    // leaves it untouched. The merge gate never uses it (it is not this command's job to decide that:
    // the actions pass no cache).
    const store = (0, args_js_1.boolOpt)(parsed, 'no-cache') ? undefined : await cache_js_1.ResultCache.open(node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(parsed, 'cache-dir') ?? (0, cache_js_1.defaultCacheDir)(io.env)), repo);
    const cache = (0, args_js_1.boolOpt)(parsed, 'cache') ? store : undefined;
    const report = await (0, validate_js_1.validateRegistry)({
        ...(store ? { packMemo: store } : {}),
        source,
        today,
        ...(env ? { env } : {}),
        ...(changedSince ? { changedSince: { repoDir: repo, ref: changedSince } } : {}),
        ...(cache ? { cache } : {}),
        ...(workersText !== undefined ? { workers: Number(workersText) } : {}),
    });
    const failOn = (0, args_js_1.stringOpt)(parsed, 'fail-on') ?? report.failOn;
    const format = ((0, args_js_1.stringOpt)(parsed, 'format') ?? 'text');
    io.stdout((0, format_js_1.formatReport)(report, format, { label: node_path_1.default.relative(io.cwd, repo) || '.', toolVersion: version_js_1.VERSION, failOn }));
    return (0, format_js_1.verdict)(report, failOn) === 'pass' ? errors_js_1.EXIT.yes : errors_js_1.EXIT.no;
}


/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.SEVERITY_ORDER = void 0;
exports.compareFindings = compareFindings;
exports.countFindings = countFindings;
exports.SEVERITY_ORDER = { deny: 0, warn: 1, info: 2 };
function compareFindings(a, b) {
    return (exports.SEVERITY_ORDER[a.severity] - exports.SEVERITY_ORDER[b.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.ruleId.localeCompare(b.ruleId));
}
function countFindings(findings) {
    const counts = { deny: 0, warn: 0, info: 0 };
    for (const f of findings)
        counts[f.severity]++;
    return counts;
}


/***/ }),

/***/ 9434:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.packageRoot = packageRoot;
/**
 * The installed modelgate package's own directory (for the shipped schemas and default policy
 * pack), found by walking up from this module: the same code works from src/ under vitest, from
 * dist/cli/ and from dist/actions/<name>/.
 */
const node_fs_1 = __webpack_require__(3024);
const node_path_1 = __importDefault(__webpack_require__(6760));
const node_url_1 = __webpack_require__(3136);
let cached;
function packageRoot() {
    if (cached)
        return cached;
    let dir = node_path_1.default.dirname((0, node_url_1.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = node_path_1.default.join(dir, 'package.json');
        if ((0, node_fs_1.existsSync)(manifest)) {
            try {
                if (JSON.parse((0, node_fs_1.readFileSync)(manifest, 'utf8')).name === 'modelgate')
                    return (cached = dir);
            }
            catch {
                // an unreadable package.json on the way up is not ours
            }
        }
        const parent = node_path_1.default.dirname(dir);
        if (parent === dir)
            throw new Error('cannot find the modelgate package directory (its package.json) above ' + (0, node_url_1.fileURLToPath)(import.meta.url));
        dir = parent;
    }
}


/***/ }),

/***/ 6761:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.utcToday = utcToday;
exports.environmentContext = environmentContext;
function utcToday(now = new Date()) {
    return now.toISOString().slice(0, 10);
}
function environmentContext(env, serving) {
    return { name: env.name, production: env.production ?? false, ...(env.bakeTime ? { bakeTime: env.bakeTime } : {}), serving };
}


/***/ }),

/***/ 566:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validatorKey = validatorKey;
exports.assemblePack = assemblePack;
exports.compilePack = compilePack;
exports.severityFor = severityFor;
exports.evaluateContext = evaluateContext;
exports.locateContextPath = locateContextPath;
exports.violationToFinding = violationToFinding;
const errors_js_1 = __webpack_require__(3916);
const documents_js_1 = __webpack_require__(9801);
const errors_js_2 = __webpack_require__(9136);
const keywords_js_1 = __webpack_require__(8328);
/** Export names of a rule's validators in standalone code: by position, which the pack digest fixes. */
function validatorKey(index, field) {
    return `r${index}${field === 'schema' ? 's' : 'a'}`;
}
function assemblePack(pack, validatorOf) {
    const rules = pack.rules.map((loaded, i) => ({ loaded, appliesTo: loaded.rule.appliesTo === undefined ? null : validatorOf(i, 'appliesTo'), schema: validatorOf(i, 'schema') }));
    return { pack, rules, byId: new Map(rules.map((r) => [r.loaded.rule.id, r])) };
}
function compilePack(pack, options = {}) {
    const ajv = (0, documents_js_1.newAjv)({ strict: true, validateSchema: options.validateSchema ?? true, source: options.onCompiled !== undefined });
    (0, keywords_js_1.addCustomKeywords)(ajv);
    const keys = {};
    const compiled = assemblePack(pack, (i, field) => {
        const loaded = pack.rules[i];
        const schema = loaded.rule[field];
        if (schema === undefined)
            return null;
        try {
            const key = validatorKey(i, field);
            ajv.addSchema(schema, key);
            keys[key] = key;
            return ajv.getSchema(key);
        }
        catch (err) {
            throw new errors_js_1.ConfigError(`rule '${loaded.rule.id}': its \`${field}\` does not compile: ${err.message}`, loaded.file, loaded.locate([field], 'key').line);
        }
    });
    options.onCompiled?.(ajv, keys);
    return compiled;
}
function severityFor(rule, tier) {
    if (typeof rule.severity === 'string')
        return rule.severity;
    return (tier ? rule.severity[tier] : undefined) ?? rule.severity.default;
}
const MAX_ERRORS_PER_RULE = 10;
/** Every violation of every applicable rule, for one context. Pure: no I/O, no positions. */
function evaluateContext(compiled, context) {
    const tier = context.model?.riskTier;
    const out = [];
    for (const rule of compiled.rules) {
        const r = rule.loaded.rule;
        if (r.kinds && !r.kinds.includes(context.change.kind))
            continue;
        const severity = severityFor(r, tier);
        if (severity === 'off')
            continue;
        if (rule.appliesTo && !rule.appliesTo(context))
            continue;
        if (rule.schema(context))
            continue;
        const described = (0, errors_js_2.relevantErrors)(rule.schema.errors ?? []).map((e) => describeError(e, context));
        const seen = new Set();
        let kept = 0;
        for (const d of described) {
            const key = `${d.path.join('/')}|${d.message}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            if (kept === MAX_ERRORS_PER_RULE) {
                out.push({ rule, severity, path: d.path, which: d.which, message: `${r.message} (${described.length - kept} more problems not shown)` });
                break;
            }
            kept++;
            out.push({ rule, severity, path: d.path, which: d.which, message: `${r.message}: ${d.message}` });
        }
    }
    return out;
}
function describeError(e, context) {
    const d = (0, errors_js_2.describeAjvError)(e, context);
    const custom = e.params?.mgMessage;
    return custom ? { ...d, message: custom } : d;
}
function locateContextPath(loc, path, which) {
    const [head, ...rest] = path;
    const at = (doc, p) => ({ file: doc.file, ...doc.locate(p, which) });
    if (head === 'model' && loc.model)
        return at(loc.model, rest);
    if (head === 'baseline' && loc.baseline)
        return at(loc.baseline, rest);
    if (head === 'environment' && loc.manifest) {
        const inEntry = rest[0] === 'serving' ? rest.slice(1) : [];
        return at(loc.manifest, [...loc.manifest.entryPath, ...inEntry]);
    }
    if (head === 'card')
        return at(loc.card, rest);
    return at(loc.card, []);
}
function violationToFinding(v, loc, extra) {
    const r = v.rule.loaded.rule;
    return {
        ruleId: r.id,
        severity: v.severity,
        ...locateContextPath(loc, v.path, v.which),
        message: v.message,
        remediation: r.remediation,
        ...(r.references?.length ? { references: r.references } : {}),
        ...extra,
    };
}


/***/ }),

/***/ 8328:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CUSTOM_KEYWORDS = void 0;
exports.resolvePointer = resolvePointer;
exports.isCalendarDate = isCalendarDate;
exports.higherIsBetter = higherIsBetter;
exports.metricRefs = metricRefs;
exports.addCustomKeywords = addCustomKeywords;
const dataRef = {
    type: 'object',
    required: ['$data'],
    properties: { $data: { type: 'string', pattern: '^(?:/.*)?$' } },
    additionalProperties: false,
};
const numberOrRef = { anyOf: [{ type: 'number' }, dataRef] };
function resolvePointer(root, pointer) {
    if (pointer === '')
        return root;
    let cur = root;
    for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.replaceAll('~1', '/').replaceAll('~0', '~');
        if (cur === null || typeof cur !== 'object' || !Object.prototype.hasOwnProperty.call(cur, seg))
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
function valueOf(spec, root) {
    if (spec !== null && typeof spec === 'object' && '$data' in spec)
        return resolvePointer(root, String(spec.$data));
    return spec;
}
function fail(fn, keyword, message, instancePath, params = {}) {
    fn.errors = [{ keyword, message, params: { ...params, mgMessage: message }, ...(instancePath !== undefined ? { instancePath } : {}) }];
    return false;
}
const COMPARATORS = {
    '>=': (a, b) => a >= b,
    '>': (a, b) => a > b,
    '<=': (a, b) => a <= b,
    '<': (a, b) => a < b,
    '==': (a, b) => a === b,
    '!=': (a, b) => a !== b,
};
/** `{"mgCompare": {"op": ">=", "value": {"$data": "/baseline/..."}, "minus": 0.01}}` on a number. */
const mgCompare = {
    keyword: 'mgCompare',
    type: 'number',
    schemaType: 'object',
    errors: true,
    metaSchema: {
        type: 'object',
        required: ['op', 'value'],
        properties: {
            op: { enum: Object.keys(COMPARATORS) },
            value: numberOrRef,
            plus: numberOrRef,
            minus: numberOrRef,
            times: numberOrRef,
            ifMissing: { enum: ['pass', 'fail'] },
        },
        additionalProperties: false,
    },
    validate: function self(schema, data, _parent, cxt) {
        const fn = self;
        const root = cxt?.rootData;
        const parts = [valueOf(schema.value, root), schema.times === undefined ? 1 : valueOf(schema.times, root), schema.plus === undefined ? 0 : valueOf(schema.plus, root), schema.minus === undefined ? 0 : valueOf(schema.minus, root)];
        if (parts.some((p) => typeof p !== 'number' || Number.isNaN(p))) {
            return schema.ifMissing === 'fail' ? fail(fn, 'mgCompare', 'cannot be compared: a value it is compared with is missing or not a number') : true;
        }
        const [v, t, p, m] = parts;
        const limit = v * t + p - m;
        return COMPARATORS[schema.op](data, limit) ? true : fail(fn, 'mgCompare', `must be ${schema.op} ${round(limit)}; found ${String(data)}`, undefined, { limit });
    },
};
function round(n) {
    return String(Number(n.toPrecision(12)));
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day: Date.parse accepts 2026-02-30 and rolls it over, so compare the round trip. */
function isCalendarDate(value) {
    if (!DATE.test(value))
        return false;
    const ms = Date.parse(`${value}T00:00:00Z`);
    return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === value;
}
function dateArg(spec, root) {
    if (spec === 'today') {
        const today = resolvePointer(root, '/today');
        return typeof today === 'string' ? today : undefined;
    }
    const v = valueOf(spec, root);
    return typeof v === 'string' && isCalendarDate(v) ? v : undefined;
}
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
function addDays(date, days) {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
const dateSpec = { anyOf: [{ const: 'today' }, { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' }, dataRef] };
/** `{"mgDate": {"notAfter": "today", "maxAgeDays": 365}}` on a YYYY-MM-DD string, compared as UTC dates. */
const mgDate = {
    keyword: 'mgDate',
    type: 'string',
    schemaType: 'object',
    errors: true,
    metaSchema: {
        type: 'object',
        properties: { notAfter: dateSpec, notBefore: dateSpec, maxAgeDays: { type: 'integer', minimum: 0 }, maxDaysAhead: { type: 'integer', minimum: 0 } },
        additionalProperties: false,
        minProperties: 1,
    },
    validate: function self(schema, data, _p, cxt) {
        const fn = self;
        const root = cxt?.rootData;
        const value = data;
        if (!isCalendarDate(value))
            return fail(fn, 'mgDate', `'${value}' is not a date in the form YYYY-MM-DD`);
        const notAfter = schema.notAfter === undefined ? undefined : dateArg(schema.notAfter, root);
        if (notAfter && value > notAfter)
            return fail(fn, 'mgDate', `'${value}' is after ${notAfter}`);
        const notBefore = schema.notBefore === undefined ? undefined : dateArg(schema.notBefore, root);
        if (notBefore && value < notBefore)
            return fail(fn, 'mgDate', `'${value}' is before ${notBefore}`);
        const today = dateArg('today', root);
        if (today && schema.maxAgeDays !== undefined && daysBetween(value, today) > schema.maxAgeDays) {
            return fail(fn, 'mgDate', `'${value}' is more than ${schema.maxAgeDays} days before today (${today}); it was due for renewal by ${addDays(value, schema.maxAgeDays)}`);
        }
        if (today && schema.maxDaysAhead !== undefined && daysBetween(today, value) > schema.maxDaysAhead) {
            return fail(fn, 'mgDate', `'${value}' is more than ${schema.maxDaysAhead} days after today (${today})`);
        }
        return true;
    },
};
/** `{"mgCovers": {"values": "/card/fairness/protectedAttributes", "in": "/card/fairness/results", "key": "attribute"}}`. */
const mgCovers = {
    keyword: 'mgCovers',
    schemaType: 'object',
    errors: true,
    metaSchema: {
        type: 'object',
        required: ['values', 'in', 'key'],
        properties: { values: { type: 'string', pattern: '^/' }, in: { type: 'string', pattern: '^/' }, key: { type: 'string' } },
        additionalProperties: false,
    },
    validate: function self(schema, _data, _p, cxt) {
        const fn = self;
        const values = resolvePointer(cxt?.rootData, schema.values);
        if (!Array.isArray(values))
            return true;
        const container = resolvePointer(cxt?.rootData, schema.in);
        const present = new Set(Array.isArray(container) ? container.map((x) => (x && typeof x === 'object' ? x[schema.key] : undefined)) : []);
        const errors = [];
        values.forEach((v, i) => {
            if (!present.has(v)) {
                const message = `${JSON.stringify(v)} has no entry in ${schema.in.split('/').slice(1).join('.')} (matched by \`${schema.key}\`)`;
                errors.push({ keyword: 'mgCovers', message, instancePath: `${schema.values}/${i}`, params: { mgMessage: message } });
            }
        });
        fn.errors = errors;
        return errors.length === 0;
    },
};
// A metric's direction from its name when the card does not say (`higherIsBetter`). The name's
// head decides first: recall_at_1pct_fpr is a recall, even though it mentions a false-positive rate.
const HIGHER_IS_BETTER_HEAD = /^(?:accuracy|acc|balanced_accuracy|precision|recall|f1|f_?beta|auc|roc|pr_auc|average_precision|ap|map|mrr|ndcg|bleu|sacrebleu|rouge|meteor|chrf|exact_match|em|r2|spearman|pearson|kappa|mcc|tpr|tnr|specificity|sensitivity|coverage|hit_rate|top|pass@|win_rate)/i;
const LOWER_IS_BETTER = /(?:^|[_\s-])(?:loss|error|err|mae|mse|rmse|mape|wer|cer|perplexity|ppl|latency|ece|brier|fpr|fnr|far|frr|log[_-]?loss|time|cost|gap|disparity)(?:$|[_\s-])/i;
function higherIsBetter(metric) {
    if (metric.higherIsBetter !== undefined)
        return metric.higherIsBetter;
    if (HIGHER_IS_BETTER_HEAD.test(metric.type))
        return true;
    return !LOWER_IS_BETTER.test(metric.type);
}
function metricRefs(card, root = '/card') {
    const results = card?.evaluation?.results;
    if (!Array.isArray(results))
        return [];
    const out = [];
    results.forEach((r, i) => {
        if (!r || !Array.isArray(r.metrics))
            return;
        r.metrics.forEach((m, j) => {
            if (!m || typeof m.type !== 'string')
                return;
            const dataset = r.dataset?.name ?? '';
            const split = r.dataset?.split;
            out.push({ key: `${dataset}\u0000${split ?? ''}\u0000${m.type}\u0000${m.config ?? ''}`, metric: m, pointer: `${root}/evaluation/results/${i}/metrics/${j}/value`, dataset, split });
        });
    });
    return out;
}
function describeMetric(ref) {
    return `${ref.metric.type} on ${ref.dataset}${ref.split ? ` (${ref.split})` : ''}`;
}
/**
 * `{"mgNoRegression": {"tolerance": {"$data": "/model/regression/tolerance"}, "default": 0.0}}` on the context:
 * every metric the card shares with the serving baseline's card (same dataset, split, type) may be
 * worse by at most the tolerance, in the metric's own direction.
 */
const mgNoRegression = {
    keyword: 'mgNoRegression',
    type: 'object',
    schemaType: 'object',
    errors: true,
    metaSchema: {
        type: 'object',
        properties: { tolerance: numberOrRef, default: { type: 'number', minimum: 0 }, metrics: { anyOf: [{ type: 'array', items: { type: 'string' } }, dataRef] } },
        additionalProperties: false,
    },
    validate: function self(schema, data) {
        const fn = self;
        const root = data;
        if (!root.baseline)
            return true;
        const resolved = schema.tolerance === undefined ? undefined : valueOf(schema.tolerance, root);
        const tolerance = typeof resolved === 'number' ? resolved : (schema.default ?? 0);
        const only = valueOf(schema.metrics, root);
        const onlySet = Array.isArray(only) ? new Set(only.map(String)) : undefined;
        const base = new Map(metricRefs(root.baseline, '/baseline').map((r) => [r.key, r]));
        const baselineVersion = root.baseline.version;
        const errors = [];
        for (const ref of metricRefs(root.card)) {
            if (onlySet && !onlySet.has(ref.metric.type))
                continue;
            const b = base.get(ref.key);
            if (!b || typeof b.metric.value !== 'number' || typeof ref.metric.value !== 'number')
                continue;
            const up = higherIsBetter(ref.metric);
            const drop = up ? b.metric.value - ref.metric.value : ref.metric.value - b.metric.value;
            if (drop > tolerance + 1e-12) {
                const message = `${describeMetric(ref)} is ${ref.metric.value}, worse than ${b.metric.value} of the serving version ${baselineVersion} by ${round(drop)} (tolerance ${tolerance}; ${up ? 'higher' : 'lower'} is better)`;
                errors.push({ keyword: 'mgNoRegression', message, instancePath: ref.pointer, params: { mgMessage: message, baseline: b.metric.value, tolerance } });
            }
        }
        fn.errors = errors;
        return errors.length === 0;
    },
};
/** `{"mgThresholds": {}}` on the context: the card's metrics meet the model's `thresholds` (model.yaml). */
const mgThresholds = {
    keyword: 'mgThresholds',
    type: 'object',
    schemaType: 'object',
    errors: true,
    metaSchema: { type: 'object', properties: { missing: { enum: ['fail', 'pass'] } }, additionalProperties: false },
    validate: function self(schema, data) {
        const fn = self;
        const root = data;
        const thresholds = root.model?.thresholds;
        if (!Array.isArray(thresholds))
            return true;
        const refs = metricRefs(root.card);
        const errors = [];
        thresholds.forEach((t, i) => {
            const matching = refs.filter((r) => r.metric.type === t.metric && (t.dataset === undefined || r.dataset === t.dataset) && (t.split === undefined || r.split === t.split));
            const bound = [t.min !== undefined ? `≥ ${t.min}` : '', t.max !== undefined ? `≤ ${t.max}` : ''].filter(Boolean).join(' and ');
            if (matching.length === 0) {
                if (schema.missing !== 'pass') {
                    const message = `no evaluation result for ${t.metric}${t.dataset ? ` on ${t.dataset}` : ''}${t.split ? ` (${t.split})` : ''}, which model.yaml requires to be ${bound}`;
                    errors.push({ keyword: 'mgThresholds', message, instancePath: `/model/thresholds/${i}`, params: { mgMessage: message } });
                }
                return;
            }
            for (const r of matching) {
                const v = r.metric.value;
                if (typeof v !== 'number' || (t.min !== undefined && v < t.min) || (t.max !== undefined && v > t.max)) {
                    const message = `${describeMetric(r)} is ${JSON.stringify(v)}; model.yaml requires ${bound}`;
                    errors.push({ keyword: 'mgThresholds', message, instancePath: r.pointer, params: { mgMessage: message } });
                }
            }
        });
        fn.errors = errors;
        return errors.length === 0;
    },
};
exports.CUSTOM_KEYWORDS = [mgCompare, mgDate, mgCovers, mgNoRegression, mgThresholds];
function addCustomKeywords(ajv) {
    for (const k of exports.CUSTOM_KEYWORDS)
        ajv.addKeyword(k);
}


/***/ }),

/***/ 7869:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_PACK = void 0;
exports.loadPolicyPacks = loadPolicyPacks;
/**
 * A policy pack is a directory of rule files (`*.yaml`, one rule each, schemas/policy-rule-v1).
 * A pack that does not load or compile is a configuration error (exit 2) naming the file.
 */
const node_crypto_1 = __webpack_require__(7598);
const errors_js_1 = __webpack_require__(3916);
const document_js_1 = __webpack_require__(2038);
const source_js_1 = __webpack_require__(7846);
const root_js_1 = __webpack_require__(9434);
/** `modelgate:default` names the pack shipped with modelgate (its top-level policies/ directory). */
exports.DEFAULT_PACK = 'modelgate:default';
function packSource(source, dir) {
    if (dir === exports.DEFAULT_PACK)
        return { source: new source_js_1.FsSource((0, root_js_1.packageRoot)()), dir: 'policies' };
    if (dir.startsWith('modelgate:'))
        throw new errors_js_1.ConfigError(`unknown built-in policy pack '${dir}'; the built-in pack is '${exports.DEFAULT_PACK}'`);
    return { source, dir };
}
async function loadPolicyPacks(registrySource, dirs) {
    const rules = [];
    const digestParts = [];
    for (const packDir of dirs) {
        const { source, dir } = packSource(registrySource, packDir);
        const entries = await source.list(dir);
        const files = entries.filter((e) => /\.ya?ml$/.test(e.path));
        if (entries.length === 0)
            throw new errors_js_1.ConfigError(`policy pack '${packDir}' is empty or does not exist in ${source.label}`);
        for (const e of files) {
            if (e.kind !== 'file')
                throw new errors_js_1.ConfigError(`${e.path} is a symbolic link or special file; policy packs hold plain files only`, e.path);
        }
        const loaded = await Promise.all(files.map((e) => (0, document_js_1.loadDocument)(source, e.path, 'policy-rule')));
        for (const doc of loaded) {
            if (!doc)
                continue;
            const errors = doc.findings.filter((f) => f.severity === 'deny');
            if (errors.length > 0 || !doc.value) {
                throw new errors_js_1.ConfigError(`policy rule is invalid:\n${errors.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n')}`, undefined);
            }
            const file = packDir === dir ? doc.file : `${packDir}/${doc.file.slice(dir.length + 1)}`;
            digestParts.push(`${file}\u0000${doc.digest}`);
            rules.push({ rule: doc.value, file, locate: doc.locate });
        }
    }
    const seen = new Map();
    for (const r of rules) {
        const prev = seen.get(r.rule.id);
        if (prev)
            throw new errors_js_1.ConfigError(`rule id '${r.rule.id}' is defined twice: in ${prev} and ${r.file}`, r.file, r.locate(['id']).line);
        seen.set(r.rule.id, r.file);
    }
    rules.sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
    digestParts.sort();
    const digest = (0, node_crypto_1.createHash)('sha256').update(digestParts.join('\n')).digest('hex');
    return { dirs: [...dirs], rules, digest };
}


/***/ }),

/***/ 5059:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.standaloneSource = standaloneSource;
exports.loadStandalone = loadStandalone;
exports.compilePackCached = compilePackCached;
/**
 * The compiled-pack cache: a policy pack's validators as ajv standalone code, written once per pack
 * digest and loaded on later runs instead of compiling again (compiling is most of a small run's
 * time). Custom keywords are functions, which standalone code cannot carry, so their references are
 * rewritten to a `mgKeywords` object handed in when the module is loaded.
 *
 * Only the CLI and unprivileged runs use it: the gate compiles the base branch's pack itself and
 * never runs code from a cache a pull request could have written (DESIGN §2).
 */
const ajv_1 = __webpack_require__(2463);
const index_js_1 = __importDefault(__webpack_require__(1398));
const equal = __importStar(__webpack_require__(4951));
const ucs2length = __importStar(__webpack_require__(6214));
const uri = __importStar(__webpack_require__(6285));
const validationError = __importStar(__webpack_require__(3021));
const formats = __importStar(__webpack_require__(779));
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const version_js_1 = __webpack_require__(3882);
const engine_js_1 = __webpack_require__(566);
const keywords_js_1 = __webpack_require__(8328);
const standaloneCode = (index_js_1.default.default ?? index_js_1.default);
const KEYWORD_FUNCTIONS = new Map(keywords_js_1.CUSTOM_KEYWORDS.map((k) => [k.validate, String(k.keyword)]));
const KEYWORDS_OBJECT = Object.fromEntries([...KEYWORD_FUNCTIONS].map(([fn, name]) => [name, fn]));
function standaloneSource(ajv, keys) {
    const values = ajv.scope._values;
    for (const name of values.keyword?.values() ?? []) {
        const keyword = KEYWORD_FUNCTIONS.get(name.value?.ref);
        if (keyword && name.value)
            name.value.code = (0, ajv_1._) `mgKeywords[${keyword}]`;
    }
    return standaloneCode(ajv, keys);
}
/** What `require()` returned for a CommonJS module, from its ESM namespace (interop puts it on `default`). */
function moduleExports(ns) {
    const d = ns.default;
    return d && typeof d === 'object' && '__esModule' in d ? d : ns;
}
// The modules generated code may require; anything else means the code is not ours to load.
const RUNTIME = {
    'ajv/dist/runtime/equal': moduleExports(equal),
    'ajv/dist/runtime/ucs2length': moduleExports(ucs2length),
    'ajv/dist/runtime/uri': moduleExports(uri),
    'ajv/dist/runtime/validation_error': moduleExports(validationError),
    'ajv-formats/dist/formats': moduleExports(formats),
};
/** Evaluates standalone code into its exported validators; throws when it needs anything unknown. */
function loadStandalone(source) {
    const exports = {};
    const require = (id) => {
        if (!(id in RUNTIME))
            throw new Error(`compiled pack needs unknown module ${id}`);
        return RUNTIME[id];
    };
    // ajv's own standalone mechanism: code ajv generated from this pack, read back from the local cache.
    new Function('require', 'exports', 'mgKeywords', 'self', source)(require, exports, KEYWORDS_OBJECT, undefined);
    return exports;
}
/**
 * The pack compiled, from `${dir}/packs/<digest>-<version>.cjs` when an earlier run left it there,
 * else compiled now (and written there for the next run). Without a directory it just compiles.
 */
async function compilePackCached(pack, dir, validateSchema) {
    if (!dir)
        return (0, engine_js_1.compilePack)(pack, { validateSchema });
    const file = node_path_1.default.join(dir, 'packs', `${pack.digest}-${version_js_1.VERSION}.cjs`);
    try {
        const validators = loadStandalone(await (0, promises_1.readFile)(file, 'utf8'));
        const compiled = (0, engine_js_1.assemblePack)(pack, (i, field) => validators[(0, engine_js_1.validatorKey)(i, field)] ?? null);
        if (compiled.rules.every((r) => typeof r.schema === 'function'))
            return compiled;
    }
    catch {
        // absent, from another version, or unreadable: compile afresh below
    }
    let source = '';
    const compiled = (0, engine_js_1.compilePack)(pack, { validateSchema, onCompiled: (ajv, keys) => (source = standaloneSource(ajv, keys)) });
    try {
        await (0, promises_1.mkdir)(node_path_1.default.dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await (0, promises_1.writeFile)(tmp, source);
        await (0, promises_1.rename)(tmp, file);
    }
    catch {
        // a read-only cache directory makes the next run slower, not wrong
    }
    return compiled;
}


/***/ }),

/***/ 2827:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.waiverState = waiverState;
exports.applyWaivers = applyWaivers;
function waiverState(w, compiled, today) {
    const rule = compiled.byId.get(w.rule);
    if (!rule)
        return 'unknown-rule';
    if (rule.loaded.rule.waivable === false)
        return 'not-waivable';
    return w.expires >= today ? 'active' : 'expired';
}
/** Applies the card's waivers to its findings; returns the new findings list (input is not mutated). */
function applyWaivers(findings, input, compiled, today) {
    const out = [];
    const active = new Map();
    const ctx = { ...(input.model ? { model: input.model } : {}), ...(input.version ? { version: input.version } : {}) };
    input.waivers.forEach((w, i) => {
        const state = waiverState(w, compiled, today);
        const pos = input.locate(['waivers', i, state === 'expired' ? 'expires' : 'rule']);
        if (state === 'active') {
            if (!active.has(w.rule))
                active.set(w.rule, w);
            return;
        }
        const messages = {
            expired: [`waiver for rule '${w.rule}' expired on ${w.expires} (today is ${today}); the rule applies again`, 'Fix what the rule reports, or get a new waiver approved with a new expiry date.', 'warn'],
            'unknown-rule': [`waiver names rule '${w.rule}', which no policy pack defines`, 'Correct the rule id (see `modelgate validate --format json` for ids) or remove the waiver.', 'warn'],
            'not-waivable': [`rule '${w.rule}' cannot be waived`, 'Fix what the rule reports; this rule allows no waivers.', 'deny'],
        };
        const [message, remediation, severity] = messages[state];
        out.push({ ruleId: `waiver.${state}`, severity, file: input.file, ...pos, message, remediation, ...ctx });
    });
    for (const f of findings) {
        const w = active.get(f.ruleId);
        if (!w || f.severity === 'info') {
            out.push(f);
            continue;
        }
        out.push({
            ...f,
            severity: 'info',
            message: `waived until ${w.expires} by ${w.approver}${w.ticket ? ` (${w.ticket})` : ''}: ${f.message}`,
            waivedBy: { approver: w.approver, expires: w.expires, reason: w.reason, ...(w.ticket ? { ticket: w.ticket } : {}) },
        });
    }
    return out;
}


/***/ }),

/***/ 2038:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.diagnosticToFinding = diagnosticToFinding;
exports.parseDocumentBytes = parseDocumentBytes;
exports.validateParsed = validateParsed;
exports.loadDocument = loadDocument;
/**
 * One registry document read, parsed strictly and validated against the schema of its own
 * schemaVersion. Problems become findings at file:line:column; nothing here throws for bad input.
 */
const node_crypto_1 = __webpack_require__(7598);
const errors_js_1 = __webpack_require__(9136);
const documents_js_1 = __webpack_require__(9801);
const fast_js_1 = __webpack_require__(6049);
const strict_js_1 = __webpack_require__(7154);
const YAML_RULE = {
    error: { severity: 'deny', remediation: 'Fix the YAML so it parses; `modelgate validate` shows the line and column.' },
    warning: { severity: 'warn', remediation: 'Quote the value so every YAML reader sees the same thing.' },
};
function diagnosticToFinding(d, file, ctx) {
    const base = YAML_RULE[d.severity];
    return { ruleId: d.code, severity: base.severity, file, line: d.line, column: d.column, message: d.message, remediation: base.remediation, ...ctx };
}
function parseDocumentBytes(bytes, file, kind, ctx, limits = {}) {
    const digest = (0, node_crypto_1.createHash)('sha256').update(bytes).digest('hex');
    const decoded = (0, strict_js_1.decodeYamlBytes)(bytes, limits);
    if ('diagnostic' in decoded) {
        return { file, kind, value: undefined, raw: undefined, digest, findings: [diagnosticToFinding(decoded.diagnostic, file, ctx)], locate: () => ({ line: 1, column: 1 }) };
    }
    return validateParsed((0, fast_js_1.parseYaml)(decoded.text, limits), file, kind, ctx, digest);
}
function validateParsed(parsed, file, kind, ctx, digest) {
    const findings = parsed.diagnostics.map((d) => diagnosticToFinding(d, file, ctx));
    const doc = { file, kind, value: undefined, raw: parsed.value, digest, findings, locate: parsed.locate };
    if (parsed.value === undefined)
        return doc;
    const at = (path, which = 'value') => parsed.locate(path, which);
    const schemaFinding = (message, pos, ruleId = 'schema.invalid') => ({
        ruleId,
        severity: 'deny',
        file,
        ...pos,
        message,
        remediation: `Make the ${documents_js_1.DOC_KIND_LABEL[kind]} match its JSON Schema (schemas/${kind}-v<schemaVersion>.schema.json); editors validate as you type with a \`# yaml-language-server: $schema=\` line.`,
        ...ctx,
    });
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        findings.push(schemaFinding(`a ${documents_js_1.DOC_KIND_LABEL[kind]} must be a mapping of fields; found ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`, at([]), 'schema.not-a-mapping'));
        return doc;
    }
    const version = value.schemaVersion;
    if (version === undefined) {
        findings.push(schemaFinding(`\`schemaVersion\` is missing; add \`schemaVersion: ${Math.max(...(0, documents_js_1.knownVersions)(kind))}\``, at([]), 'schema.version'));
        return doc;
    }
    const validate = typeof version === 'number' ? (0, documents_js_1.documentValidator)(kind, version) : undefined;
    if (!validate) {
        findings.push(schemaFinding(`unknown schemaVersion ${JSON.stringify(version)} for a ${documents_js_1.DOC_KIND_LABEL[kind]}; this modelgate knows ${(0, documents_js_1.knownVersions)(kind).join(', ')} (upgrade modelgate if the document is newer)`, at(['schemaVersion']), 'schema.version'));
        return doc;
    }
    if (validate(value)) {
        doc.value = value;
    }
    else {
        for (const err of (0, errors_js_1.relevantErrors)(validate.errors ?? [])) {
            const d = (0, errors_js_1.describeAjvError)(err, value);
            findings.push(schemaFinding(d.message, at(d.path, d.which)));
        }
    }
    return doc;
}
/** Reads and validates one document; checks the size before reading so a huge file costs nothing. */
async function loadDocument(source, file, kind, ctx = {}, limits = {}) {
    const max = limits.maxBytes ?? strict_js_1.DEFAULT_MAX_BYTES;
    const read = await source.readLimited(file, max);
    if (read === null)
        return null;
    if ('tooLarge' in read) {
        return { file, kind, value: undefined, raw: undefined, digest: undefined, findings: [diagnosticToFinding((0, strict_js_1.tooLarge)(read.tooLarge, max), file, ctx)], locate: () => ({ line: 1, column: 1 }) };
    }
    const bytes = read.bytes;
    return parseDocumentBytes(bytes, file, kind, ctx, limits);
}


/***/ }),

/***/ 6372:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEPLOYMENTS_DIR = exports.MODELS_DIR = exports.CONFIG_FILE = void 0;
exports.cardPath = cardPath;
exports.modelPath = modelPath;
exports.manifestPath = manifestPath;
exports.loadConfig = loadConfig;
exports.classifyLayout = classifyLayout;
exports.loadRegistry = loadRegistry;
exports.registryFindings = registryFindings;
/**
 * The registry read from a source: modelgate.yaml, models/<model>/model.yaml,
 * models/<model>/<version>/card.yaml and deployments/<environment>.yaml, each validated, plus the
 * structural checks of DESIGN §1 (names, version = directory, symlinks refused).
 */
const errors_js_1 = __webpack_require__(3916);
const findings_js_1 = __webpack_require__(1001);
const document_js_1 = __webpack_require__(2038);
const names_js_1 = __webpack_require__(1815);
exports.CONFIG_FILE = 'modelgate.yaml';
exports.MODELS_DIR = 'models';
exports.DEPLOYMENTS_DIR = 'deployments';
function cardPath(model, version) {
    return `${exports.MODELS_DIR}/${model}/${version}/card.yaml`;
}
function modelPath(model) {
    return `${exports.MODELS_DIR}/${model}/model.yaml`;
}
function manifestPath(env) {
    return `${exports.DEPLOYMENTS_DIR}/${env}.yaml`;
}
function structural(ruleId, file, message, remediation, extra = {}) {
    return { ruleId, severity: 'deny', file, line: 1, column: 1, message, remediation, ...extra };
}
/** Reads and validates modelgate.yaml; a missing or invalid one is a configuration error (exit 2). */
async function loadConfig(source) {
    const doc = (await (0, document_js_1.loadDocument)(source, exports.CONFIG_FILE, 'config'));
    if (!doc) {
        throw new errors_js_1.ConfigError(`${exports.CONFIG_FILE} not found in ${source.label}: this is not a modelgate registry (pass --repo <dir>, or run \`modelgate init\`)`);
    }
    const errors = doc.findings.filter((f) => f.severity === 'deny');
    if (errors.length > 0 || !doc.value) {
        const first = errors[0];
        throw new errors_js_1.ConfigError(`${exports.CONFIG_FILE} is invalid:\n${errors.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n')}`, undefined, first?.line);
    }
    const names = new Set();
    for (const [i, env] of doc.value.environments.entries()) {
        if (names.has(env.name))
            throw new errors_js_1.ConfigError(`environment '${env.name}' is listed twice`, exports.CONFIG_FILE, doc.locate(['environments', i, 'name']).line);
        if (env.requires && !doc.value.environments.slice(0, i).some((e) => e.name === env.requires)) {
            throw new errors_js_1.ConfigError(`environment '${env.name}' requires '${env.requires}', which is not an earlier environment`, exports.CONFIG_FILE, doc.locate(['environments', i, 'requires']).line);
        }
        names.add(env.name);
    }
    return doc;
}
/** Classifies every entry under models/ and deployments/ without reading any file. */
function classifyLayout(modelEntries, deploymentEntries) {
    const layout = { modelDirs: new Map(), manifestFiles: [], findings: [] };
    const dirOf = (name) => {
        let d = layout.modelDirs.get(name);
        if (!d)
            layout.modelDirs.set(name, (d = { modelFile: false, versionDirs: new Map() }));
        return d;
    };
    for (const e of modelEntries) {
        if (e.kind === 'symlink') {
            layout.findings.push(structural('registry.symlink', e.path, `${e.path} is a symbolic link; the registry refuses links (they can point outside the repository)`, 'Replace the link with the file itself.'));
            continue;
        }
        const parts = e.path.split('/');
        const [, model, second, third] = parts;
        if (!model || !second)
            continue;
        if (parts.length === 3 && second === 'model.yaml')
            dirOf(model).modelFile = true;
        else if (parts.length === 3)
            continue; // README.md or other docs beside model.yaml
        else if (parts.length === 4 && third === 'card.yaml')
            dirOf(model).versionDirs.set(second, true);
        else {
            const d = dirOf(model);
            if (!d.versionDirs.has(second))
                d.versionDirs.set(second, false);
        }
    }
    for (const e of deploymentEntries) {
        if (e.kind === 'symlink') {
            layout.findings.push(structural('registry.symlink', e.path, `${e.path} is a symbolic link; the registry refuses links`, 'Replace the link with the file itself.'));
        }
        else if (/^deployments\/[^/]+\.yaml$/.test(e.path)) {
            layout.manifestFiles.push(e.path);
        }
        else if (/\.ya?ml$/.test(e.path)) {
            layout.findings.push({ ...structural('registry.unexpected-file', e.path, `${e.path} is not read: manifests are deployments/<environment>.yaml`, 'Rename it to deployments/<environment>.yaml.'), severity: 'warn' });
        }
    }
    return layout;
}
async function loadRegistry(source, options = {}) {
    const config = await loadConfig(source);
    const limits = { maxBytes: config.value.limits?.maxFileBytes, maxAliasCount: config.value.limits?.maxAliasCount };
    const listModels = options.listOnly
        ? Promise.all([...options.listOnly].filter((m) => safeSegment(m)).map((m) => source.list(`${exports.MODELS_DIR}/${m}`))).then((lists) => lists.flat())
        : source.list(exports.MODELS_DIR);
    const [modelEntries, deploymentEntries] = await Promise.all([listModels, options.manifests === false ? [] : source.list(exports.DEPLOYMENTS_DIR)]);
    const layout = classifyLayout(modelEntries, deploymentEntries);
    const registry = { source, config, models: new Map(), manifests: new Map(), findings: [...layout.findings], limits, layout };
    const envNames = new Set(config.value.environments.map((e) => e.name));
    const manifestLoads = [];
    for (const file of layout.manifestFiles) {
        const env = file.slice(exports.DEPLOYMENTS_DIR.length + 1, -'.yaml'.length);
        manifestLoads.push((0, document_js_1.loadDocument)(source, file, 'manifest', {}, limits).then((doc) => {
            if (!doc)
                return;
            registry.manifests.set(env, doc);
            if (!envNames.has(env)) {
                doc.findings.push(structural('registry.unknown-environment', file, `environment '${env}' is not declared in ${exports.CONFIG_FILE}`, `Add it under \`environments:\` in ${exports.CONFIG_FILE}, or rename the file.`));
            }
            const declared = doc.raw?.environment;
            if (typeof declared === 'string' && declared !== env) {
                doc.findings.push({ ...structural('registry.environment-mismatch', file, `manifest says environment '${declared}' but the file is ${file}`, `Set \`environment: ${env}\`.`), ...doc.locate(['environment']) });
            }
        }));
    }
    await Promise.all(manifestLoads);
    const selection = widenSelection(options, registry.manifests);
    const loads = [];
    for (const [name, dir] of layout.modelDirs) {
        const modelDir = `${exports.MODELS_DIR}/${name}`;
        const problem = (0, names_js_1.nameProblem)(name, 'model');
        if (problem) {
            registry.findings.push(structural('registry.invalid-name', modelDir, problem, `Rename the directory ${modelDir}/ to a valid name such as '${name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').replace(/\.\.+/g, '.') || 'my-model'}'.`, { model: name }));
            continue;
        }
        if (selection.models && !selection.models.has(name))
            continue;
        const entry = { name, dir: modelDir, model: null, versions: new Map() };
        registry.models.set(name, entry);
        if (!dir.modelFile) {
            registry.findings.push(structural('registry.model-missing', modelPath(name), `model '${name}' has no ${modelPath(name)}`, 'Add model.yaml with the owner team and risk tier (see schemas/model-v1.schema.json).', { model: name }));
        }
        else {
            loads.push((0, document_js_1.loadDocument)(source, modelPath(name), 'model', { model: name }, limits).then((doc) => {
                entry.model = doc;
                const declared = doc?.raw?.name;
                if (doc && typeof declared === 'string' && declared !== name) {
                    doc.findings.push({ ...structural('registry.model-mismatch', doc.file, `model.yaml says name '${declared}' but it lives in ${modelDir}/`, `Set \`name: ${name}\` or move the file.`, { model: name }), ...doc.locate(['name']) });
                }
            }));
        }
        const wanted = selection.models ? selection.versions.get(name) : undefined;
        for (const [version, hasCard] of dir.versionDirs) {
            if (wanted && !wanted.has(version))
                continue;
            const vProblem = (0, names_js_1.versionProblem)(version);
            if (vProblem) {
                registry.findings.push(structural('registry.invalid-version', `${modelDir}/${version}`, `directory ${modelDir}/${version}/: ${vProblem}`, 'Name version directories by semantic version, e.g. 1.4.0.', { model: name, version }));
                continue;
            }
            if (!hasCard) {
                registry.findings.push(structural('registry.card-missing', cardPath(name, version), `version directory ${modelDir}/${version}/ has no card.yaml`, 'Add card.yaml for this version, or remove the directory.', { model: name, version }));
                continue;
            }
            loads.push((0, document_js_1.loadDocument)(source, cardPath(name, version), 'card', { model: name, version }, limits).then((doc) => {
                if (!doc)
                    return;
                entry.versions.set(version, doc);
                checkCardIdentity(doc, name, version);
            }));
        }
    }
    await Promise.all(loads);
    return registry;
}
/** The models and versions to load: the requested ones plus what serves in `servingIn` environments. */
function widenSelection(options, manifests) {
    if (!options.models)
        return { models: null, versions: new Map() };
    const models = new Set(options.models);
    const versions = new Map([...(options.versions ?? new Map())].map(([m, v]) => [m, new Set(v)]));
    for (const env of options.servingIn ?? []) {
        const served = manifests.get(env)?.raw?.models;
        if (!served || typeof served !== 'object')
            continue;
        for (const [model, entry] of Object.entries(served)) {
            const wanted = [entry?.stable, entry?.candidate].filter((v) => typeof v === 'string');
            const already = models.has(model);
            models.add(model);
            // A model already selected with no version list means all versions; keep it that way.
            if (already && !versions.has(model))
                continue;
            const set = versions.get(model) ?? new Set();
            for (const v of wanted)
                set.add(v);
            versions.set(model, set);
        }
    }
    return { models, versions };
}
function checkCardIdentity(doc, model, version) {
    const raw = doc.raw;
    if (!raw || typeof raw !== 'object')
        return;
    if (raw.model !== undefined && raw.model !== model) {
        doc.findings.push({
            ...structural('registry.model-mismatch', doc.file, `card says model ${JSON.stringify(raw.model)} but it lives in ${exports.MODELS_DIR}/${model}/`, `Set \`model: ${model}\`, or move the card.`, { model, version }),
            ...doc.locate(['model']),
        });
    }
    if (raw.version !== undefined && String(raw.version) !== version) {
        doc.findings.push({
            ...structural('registry.version-mismatch', doc.file, `card says version ${JSON.stringify(raw.version)} but its directory is ${version}/`, `Set \`version: "${version}"\` (quoted), or move the card to ${exports.MODELS_DIR}/${model}/${String(raw.version)}/.`, { model, version }),
            ...doc.locate(['version']),
        });
    }
    else if (typeof raw.version === 'number') {
        // `version: 1.10` parsed as 1.1 never equals its directory; a number that happens to match still deserves quoting.
        doc.findings.push({ ...structural('registry.version-mismatch', doc.file, `card version ${raw.version} is a number; write it as a quoted string`, `Set \`version: "${version}"\`.`, { model, version }), ...doc.locate(['version']) });
    }
}
/** A directory name that can be joined under models/ without leaving it. */
function safeSegment(name) {
    return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\') && !name.includes('\0');
}
/** Every finding of the loaded documents plus the structural ones. */
function registryFindings(registry) {
    const out = [...registry.findings];
    for (const m of registry.models.values()) {
        if (m.model)
            out.push(...m.model.findings);
        for (const c of m.versions.values())
            out.push(...c.findings);
    }
    for (const doc of registry.manifests.values())
        out.push(...doc.findings);
    // Documents load concurrently: sort so the order never depends on which read finished first.
    return out.sort(findings_js_1.compareFindings);
}


/***/ }),

/***/ 1815:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.NAME_PATTERN = void 0;
exports.nameProblem = nameProblem;
exports.versionProblem = versionProblem;
/** Names and versions as DESIGN §1 fixes them: safe as path segments and in branch names. */
const semver_1 = __webpack_require__(2088);
exports.NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;
function nameProblem(name, what) {
    if (name.includes('..'))
        return `${what} name '${name}' contains '..'`;
    if (!exports.NAME_PATTERN.test(name)) {
        return `${what} name '${name}' is not valid: use 1-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit`;
    }
    return null;
}
function versionProblem(version) {
    // semver.valid also accepts a leading 'v' and surrounding spaces; the registry wants the canonical form.
    if ((0, semver_1.valid)(version) !== version) {
        return `version '${version}' is not a semantic version such as 1.2.0 (no leading 'v', no spaces)`;
    }
    return null;
}


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
        throw new errors_js_1.ToolError(`refusing path outside the registry: ${file}`);
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
                throw new errors_js_1.ToolError(`refusing to follow symbolic link ${file}`);
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
            fd = (0, node_fs_1.openSync)(abs, node_fs_1.constants.O_RDONLY | node_fs_1.constants.O_NOFOLLOW);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return null;
            if (code === 'ELOOP' || code === 'EMLINK')
                throw new errors_js_1.ToolError(`refusing to follow symbolic link ${file}`);
            throw new errors_js_1.ToolError(`cannot read ${abs}: ${err.message}`);
        }
        try {
            const st = (0, node_fs_1.fstatSync)(fd);
            if (!st.isFile())
                return null;
            if (st.size > maxBytes)
                return { tooLarge: st.size };
            return { bytes: (0, node_fs_1.readFileSync)(fd) };
        }
        catch (err) {
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
            throw new errors_js_1.ToolError(`refusing ${file}: it resolves outside the registry`);
        return abs;
    }
}
exports.FsSource = FsSource;


/***/ }),

/***/ 627:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.BUILTIN_BY_ID = exports.BUILTIN_RULES = void 0;
exports.BUILTIN_RULES = [
    { id: 'yaml.syntax', title: 'YAML does not parse', help: 'The file is not valid YAML 1.2. Fix the syntax at the line and column given.' },
    { id: 'yaml.duplicate-key', title: 'Duplicate key', help: 'A key appears twice in one mapping. YAML readers disagree on which value wins, so modelgate refuses the file.' },
    { id: 'yaml.alias-limit', title: 'Too many alias expansions', help: 'The document expands aliases more often than allowed (an "alias bomb"). Write the values out.' },
    { id: 'yaml.too-large', title: 'File too large', help: 'Registry documents are small text files. Store large data as an artifact and reference it by uri and sha256.' },
    { id: 'yaml.binary', title: 'Binary or non-UTF-8 file', help: 'Registry documents are UTF-8 text.' },
    { id: 'yaml.empty', title: 'Empty document', help: 'The file holds no YAML value.' },
    { id: 'yaml.multi-document', title: 'More than one YAML document', help: 'A registry file holds exactly one YAML document; remove the second `---`.' },
    { id: 'yaml.yaml11-boolean', title: 'YAML 1.1 boolean', help: 'yes/no/on/off (and y/n) are strings in YAML 1.2 but booleans for YAML 1.1 readers such as PyYAML (the "Norway problem"). Quote them.' },
    { id: 'yaml.number-changed', title: 'Number that changes its text', help: 'An unquoted value such as 1.10 is read as the number 1.1. Quote versions and identifiers.' },
    { id: 'yaml.hex-number', title: 'Digest read as a number', help: 'A digest or identifier made only of digits (or 0x…, or 12e34…) is read as a number and loses its value. Quote it.' },
    { id: 'yaml.yaml11-sexagesimal', title: 'YAML 1.1 base-60 number', help: 'Values like 1:30 are base-60 numbers in YAML 1.1. Quote them.' },
    { id: 'yaml.yaml11-octal', title: 'YAML 1.1 octal number', help: 'Values like 0755 are octal in YAML 1.1 and decimal in YAML 1.2. Quote identifiers.' },
    { id: 'schema.invalid', title: 'Document does not match its schema', help: 'Each document is validated against the JSON Schema of its schemaVersion (schemas/<kind>-v<N>.schema.json).' },
    { id: 'schema.version', title: 'Missing or unknown schemaVersion', help: 'Every document carries schemaVersion; modelgate validates it against the schema of that version.' },
    { id: 'schema.not-a-mapping', title: 'Document is not a mapping', help: 'A registry document is a YAML mapping of fields.' },
    { id: 'registry.invalid-name', title: 'Invalid model name', help: 'Model directories match ^[a-z0-9][a-z0-9._-]{0,62}$ without "..".' },
    { id: 'registry.invalid-version', title: 'Invalid version directory', help: 'Version directories are semantic versions such as 1.2.0.' },
    { id: 'registry.model-missing', title: 'model.yaml missing', help: 'Every model directory holds model.yaml with the owner team and risk tier.' },
    { id: 'registry.card-missing', title: 'card.yaml missing', help: 'Every version directory holds card.yaml.' },
    { id: 'registry.model-mismatch', title: 'Model name differs from its directory', help: 'The `model`/`name` field must equal the directory name.' },
    { id: 'registry.version-mismatch', title: 'Version differs from its directory', help: 'A card\'s `version` must equal its directory name, as a quoted string.' },
    { id: 'registry.symlink', title: 'Symbolic link in the registry', help: 'Links can point outside the repository; the registry refuses them.' },
    { id: 'registry.unexpected-file', title: 'File not read', help: 'The file is not where modelgate reads documents.' },
    { id: 'registry.unknown-environment', title: 'Unknown environment', help: 'Manifests are named after an environment declared in modelgate.yaml.' },
    { id: 'registry.environment-mismatch', title: 'Manifest environment differs from its file name', help: 'deployments/<env>.yaml says `environment: <env>`.' },
    { id: 'registry.card-immutable', title: 'Merged card edited or deleted', help: 'A merged card is immutable. Register a new version instead; facts that change after merge live in model.yaml.' },
    { id: 'manifest.unknown-model', title: 'Manifest names an unregistered model', help: 'Every model a manifest serves is registered under models/.' },
    { id: 'manifest.unknown-version', title: 'Manifest names an unregistered version', help: 'Every version a manifest serves has a card.' },
    { id: 'manifest.rejected-version', title: 'Manifest serves a rejected version', help: 'A version marked rejected in model.yaml (e.g. by a rollback) is not promoted again.' },
    { id: 'waiver.expired', title: 'Expired waiver', help: 'A waiver past its expiry no longer suppresses its rule.' },
    { id: 'waiver.unknown-rule', title: 'Waiver for an unknown rule', help: 'The waiver names a rule no policy pack defines.' },
    { id: 'waiver.not-waivable', title: 'Waiver for a rule that cannot be waived', help: 'The rule is marked waivable: false.' },
];
exports.BUILTIN_BY_ID = new Map(exports.BUILTIN_RULES.map((r) => [r.id, r]));


/***/ }),

/***/ 1632:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ResultCache = void 0;
exports.sha256 = sha256;
exports.defaultCacheDir = defaultCacheDir;
exports.modelKey = modelKey;
/**
 * A content-addressed cache of validation results, per model: the key is a hash of everything a
 * model's findings depend on (its files' bytes, the policy pack and modelgate.yaml digests, the
 * environment entry, the date, modelgate's version), so a hit can only return what a fresh run
 * would. It also remembers which policy packs already passed the meta-schema check.
 *
 * The cache speeds up the CLI and unprivileged runs only. The merge gate never opens it: a
 * pull request's own workflow could have written the cache directory (DESIGN §2).
 */
const node_crypto_1 = __webpack_require__(7598);
const promises_1 = __webpack_require__(1455);
const node_os_1 = __webpack_require__(8161);
const node_path_1 = __importDefault(__webpack_require__(6760));
const version_js_1 = __webpack_require__(3882);
function sha256(data) {
    return (0, node_crypto_1.createHash)('sha256').update(data).digest('hex');
}
function defaultCacheDir(env) {
    if (env.MODELGATE_CACHE_DIR)
        return env.MODELGATE_CACHE_DIR;
    const base = env.XDG_CACHE_HOME || node_path_1.default.join(env.HOME || (0, node_os_1.homedir)(), '.cache');
    return node_path_1.default.join(base, 'modelgate');
}
class ResultCache {
    dir;
    file;
    previous;
    used = {};
    packs = new Set();
    constructor(dir, file, previous) {
        this.dir = dir;
        this.file = file;
        this.previous = previous;
        for (const p of previous?.packs ?? [])
            this.packs.add(p);
    }
    static async open(cacheDir, registryRoot) {
        const root = await (0, promises_1.realpath)(registryRoot).catch(() => node_path_1.default.resolve(registryRoot));
        const file = node_path_1.default.join(cacheDir, `results-${sha256(root).slice(0, 16)}.json`);
        let previous = null;
        try {
            const parsed = JSON.parse(await (0, promises_1.readFile)(file, 'utf8'));
            // Another modelgate version may format findings differently: start afresh.
            if (parsed.format === 1 && parsed.tool === version_js_1.VERSION && parsed.models && typeof parsed.models === 'object')
                previous = parsed;
        }
        catch {
            previous = null; // absent or unreadable: a cold run
        }
        return new ResultCache(cacheDir, file, previous);
    }
    /** Whether any results are stored: without them, reading every file up front only costs time. */
    get warm() {
        return this.previous !== null && Object.keys(this.previous.models).length > 0;
    }
    lookup(key) {
        const hit = this.previous?.models[key];
        if (hit)
            this.used[key] = hit;
        return hit;
    }
    store(key, value) {
        this.used[key] = value;
    }
    packVerified(digest) {
        return this.packs.has(digest);
    }
    markPackVerified(digest) {
        this.packs.add(digest);
    }
    /**
     * Writes what this run used or produced (older entries are dropped), atomically. Never fails
     * the run. A run that did not use results keeps the stored ones.
     */
    async save() {
        const models = Object.keys(this.used).length > 0 ? this.used : (this.previous?.models ?? {});
        const data = { format: 1, tool: version_js_1.VERSION, packs: [...this.packs].slice(-20), models };
        try {
            await (0, promises_1.mkdir)(node_path_1.default.dirname(this.file), { recursive: true });
            const tmp = `${this.file}.${process.pid}.tmp`;
            await (0, promises_1.writeFile)(tmp, JSON.stringify(data));
            await (0, promises_1.rename)(tmp, this.file);
        }
        catch {
            // A read-only home or a full disk makes the next run slower, not wrong.
        }
    }
}
exports.ResultCache = ResultCache;
function modelKey(k) {
    const cards = [...k.cards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return sha256(JSON.stringify([version_js_1.VERSION, k.packDigest, k.configDigest, k.today, k.env, k.envEntry ?? null, k.model, k.modelDigest, cards]));
}


/***/ }),

/***/ 575:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.verdict = verdict;
exports.formatText = formatText;
exports.formatJson = formatJson;
exports.formatMarkdown = formatMarkdown;
exports.formatSarif = formatSarif;
exports.formatReport = formatReport;
const builtin_rules_js_1 = __webpack_require__(627);
function verdict(report, failOn) {
    return report.counts.deny > 0 || (failOn === 'warn' && report.counts.warn > 0) ? 'fail' : 'pass';
}
function groupKey(f) {
    if (f.model && f.version)
        return `${f.model} ${f.version}`;
    if (f.model)
        return `${f.model} (model)`;
    return '(registry)';
}
function grouped(findings) {
    const groups = new Map();
    for (const f of findings) {
        const k = groupKey(f);
        const list = groups.get(k) ?? [];
        list.push(f);
        groups.set(k, list);
    }
    return new Map([...groups].sort(([a], [b]) => (a === '(registry)' ? -1 : b === '(registry)' ? 1 : a.localeCompare(b))));
}
const LABEL = { deny: 'DENY', warn: 'WARN', info: 'INFO' };
function formatText(report, o) {
    const lines = [];
    lines.push(`modelgate validate: ${o.label}${report.env ? ` (environment ${report.env})` : ''}`);
    lines.push(`${report.cards} card${report.cards === 1 ? '' : 's'} checked${report.scope === 'changed' ? ' (changed since the base)' : ''} against ${report.rules.length} policy rules (pack sha256:${report.policyDigest.slice(0, 12)})`);
    for (const [group, list] of grouped(report.findings)) {
        lines.push('', group);
        for (const f of list) {
            lines.push(`  ${LABEL[f.severity]}  ${f.file}:${f.line}:${f.column}  [${f.ruleId}]`);
            lines.push(`        ${f.message}`);
            if (f.remediation && f.severity !== 'info')
                lines.push(`        fix: ${f.remediation}`);
        }
    }
    const c = report.counts;
    lines.push('', `${c.deny} deny, ${c.warn} warn, ${c.info} info: ${verdict(report, o.failOn) === 'pass' ? 'PASS' : 'FAIL'}${o.failOn === 'warn' ? ' (--fail-on warn)' : ''}`);
    return `${lines.join('\n')}\n`;
}
function formatJson(report) {
    const out = {
        summary: { cards: report.cards, deny: report.counts.deny, warn: report.counts.warn, info: report.counts.info },
        findings: report.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            file: f.file,
            line: f.line,
            column: f.column,
            message: f.message,
            remediation: f.remediation ?? null,
            model: f.model ?? null,
            version: f.version ?? null,
        })),
    };
    return `${JSON.stringify(out, null, 2)}\n`;
}
function mdEscape(s) {
    return s.replaceAll('|', '\\|').replaceAll('\n', ' ').replaceAll('<', '&lt;');
}
const ICON = { deny: '❌ deny', warn: '⚠️ warn', info: 'ℹ️ info' };
function formatMarkdown(report, o, limit = Infinity) {
    const c = report.counts;
    const pass = verdict(report, o.failOn) === 'pass';
    const lines = [
        `### modelgate policy: ${pass ? '✅ pass' : '❌ fail'}`,
        '',
        `${report.cards} card${report.cards === 1 ? '' : 's'} checked against ${report.rules.length} rules (policy pack \`sha256:${report.policyDigest.slice(0, 12)}\`)${report.env ? ` for environment \`${report.env}\`` : ''}: **${c.deny} deny**, ${c.warn} warn, ${c.info} info.`,
    ];
    if (report.findings.length > 0) {
        lines.push('', '| | Model | Location | Rule | Finding | Fix |', '|---|---|---|---|---|---|');
        for (const f of report.findings.slice(0, limit)) {
            const file = `${o.pathPrefix ?? ''}${f.file}`;
            lines.push(`| ${ICON[f.severity]} | ${mdEscape(groupKey(f))} | \`${mdEscape(file)}:${f.line}\` | \`${f.ruleId}\` | ${mdEscape(f.message)} | ${f.severity === 'info' ? '' : mdEscape(f.remediation ?? '')} |`);
        }
        if (report.findings.length > limit)
            lines.push('', `…and ${report.findings.length - limit} more findings (see the job summary or the SARIF file).`);
    }
    return `${lines.join('\n')}\n`;
}
const SARIF_LEVEL = { deny: 'error', warn: 'warning', info: 'note' };
/** SARIF 2.1.0 as GitHub code scanning accepts it: rules with help, one result per finding, file:line:column. */
function formatSarif(report, o) {
    const ruleIds = [...new Set([...builtin_rules_js_1.BUILTIN_RULES.map((r) => r.id), ...report.rules.map((r) => r.rule.id), ...report.findings.map((f) => f.ruleId)])];
    const policyById = new Map(report.rules.map((r) => [r.rule.id, r.rule]));
    const rules = ruleIds.map((id) => {
        const p = policyById.get(id);
        const b = builtin_rules_js_1.BUILTIN_BY_ID.get(id);
        const title = p?.title ?? b?.title ?? id;
        const help = p ? `${p.description ? `${p.description}\n\n` : ''}${p.remediation}${p.references?.length ? `\n\nReferences: ${p.references.join('; ')}` : ''}` : (b?.help ?? id);
        const level = p ? SARIF_LEVEL[typeof p.severity === 'string' ? p.severity : p.severity.default === 'off' ? 'info' : p.severity.default] : 'error';
        return {
            id,
            name: id.replace(/[^A-Za-z0-9]+(.)/g, (_m, c) => c.toUpperCase()),
            shortDescription: { text: title },
            fullDescription: { text: p?.description ?? b?.help ?? title },
            help: { text: help, markdown: help },
            defaultConfiguration: { level },
            properties: { tags: ['modelgate', ...(p ? ['policy'] : ['registry'])], ...(p?.references ? { references: p.references } : {}) },
        };
    });
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const results = report.findings.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: SARIF_LEVEL[f.severity],
        message: { text: f.remediation && f.severity !== 'info' ? `${f.message}\nFix: ${f.remediation}` : f.message },
        locations: [{ physicalLocation: { artifactLocation: { uri: `${o.pathPrefix ?? ''}${f.file}`, uriBaseId: '%SRCROOT%' }, region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) } } }],
        partialFingerprints: { 'modelgate/v1': `${f.ruleId}:${o.pathPrefix ?? ''}${f.file}:${f.message}` },
        ...(f.waivedBy ? { suppressions: [{ kind: 'inSource', justification: `${f.waivedBy.reason} (approved by ${f.waivedBy.approver} until ${f.waivedBy.expires})` }] } : {}),
    }));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: { driver: { name: 'modelgate', semanticVersion: o.toolVersion, rules } },
                automationDetails: { id: `modelgate/validate/${report.env ?? 'registry'}/` },
                results,
            },
        ],
    };
    return `${JSON.stringify(sarif, null, 2)}\n`;
}
function formatReport(report, format, o) {
    switch (format) {
        case 'json':
            return formatJson(report);
        case 'markdown':
            return formatMarkdown(report, o);
        case 'sarif':
            return formatSarif(report, o);
        default:
            return formatText(report, o);
    }
}


/***/ }),

/***/ 9470:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateRegistry = validateRegistry;
exports.evaluateModels = evaluateModels;
const findings_js_1 = __webpack_require__(1001);
const engine_js_1 = __webpack_require__(566);
const context_js_1 = __webpack_require__(6761);
const pack_js_1 = __webpack_require__(7869);
const waivers_js_1 = __webpack_require__(2827);
const standalone_js_1 = __webpack_require__(5059);
const document_js_1 = __webpack_require__(2038);
const loader_js_1 = __webpack_require__(6372);
const names_js_1 = __webpack_require__(1815);
const strict_js_1 = __webpack_require__(7154);
const cache_js_1 = __webpack_require__(1632);
const types_js_1 = __webpack_require__(234);
const errors_js_1 = __webpack_require__(3916);
async function validateRegistry(input) {
    const policySource = input.policySource ?? input.source;
    const policyConfigDoc = await (0, loader_js_1.loadConfig)(policySource);
    const policyConfig = policyConfigDoc.value;
    const packDirs = policyConfig.policies?.packs ?? ['policies'];
    const scope = input.scope ?? (input.changedSince ? await (await __webpack_require__.e(/* import() */ 630).then(__webpack_require__.t.bind(__webpack_require__, 5630, 23))).computeScope(input.changedSince.repoDir, input.changedSince.ref, packDirs) : undefined);
    // The layout, modelgate.yaml and the manifests; documents of models are read by whoever evaluates them.
    // A change lists only the models it touches and those its changed manifests serve.
    const listOnly = scope?.models ? await touchedModels(input.source, scope) : undefined;
    const [main, pack] = await Promise.all([(0, loader_js_1.loadRegistry)(input.source, { models: new Set(), ...(listOnly ? { listOnly } : {}) }), (0, pack_js_1.loadPolicyPacks)(policySource, packDirs)]);
    if (input.env && !main.config.value.environments.some((e) => e.name === input.env)) {
        throw new errors_js_1.UsageError(`--env '${input.env}' is not an environment of modelgate.yaml (${main.config.value.environments.map((e) => e.name).join(', ')})`);
    }
    const candidates = candidateModels(main, scope);
    const options = { today: input.today, packDigest: pack.digest, configDigest: main.config.digest ?? '', ...(input.env ? { env: input.env } : {}), ...(scope ? { scope } : {}), ...(input.author ? { author: input.author } : {}) };
    const cache = scope ? undefined : input.cache;
    const results = new Map();
    let misses = [...candidates];
    if (cache?.warm) {
        const keys = await modelKeys(main, misses, options);
        misses = misses.filter((m) => {
            const key = keys.get(m);
            const hit = key ? cache.lookup(key) : undefined;
            if (hit)
                results.set(m, hit);
            return !hit;
        });
    }
    const cacheHits = results.size;
    const packMemo = input.packMemo ?? input.cache;
    const verified = packMemo?.packVerified(pack.digest) ?? false;
    const { results: evaluated, workers } = await evaluateMisses(input, policySource, pack, packDirs, main, misses, options, verified, packMemo?.dir);
    for (const [m, r] of evaluated) {
        results.set(m, r);
        if (cache && r.key)
            cache.store(r.key, { cards: r.cards, findings: r.findings });
    }
    if (packMemo && !verified)
        packMemo.markPackVerified(pack.digest);
    if (cache || (packMemo && !verified))
        await (cache ?? packMemo).save();
    const candidateSet = new Set(candidates);
    const findings = (0, loader_js_1.registryFindings)(main).filter((f) => f.model === undefined || !candidateSet.has(f.model));
    let cards = 0;
    for (const r of results.values()) {
        cards += r.cards;
        findings.push(...r.findings);
    }
    findings.push(...(await manifestFindings(main, scope?.models ? scope.manifests : null)));
    if (scope)
        findings.push(...immutabilityFindings(scope, policyConfig));
    const gated = applyGateModes(findings, policyConfig);
    gated.sort(findings_js_1.compareFindings);
    return {
        cards,
        findings: gated,
        counts: (0, findings_js_1.countFindings)(gated),
        policyDigest: pack.digest,
        rules: pack.rules,
        scope: scope ? 'changed' : 'full',
        failOn: policyConfig.policies?.failOn ?? 'deny',
        stats: { cacheHits, evaluatedModels: evaluated.size, workers },
        ...(input.env ? { env: input.env } : {}),
    };
}
/** The models a change touches: its own, and every model a changed manifest serves (read from those manifests alone). */
async function touchedModels(source, scope) {
    const models = new Set(scope.models ?? []);
    for (const env of scope.manifests) {
        const doc = await (0, document_js_1.loadDocument)(source, (0, loader_js_1.manifestPath)(env), 'manifest');
        for (const m of Object.keys(doc?.raw?.models ?? {}))
            models.add(m);
    }
    return models;
}
/** Valid model directories to evaluate: all of them, or what a change touches plus what its manifests serve. */
function candidateModels(main, scope) {
    const valid = [...main.layout.modelDirs.keys()].filter((m) => (0, names_js_1.nameProblem)(m, 'model') === null);
    if (!scope?.models)
        return valid;
    const wanted = new Set(scope.models);
    for (const env of scope.manifests) {
        for (const m of Object.keys(main.manifests.get(env)?.raw?.models ?? {}))
            wanted.add(m);
    }
    return valid.filter((m) => wanted.has(m));
}
const AUTO_WORKER_MIN_CARDS = 400;
async function evaluateMisses(input, policySource, pack, packDirs, main, misses, options, verified, packDir) {
    if (misses.length === 0)
        return { results: new Map(), workers: 0 };
    const cardCount = misses.reduce((n, m) => n + (main.layout.modelDirs.get(m)?.versionDirs.size ?? 0), 0);
    const { workerPlan, runInWorkers } = await __webpack_require__.e(/* import() */ 679).then(__webpack_require__.t.bind(__webpack_require__, 1679, 23));
    const plan = workerPlan(input.workers, cardCount, AUTO_WORKER_MIN_CARDS, input.source, policySource);
    if (plan) {
        const sizes = new Map(misses.map((m) => [m, main.layout.modelDirs.get(m)?.versionDirs.size ?? 0]));
        return { results: await runInWorkers(plan, misses, sizes, { packDirs, options, verified, ...(packDir ? { packDir } : {}) }), workers: plan.workers };
    }
    const compiled = await (0, standalone_js_1.compilePackCached)(pack, packDir, !verified);
    return { results: await evaluateModels(input.source, compiled, new Set(misses), options), workers: 0 };
}
/** Loads and evaluates the given models: every card against its schema and the policies. Shared by the main thread and workers. */
async function evaluateModels(source, compiled, models, options) {
    const scope = options.scope;
    const servingIn = new Set([...(scope?.manifests ?? []), ...(options.env ? [options.env] : [])]);
    // In a change, only the changed models are loaded whole (or the changed versions of them); the
    // loader adds the versions the changed manifests serve. Results are kept for this group only.
    const direct = scope?.models ? new Set([...models].filter((m) => scope.models.has(m))) : models;
    const versions = scope?.models ? new Map([...scope.versions].filter(([m]) => models.has(m))) : undefined;
    const registry = await (0, loader_js_1.loadRegistry)(source, { models: direct, servingIn, ...(versions ? { versions } : {}), ...(scope?.models ? { listOnly: models } : {}) });
    const results = new Map();
    for (const name of models)
        results.set(name, { cards: 0, findings: [] });
    for (const f of (0, loader_js_1.registryFindings)(registry))
        if (f.model && results.has(f.model))
            results.get(f.model).findings.push(f);
    for (const entry of registry.models.values()) {
        const result = results.get(entry.name);
        if (!result)
            continue;
        for (const [version, card] of entry.versions) {
            result.cards++;
            result.findings.push(...evaluateCard(compiled, registry, entry.model, card, version, options));
        }
        if (!scope) {
            const key = keyFromLoaded(registry, entry, options);
            if (key)
                result.key = key;
        }
    }
    return results;
}
function envEntry(registry, env, model) {
    return env ? (registry.manifests.get(env)?.raw?.models?.[model] ?? null) : null;
}
function keyFromLoaded(registry, entry, options) {
    const dirs = registry.layout.modelDirs.get(entry.name)?.versionDirs ?? new Map();
    const cards = [];
    for (const [version, hasCard] of dirs) {
        if (!hasCard) {
            cards.push([version, null]);
            continue;
        }
        const digest = entry.versions.get(version)?.digest;
        if (!digest)
            return undefined;
        cards.push([version, digest]);
    }
    if (entry.model && !entry.model.digest)
        return undefined;
    return (0, cache_js_1.modelKey)({ ...keyBase(options), model: entry.name, modelDigest: entry.model?.digest ?? null, envEntry: envEntry(registry, options.env, entry.name), cards });
}
function keyBase(options) {
    return { packDigest: options.packDigest, configDigest: options.configDigest, today: options.today, env: options.env ?? null };
}
/** Cache keys from the files' bytes alone, without parsing: what makes a warm run fast. */
async function modelKeys(main, models, options) {
    const keys = new Map();
    const max = main.limits.maxBytes ?? strict_js_1.DEFAULT_MAX_BYTES;
    const digestOf = async (file) => {
        const read = await main.source.readLimited(file, max);
        if (read === null)
            return null;
        return 'bytes' in read ? (0, cache_js_1.sha256)(read.bytes) : undefined;
    };
    await forEachLimit(models, 32, async (name) => {
        const dir = main.layout.modelDirs.get(name);
        if (!dir)
            return;
        const modelDigest = dir.modelFile ? await digestOf((0, loader_js_1.modelPath)(name)) : null;
        if (modelDigest === undefined)
            return;
        const cards = [];
        for (const [version, hasCard] of dir.versionDirs) {
            const d = hasCard ? await digestOf((0, loader_js_1.cardPath)(name, version)) : null;
            if (d === undefined)
                return;
            cards.push([version, d]);
        }
        keys.set(name, (0, cache_js_1.modelKey)({ ...keyBase(options), model: name, modelDigest, envEntry: envEntry(main, options.env, name), cards }));
    });
    return keys;
}
async function forEachLimit(items, limit, fn) {
    let next = 0;
    const lane = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
function evaluateCard(compiled, registry, modelDoc, card, version, options) {
    const scope = options.scope;
    const input = options;
    const raw = card.raw;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return [];
    const cardValue = raw;
    const model = cardValue.model && typeof cardValue.model === 'string' ? cardValue.model : card.file.split('/')[1];
    // What model.yaml says even when it fails its schema (reported on its own), so rules judge its
    // content ("inventoryId is missing") instead of its absence.
    const modelRaw = modelDoc?.raw;
    const modelValue = (modelRaw && typeof modelRaw === 'object' && !Array.isArray(modelRaw) ? modelRaw : null);
    const envConfig = input.env ? registry.config.value.environments.find((e) => e.name === input.env) : undefined;
    const manifest = input.env ? registry.manifests.get(input.env) : undefined;
    const serving = manifest?.value?.models[model] ?? null;
    const servesHere = serving !== null && (serving.stable === version || serving.candidate === version);
    let kind = scope?.kind ?? 'register';
    let baseline;
    if (envConfig && servesHere && serving && serving.stable !== version) {
        kind = 'promote';
        baseline = registry.models.get(model)?.versions.get(serving.stable);
    }
    const context = {
        card: cardValue,
        model: modelValue,
        baseline: (baseline?.value ?? null),
        environment: envConfig ? (0, context_js_1.environmentContext)(envConfig, serving) : null,
        change: { kind, files: scope ? scope.files.map((f) => f.path) : [], ...(input.author ? { author: input.author } : {}) },
        today: input.today,
    };
    const locator = {
        card: { file: card.file, locate: card.locate },
        ...(modelDoc ? { model: { file: modelDoc.file, locate: modelDoc.locate } } : {}),
        ...(baseline ? { baseline: { file: baseline.file, locate: baseline.locate } } : {}),
        ...(manifest ? { manifest: { file: manifest.file, locate: manifest.locate, entryPath: ['models', model] } } : {}),
    };
    const ids = { model, version };
    const found = (0, engine_js_1.evaluateContext)(compiled, context).map((v) => (0, engine_js_1.violationToFinding)(v, locator, ids));
    const waivers = Array.isArray(cardValue.waivers) && card.value ? cardValue.waivers : [];
    return (0, waivers_js_1.applyWaivers)(found, { waivers, file: card.file, locate: card.locate, ...ids }, compiled, input.today);
}
/**
 * Cross-document checks of each manifest in scope: the models and versions it names are
 * registered (from the layout: a version is registered when its card exists), and no candidate
 * is marked rejected in its model.yaml.
 */
async function manifestFindings(registry, envs) {
    const out = [];
    const marks = new Map();
    const markOf = async (model) => {
        if (!marks.has(model)) {
            const doc = await (0, document_js_1.loadDocument)(registry.source, (0, loader_js_1.modelPath)(model), 'model', { model }, registry.limits);
            marks.set(model, doc?.value?.versions);
        }
        return marks.get(model);
    };
    for (const [env, doc] of registry.manifests) {
        const manifest = doc.value;
        if (!manifest || (envs && !envs.has(env)))
            continue;
        for (const [model, entry] of Object.entries(manifest.models)) {
            const entryPath = ['models', model];
            const dir = registry.layout.modelDirs.get(model);
            if (!dir || (0, names_js_1.nameProblem)(model, 'model') !== null) {
                out.push({ ruleId: 'manifest.unknown-model', severity: 'deny', file: doc.file, ...doc.locate(entryPath, 'key'), message: `model '${model}' in ${(0, loader_js_1.manifestPath)(env)} is not registered under models/`, remediation: 'Register the model first, or correct its name.', model });
                continue;
            }
            for (const role of ['stable', 'candidate']) {
                const version = entry[role];
                if (!version)
                    continue;
                if (dir.versionDirs.get(version) !== true) {
                    out.push({ ruleId: 'manifest.unknown-version', severity: 'deny', file: doc.file, ...doc.locate([...entryPath, role]), message: `${role} ${model} ${version} in ${env} is not registered: ${(0, loader_js_1.cardPath)(model, version)} does not exist`, remediation: 'Register the version first (a pull request adding its card), or correct the version.', model, version });
                }
                const mark = (await markOf(model))?.[version];
                if (mark?.status === 'rejected') {
                    out.push({
                        ruleId: 'manifest.rejected-version',
                        severity: role === 'candidate' ? 'deny' : 'warn',
                        file: doc.file,
                        ...doc.locate([...entryPath, role]),
                        message: `${role} ${model} ${version} is marked rejected in ${(0, loader_js_1.modelPath)(model)}${mark.reason ? ` (${mark.reason})` : ''}`,
                        remediation: 'Serve another version; a rejected version is never promoted again unless model.yaml clears the mark in a reviewed change.',
                        model,
                        version,
                    });
                }
            }
        }
    }
    return out;
}
function immutabilityFindings(scope, config) {
    return scope.immutableViolations.map((f) => {
        const [, model, version] = f.path.split('/');
        return {
            ruleId: 'registry.card-immutable',
            severity: (0, types_js_1.gateMode)(config, 'immutability') === 'enforce' ? 'deny' : 'warn',
            file: f.path,
            line: 1,
            column: 1,
            message: `${f.path} was merged before ${scope.base.slice(0, 12)} and is immutable, but this change ${f.status === 'deleted' ? 'deletes' : 'edits'} it`,
            remediation: `Revert the change to ${f.path} and register a new version (models/${model}/<new version>/card.yaml); facts that change after merge belong in model.yaml.`,
            ...(model ? { model } : {}),
            ...(version ? { version } : {}),
        };
    });
}
/** In advisory mode the policy gate reports and does not block: its denials become warnings. */
function applyGateModes(findings, config) {
    if ((0, types_js_1.gateMode)(config, 'policy') === 'enforce')
        return findings;
    return findings.map((f) => (f.severity === 'deny' && !f.ruleId.startsWith('yaml.') && !f.ruleId.startsWith('schema.') && !f.ruleId.startsWith('registry.') ? { ...f, severity: 'warn', message: `[advisory] ${f.message}` } : f));
}


/***/ }),

/***/ 6049:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.fastPathEligible = fastPathEligible;
exports.parseYaml = parseYaml;
/**
 * A fast path for the common case: a document with nothing a strict reader would warn about is
 * parsed by js-yaml (several times faster than the `yaml` package), and the `yaml` package runs
 * only when a position is asked for (a finding to report) or the text holds anything the fast
 * path does not vouch for. The pre-scan is deliberately conservative: a false alarm only costs
 * speed, and a test proves both parsers give the same value wherever the fast path is taken.
 */
const js_yaml_1 = __importDefault(__webpack_require__(4281));
const strict_js_1 = __webpack_require__(7154);
// Anchors, aliases, tags, merge keys, directives, document markers, __proto__: the strict parser
// has the limits and the exact semantics for these.
const STRUCTURAL = /(?:^|[\s[{,:-])[&*!][^\s,[\]{}]|<<|__proto__|^%|^(?:---|\.\.\.)(?:\s|$)|^[ \t]*\?(?:\s|$)|\t/m;
// In value or list position, or as a key (`on:` is the famous one).
const YAML11_BOOL_TOKEN = /(?:^|[:,[{-])[ \t]*(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)[ \t]*(?:$|[,\]}#]|:(?:[ \t]|$))/m;
// A plain token beginning like a number, in value or list position, up to a flow indicator or comment.
const NUMERIC_TOKEN = /(?:^|[:,[{]|^[ \t]*-)[ \t]*([-+.]?[0-9][^\s,[\]{}#]*)[ \t]*(?=$|[,\]}#])/gm;
const PLAIN_NUMBER = /^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/;
const VERSIONISH_BEFORE = /(?:version|revision|release|tag|commit|sha|digest|python|cuda|id)[\w-]*["']?[ \t]*:[ \t]*$/i;
/** True when a token that looks numeric is one both parsers read the same way and no warning concerns. */
function safeNumericToken(token, before) {
    if (!PLAIN_NUMBER.test(token)) {
        // Base-60, underscores, signs, leading dots and 0x/0o/0b forms are where YAML readers disagree.
        if (/[:_]/.test(token) || /^[-+.]/.test(token) || /^0[bBoOxX]/.test(token))
            return false;
        // Anything else that is not a number (1.2.0, 2026-01-15, 3c9d1e7a) is a string to every reader;
        // a number-like form we do not vouch for (1., 1.e5) goes to the strict parser.
        return Number.isNaN(Number(token));
    }
    const digits = token.replace(/[-+.eE]/g, '');
    if (digits.length >= 16)
        return false;
    if (/^[-+]?0[0-9]/.test(token))
        return false;
    if (/[eE]/.test(token) && token.length >= 7)
        return false;
    if (/\.[0-9]*0$/.test(token) && VERSIONISH_BEFORE.test(before))
        return false;
    return true;
}
/** Whether the fast path may be taken: nothing structural, no YAML 1.1 ambiguity, no risky number. */
function fastPathEligible(text) {
    if (STRUCTURAL.test(text) || YAML11_BOOL_TOKEN.test(text))
        return false;
    NUMERIC_TOKEN.lastIndex = 0;
    for (let m = NUMERIC_TOKEN.exec(text); m; m = NUMERIC_TOKEN.exec(text)) {
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        const before = text.slice(lineStart, m.index + m[0].indexOf(m[1]));
        if (!safeNumericToken(m[1], before))
            return false;
    }
    return true;
}
/**
 * Parses like `parseStrictYaml`, taking the fast path when it is safe. Positions are computed by
 * the strict parser on first use, so documents without findings never pay for them.
 */
function parseYaml(input, options = {}) {
    const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
    if (fastPathEligible(text)) {
        let value;
        try {
            value = js_yaml_1.default.load(text, { schema: js_yaml_1.default.CORE_SCHEMA, json: false });
        }
        catch {
            value = undefined; // duplicate keys, syntax errors: the strict parser reports them properly
        }
        if (value !== null && value !== undefined && typeof value === 'object') {
            let strict;
            return {
                value,
                diagnostics: [],
                locate: (path, which) => (strict ??= (0, strict_js_1.parseStrictYaml)(text, options)).locate(path, which),
            };
        }
    }
    return (0, strict_js_1.parseStrictYaml)(text, options);
}


/***/ }),

/***/ 7154:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DEFAULT_MAX_ALIAS_COUNT = exports.DEFAULT_MAX_BYTES = void 0;
exports.decodeYamlBytes = decodeYamlBytes;
exports.tooLarge = tooLarge;
exports.parseStrictYaml = parseStrictYaml;
/**
 * Strict YAML: YAML 1.2 parsing that refuses what would silently change meaning between tools
 * (duplicate keys), caps what could exhaust resources (file size, alias expansion), and warns at
 * line:column where a YAML 1.1 reader (PyYAML, the Hugging Face hub) would read a different value.
 */
const yaml_1 = __webpack_require__(8815);
exports.DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
exports.DEFAULT_MAX_ALIAS_COUNT = 100;
const BOM = '\uFEFF';
/** Checks size and encoding before any parsing, so a 50 MB or binary file costs nothing. */
function decodeYamlBytes(bytes, options = {}) {
    const maxBytes = options.maxBytes ?? exports.DEFAULT_MAX_BYTES;
    if (bytes.byteLength > maxBytes) {
        return { diagnostic: tooLarge(bytes.byteLength, maxBytes) };
    }
    if (bytes.subarray(0, 8192).includes(0)) {
        return { diagnostic: { severity: 'error', code: 'yaml.binary', line: 1, column: 1, message: 'file contains NUL bytes: it is binary, not YAML' } };
    }
    try {
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    }
    catch {
        return { diagnostic: { severity: 'error', code: 'yaml.binary', line: 1, column: 1, message: 'file is not valid UTF-8: save it as UTF-8 text' } };
    }
}
function tooLarge(size, maxBytes) {
    return {
        severity: 'error',
        code: 'yaml.too-large',
        line: 1,
        column: 1,
        message: `file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit for a registry document; keep large data out of YAML (store it as an artifact and reference it by uri and sha256)`,
    };
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return `${n} bytes`;
}
/** Parses one YAML document strictly. Never throws for bad input: problems come back as diagnostics. */
function parseStrictYaml(input, options = {}) {
    const maxBytes = options.maxBytes ?? exports.DEFAULT_MAX_BYTES;
    const text = input.startsWith(BOM) ? input.slice(1) : input;
    // Cheap upper bound first (UTF-16 length ≤ UTF-8 bytes ≤ 3 × length), exact count only when it matters.
    if (text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes)) {
        return failed([tooLarge(Buffer.byteLength(text, 'utf8'), maxBytes)]);
    }
    const lineCounter = new yaml_1.LineCounter();
    const pos = (offset) => {
        const lp = lineCounter.linePos(offset);
        return { line: lp.line, column: lp.col };
    };
    let doc;
    try {
        const docs = parseAllDocuments(text, lineCounter);
        if (docs.length > 1) {
            const second = docs[1];
            return failed([{ severity: 'error', code: 'yaml.multi-document', ...pos(second.range[0]), message: 'file holds more than one YAML document (a second `---`); a registry file holds exactly one' }], pos, docs[0]);
        }
        doc = docs[0];
    }
    catch (err) {
        return failed([{ severity: 'error', code: 'yaml.syntax', line: 1, column: 1, message: `YAML could not be parsed: ${err.message}` }]);
    }
    const diagnostics = [];
    for (const e of doc.errors) {
        const at = e.linePos?.[0] ? { line: e.linePos[0].line, column: e.linePos[0].col } : pos(e.pos[0]);
        diagnostics.push({
            severity: 'error',
            code: e.code === 'DUPLICATE_KEY' ? 'yaml.duplicate-key' : 'yaml.syntax',
            ...at,
            message: e.code === 'DUPLICATE_KEY' ? `duplicate key: ${firstLine(e.message)}; a key may appear once per mapping` : firstLine(e.message),
        });
    }
    for (const w of doc.warnings) {
        const at = w.linePos?.[0] ? { line: w.linePos[0].line, column: w.linePos[0].col } : pos(w.pos[0]);
        diagnostics.push({ severity: 'warning', code: 'yaml.syntax', ...at, message: firstLine(w.message) });
    }
    if (diagnostics.some((d) => d.severity === 'error'))
        return failed(diagnostics, pos, doc);
    diagnostics.push(...yaml11Ambiguities(doc, pos));
    let value;
    try {
        value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? exports.DEFAULT_MAX_ALIAS_COUNT });
    }
    catch (err) {
        const message = err.message;
        if (/alias/i.test(message)) {
            diagnostics.push({ severity: 'error', code: 'yaml.alias-limit', line: 1, column: 1, message: `too many alias expansions (limit ${options.maxAliasCount ?? exports.DEFAULT_MAX_ALIAS_COUNT}): the document looks like an alias bomb; write the values out instead of nesting aliases` });
        }
        else {
            diagnostics.push({ severity: 'error', code: 'yaml.syntax', line: 1, column: 1, message });
        }
        return failed(diagnostics, pos, doc);
    }
    if (value === null || value === undefined) {
        diagnostics.push({ severity: 'error', code: 'yaml.empty', line: 1, column: 1, message: 'document is empty' });
        return failed(diagnostics, pos, doc);
    }
    return { value, diagnostics, locate: locator(doc, pos) };
}
function parseAllDocuments(text, lineCounter) {
    // parseDocument reports a second document as an error with an unhelpful message; detect it ourselves.
    const first = (0, yaml_1.parseDocument)(text, { version: '1.2', uniqueKeys: true, strict: true, prettyErrors: true, lineCounter, keepSourceTokens: false });
    const multi = first.errors.find((e) => e.code === 'MULTIPLE_DOCS');
    if (!multi)
        return [first];
    const second = { range: [multi.pos[0], multi.pos[1], multi.pos[1]] };
    return [first, second];
}
function failed(diagnostics, pos, doc) {
    return { value: undefined, diagnostics, locate: doc && pos ? locator(doc, pos) : () => ({ line: 1, column: 1 }) };
}
function firstLine(message) {
    return message.split('\n')[0]?.trim() ?? message;
}
function locator(doc, pos) {
    return (path, which = 'value') => {
        let node = doc.contents;
        let best = node && node.range ? pos(node.range[0]) : { line: 1, column: 1 };
        for (const segment of path) {
            if ((0, yaml_1.isAlias)(node))
                node = node.resolve(doc);
            if ((0, yaml_1.isMap)(node)) {
                const pair = node.items.find((p) => (0, yaml_1.isScalar)(p.key) && String(p.key.value) === String(segment));
                if (!pair)
                    return best;
                const keyPos = (0, yaml_1.isScalar)(pair.key) && pair.key.range ? pos(pair.key.range[0]) : best;
                node = pair.value;
                const valueNode = node;
                best = valueNode?.range ? pos(valueNode.range[0]) : keyPos;
                if (which === 'key' && segment === path[path.length - 1])
                    return keyPos;
            }
            else if ((0, yaml_1.isSeq)(node)) {
                const item = node.items[Number(segment)];
                if (!item)
                    return best;
                node = item;
                if (item.range)
                    best = pos(item.range[0]);
            }
            else {
                return best;
            }
        }
        return best;
    };
}
const YAML11_BOOL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;
const YAML11_SEXAGESIMAL = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const YAML11_OCTAL = /^[-+]?0[0-7_]+$/;
/**
 * Plain scalars whose meaning differs between YAML 1.1 and 1.2, or whose text is not what the
 * number it became prints as (a version `1.10` read as 1.1, a digest read as a number).
 */
function yaml11Ambiguities(doc, pos) {
    const out = [];
    (0, yaml_1.visit)(doc, {
        Scalar(_key, node, path) {
            if (node.type !== 'PLAIN' || typeof node.source !== 'string' || !node.range)
                return;
            const source = node.source;
            const at = pos(node.range[0]);
            const parent = path[path.length - 1];
            const isKey = (0, yaml_1.isPair)(parent) && parent.key === node;
            const where = isKey ? 'key' : 'value';
            if (typeof node.value === 'string') {
                if (YAML11_BOOL.test(source)) {
                    out.push({ severity: 'warning', code: 'yaml.yaml11-boolean', ...at, message: `${where} \`${source}\` is the string "${source}" in YAML 1.2, but YAML 1.1 readers such as PyYAML read it as a boolean (${/^(?:y|yes|on)$/i.test(source)}); quote it ("${source}") to mean the string` });
                }
                else if (YAML11_SEXAGESIMAL.test(source)) {
                    out.push({ severity: 'warning', code: 'yaml.yaml11-sexagesimal', ...at, message: `${where} \`${source}\` is a string in YAML 1.2 but a base-60 number in YAML 1.1; quote it` });
                }
                return;
            }
            if (typeof node.value === 'number' || typeof node.value === 'bigint') {
                const printed = String(node.value);
                if (looksLikeDigest(source, node.value)) {
                    out.push({ severity: 'warning', code: 'yaml.hex-number', ...at, message: `${where} \`${truncate(source)}\` looks like a hex digest or identifier but was read as the number ${truncate(printed)}; quote it` });
                }
                else if (YAML11_OCTAL.test(source) && source !== '0') {
                    out.push({ severity: 'warning', code: 'yaml.yaml11-octal', ...at, message: `${where} \`${source}\` is the decimal ${printed} in YAML 1.2 but an octal number in YAML 1.1; quote it if it is an identifier` });
                }
                else if (VERSIONISH_KEY.test(keyName(path)) && normalizeNumberSource(source) !== printed && !/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(source)) {
                    out.push({ severity: 'warning', code: 'yaml.number-changed', ...at, message: `${where} \`${source}\` was read as the number ${printed}; quote it ("${source}") if it is a version or an identifier` });
                }
            }
        },
    });
    return out;
}
/** A hex or decimal identifier that became a number: `0x…`, `12e34…` or digits past 2^53 or with a leading zero. */
function looksLikeDigest(source, value) {
    if (/^0x[0-9a-fA-F]+$/.test(source))
        return true;
    if (/^[0-9]+[eE][0-9]+$/.test(source))
        return source.length >= 7;
    if (/^[0-9]{7,}$/.test(source))
        return source.startsWith('0') || typeof value !== 'number' || !Number.isSafeInteger(value);
    return false;
}
/**
 * Keys whose values are versions or identifiers: there `1.10` read as 1.1 changes meaning. For a
 * metric, 0.7580 read as 0.758 is the same number, so warning there would only be noise.
 */
const VERSIONISH_KEY = /(?:version|revision|release|tag|commit|sha|digest|python|cuda|(?:^|_)id$|Id$)/i;
/** The map key a scalar belongs to: its own pair's key, or for a list item the key of the list. */
function keyName(path) {
    for (let i = path.length - 1; i >= 0; i--) {
        const node = path[i];
        if ((0, yaml_1.isPair)(node) && (0, yaml_1.isScalar)(node.key))
            return String(node.key.value);
    }
    return '';
}
function normalizeNumberSource(source) {
    return source.startsWith('+') ? source.slice(1) : source;
}
function truncate(s) {
    return s.length > 24 ? `${s.slice(0, 21)}...` : s;
}


/***/ })

};
