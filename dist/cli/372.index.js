export const id = 372;
export const ids = [372];
export const modules = {

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
    if (!validate && typeof version === 'string' && /^\d+$/.test(version) && (0, documents_js_1.documentValidator)(kind, Number(version))) {
        findings.push(schemaFinding(`schemaVersion is the string "${version}"; write it as a number, without quotes: \`schemaVersion: ${version}\``, at(['schemaVersion']), 'schema.version'));
        return doc;
    }
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
/** A FIFO, socket, device or submodule where a document may be: never opened (a FIFO would block). */
function specialFile(file) {
    return structural('registry.special-file', file, `${file} is not a regular file (a FIFO, socket, device or submodule); the registry reads plain files only`, 'Replace it with a plain file, or remove it.');
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
        if (e.kind === 'other') {
            layout.findings.push(specialFile(e.path));
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
        else if (e.kind === 'other') {
            layout.findings.push(specialFile(e.path));
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
    // Build metadata does not take part in semver precedence, so 1.0.0+a and 1.0.0+b would be two
    // directories for what every comparison (no-regression, promotion order) sees as one version.
    if (version.includes('+') && (0, semver_1.valid)(version.slice(0, version.indexOf('+'))) !== null) {
        return `version '${version}' carries build metadata ('+${version.slice(version.indexOf('+') + 1)}'), which semantic versioning ignores when ordering versions; use a pre-release such as ${version.slice(0, version.indexOf('+'))}${version.slice(0, version.indexOf('+')).includes('-') ? '.' : '-'}${version.slice(version.indexOf('+') + 1).replace(/[^0-9A-Za-z.-]/g, '')} instead`;
    }
    // semver.valid also accepts a leading 'v' and surrounding spaces; the registry wants the canonical form.
    if ((0, semver_1.valid)(version) !== version) {
        return `version '${version}' is not a semantic version such as 1.2.0 (no leading 'v', no spaces)`;
    }
    return null;
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
        return failed([{ severity: 'error', code: 'yaml.syntax', line: 1, column: 1, message: `YAML could not be parsed: ${parseFailure(err)}` }]);
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
            diagnostics.push({ severity: 'error', code: 'yaml.syntax', line: 1, column: 1, message: parseFailure(err) });
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
const TOO_DEEP = 'the document is nested too deeply to read (thousands of levels of [ or { or indentation); a registry document is a few levels deep';
/** A parser failure in words: the stack overflow of a document nested thousands of levels deep included. */
function parseFailure(err) {
    return firstLine(err.message);
}
/** The yaml library's first line, without its own " at line N, column M:" (counted inside the parsed text, which for front matter is not the file's line). */
function firstLine(message) {
    if (/Maximum call stack size exceeded/.test(message))
        return TOO_DEEP;
    return (message.split('\n')[0]?.trim() ?? message).replace(/ at line \d+, column \d+:?$/, '');
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
