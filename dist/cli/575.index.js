export const id = 575;
export const ids = [575];
export const modules = {

/***/ 7593:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseCommand = parseCommand;
exports.formatHelp = formatHelp;
exports.stringOpt = stringOpt;
exports.boolOpt = boolOpt;
/**
 * Argument parsing on node:util parseArgs (in Node itself, so no dependency), with the
 * conventions of DESIGN §4: `--help` everywhere, unknown flags and bad enum values are usage errors.
 */
const node_util_1 = __webpack_require__(7975);
const errors_js_1 = __webpack_require__(3916);
function parseCommand(spec, argv) {
    const options = { help: { type: 'boolean', short: 'h' } };
    for (const [name, o] of Object.entries(spec.options)) {
        options[name] = { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) };
    }
    let result;
    try {
        result = (0, node_util_1.parseArgs)({ args: argv, options, allowPositionals: spec.allowPositionals ?? false, strict: true });
    }
    catch (err) {
        throw new errors_js_1.UsageError(`${err.message.replace(/\. To specify a positional argument.*$/s, '')}\nRun \`modelgate ${spec.name} --help\` for usage.`);
    }
    const values = result.values;
    if (values.help)
        return { values, positionals: result.positionals, help: true };
    for (const [name, o] of Object.entries(spec.options)) {
        const v = values[name];
        if (o.choices && typeof v === 'string' && !o.choices.includes(v)) {
            throw new errors_js_1.UsageError(`--${name} must be one of ${o.choices.join(', ')}; got '${v}'`);
        }
        if (o.type === 'string' && typeof v === 'string' && v === '') {
            throw new errors_js_1.UsageError(`--${name} needs a value`);
        }
    }
    return { values, positionals: result.positionals, help: false };
}
function formatHelp(spec) {
    const lines = [`modelgate ${spec.name}: ${spec.summary}`, '', `Usage: ${spec.usage}`, '', 'Options:'];
    const rows = Object.entries(spec.options).map(([name, o]) => [`${o.short ? `-${o.short}, ` : '    '}--${name}`, o.help]);
    rows.push(['-h, --help', 'show this help']);
    const width = Math.max(...rows.map((r) => r[0].length)) + 2;
    for (const [flag, help] of rows)
        lines.push(`  ${flag.padEnd(width)}${help}`);
    if (spec.details)
        lines.push('', spec.details.trimEnd());
    lines.push('', 'Examples:', ...spec.examples.map((e) => `  ${e}`));
    lines.push('', 'Exit codes: 0 yes (pass), 1 no (findings, not approved), 2 usage or configuration error, 3 the tool could not run, 4 hold.');
    return `${lines.join('\n')}\n`;
}
function stringOpt(p, name) {
    const v = p.values[name];
    return typeof v === 'string' ? v : undefined;
}
function boolOpt(p, name) {
    return p.values[name] === true;
}


/***/ }),

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
    },
    examples: [
        'modelgate validate --repo examples/registry',
        'modelgate validate --changed-since origin/main --format sarif > modelgate.sarif',
        'modelgate validate --env production --format json',
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
    const report = await (0, validate_js_1.validateRegistry)({ source, today, ...(env ? { env } : {}), ...(changedSince ? { changedSince: { repoDir: repo, ref: changedSince } } : {}) });
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
exports.compilePack = compilePack;
exports.severityFor = severityFor;
exports.evaluateContext = evaluateContext;
exports.locateContextPath = locateContextPath;
exports.violationToFinding = violationToFinding;
const errors_js_1 = __webpack_require__(3916);
const documents_js_1 = __webpack_require__(9801);
const errors_js_2 = __webpack_require__(9136);
const keywords_js_1 = __webpack_require__(8328);
/** Rule schemas may reference modelgate's own definitions (urn:modelgate:schema:defs:v1#/$defs/...). */
function compilePack(pack) {
    const ajv = (0, documents_js_1.newAjv)({ strict: true });
    (0, keywords_js_1.addCustomKeywords)(ajv);
    const rules = pack.rules.map((loaded) => {
        const compile = (field) => {
            const schema = loaded.rule[field];
            if (schema === undefined)
                return null;
            try {
                return ajv.compile(schema);
            }
            catch (err) {
                throw new errors_js_1.ConfigError(`rule '${loaded.rule.id}': its \`${field}\` does not compile: ${err.message}`, loaded.file, loaded.locate([field], 'key').line);
            }
        };
        return { loaded, appliesTo: compile('appliesTo'), schema: compile('schema') };
    });
    return { pack, rules, byId: new Map(rules.map((r) => [r.loaded.rule.id, r])) };
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
    return validateParsed((0, strict_js_1.parseStrictYaml)(decoded.text, limits), file, kind, ctx, digest);
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
    const size = await source.size(file);
    if (size === null)
        return null;
    const max = limits.maxBytes ?? strict_js_1.DEFAULT_MAX_BYTES;
    if (size > max) {
        return { file, kind, value: undefined, raw: undefined, digest: undefined, findings: [diagnosticToFinding((0, strict_js_1.tooLarge)(size, max), file, ctx)], locate: () => ({ line: 1, column: 1 }) };
    }
    const bytes = await source.read(file);
    if (bytes === null)
        return null;
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
    const [modelEntries, deploymentEntries] = await Promise.all([source.list(exports.MODELS_DIR), options.manifests === false ? [] : source.list(exports.DEPLOYMENTS_DIR)]);
    const layout = classifyLayout(modelEntries, deploymentEntries);
    const registry = { source, config, models: new Map(), manifests: new Map(), findings: layout.findings, limits };
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
        const abs = node_path_1.default.join(this.root, safeRelative(file));
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
        const rel = safeRelative(file);
        const abs = node_path_1.default.join(this.root, rel);
        try {
            const st = await (0, promises_1.lstat)(abs);
            if (st.isSymbolicLink())
                throw new errors_js_1.ToolError(`refusing to follow symbolic link ${file}`);
            // A symlinked parent directory could still point outside the root.
            const real = await (0, promises_1.realpath)(abs);
            const root = await this.rootReal;
            if (real !== root && !real.startsWith(root + node_path_1.default.sep))
                throw new errors_js_1.ToolError(`refusing ${file}: it resolves outside the registry`);
            return await (0, promises_1.readFile)(abs);
        }
        catch (err) {
            if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
                return null;
            if (err instanceof errors_js_1.ToolError)
                throw err;
            throw new errors_js_1.ToolError(`cannot read ${abs}: ${err.message}`);
        }
    }
}
exports.FsSource = FsSource;


