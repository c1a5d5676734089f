export const id = 760;
export const ids = [760];
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
    // A command that lists its own exit codes in details must not get a second, contradicting list.
    if (!spec.details?.includes('Exit codes:'))
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
    const ajv = new _2020_js_1.Ajv2020({
        allErrors: true,
        $data: true,
        strictSchema: strict,
        strictNumbers: strict,
        strictTypes: false,
        strictTuples: false,
        strictRequired: false,
        verbose: true,
        allowUnionTypes: true,
        unicodeRegExp: true,
        logger: false,
        validateSchema: options.validateSchema ?? true,
        // One optimisation pass less halves compile time; validation speed is unchanged for schemas this size.
        code: { optimize: false, ...(options.source ? { source: true } : {}) },
    });
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
        ajv ??= newAjv({ validateSchema: false });
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
            // A URL refused for carrying user:password@ must not be printed with them.
            const shown = typeof value === 'string' ? value.replace(/\b([A-Za-z][A-Za-z0-9+.-]*:\/\/)[^/?#@\s]*@/g, '$1***@') : value;
            return described(`${where} ${show(shown)} is not ${what}${typeHint}${description ? `: ${description}` : ''}`);
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

/***/ 7482:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:card:v1","title":"modelgate model card, schemaVersion 1","description":"One model version: models/<model>/<version>/card.yaml. Immutable once merged. Sections follow Mitchell et al. \'Model Cards for Model Reporting\', Hugging Face card metadata and Google\'s Model Card Toolkit; evaluation results have the shape of Hugging Face model-index results.","type":"object","required":["schemaVersion","model","version"],"properties":{"schemaVersion":{"const":1},"model":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"version":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version"},"created":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"},"description":{"type":"string"},"authors":{"type":"array","items":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"github":{"type":"string"},"email":{"type":"string","format":"email"}},"additionalProperties":false}},"license":{"type":"string","description":"SPDX id or a Hugging Face licence id; \'other\' with licenseName/licenseLink."},"licenseName":{"type":"string"},"licenseLink":{"type":"string"},"task":{"type":"string","description":"Pipeline tag, e.g. text-classification, tabular-classification."},"language":{"type":"array","items":{"type":"string"}},"tags":{"type":"array","items":{"type":"string"}},"baseModel":{"type":"string"},"intendedUse":{"type":"object","properties":{"primaryUses":{"type":"array","items":{"type":"string","minLength":1}},"primaryUsers":{"type":"array","items":{"type":"string","minLength":1}},"outOfScope":{"type":"array","items":{"type":"string","minLength":1}}},"additionalProperties":false},"trainingData":{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1,"description":"Dataset id, e.g. a Hugging Face dataset or an internal catalogue id."},"revision":{"type":"string","description":"An immutable revision: a commit, a content digest or a snapshot id (not a branch or \'latest\')."},"license":{"type":"string"},"uri":{"type":"string"},"description":{"type":"string"},"split":{"type":"string"},"containsPersonalData":{"type":"boolean"}},"additionalProperties":false}},"evaluation":{"type":"object","properties":{"results":{"type":"array","items":{"type":"object","required":["task","dataset","metrics"],"properties":{"task":{"type":"object","required":["type"],"properties":{"type":{"type":"string"},"name":{"type":"string"}},"additionalProperties":false},"dataset":{"type":"object","required":["name"],"properties":{"type":{"type":"string"},"name":{"type":"string"},"config":{"type":"string"},"split":{"type":"string"},"revision":{"type":"string"},"args":{}},"additionalProperties":false},"metrics":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/metric"}},"source":{"type":"object","properties":{"name":{"type":"string"},"url":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}}},"additionalProperties":false},"fairness":{"type":"object","properties":{"protectedAttributes":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"results":{"type":"array","items":{"type":"object","required":["attribute","metrics"],"properties":{"attribute":{"type":"string"},"groups":{"type":"array","items":{"type":"string"}},"dataset":{"type":"string"},"metrics":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/metric"}}},"additionalProperties":false}}},"additionalProperties":false},"limitations":{"type":"array","items":{"type":"string"}},"risks":{"type":"array","items":{"type":"object","required":["risk"],"properties":{"risk":{"type":"string"},"mitigation":{"type":"string"}},"additionalProperties":false}},"artifact":{"type":"object","properties":{"uri":{"type":"string","minLength":1},"sha256":{"description":"64 hex characters, quoted."},"format":{"type":"string"},"sizeBytes":{"type":"integer","minimum":0}},"additionalProperties":false},"lineage":{"type":"object","properties":{"gitCommit":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"trainingRun":{"type":"string"},"parentVersion":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version"}},"additionalProperties":false},"validation":{"type":"object","description":"The independent validation report (SR 11-7 §V). The validator\'s independence is proven by the approvals gate, not by this claim.","properties":{"report":{"type":"string","description":"Where the report lives (URL or repository path)."},"date":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"},"validator":{"type":"string"},"signature":{"type":"string","description":"Signature or digest of the signed report."},"conclusion":{"type":"string"}},"additionalProperties":false},"waivers":{"type":"array","items":{"type":"object","required":["rule","reason","approver","expires"],"properties":{"rule":{"type":"string","minLength":1},"reason":{"type":"string","minLength":1},"approver":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/owner"},"ticket":{"type":"string"},"expires":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"}},"additionalProperties":false}},"extensions":{"type":"object","description":"Free-form data for your own policies; never validated by modelgate\'s schema."}},"additionalProperties":false}');

/***/ }),

