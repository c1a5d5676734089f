export const id = 470;
export const ids = [470];
export const modules = {

/***/ 1398:
/***/ ((module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const scope_1 = __webpack_require__(7788);
const code_1 = __webpack_require__(567);
function standaloneCode(ajv, refsOrFunc) {
    if (!ajv.opts.code.source) {
        throw new Error("moduleCode: ajv instance must have code.source option");
    }
    const { _n } = ajv.scope.opts;
    return typeof refsOrFunc == "function"
        ? funcExportCode(refsOrFunc.source)
        : refsOrFunc !== undefined
            ? multiExportsCode(refsOrFunc, getValidate)
            : multiExportsCode(ajv.schemas, (sch) => sch.meta ? undefined : ajv.compile(sch.schema));
    function getValidate(id) {
        const v = ajv.getSchema(id);
        if (!v)
            throw new Error(`moduleCode: no schema with id ${id}`);
        return v;
    }
    function funcExportCode(source) {
        const usedValues = {};
        const n = source === null || source === void 0 ? void 0 : source.validateName;
        const vCode = validateCode(usedValues, source);
        if (ajv.opts.code.esm) {
            // Always do named export as `validate` rather than the variable `n` which is `validateXX` for known export value
            return `"use strict";${_n}export const validate = ${n};${_n}export default ${n};${_n}${vCode}`;
        }
        return `"use strict";${_n}module.exports = ${n};${_n}module.exports.default = ${n};${_n}${vCode}`;
    }
    function multiExportsCode(schemas, getValidateFunc) {
        var _a;
        const usedValues = {};
        let code = (0, code_1._) `"use strict";`;
        for (const name in schemas) {
            const v = getValidateFunc(schemas[name]);
            if (v) {
                const vCode = validateCode(usedValues, v.source);
                const exportSyntax = ajv.opts.code.esm
                    ? (0, code_1._) `export const ${(0, code_1.getEsmExportName)(name)}`
                    : (0, code_1._) `exports${(0, code_1.getProperty)(name)}`;
                code = (0, code_1._) `${code}${_n}${exportSyntax} = ${(_a = v.source) === null || _a === void 0 ? void 0 : _a.validateName};${_n}${vCode}`;
            }
        }
        return `${code}`;
    }
    function validateCode(usedValues, s) {
        if (!s)
            throw new Error('moduleCode: function does not have "source" property');
        if (usedState(s.validateName) === scope_1.UsedValueState.Completed)
            return code_1.nil;
        setUsedState(s.validateName, scope_1.UsedValueState.Started);
        const scopeCode = ajv.scope.scopeCode(s.scopeValues, usedValues, refValidateCode);
        const code = new code_1._Code(`${scopeCode}${_n}${s.validateCode}`);
        return s.evaluated ? (0, code_1._) `${code}${s.validateName}.evaluated = ${s.evaluated};${_n}` : code;
        function refValidateCode(n) {
            var _a;
            const vRef = (_a = n.value) === null || _a === void 0 ? void 0 : _a.ref;
            if (n.prefix === "validate" && typeof vRef == "function") {
                const v = vRef;
                return validateCode(usedValues, v.source);
            }
            else if ((n.prefix === "root" || n.prefix === "wrapper") && typeof vRef == "object") {
                const { validate, validateName } = vRef;
                if (!validateName)
                    throw new Error("ajv internal error");
                const def = ajv.opts.code.es5 ? scope_1.varKinds.var : scope_1.varKinds.const;
                const wrapper = (0, code_1._) `${def} ${n} = {validate: ${validateName}};`;
                if (usedState(validateName) === scope_1.UsedValueState.Started)
                    return wrapper;
                const vCode = validateCode(usedValues, validate === null || validate === void 0 ? void 0 : validate.source);
                return (0, code_1._) `${wrapper}${_n}${vCode}`;
            }
            return undefined;
        }
        function usedState(name) {
            var _a;
            return (_a = usedValues[name.prefix]) === null || _a === void 0 ? void 0 : _a.get(name);
        }
        function setUsedState(name, state) {
            const { prefix } = name;
            const names = (usedValues[prefix] = usedValues[prefix] || new Map());
            names.set(name, state);
        }
    }
}
module.exports = exports = standaloneCode;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = standaloneCode;
//# sourceMappingURL=index.js.map

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
const regex_safety_js_1 = __webpack_require__(1092);
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
        for (const field of ['schema', 'appliesTo']) {
            const hazard = (0, regex_safety_js_1.findRegexHazards)(r.rule[field], [field])[0];
            if (hazard) {
                throw new errors_js_1.ConfigError(`rule '${r.rule.id}': the pattern ${JSON.stringify(hazard.pattern)} is refused: ${hazard.message}. Rewrite it so that no repeated group contains another repetition (e.g. ^[a-z]+(-[a-z]+)*$ as ^[a-z](?:[a-z-]*[a-z])?$), or give the pattern as a literal string`, r.file, r.locate(hazard.path, 'value').line);
            }
        }
    }
    rules.sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
    digestParts.sort();
    const digest = (0, node_crypto_1.createHash)('sha256').update(digestParts.join('\n')).digest('hex');
    return { dirs: [...dirs], rules, digest };
}


/***/ }),