/***/ }),

/***/ 234:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.RISK_ORDER = void 0;
exports.gateMode = gateMode;
exports.RISK_ORDER = { low: 0, medium: 1, high: 2 };
function gateMode(config, gate) {
    return config?.gates?.[gate] ?? 'enforce';
}


/***/ }),

/***/ 9801:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DOC_KIND_LABEL = exports.DOCUMENT_SCHEMAS = void 0;
exports.newAjv = newAjv;
exports.knownVersions = knownVersions;
exports.documentValidator = documentValidator;
/**
 * The JSON Schemas of registry documents, by kind and schemaVersion. A document is validated
 * against the schema of its own version, so cards merged under an older schema stay valid.
 * Compiled lazily, once per process.
 */
const _2020_js_1 = __webpack_require__(2210);
const ajv_formats_1 = __importDefault(__webpack_require__(2815));
const defs_v1_schema_json_1 = __importDefault(__webpack_require__(8908));
const card_v1_schema_json_1 = __importDefault(__webpack_require__(7482));
const model_v1_schema_json_1 = __importDefault(__webpack_require__(2651));
const manifest_v1_schema_json_1 = __importDefault(__webpack_require__(9493));
const config_v1_schema_json_1 = __importDefault(__webpack_require__(1870));
const policy_rule_v1_schema_json_1 = __importDefault(__webpack_require__(7317));
exports.DOCUMENT_SCHEMAS = {
    config: { 1: config_v1_schema_json_1.default },
    model: { 1: model_v1_schema_json_1.default },
    card: { 1: card_v1_schema_json_1.default },
    manifest: { 1: manifest_v1_schema_json_1.default },
    'policy-rule': { 1: policy_rule_v1_schema_json_1.default },
};
exports.DOC_KIND_LABEL = {
    config: 'modelgate.yaml',
    model: 'model.yaml',
    card: 'model card',
    manifest: 'deployment manifest',
    'policy-rule': 'policy rule',
};
// ajv-formats is CommonJS with a default export; under NodeNext its default import is the module object.
const addFormats = (ajv_formats_1.default.default ?? ajv_formats_1.default);
/** A new ajv for modelgate's own schemas or a policy pack: 2020-12, all errors, $data, formats, strict. */
function newAjv(options = {}) {
    // strictSchema catches unknown keywords (a typo in a policy silently passing); strictTypes and
    // strictRequired would force authors to repeat `type: object` everywhere, so they stay off.
    const strict = options.strict ?? true;
    const ajv = new _2020_js_1.Ajv2020({ allErrors: true, $data: true, strictSchema: strict, strictNumbers: strict, strictTypes: false, strictTuples: false, strictRequired: false, verbose: true, allowUnionTypes: true, unicodeRegExp: true, logger: false });
    addFormats(ajv);
    ajv.addSchema(defs_v1_schema_json_1.default);
    return ajv;
}
let ajv;
const compiled = new Map();
function knownVersions(kind) {
    return Object.keys(exports.DOCUMENT_SCHEMAS[kind]).map(Number);
}
function documentValidator(kind, version) {
    const schema = exports.DOCUMENT_SCHEMAS[kind][version];
    if (!schema)
        return undefined;
    const key = `${kind}@${version}`;
    let fn = compiled.get(key);
    if (!fn) {
        ajv ??= newAjv();
        fn = ajv.compile(schema);
        compiled.set(key, fn);
    }
    return fn;
}