/***/ 1870:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:config:v1","title":"modelgate registry configuration (modelgate.yaml), schemaVersion 1","type":"object","required":["schemaVersion","environments"],"properties":{"schemaVersion":{"const":1},"registry":{"type":"object","properties":{"name":{"type":"string"},"defaultBranch":{"type":"string","default":"main"}},"additionalProperties":false},"environments":{"type":"array","description":"In promotion order: a version reaches an environment only after serving in the one before it for its bake time.","minItems":1,"items":{"type":"object","required":["name"],"properties":{"name":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"production":{"type":"boolean","default":false,"description":"Production environments need rollback rules and the production approval rule."},"bakeTime":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/duration","description":"How long a version must serve here (100% or as champion) before it may be promoted to the next environment."},"requires":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name","description":"The environment a version must have baked in first; default the previous one in this list."},"trafficSteps":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/percent"},"description":"Allowed candidate traffic values, e.g. [5, 25, 50, 100]; traffic may only move to the next step (or back to 0)."},"strategies":{"type":"array","items":{"enum":["direct","canary","blue-green","shadow","ab"]},"description":"Strategies allowed here; default all."}},"additionalProperties":false}},"policies":{"type":"object","properties":{"packs":{"type":"array","description":"Policy pack directories, relative to the repository root.","items":{"type":"string","minLength":1},"default":["policies"]},"failOn":{"enum":["deny","warn"],"default":"deny"}},"additionalProperties":false},"approvals":{"type":"object","properties":{"tiers":{"type":"object","properties":{"low":{"$ref":"#/$defs/approvalRule"},"medium":{"$ref":"#/$defs/approvalRule"},"high":{"$ref":"#/$defs/approvalRule"}},"additionalProperties":false},"paths":{"type":"array","description":"Rules for registry files outside models/, e.g. policies/**, modelgate.yaml, deployments/production.yaml. CODEOWNERS-style patterns.","items":{"type":"object","required":["pattern","rule"],"properties":{"pattern":{"type":"string","minLength":1},"rule":{"$ref":"#/$defs/approvalRule"}},"additionalProperties":false}},"settings":{"type":"object","description":"Used when the branch\'s own rules cannot be read.","properties":{"dismissStaleReviews":{"type":"boolean"},"requireLastPushApproval":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false},"gates":{"type":"object","description":"Each gate\'s mode: enforce blocks, advisory reports only (for adoption).","properties":{"policy":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"approvals":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"immutability":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"promotionOrder":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"bakeTime":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"trafficSteps":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"strategy":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode","description":"Strategy rules: allowed strategies per environment, candidate differs from stable."},"registration":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode","description":"Served versions are registered and not marked rejected."},"artifact":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"evidence":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"}},"additionalProperties":false},"audit":{"type":"object","properties":{"branch":{"type":"string","default":"modelgate-audit","pattern":"^[A-Za-z0-9._/-]+$"},"anchor":{"enum":["commit-status","check-run","deployment"],"default":"commit-status"},"trustedWriters":{"type":"array","items":{"type":"string"},"description":"Logins (e.g. your-app[bot]) whose anchors are accepted."}},"additionalProperties":false},"limits":{"type":"object","properties":{"maxFileBytes":{"type":"integer","minimum":1024,"maximum":67108864},"maxAliasCount":{"type":"integer","minimum":0,"maximum":10000}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"approvalRule":{"type":"object","properties":{"minApprovals":{"type":"integer","minimum":0,"maximum":10},"codeOwners":{"enum":["every-owned-file","any","none"],"description":"every-owned-file: each owned changed file needs an approval from one of its owners; any: one code owner\'s approval; none: not required."},"requireTeams":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/team"}},"independentOfOwner":{"type":"boolean","description":"At least one approval must come from someone outside the model\'s owner team; the author never counts."},"headCommitOnly":{"type":"boolean","description":"Only approvals given on the head commit count."},"unownedFiles":{"enum":["allow","require-approval","deny"],"description":"What a changed file with no code owner needs."}},"additionalProperties":false}}}');

/***/ }),

/***/ 8908:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:defs:v1","title":"modelgate shared definitions, version 1","$defs":{"name":{"description":"A model or environment name: lower case, digits, \'.\', \'_\' or \'-\', starting with a letter or digit, at most 63 characters (no path traversal, safe in branch names).","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","not":{"pattern":"\\\\.\\\\."}},"version":{"description":"A semantic version (https://semver.org), without a leading \'v\' and without build metadata (\'+…\', which semver ignores when ordering); quote it in YAML so 1.10 stays 1.10.","type":"string","pattern":"^(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(?:-((?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\\\.(?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$"},"date":{"description":"A calendar date, YYYY-MM-DD, quoted in YAML.","type":"string","format":"date"},"sha256":{"description":"A SHA-256 digest: 64 lower- or upper-case hex characters, quoted in YAML.","type":"string","pattern":"^[0-9a-fA-F]{64}$"},"team":{"description":"A GitHub team as @org/team-slug.","type":"string","pattern":"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+$"},"owner":{"description":"A GitHub user (@login) or team (@org/team).","type":"string","pattern":"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"},"riskTier":{"enum":["low","medium","high"]},"gateMode":{"description":"enforce: a failed gate blocks; advisory: it is reported and does not block (for adoption).","enum":["enforce","advisory"]},"duration":{"description":"A duration such as 30m, 24h, 3d, 1w or 1d12h.","type":"string","pattern":"^(?:[0-9]+[smhdw])+$"},"percent":{"type":"number","minimum":0,"maximum":100},"changeKind":{"enum":["register","promote","rollback","hotfix","policy","config"]},"metric":{"description":"One measured value, as in Hugging Face model-index metrics.","type":"object","required":["type","value"],"properties":{"type":{"type":"string","minLength":1,"description":"Metric id, e.g. accuracy, f1, auc."},"value":{"description":"The value, a number. Strings such as \\"77.37%\\" come from importers only; the default policy requires a number.","type":["number","string"]},"name":{"type":"string"},"config":{"type":"string"},"args":{},"scale":{"description":"Set when an importer converted a percentage: \'percent\' means value was divided by 100.","enum":["fraction","percent","raw"]},"higherIsBetter":{"type":"boolean","description":"Direction used by no-regression and threshold rules; default true."},"verified":{"type":"boolean"},"verifyToken":{"type":"string"}},"additionalProperties":false},"rollbackRule":{"type":"object","description":"One monitoring rule (see DESIGN §6).","required":["name","provider"],"properties":{"name":{"$ref":"#/$defs/name"},"provider":{"enum":["file","http","prometheus","datadog","evidently"]},"query":{"type":"string","description":"Provider query: PromQL, a Datadog query, a JSON pointer for file/http, an Evidently metric or test selector."},"url":{"type":"string","pattern":"^(?![A-Za-z][A-Za-z0-9+.-]*://[^/?#]*@)","description":"Provider address: the Prometheus or Datadog API base URL, or the http provider\'s endpoint. May use {{model}}, {{version}}, {{env}}. No user:password@ (credentials come from the environment)."},"path":{"type":"string","description":"file and evidently providers: the JSON file an earlier workflow step wrote (relative to the workspace, the current directory; absolute paths, .. and symlinks out of it are refused)."},"api":{"enum":["v1","v2"],"description":"datadog provider: the v1 /api/v1/query or the v2 /api/v2/query API (default v2)."},"enabled":{"type":"boolean","default":true,"description":"false turns a rule off, e.g. an environment override switching off a rule inherited from rollback.rules."},"selector":{"type":"string","description":"JSON pointer into the provider\'s response."},"range":{"type":"object","properties":{"window":{"$ref":"#/$defs/duration"},"step":{"$ref":"#/$defs/duration"}},"additionalProperties":false},"min":{"type":"number","description":"Lowest healthy value (inclusive)."},"max":{"type":"number","description":"Highest healthy value (inclusive)."},"inconclusive":{"type":"object","description":"A band between healthy and failed where the outcome is inconclusive.","properties":{"min":{"type":"number"},"max":{"type":"number"}},"additionalProperties":false},"compare":{"type":"object","description":"Compare the candidate with the concurrently serving baseline.","required":["mode"],"properties":{"mode":{"enum":["ratio","delta"]},"baselineQuery":{"type":"string"},"minBaseline":{"type":"number"},"max":{"type":"number"},"min":{"type":"number"}},"additionalProperties":false},"minSamples":{"type":"integer","minimum":0},"samplesQuery":{"type":"string"},"noData":{"enum":["pass","fail","inconclusive","ignore"],"default":"inconclusive"},"failureLimit":{"type":"integer","minimum":0,"default":0,"description":"Failing points tolerated among the points one run observes (needs range when >= 1)."},"consecutive":{"type":"boolean","default":true},"consecutiveErrorLimit":{"type":"integer","minimum":0,"default":4},"initialDelay":{"$ref":"#/$defs/duration"},"severity":{"enum":["critical","warning"],"default":"critical"},"mode":{"$ref":"#/$defs/gateMode"},"timeout":{"$ref":"#/$defs/duration"}},"$comment":"What each provider needs, checked by validate so a broken rule is found at review, not by the first scheduled monitor run (a disabled rule needs nothing).","allOf":[{"if":{"properties":{"provider":{"const":"evidently"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["path","query"],"properties":{"path":true,"query":{"type":"string","pattern":"^(drift_share|drifted_columns|dataset_drift|failed_tests|column_drift:.+|column_score:.+)$"}}}},{"if":{"properties":{"provider":{"const":"file"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["path"],"properties":{"path":true}}},{"if":{"properties":{"provider":{"const":"http"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["url"],"properties":{"url":true}}},{"if":{"properties":{"provider":{"const":"prometheus"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["query"],"properties":{"query":true}}},{"if":{"properties":{"provider":{"const":"datadog"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["query"],"properties":{"query":true}}},{"$comment":"failureLimit counts failing points within one run: an instant query observes one, so a limit needs range.","if":{"properties":{"failureLimit":{"type":"integer","minimum":1}},"required":["failureLimit"]},"then":{"required":["range"],"properties":{"range":true}}}],"additionalProperties":false}}}');