/***/ 1092:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexHazard = regexHazard;
exports.findRegexHazards = findRegexHazards;
/** Keywords whose values are data, not schemas: a `pattern` key inside them is not a pattern. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples', 'description', 'title', '$comment']);
/** Why the pattern can backtrack exponentially, or undefined when its shape is safe. */
function regexHazard(pattern) {
    // Each open group: whether it contains an unbounded repetition anywhere inside it.
    const groups = [false];
    // What the next quantifier applies to: a group that contains a repetition, or anything else.
    let lastAtomRepeats = false;
    let lastAtomExists = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            i++;
            lastAtomRepeats = false;
            lastAtomExists = true;
        }
        else if (c === '[') {
            i++;
            if (pattern[i] === '^')
                i++;
            if (pattern[i] === ']')
                i++;
            while (i < pattern.length && pattern[i] !== ']') {
                if (pattern[i] === '\\')
                    i++;
                i++;
            }
            lastAtomRepeats = false;
            lastAtomExists = true;
        }
        else if (c === '(') {
            groups.push(false);
            lastAtomExists = false;
            if (pattern[i + 1] === '?') {
                // (?: (?= (?! (?<= (?<! (?<name> — skip the group's prefix.
                const named = /^\?<(?![=!])[^>]*>/.exec(pattern.slice(i + 1));
                i += named ? named[0].length : pattern[i + 2] === '<' ? 3 : 2;
            }
        }
        else if (c === ')') {
            const inner = groups.length > 1 ? groups.pop() : false;
            lastAtomRepeats = inner;
            lastAtomExists = true;
            if (inner)
                groups[groups.length - 1] = true;
        }
        else if (c === '*' || c === '+' || c === '{' || c === '?') {
            let unbounded = c === '*' || c === '+';
            if (c === '{') {
                const m = /^\{(\d*)(,(\d*))?\}/.exec(pattern.slice(i));
                if (!m) {
                    lastAtomRepeats = false;
                    lastAtomExists = true;
                    continue; // a literal brace
                }
                const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
                unbounded = max > 1;
                i += m[0].length - 1;
            }
            if (!lastAtomExists)
                continue; // a lazy `?` after a quantifier, or a group prefix
            if (unbounded && lastAtomRepeats) {
                return 'a repeated group contains another repetition (nested quantifiers), which can take exponential time on a crafted value';
            }
            if (unbounded)
                groups[groups.length - 1] = true;
            lastAtomExists = false; // `+?`, `*?`: the `?` that follows makes it lazy, it is not a new quantifier
        }
        else {
            lastAtomRepeats = false;
            lastAtomExists = true;
        }
    }
    return undefined;
}
/** Every hazardous or data-chosen pattern in a rule schema (`pattern`, `patternProperties`). */
function findRegexHazards(schema, path = []) {
    const out = [];
    if (Array.isArray(schema)) {
        schema.forEach((item, i) => out.push(...findRegexHazards(item, [...path, i])));
        return out;
    }
    if (schema === null || typeof schema !== 'object')
        return out;
    for (const [key, value] of Object.entries(schema)) {
        if (DATA_KEYWORDS.has(key))
            continue;
        const at = [...path, key];
        if (key === 'pattern' && typeof value === 'string') {
            const why = regexHazard(value);
            if (why)
                out.push({ path: at, pattern: value, message: why });
            continue;
        }
        if (key === 'pattern' && value !== null && typeof value === 'object' && '$data' in value) {
            out.push({ path: at, pattern: JSON.stringify(value), message: 'the pattern is taken from the evaluated data ($data), so the card under review would choose the regular expression' });
            continue;
        }
        if (key === 'patternProperties' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
            for (const [p, sub] of Object.entries(value)) {
                const why = regexHazard(p);
                if (why)
                    out.push({ path: [...at, p], pattern: p, message: why });
                out.push(...findRegexHazards(sub, [...at, p]));
            }
            continue;
        }
        out.push(...findRegexHazards(value, at));
    }
    return out;
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


/***/ })

};