/***/ }),

/***/ 9136:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.pointerToPath = pointerToPath;
exports.formatPath = formatPath;
exports.suggest = suggest;
exports.relevantErrors = relevantErrors;
exports.describeAjvError = describeAjvError;
function pointerToPath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((s) => (/^(?:0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
function formatPath(path) {
    let out = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            out += `[${seg}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(seg))
            out += out ? `.${seg}` : seg;
        else
            out += `[${JSON.stringify(seg)}]`;
    }
    return out || '(document)';
}
function show(value) {
    if (typeof value === 'string')
        return value.length > 60 ? `'${value.slice(0, 57)}...'` : `'${value}'`;
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
function typeName(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'number')
        return Number.isInteger(value) ? 'an integer' : 'a number';
    return `a ${typeof value}`;
}
function wantedType(t) {
    const names = { object: 'a mapping', array: 'a list', string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', null: 'null' };
    const list = Array.isArray(t) ? t : [t];
    return list.map((x) => names[String(x)] ?? String(x)).join(' or ');
}
function getAt(data, path) {
    let cur = data;
    for (const seg of path) {
        if (cur === null || typeof cur !== 'object')
            return undefined;
        cur = cur[seg];
    }
    return cur;
}
/** Levenshtein distance, small strings only: to suggest the field a typo meant. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
function suggest(name, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = distance(name.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
/**
 * Drops errors that only restate others (`if`), and folds the failed branches of each anyOf/oneOf
 * into that one error, so "needs a or b" is one finding rather than two contradictory ones.
 */
function relevantErrors(errors) {
    const kept = errors.filter((e) => e.keyword !== 'if');
    const umbrellas = kept.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
    const isBranchOf = (e, u) => e !== u && e.schemaPath.startsWith(`${u.schemaPath}/`);
    const out = [];
    for (const e of kept) {
        if (umbrellas.some((u) => isBranchOf(e, u)))
            continue;
        if (e.keyword === 'anyOf' || e.keyword === 'oneOf') {
            const branches = kept.filter((b) => isBranchOf(b, e) && b.keyword !== 'anyOf' && b.keyword !== 'oneOf');
            out.push({ ...e, params: { ...e.params, branches } });
        }
        else {
            out.push(e);
        }
    }
    return out;
}
function describeAjvError(err, data) {
    const path = pointerToPath(err.instancePath);
    const where = `\`${formatPath(path)}\``;
    const value = getAt(data, path);
    const p = err.params;
    const described = (message, at = path, which = 'value') => ({ path: at, which, message, keyword: err.keyword });
    switch (err.keyword) {
        case 'required': {
            const missing = String(p.missingProperty);
            return described(path.length ? `${where} is missing the required field \`${missing}\`` : `the required field \`${missing}\` is missing`);
        }
        case 'additionalProperties': {
            const extra = String(p.additionalProperty);
            const allowed = Object.keys(err.parentSchema?.properties ?? {});
            const hint = suggest(extra, allowed);
            const inWhere = path.length ? ` in ${where}` : '';
            return described(`unknown field \`${extra}\`${inWhere}${hint ? ` (did you mean \`${hint}\`?)` : allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`, [...path, extra], 'key');
        }
        case 'type': {
            const quoteHint = (p.type === 'string' || (Array.isArray(p.type) && p.type.includes('string'))) && (typeof value === 'number' || typeof value === 'boolean')
                ? `: YAML read it as ${typeName(value)}; quote it`
                : '';
            return described(`${where} must be ${wantedType(p.type)}; found ${typeName(value)} (${show(value)})${quoteHint}`);
        }
        case 'enum':
            return described(`${where} must be one of ${p.allowedValues.map((v) => show(v)).join(', ')}; found ${show(value)}`);
        case 'const': {
            return described(`${where} must be ${show(p.allowedValue)}; found ${show(value)}`);
        }
        case 'pattern':
        case 'format': {
            const description = err.parentSchema?.description;
            const what = err.keyword === 'format' ? `a valid ${String(p.format)}` : `in the expected form`;
            const typeHint = typeof value !== 'string' ? ` (YAML read it as ${typeName(value)}; quote it)` : '';
            return described(`${where} ${show(value)} is not ${what}${typeHint}${description ? `: ${description}` : ''}`);
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum':
            return described(`${where} must be ${String(p.comparison)} ${String(p.limit)}; found ${show(value)}`);
        case 'minItems':
            return described(`${where} must have at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'}`);
        case 'maxItems':
            return described(`${where} must have at most ${String(p.limit)} items`);
        case 'minLength':
            return described(p.limit === 1 ? `${where} must not be empty` : `${where} must be at least ${String(p.limit)} characters long`);
        case 'maxLength':
            return described(`${where} must be at most ${String(p.limit)} characters long`);
        case 'uniqueItems':
            return described(`${where} has duplicate items (positions ${String(p.j)} and ${String(p.i)})`);
        case 'propertyNames':
            return described(`${where} has an invalid key ${show(p.propertyName)}`, [...path, String(p.propertyName)], 'key');
        case 'false schema':
            return described(`${where} is not allowed here`, path, 'key');
        case 'not': {
            const schema = err.schema;
            if (schema?.const && typeof schema.const === 'object' && schema.const.$data) {
                return described(`${where} must differ from \`${schema.const.$data.replace(/^\d+\//, '')}\` (${show(value)})`);
            }
            return described(`${where} must not match the forbidden form`);
        }
        case 'anyOf':
        case 'oneOf': {
            const branches = p.branches ?? [];
            if (branches.length === 0)
                return described(`${where} does not match any of the allowed forms`);
            const options = [...new Set(branches.map((b) => describeAjvError(b, data).message))];
            return described(`${err.keyword === 'oneOf' ? 'fix exactly one of these' : 'fix one of these'}: ${options.map((o, i) => `(${i + 1}) ${o}`).join('; ')}`);
        }
        default:
            return described(`${where} ${err.message ?? 'is invalid'}`);
    }
}


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
    const ruleIds = [...new Set([...builtin_rules_js_1.BUILTIN_RULES.map((r) => r.id), ...report.rules.map((r) => r.loaded.rule.id), ...report.findings.map((f) => f.ruleId)])];
    const policyById = new Map(report.rules.map((r) => [r.loaded.rule.id, r.loaded.rule]));
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
const findings_js_1 = __webpack_require__(1001);
const engine_js_1 = __webpack_require__(566);
const context_js_1 = __webpack_require__(6761);
const pack_js_1 = __webpack_require__(7869);
const waivers_js_1 = __webpack_require__(2827);
const loader_js_1 = __webpack_require__(6372);
const types_js_1 = __webpack_require__(234);
const errors_js_1 = __webpack_require__(3916);
async function validateRegistry(input) {
    const policySource = input.policySource ?? input.source;
    const policyConfig = (await (0, loader_js_1.loadConfig)(policySource)).value;
    const packDirs = policyConfig.policies?.packs ?? ['policies'];
    const scope = input.changedSince ? await (await __webpack_require__.e(/* import() */ 630).then(__webpack_require__.t.bind(__webpack_require__, 5630, 23))).computeScope(input.changedSince.repoDir, input.changedSince.ref, packDirs) : undefined;
    const [registry, pack] = await Promise.all([
        (0, loader_js_1.loadRegistry)(input.source, scope?.models ? { models: scope.models, versions: scope.versions, servingIn: scope.manifests } : {}),
        (0, pack_js_1.loadPolicyPacks)(policySource, packDirs),
    ]);
    if (input.env && !registry.config.value.environments.some((e) => e.name === input.env)) {
        throw new errors_js_1.UsageError(`--env '${input.env}' is not an environment of modelgate.yaml (${registry.config.value.environments.map((e) => e.name).join(', ')})`);
    }
    const compiled = (0, engine_js_1.compilePack)(pack);
    const findings = (0, loader_js_1.registryFindings)(registry);
    findings.push(...manifestFindings(registry, scope?.models ? scope.manifests : null));
    let cards = 0;
    for (const entry of registry.models.values()) {
        for (const [version, card] of entry.versions) {
            cards++;
            findings.push(...evaluateCard(compiled, registry, entry.model, card, version, input, scope));
        }
    }
    if (scope)
        findings.push(...immutabilityFindings(scope, policyConfig));
    const gated = applyGateModes(findings, policyConfig);
    gated.sort(findings_js_1.compareFindings);
    return { cards, findings: gated, counts: (0, findings_js_1.countFindings)(gated), policyDigest: pack.digest, rules: compiled.rules, scope: scope ? 'changed' : 'full', failOn: policyConfig.policies?.failOn ?? 'deny', ...(input.env ? { env: input.env } : {}) };
}
function evaluateCard(compiled, registry, modelDoc, card, version, input, scope) {
    const raw = card.raw;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw))
        return [];
    const cardValue = raw;
    const model = cardValue.model && typeof cardValue.model === 'string' ? cardValue.model : card.file.split('/')[1];
    const modelValue = (modelDoc?.value ?? null);
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
 * registered, and no candidate is marked rejected. The loader has loaded every version these
 * manifests name, so a version missing from the registry really is unregistered.
 */
function manifestFindings(registry, envs) {
    const out = [];
    for (const [env, doc] of registry.manifests) {
        const manifest = doc.value;
        if (!manifest || (envs && !envs.has(env)))
            continue;
        for (const [model, entry] of Object.entries(manifest.models)) {
            const entryPath = ['models', model];
            const modelEntry = registry.models.get(model);
            if (!modelEntry) {
                out.push({ ruleId: 'manifest.unknown-model', severity: 'deny', file: doc.file, ...doc.locate(entryPath, 'key'), message: `model '${model}' in ${(0, loader_js_1.manifestPath)(env)} is not registered under models/`, remediation: 'Register the model first, or correct its name.', model });
                continue;
            }
            for (const role of ['stable', 'candidate']) {
                const version = entry[role];
                if (!version)
                    continue;
                if (!modelEntry.versions.has(version)) {
                    out.push({ ruleId: 'manifest.unknown-version', severity: 'deny', file: doc.file, ...doc.locate([...entryPath, role]), message: `${role} ${model} ${version} in ${env} is not registered: ${(0, loader_js_1.cardPath)(model, version)} does not exist`, remediation: 'Register the version first (a pull request adding its card), or correct the version.', model, version });
                }
                const mark = modelEntry.model?.value?.versions?.[version];
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
                else if (normalizeNumberSource(source) !== printed && !/^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/.test(source)) {
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
function normalizeNumberSource(source) {
    return source.startsWith('+') ? source.slice(1) : source;
}
function truncate(s) {
    return s.length > 24 ? `${s.slice(0, 21)}...` : s;
}


/***/ }),

/***/ 7482:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:card:v1","title":"modelgate model card, schemaVersion 1","description":"One model version: models/<model>/<version>/card.yaml. Immutable once merged. Sections follow Mitchell et al. \'Model Cards for Model Reporting\', Hugging Face card metadata and Google\'s Model Card Toolkit; evaluation results have the shape of Hugging Face model-index results.","type":"object","required":["schemaVersion","model","version"],"properties":{"schemaVersion":{"const":1},"model":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"version":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version"},"created":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"},"description":{"type":"string"},"authors":{"type":"array","items":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"github":{"type":"string"},"email":{"type":"string","format":"email"}},"additionalProperties":false}},"license":{"type":"string","description":"SPDX id or a Hugging Face licence id; \'other\' with licenseName/licenseLink."},"licenseName":{"type":"string"},"licenseLink":{"type":"string"},"task":{"type":"string","description":"Pipeline tag, e.g. text-classification, tabular-classification."},"language":{"type":"array","items":{"type":"string"}},"tags":{"type":"array","items":{"type":"string"}},"baseModel":{"type":"string"},"intendedUse":{"type":"object","properties":{"primaryUses":{"type":"array","items":{"type":"string","minLength":1}},"primaryUsers":{"type":"array","items":{"type":"string","minLength":1}},"outOfScope":{"type":"array","items":{"type":"string","minLength":1}}},"additionalProperties":false},"trainingData":{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1,"description":"Dataset id, e.g. a Hugging Face dataset or an internal catalogue id."},"revision":{"type":"string","description":"An immutable revision: a commit, a content digest or a snapshot id (not a branch or \'latest\')."},"license":{"type":"string"},"uri":{"type":"string"},"description":{"type":"string"},"split":{"type":"string"},"containsPersonalData":{"type":"boolean"}},"additionalProperties":false}},"evaluation":{"type":"object","properties":{"results":{"type":"array","items":{"type":"object","required":["task","dataset","metrics"],"properties":{"task":{"type":"object","required":["type"],"properties":{"type":{"type":"string"},"name":{"type":"string"}},"additionalProperties":false},"dataset":{"type":"object","required":["name"],"properties":{"type":{"type":"string"},"name":{"type":"string"},"config":{"type":"string"},"split":{"type":"string"},"revision":{"type":"string"},"args":{}},"additionalProperties":false},"metrics":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/metric"}},"source":{"type":"object","properties":{"name":{"type":"string"},"url":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}}},"additionalProperties":false},"fairness":{"type":"object","properties":{"protectedAttributes":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"results":{"type":"array","items":{"type":"object","required":["attribute","metrics"],"properties":{"attribute":{"type":"string"},"groups":{"type":"array","items":{"type":"string"}},"dataset":{"type":"string"},"metrics":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/metric"}}},"additionalProperties":false}}},"additionalProperties":false},"limitations":{"type":"array","items":{"type":"string"}},"risks":{"type":"array","items":{"type":"object","required":["risk"],"properties":{"risk":{"type":"string"},"mitigation":{"type":"string"}},"additionalProperties":false}},"artifact":{"type":"object","properties":{"uri":{"type":"string","minLength":1},"sha256":{"description":"64 hex characters, quoted."},"format":{"type":"string"},"sizeBytes":{"type":"integer","minimum":0}},"additionalProperties":false},"lineage":{"type":"object","properties":{"gitCommit":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"trainingRun":{"type":"string"},"parentVersion":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version"}},"additionalProperties":false},"validation":{"type":"object","description":"The independent validation report (SR 11-7 §V). The validator\'s independence is proven by the approvals gate, not by this claim.","properties":{"report":{"type":"string","description":"Where the report lives (URL or repository path)."},"date":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"},"validator":{"type":"string"},"signature":{"type":"string","description":"Signature or digest of the signed report."},"conclusion":{"type":"string"}},"additionalProperties":false},"waivers":{"type":"array","items":{"type":"object","required":["rule","reason","approver","expires"],"properties":{"rule":{"type":"string","minLength":1},"reason":{"type":"string","minLength":1},"approver":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/owner"},"ticket":{"type":"string"},"expires":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"}},"additionalProperties":false}},"extensions":{"type":"object","description":"Free-form data for your own policies; never validated by modelgate\'s schema."}},"additionalProperties":false}');

/***/ }),

/***/ 1870:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:config:v1","title":"modelgate registry configuration (modelgate.yaml), schemaVersion 1","type":"object","required":["schemaVersion","environments"],"properties":{"schemaVersion":{"const":1},"registry":{"type":"object","properties":{"name":{"type":"string"},"defaultBranch":{"type":"string","default":"main"}},"additionalProperties":false},"environments":{"type":"array","description":"In promotion order: a version reaches an environment only after serving in the one before it for its bake time.","minItems":1,"items":{"type":"object","required":["name"],"properties":{"name":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"production":{"type":"boolean","default":false,"description":"Production environments need rollback rules and the production approval rule."},"bakeTime":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/duration","description":"How long a version must serve here (100% or as champion) before it may be promoted to the next environment."},"requires":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name","description":"The environment a version must have baked in first; default the previous one in this list."},"trafficSteps":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/percent"},"description":"Allowed candidate traffic values, e.g. [5, 25, 50, 100]; traffic may only move to the next step (or back to 0)."},"strategies":{"type":"array","items":{"enum":["direct","canary","blue-green","shadow","ab"]},"description":"Strategies allowed here; default all."}},"additionalProperties":false}},"policies":{"type":"object","properties":{"packs":{"type":"array","description":"Policy pack directories, relative to the repository root.","items":{"type":"string","minLength":1},"default":["policies"]},"failOn":{"enum":["deny","warn"],"default":"deny"}},"additionalProperties":false},"approvals":{"type":"object","properties":{"tiers":{"type":"object","properties":{"low":{"$ref":"#/$defs/approvalRule"},"medium":{"$ref":"#/$defs/approvalRule"},"high":{"$ref":"#/$defs/approvalRule"}},"additionalProperties":false},"paths":{"type":"array","description":"Rules for registry files outside models/, e.g. policies/**, modelgate.yaml, deployments/production.yaml. CODEOWNERS-style patterns.","items":{"type":"object","required":["pattern","rule"],"properties":{"pattern":{"type":"string","minLength":1},"rule":{"$ref":"#/$defs/approvalRule"}},"additionalProperties":false}},"settings":{"type":"object","description":"Used when the branch\'s own rules cannot be read.","properties":{"dismissStaleReviews":{"type":"boolean"},"requireLastPushApproval":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false},"gates":{"type":"object","description":"Each gate\'s mode: enforce blocks, advisory reports only (for adoption).","properties":{"policy":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"approvals":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"immutability":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"promotionOrder":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"bakeTime":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"trafficSteps":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"artifact":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"evidence":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"}},"additionalProperties":false},"audit":{"type":"object","properties":{"branch":{"type":"string","default":"modelgate-audit","pattern":"^[A-Za-z0-9._/-]+$"},"anchor":{"enum":["commit-status","check-run","deployment"],"default":"commit-status"},"trustedWriters":{"type":"array","items":{"type":"string"},"description":"Logins (e.g. your-app[bot]) whose anchors are accepted."}},"additionalProperties":false},"limits":{"type":"object","properties":{"maxFileBytes":{"type":"integer","minimum":1024,"maximum":67108864},"maxAliasCount":{"type":"integer","minimum":0,"maximum":10000}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"approvalRule":{"type":"object","properties":{"minApprovals":{"type":"integer","minimum":0,"maximum":10},"codeOwners":{"enum":["every-owned-file","any","none"],"description":"every-owned-file: each owned changed file needs an approval from one of its owners; any: one code owner\'s approval; none: not required."},"requireTeams":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/team"}},"independentOfOwner":{"type":"boolean","description":"At least one approval must come from someone outside the model\'s owner team; the author never counts."},"headCommitOnly":{"type":"boolean","description":"Only approvals given on the head commit count."},"unownedFiles":{"enum":["allow","require-approval","deny"],"description":"What a changed file with no code owner needs."}},"additionalProperties":false}}}');

/***/ }),

/***/ 8908:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:defs:v1","title":"modelgate shared definitions, version 1","$defs":{"name":{"description":"A model or environment name: lower case, digits, \'.\', \'_\' or \'-\', starting with a letter or digit, at most 63 characters (no path traversal, safe in branch names).","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","not":{"pattern":"\\\\.\\\\."}},"version":{"description":"A semantic version (https://semver.org), without a leading \'v\'; quote it in YAML so 1.10 stays 1.10.","type":"string","pattern":"^(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(?:-((?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\\\.(?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\\\+([0-9a-zA-Z-]+(?:\\\\.[0-9a-zA-Z-]+)*))?$"},"date":{"description":"A calendar date, YYYY-MM-DD, quoted in YAML.","type":"string","format":"date"},"sha256":{"description":"A SHA-256 digest: 64 lower- or upper-case hex characters, quoted in YAML.","type":"string","pattern":"^[0-9a-fA-F]{64}$"},"team":{"description":"A GitHub team as @org/team-slug.","type":"string","pattern":"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+$"},"owner":{"description":"A GitHub user (@login) or team (@org/team).","type":"string","pattern":"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"},"riskTier":{"enum":["low","medium","high"]},"gateMode":{"description":"enforce: a failed gate blocks; advisory: it is reported and does not block (for adoption).","enum":["enforce","advisory"]},"duration":{"description":"A duration such as 30m, 24h, 3d, 1w or 1d12h.","type":"string","pattern":"^(?:[0-9]+[smhdw])+$"},"percent":{"type":"number","minimum":0,"maximum":100},"changeKind":{"enum":["register","promote","rollback","hotfix","policy","config"]},"metric":{"description":"One measured value, as in Hugging Face model-index metrics.","type":"object","required":["type","value"],"properties":{"type":{"type":"string","minLength":1,"description":"Metric id, e.g. accuracy, f1, auc."},"value":{"description":"The value, a number. Strings such as \\"77.37%\\" come from importers only; the default policy requires a number.","type":["number","string"]},"name":{"type":"string"},"config":{"type":"string"},"args":{},"scale":{"description":"Set when an importer converted a percentage: \'percent\' means value was divided by 100.","enum":["fraction","percent","raw"]},"higherIsBetter":{"type":"boolean","description":"Direction used by no-regression and threshold rules; default true."},"verified":{"type":"boolean"},"verifyToken":{"type":"string"}},"additionalProperties":false},"rollbackRule":{"type":"object","description":"One monitoring rule (see DESIGN §6).","required":["name","provider"],"properties":{"name":{"$ref":"#/$defs/name"},"provider":{"enum":["file","http","prometheus","datadog","evidently"]},"query":{"type":"string","description":"Provider query: PromQL, a Datadog query, a JSON pointer for file/http, an Evidently metric or test selector."},"url":{"type":"string"},"selector":{"type":"string","description":"JSON pointer into the provider\'s response."},"range":{"type":"object","properties":{"window":{"$ref":"#/$defs/duration"},"step":{"$ref":"#/$defs/duration"}},"additionalProperties":false},"min":{"type":"number","description":"Lowest healthy value (inclusive)."},"max":{"type":"number","description":"Highest healthy value (inclusive)."},"inconclusive":{"type":"object","description":"A band between healthy and failed where the outcome is inconclusive.","properties":{"min":{"type":"number"},"max":{"type":"number"}},"additionalProperties":false},"compare":{"type":"object","description":"Compare the candidate with the concurrently serving baseline.","required":["mode"],"properties":{"mode":{"enum":["ratio","delta"]},"baselineQuery":{"type":"string"},"minBaseline":{"type":"number"},"max":{"type":"number"},"min":{"type":"number"}},"additionalProperties":false},"minSamples":{"type":"integer","minimum":0},"samplesQuery":{"type":"string"},"noData":{"enum":["pass","fail","inconclusive","ignore"],"default":"inconclusive"},"failureLimit":{"type":"integer","minimum":0,"default":0},"consecutive":{"type":"boolean","default":true},"consecutiveErrorLimit":{"type":"integer","minimum":0,"default":4},"initialDelay":{"$ref":"#/$defs/duration"},"severity":{"enum":["critical","warning"],"default":"critical"},"mode":{"$ref":"#/$defs/gateMode"},"timeout":{"$ref":"#/$defs/duration"}},"additionalProperties":false}}}');

/***/ }),