/***/ }),

/***/ 9493:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:manifest:v1","title":"modelgate deployment manifest, schemaVersion 1","description":"deployments/<environment>.yaml: what serves in one environment and how. One vocabulary for every strategy: stable, candidate, traffic.","type":"object","required":["schemaVersion","environment","models"],"properties":{"schemaVersion":{"const":1},"environment":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"models":{"type":"object","propertyNames":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"additionalProperties":{"$ref":"#/$defs/serving"}},"hotfix":{"type":"object","description":"Declares this change a hot fix: skips bake time, needs a reason and the high-risk approval rule.","required":["reason"],"properties":{"reason":{"type":"string","minLength":10,"pattern":"^\\\\s*(?:\\\\S\\\\s*){10}","description":"why the hot fix cannot wait for bake time, in at least 10 non-blank characters"},"incident":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"serving":{"type":"object","required":["strategy","stable"],"properties":{"strategy":{"enum":["direct","canary","blue-green","shadow","ab"]},"stable":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version","description":"What serves today: the only version (direct), champion (ab), blue (blue-green)."},"candidate":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version","description":"Canary, challenger (ab), green (blue-green), shadow."},"traffic":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/percent","description":"% of live traffic to the candidate (canary, ab); % mirrored (shadow); 0 or 100 (blue-green)."}},"additionalProperties":false,"allOf":[{"if":{"properties":{"strategy":{"const":"direct"}}},"then":{"properties":{"candidate":false,"traffic":false}}},{"if":{"properties":{"strategy":{"enum":["canary","blue-green","shadow","ab"]}}},"then":{"required":["candidate","traffic"]}},{"if":{"properties":{"strategy":{"const":"blue-green"}}},"then":{"properties":{"traffic":{"enum":[0,100]}}}},{"properties":{"candidate":{"not":{"const":{"$data":"1/stable"}}}}}]}}}');

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