/***/ 9493:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:manifest:v1","title":"modelgate deployment manifest, schemaVersion 1","description":"deployments/<environment>.yaml: what serves in one environment and how. One vocabulary for every strategy: stable, candidate, traffic.","type":"object","required":["schemaVersion","environment","models"],"properties":{"schemaVersion":{"const":1},"environment":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"models":{"type":"object","propertyNames":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"additionalProperties":{"$ref":"#/$defs/serving"}},"hotfix":{"type":"object","description":"Declares this change a hot fix: skips bake time, needs a reason and the high-risk approval rule.","required":["reason"],"properties":{"reason":{"type":"string","minLength":10},"incident":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"serving":{"type":"object","required":["strategy","stable"],"properties":{"strategy":{"enum":["direct","canary","blue-green","shadow","ab"]},"stable":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version","description":"What serves today: the only version (direct), champion (ab), blue (blue-green)."},"candidate":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version","description":"Canary, challenger (ab), green (blue-green), shadow."},"traffic":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/percent","description":"% of live traffic to the candidate (canary, ab); % mirrored (shadow); 0 or 100 (blue-green)."}},"additionalProperties":false,"allOf":[{"if":{"properties":{"strategy":{"const":"direct"}}},"then":{"properties":{"candidate":false,"traffic":false}}},{"if":{"properties":{"strategy":{"enum":["canary","blue-green","shadow","ab"]}}},"then":{"required":["candidate","traffic"]}},{"if":{"properties":{"strategy":{"const":"blue-green"}}},"then":{"properties":{"traffic":{"enum":[0,100]}}}},{"properties":{"candidate":{"not":{"const":{"$data":"1/stable"}}}}}]}}}');

/***/ }),

/***/ 2651:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:model:v1","title":"modelgate registered model, schemaVersion 1","description":"models/<model>/model.yaml: the mutable facts of a registered model.","type":"object","required":["schemaVersion","name","owner","riskTier"],"properties":{"schemaVersion":{"const":1},"name":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"inventoryId":{"type":"string","minLength":1,"description":"The id in the organisation\'s model inventory (SR 11-7)."},"description":{"type":"string"},"owner":{"type":"object","required":["team"],"properties":{"team":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/team"},"contact":{"type":"string"}},"additionalProperties":false},"riskTier":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/riskTier"},"useCase":{"type":"string"},"commercialUse":{"type":"boolean","description":"The model is used commercially: non-commercial training data licences are flagged."},"thresholds":{"type":"array","description":"Minimum (or maximum) values a version\'s evaluation metrics must reach.","items":{"type":"object","required":["metric"],"properties":{"metric":{"type":"string"},"dataset":{"type":"string"},"split":{"type":"string"},"min":{"type":"number"},"max":{"type":"number"}},"additionalProperties":false}},"regression":{"type":"object","description":"No-regression settings against the version serving in the target environment.","properties":{"tolerance":{"type":"number","minimum":0,"description":"Largest allowed drop, in the metric\'s own unit."},"metrics":{"type":"array","items":{"type":"string"},"description":"Metric types compared; default all shared ones."}},"additionalProperties":false},"rollback":{"type":"object","properties":{"rules":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/rollbackRule"}},"environments":{"type":"object","propertyNames":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"additionalProperties":{"type":"object","properties":{"rules":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/rollbackRule"}}},"additionalProperties":false}}},"additionalProperties":false},"versions":{"type":"object","description":"Status marks set after merge, e.g. by a rollback.","propertyNames":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version"},"additionalProperties":{"type":"object","required":["status"],"properties":{"status":{"enum":["active","deprecated","rejected","baseline"]},"reason":{"type":"string"},"incident":{"type":"string"},"date":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"}},"additionalProperties":false}},"extensions":{"type":"object"}},"additionalProperties":false}');

/***/ }),

/***/ 7317:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:policy-rule:v1","title":"modelgate policy rule, schemaVersion 1","description":"One rule of a policy pack: a JSON Schema that must hold over the evaluation context {card, model, baseline, environment, change, today}.","type":"object","required":["schemaVersion","id","title","severity","schema","message","remediation"],"properties":{"schemaVersion":{"const":1},"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{0,62}$"},"title":{"type":"string","minLength":1},"description":{"type":"string"},"severity":{"description":"deny | warn | info, or one per risk tier with a default.","oneOf":[{"enum":["deny","warn","info"]},{"type":"object","properties":{"default":{"enum":["deny","warn","info","off"]},"low":{"enum":["deny","warn","info","off"]},"medium":{"enum":["deny","warn","info","off"]},"high":{"enum":["deny","warn","info","off"]}},"required":["default"],"additionalProperties":false}]},"kinds":{"type":"array","description":"Change kinds the rule applies to; default all.","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/changeKind"},"minItems":1,"uniqueItems":true},"appliesTo":{"type":["object","boolean"],"description":"A JSON Schema over the context; the rule is evaluated only where it holds."},"schema":{"type":["object","boolean"],"description":"The JSON Schema that must hold over the context."},"message":{"type":"string","minLength":1},"remediation":{"type":"string","minLength":1},"references":{"type":"array","items":{"type":"string","minLength":1}},"waivable":{"type":"boolean","default":true}},"additionalProperties":false}');

/***/ })

};
