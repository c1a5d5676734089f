export const id = 332;
export const ids = [332];
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

/***/ 7332:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = exports.mctSpec = exports.hfSpec = void 0;
exports.run = run;
/**
 * `modelgate import hf|mct`: turn a published model card (Hugging Face README front matter, Google
 * Model Card Toolkit JSON) into a card skeleton in the registry, and say what a person must still add.
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const hf_js_1 = __webpack_require__(1469);
const mct_js_1 = __webpack_require__(4199);
const write_js_1 = __webpack_require__(3104);
const args_js_1 = __webpack_require__(7593);
const COMMON_OPTIONS = {
    model: { type: 'string', help: '<name>  model name: lower case, digits, . _ - (required)' },
    version: { type: 'string', help: '<semver>  version to register, e.g. 1.0.0 (required)' },
    repo: { type: 'string', help: '<dir>  registry root (default: current directory)' },
    force: { type: 'boolean', help: 'overwrite an existing card.yaml (model.yaml is never overwritten)' },
    format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
};
const WRITES = [
    'Writes models/<model>/<version>/card.yaml and, if the model is new, a models/<model>/model.yaml',
    'skeleton that fails validation until a person sets owner.team and riskTier. Then prints the',
    'findings (file:line where known) and the TODO list of what a governed card still needs. Nothing',
    'is invented: what the source does not state is left out and listed as TODO.',
    'Exit 0 when written (warn and info findings do not change that); 1 when the source cannot be',
    'imported (no front matter, not a mapping, not JSON): nothing is written; 2 on a usage error,',
    'including a bad --model or --version and an existing card.yaml without --force.',
];
exports.hfSpec = {
    name: 'import hf',
    summary: 'import a Hugging Face model card (README.md front matter) as a card skeleton',
    usage: 'modelgate import hf <README.md> --model <name> --version <v> [--repo <dir>] [--force] [--format text|json]',
    options: COMMON_OPTIONS,
    details: [
        ...WRITES,
        '',
        'Maps license (and license_name/license_link), language, pipeline_tag, tags, base_model, datasets',
        '(as trainingData) and model-index results. Reports YAML 1.1 misreadings such as the language code',
        '`no` (read as false by PyYAML), self-asserted `verified: true` without a verifyToken, metric values',
        'given as text, results without a dataset, and non-commercial licences.',
    ].join('\n'),
    examples: ['modelgate import hf README.md --model sentiment --version 1.0.0', 'modelgate import hf ./hf/README.md --model bge-small --version 1.5.0 --repo registry --format json'],
    allowPositionals: true,
};
exports.mctSpec = {
    name: 'import mct',
    summary: 'import a Google Model Card Toolkit card (JSON, schema v0.0.1 or v0.0.2) as a card skeleton',
    usage: 'modelgate import mct <card.json> --model <name> --version <v> [--repo <dir>] [--force] [--format text|json]',
    options: COMMON_OPTIONS,
    details: [
        ...WRITES,
        '',
        'Maps model_details, considerations and model_parameters.data. Performance metrics are kept under',
        'extensions.imported.pendingResults, since MCT names no task or evaluation dataset; slices written',
        'feature:value become fairness results. Embedded base64 graphics are dropped.',
    ].join('\n'),
    examples: ['modelgate import mct model_card.json --model cats-vs-dogs --version 1.0.0', 'modelgate import mct out/model_card.json --model cats-vs-dogs --version 1.0.0 --force'],
    allowPositionals: true,
};
exports.spec = {
    name: 'import',
    summary: 'turn a published model card (Hugging Face README, Model Card Toolkit JSON) into a card skeleton',
    usage: 'modelgate import hf|mct <file> --model <name> --version <v> [--repo <dir>] [--force] [--format text|json]',
    options: COMMON_OPTIONS,
    details: ['Subcommands:', `  hf   ${exports.hfSpec.summary}`, `  mct  ${exports.mctSpec.summary}`, '', ...WRITES, '', 'Run `modelgate import hf --help` or `modelgate import mct --help` for details.'].join('\n'),
    examples: [...exports.hfSpec.examples.slice(0, 1), ...exports.mctSpec.examples.slice(0, 1)],
    allowPositionals: true,
};
const IMPORTERS = {
    hf: { spec: exports.hfSpec, label: 'Hugging Face model card', run: hf_js_1.importHuggingFace },
    mct: { spec: exports.mctSpec, label: 'Model Card Toolkit card', run: mct_js_1.importModelCardToolkit },
};
async function run(argv, io) {
    try {
        return await importCommand(argv, io);
    }
    catch (err) {
        // Usage and configuration errors are answers (exit 2); anything else is left to main's handler.
        if (!(err instanceof errors_js_1.UsageError || err instanceof errors_js_1.ConfigError))
            throw err;
        io.stderr(`modelgate import: ${(0, errors_js_1.describeError)(err)}\n`);
        return (0, errors_js_1.exitCodeOf)(err);
    }
}
async function importCommand(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === undefined || sub.startsWith('-')) {
        const parsed = (0, args_js_1.parseCommand)(exports.spec, argv);
        if (parsed.help) {
            io.stdout((0, args_js_1.formatHelp)(exports.spec));
            return errors_js_1.EXIT.yes;
        }
        throw new errors_js_1.UsageError('name what to import: `modelgate import hf <README.md>` or `modelgate import mct <card.json>`; run `modelgate import --help` for usage');
    }
    if (sub !== 'hf' && sub !== 'mct')
        throw new errors_js_1.UsageError(`unknown import source '${sub}': use hf (Hugging Face README) or mct (Model Card Toolkit JSON)`);
    const importer = IMPORTERS[sub];
    const parsed = (0, args_js_1.parseCommand)(importer.spec, rest);
    if (parsed.help) {
        io.stdout((0, args_js_1.formatHelp)(importer.spec));
        return errors_js_1.EXIT.yes;
    }
    const [source, ...extra] = parsed.positionals;
    if (source === undefined)
        throw new errors_js_1.UsageError(`name the file to import: ${importer.spec.usage}`);
    if (extra.length > 0)
        throw new errors_js_1.UsageError(`one file at a time; also got ${extra.join(' ')}`);
    const model = (0, args_js_1.stringOpt)(parsed, 'model');
    const version = (0, args_js_1.stringOpt)(parsed, 'version');
    if (model === undefined)
        throw new errors_js_1.UsageError('--model <name> is required');
    if (version === undefined)
        throw new errors_js_1.UsageError('--version <semver> is required');
    (0, write_js_1.checkModelName)(model);
    (0, write_js_1.checkVersion)(version);
    const format = (0, args_js_1.stringOpt)(parsed, 'format') ?? 'text';
    const repo = node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(parsed, 'repo') ?? '.');
    const text = await readSource(node_path_1.default.resolve(io.cwd, source), source);
    const result = typeof text === 'string' ? importer.run(text, { model, version }) : { card: undefined, todo: [], findings: [text] };
    if (!result.card) {
        if (format === 'json')
            io.stdout(`${JSON.stringify({ source, kind: sub, imported: false, written: [], findings: located(source, result.findings), todo: [] }, null, 2)}\n`);
        else
            io.stdout(formatFindings(source, result.findings).trimStart());
        io.stderr(`modelgate import ${sub}: ${source} could not be imported as a ${importer.label}; nothing was written\n`);
        return errors_js_1.EXIT.no;
    }
    const written = await (0, write_js_1.writeImportedCard)({ repo, card: result.card, force: (0, args_js_1.boolOpt)(parsed, 'force'), origin: `modelgate import ${sub} ${node_path_1.default.basename(source)}`, todo: result.todo });
    const todo = written.modelYamlCreated ? [...result.todo.filter((t) => !t.startsWith(`${(0, write_js_1.modelYamlPath)(model)}:`)), ...written.todo] : result.todo;
    if (format === 'json') {
        io.stdout(`${JSON.stringify({ source, kind: sub, imported: true, repo, written: written.written, findings: located(source, result.findings), todo }, null, 2)}\n`);
    }
    else {
        const lines = written.written.map((f) => `wrote ${f}${f === (0, write_js_1.modelYamlPath)(model) ? ' (skeleton: fails validation until owner.team and riskTier are set)' : ''}`);
        io.stdout(`${lines.join('\n')}\n${formatFindings(source, result.findings)}${formatTodo(todo)}`);
    }
    return errors_js_1.EXIT.yes;
}
/** The source text, or a deny finding when it is not readable text; a path naming no file is a usage error. */
async function readSource(file, shown) {
    let bytes;
    try {
        bytes = await (0, promises_1.readFile)(file);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            throw new errors_js_1.UsageError(`${shown}: no such file`);
        if (code === 'EISDIR')
            throw new errors_js_1.UsageError(`${shown} is a directory; name the file to import`);
        throw err;
    }
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return { severity: 'deny', code: 'import.not-text', message: 'the file is not UTF-8 text', line: 1, column: 1 };
    }
}
function located(file, findings) {
    return findings.map((f) => ({ file, ...f }));
}
function formatFindings(file, findings) {
    if (findings.length === 0)
        return '\nFindings: none\n';
    const lines = findings.map((f) => `  ${file}${f.line !== undefined ? `:${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : ''}: ${f.severity} ${f.code}: ${f.message}`);
    return `\nFindings (${findings.length}):\n${lines.join('\n')}\n`;
}
function formatTodo(todo) {
    if (todo.length === 0)
        return '';
    return `\nTODO: a person must still fill in (${todo.length}), also listed at the top of card.yaml:\n${todo.map((t) => `  - ${t}`).join('\n')}\n`;
}


/***/ }),

/***/ 8662:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.convertMetricValue = convertMetricValue;
exports.normalizeDate = normalizeDate;
exports.todayUtc = todayUtc;
exports.classifyLicence = classifyLicence;
exports.licenceFinding = licenceFinding;
exports.scaleOutliers = scaleOutliers;
exports.governanceTodo = governanceTodo;
exports.orderCard = orderCard;
exports.metricLabel = metricLabel;
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
/**
 * A metric value as the card wants it: a number. "0.9" becomes 0.9 and "77.37%" becomes 0.7737 with
 * scale percent; anything else ("N/A", "12 ms", "1,217") stays text so a person sees it, because
 * guessing a unit or a locale would put a number in the card that nobody measured.
 */
function convertMetricValue(raw) {
    if (typeof raw === 'number')
        return Number.isFinite(raw) ? { kind: 'number', value: raw } : { kind: 'unconvertible', value: String(raw) };
    const text = raw.trim();
    const percent = /^(.*?)\s*%$/.exec(text);
    if (percent && DECIMAL.test(percent[1])) {
        return { kind: 'converted', value: divideBy100(percent[1]), scale: 'percent', from: raw };
    }
    if (DECIMAL.test(text)) {
        const value = Number(text);
        if (Number.isFinite(value))
            return { kind: 'converted', value, from: raw };
    }
    return { kind: 'unconvertible', value: raw };
}
/** Shifts the decimal exponent instead of dividing, so "77.37" gives exactly 0.7737, not 0.7737000000000001. */
function divideBy100(decimal) {
    const m = /^(.*?)(?:[eE]([-+]?\d+))?$/.exec(decimal);
    const exponent = Number(m[2] ?? '0') - 2;
    return Number(`${m[1]}e${exponent}`);
}
/**
 * Normalises the date spellings found in model cards to YYYY-MM-DD. Day-month order is only decided
 * when the numbers decide it (08/28/2020 can only be August 28); 02/03/2020 is refused, not guessed.
 */
function normalizeDate(raw) {
    const text = raw.trim();
    let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][0-9:.]+(?:Z|[-+]\d{2}:?\d{2})?)?$/.exec(text);
    if (m)
        return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]), raw);
    m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
    if (m) {
        const a = Number(m[1]);
        const b = Number(m[2]);
        const year = Number(m[3]);
        if (a === b || (a <= 12 && b > 12))
            return calendarDate(year, a, b, raw);
        if (a > 12 && b <= 12)
            return calendarDate(year, b, a, raw);
        return { ok: false, reason: `'${raw}' could be month/day or day/month` };
    }
    return { ok: false, reason: `'${raw}' is not a date format modelgate recognises (expected YYYY-MM-DD)` };
}
function calendarDate(year, month, day, raw) {
    const d = new Date(Date.UTC(year, month - 1, day));
    if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
        return { ok: false, reason: `'${raw}' is not a calendar date` };
    }
    const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { ok: true, date, changed: date !== raw };
}
function todayUtc() {
    return new Date().toISOString().slice(0, 10);
}
const NON_COMMERCIAL = [/(?:^|[-_ .])nc(?:[-_ .]|$)/i, /non[-_ ]?commercial/i, /research[-_ ]?(?:only|use)/i, /\bnoncommercial\b/i];
const RESTRICTED_USE = [/(?:^|[-_ ])(?:open)?rail(?:[-_ ]|$)/i, /openrail/i];
/** Classifies a licence id or name by what it means for a commercial model; `other` needs a person. */
function classifyLicence(id, name) {
    const texts = [id, name ?? ''];
    if (texts.some((t) => NON_COMMERCIAL.some((re) => re.test(t))))
        return 'non-commercial';
    if (texts.some((t) => RESTRICTED_USE.some((re) => re.test(t))))
        return 'restricted-use';
    if (id.toLowerCase() === 'other' || id.toLowerCase() === 'unknown')
        return 'custom';
    return 'unremarkable';
}
/** The finding for a licence that matters to governance, or none. */
function licenceFinding(id, name, link, codePrefix) {
    const shown = name && name !== id ? `${id} (${name})` : id;
    switch (classifyLicence(id, name)) {
        case 'non-commercial':
            return {
                severity: 'warn',
                code: `${codePrefix}.non-commercial-licence`,
                message: `licence ${shown} does not allow commercial use: a commercial model must not be built on, fine-tuned from or trained with it; set commercialUse in model.yaml and have the licence reviewed`,
            };
        case 'restricted-use':
            return { severity: 'info', code: `${codePrefix}.restricted-use-licence`, message: `licence ${shown} carries use-based restrictions (RAIL): check that the intended use is allowed` };
        case 'custom':
            return {
                severity: 'info',
                code: `${codePrefix}.custom-licence`,
                message: `licence '${id}'${name ? ` (${name})` : ''} is not a standard licence${link ? `: review its terms at ${link}` : ' and names no licence text: find and review its terms'}`,
            };
        default:
            return undefined;
    }
}
function scaleClass(v) {
    if (v >= 0 && v <= 1)
        return 'fraction';
    if (v > 1 && v <= 100)
        return 'percent';
    return 'large';
}
/**
 * Notes values whose magnitude does not fit the card's usual scale (an MME score of 1217 among
 * percentages): a threshold or regression rule written for one scale would misread them. Small values
 * among percentages are not flagged, since 0.5% is a real score.
 */
function scaleOutliers(values, codePrefix) {
    const counts = { fraction: 0, percent: 0, large: 0 };
    for (const v of values)
        counts[scaleClass(v.value)]++;
    const majority = counts.percent >= counts.fraction ? 'percent' : 'fraction';
    if (counts[majority] < 2)
        return [];
    const limit = majority === 'percent' ? 100 : 1;
    const range = majority === 'percent' ? 'between 0 and 100 (percentages)' : 'between 0 and 1 (fractions)';
    return values
        .filter((v) => v.value > limit || v.value < 0)
        .map((v) => ({
        severity: 'info',
        code: `${codePrefix}.different-scale`,
        message: `metric ${v.label} = ${v.value} is on a different scale from the ${counts[majority]} values ${range} in this card: thresholds and regression tolerances must treat it separately`,
        ...(v.line !== undefined ? { line: v.line, column: v.column } : {}),
    }));
}
// ---------------------------------------------------------------- what a person must fill in
/** What a governed card needs that the imported card does not have, derived from the card itself. */
function governanceTodo(card) {
    const todo = [];
    if (!card.description)
        todo.push('description: what the model does, in a sentence or two');
    if (!card.authors?.length)
        todo.push('authors: who built this version (name, github, email)');
    if (!card.license)
        todo.push('license: the licence of the model weights (SPDX id, or other with licenseName and licenseLink)');
    if (!card.intendedUse?.primaryUses?.length)
        todo.push('intendedUse.primaryUses: what the model is for');
    if (!card.intendedUse?.primaryUsers?.length)
        todo.push('intendedUse.primaryUsers: who is meant to use it');
    if (!card.intendedUse?.outOfScope?.length)
        todo.push('intendedUse.outOfScope: uses the model must not be put to');
    if (!card.trainingData?.length) {
        todo.push('trainingData: every dataset the model was trained on, each with id, an immutable revision and its licence');
    }
    else {
        card.trainingData.forEach((d, i) => {
            const missing = [d.revision ? undefined : 'revision (an immutable commit, digest or snapshot id, not a branch)', d.license ? undefined : 'license'].filter((x) => x !== undefined);
            if (missing.length > 0)
                todo.push(`trainingData[${i}] ${d.id}: ${missing.join(' and ')}`);
        });
    }
    const imported = card.extensions?.imported;
    // Pending results already carry their own TODO; a second, generic one would only repeat it.
    if (!card.evaluation?.results?.length && !imported?.pendingResults?.length) {
        todo.push('evaluation.results: the evaluation that justifies this version (task, dataset with split and revision, metrics)');
    }
    if (!card.fairness?.results?.length)
        todo.push('fairness: the protected attributes and per-group results (or a reasoned statement why they do not apply)');
    if (!card.limitations?.length)
        todo.push('limitations: known limitations of the model');
    if (!card.risks?.length)
        todo.push('risks: foreseeable risks and their mitigations');
    todo.push('artifact.uri and artifact.sha256: where the model weights are stored and their SHA-256 digest (quoted)');
    todo.push('lineage.gitCommit and lineage.trainingRun: the code commit and the training run that produced the weights');
    todo.push('validation: the independent validation report (report, date, validator, conclusion)');
    todo.push(`models/${card.model}/model.yaml: owner.team (a GitHub team, @org/team), riskTier (low, medium or high) and inventoryId, unless already set`);
    return todo;
}
const CARD_KEY_ORDER = [
    'schemaVersion', 'model', 'version', 'created', 'description', 'authors', 'license', 'licenseName', 'licenseLink', 'task', 'language', 'tags', 'baseModel',
    'intendedUse', 'trainingData', 'evaluation', 'fairness', 'limitations', 'risks', 'extensions',
];
/** The card with its keys in the schema's order, so every imported card.yaml reads the same way. */
function orderCard(card) {
    const out = {};
    for (const k of CARD_KEY_ORDER)
        if (card[k] !== undefined)
            out[k] = card[k];
    return out;
}
function metricLabel(m, where) {
    return `${m.name && m.name !== m.type ? `${m.type} (${m.name})` : m.type}${where ? ` on ${where}` : ''}`;
}


/***/ }),

/***/ 2861:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extractFrontMatter = extractFrontMatter;
exports.parseFrontMatter = parseFrontMatter;
exports.diagnosticToFinding = diagnosticToFinding;
exports.isRecord = isRecord;
/**
 * Hugging Face README front matter: a `---` line at the very start of the file, YAML, a closing `---`
 * line. Anchored at the start on purpose: a `---` further down is a Markdown thematic break (the
 * ZHUI mirror files put one under a `# name` header), and reading it as metadata would import
 * whatever YAML-looking text follows.
 */
const strict_js_1 = __webpack_require__(7154);
const BOM = '\uFEFF';
const FENCE = /^---[ \t]*$/;
function splitLines(text) {
    const lines = [];
    let start = 0;
    for (;;) {
        const nl = text.indexOf('\n', start);
        const end = nl === -1 ? text.length : nl;
        const raw = text.slice(start, end);
        lines.push({ text: raw.endsWith('\r') ? raw.slice(0, -1) : raw, start });
        if (nl === -1)
            return lines;
        start = nl + 1;
    }
}
/**
 * Finds the front-matter block; does not parse it. Blank lines before the opening `---` are allowed
 * because the Hub's own pattern (`^(\s*---[\r\n]+)…`, mirrored in huggingface_hub's repocard.py)
 * allows them; any other text before it means the file has no front matter.
 */
function extractFrontMatter(readme) {
    const text = readme.startsWith(BOM) ? readme.slice(1) : readme;
    const lines = splitLines(text);
    let open = 0;
    while (open < lines.length - 1 && lines[open].text.trim() === '')
        open++;
    const first = lines[open];
    if (!first || !FENCE.test(first.text)) {
        return {
            ok: false,
            finding: {
                severity: 'deny',
                code: 'hf.no-front-matter',
                message: 'no front matter at the start of the file: a Hugging Face model card begins with a `---` line, its YAML metadata and a closing `---` line',
                line: open + 1,
                column: 1,
            },
        };
    }
    for (let i = open + 1; i < lines.length; i++) {
        const line = lines[i];
        if (FENCE.test(line.text)) {
            const from = lines[open + 1].start;
            return { ok: true, block: { yaml: text.slice(from, line.start), firstLine: open + 2, closingLine: i + 1 } };
        }
    }
    return {
        ok: false,
        finding: { severity: 'deny', code: 'hf.unclosed-front-matter', message: `the front matter opened by \`---\` on line ${open + 1} is never closed by a second \`---\` line`, line: open + 1, column: 1 },
    };
}
/** Extracts and strictly parses the front matter; it must be a YAML mapping. */
function parseFrontMatter(readme) {
    const extracted = extractFrontMatter(readme);
    if (!extracted.ok)
        return { ok: false, findings: [extracted.finding] };
    const { block } = extracted;
    const offset = block.firstLine - 1;
    const shift = (p) => ({ line: p.line + offset, column: p.column });
    if (block.yaml.trim() === '') {
        return { ok: false, findings: [{ severity: 'deny', code: 'hf.empty-front-matter', message: 'the front matter is empty: there is no metadata to import', line: 1, column: 1 }] };
    }
    const parsed = (0, strict_js_1.parseStrictYaml)(block.yaml);
    const diagnostics = parsed.diagnostics.map((d) => ({ ...d, ...shift(d) }));
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (parsed.value === undefined || errors.length > 0) {
        return { ok: false, findings: diagnostics.map(diagnosticToFinding) };
    }
    if (!isRecord(parsed.value)) {
        const kind = Array.isArray(parsed.value) ? `a list (${parsed.value.length === 0 ? '[]' : `${parsed.value.length} items`})` : `a ${typeof parsed.value} (${JSON.stringify(parsed.value)})`;
        return {
            ok: false,
            findings: [
                ...diagnostics.map(diagnosticToFinding),
                { severity: 'deny', code: 'hf.front-matter-not-mapping', message: `the front matter is ${kind}, not a mapping of metadata keys such as license, language and model-index`, ...shift(parsed.locate([])) },
            ],
        };
    }
    return { ok: true, frontMatter: { value: parsed.value, diagnostics, locate: (path) => shift(parsed.locate(path)) } };
}
function diagnosticToFinding(d) {
    return { severity: d.severity === 'error' ? 'deny' : 'warn', code: d.code, message: d.message, line: d.line, column: d.column };
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 1469:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.importHuggingFace = importHuggingFace;
const common_js_1 = __webpack_require__(8662);
const frontmatter_js_1 = __webpack_require__(2861);
/** Metadata keys the importer maps; anything else is named in one info finding. */
const MAPPED_KEYS = new Set(['license', 'license_name', 'license_link', 'datasets', 'base_model', 'language', 'pipeline_tag', 'tags', 'model-index']);
function importHuggingFace(readmeText, options) {
    const parsed = (0, frontmatter_js_1.parseFrontMatter)(readmeText);
    if (!parsed.ok)
        return { card: undefined, todo: [], findings: parsed.findings };
    const fm = parsed.frontMatter;
    const ctx = { fm, findings: [], todo: [], pending: [], unplaced: [], consumed: new Set(), numericValues: [] };
    const meta = fm.value;
    const card = { schemaVersion: 1, model: options.model, version: options.version, created: options.today ?? (0, common_js_1.todayUtc)() };
    Object.assign(card, mapLicence(ctx, meta));
    const task = optionalText(ctx, meta.pipeline_tag, ['pipeline_tag']);
    if (task)
        card.task = task;
    const language = mapLanguage(ctx, meta.language);
    if (language.length > 0)
        card.language = language;
    const tags = textList(ctx, meta.tags, ['tags']);
    if (tags.length > 0)
        card.tags = tags;
    const baseModel = mapBaseModel(ctx, meta.base_model);
    if (baseModel)
        card.baseModel = baseModel;
    const trainingData = mapDatasets(ctx, meta.datasets);
    if (trainingData.length > 0)
        card.trainingData = trainingData;
    const results = mapModelIndex(ctx, meta['model-index']);
    if (results.length > 0)
        card.evaluation = { results };
    ctx.findings.push(...(0, common_js_1.scaleOutliers)(ctx.numericValues, 'hf'));
    const ignored = Object.keys(meta).filter((k) => !MAPPED_KEYS.has(k));
    if (ignored.length > 0) {
        ctx.findings.push({ severity: 'info', code: 'hf.not-imported', message: `metadata with no place in a modelgate card was not imported: ${ignored.join(', ')}`, ...fm.locate([ignored[0]]) });
    }
    const imported = { source: 'huggingface' };
    if (ctx.pending.length > 0)
        imported.pendingResults = ctx.pending;
    if (ctx.unplaced.length > 0)
        imported.unplaced = ctx.unplaced;
    if (Object.keys(imported).length > 1)
        card.extensions = { imported };
    const parserFindings = fm.diagnostics.filter((d) => !ctx.consumed.has(key(d, d.code))).map(frontmatter_js_1.diagnosticToFinding);
    return { card: (0, common_js_1.orderCard)(card), todo: [...ctx.todo, ...(0, common_js_1.governanceTodo)(card)], findings: [...parserFindings, ...ctx.findings].sort(byLine) };
}
// ---------------------------------------------------------------- helpers
function key(p, code) {
    return `${p.line}:${p.column}:${code}`;
}
function byLine(a, b) {
    return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}
function pathText(path) {
    return path.reduce((s, p) => (typeof p === 'number' ? `${s}[${p}]` : s ? `${s}.${p}` : p), '');
}
function report(ctx, severity, code, message, path) {
    ctx.findings.push({ severity, code, message, ...ctx.fm.locate(path) });
}
/** Text for a string field; numbers and booleans become their text with a note, anything else is kept aside. */
function optionalText(ctx, value, path) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean') {
        report(ctx, 'info', 'hf.coerced-to-text', `${pathText(path)} is the ${typeof value} ${String(value)}, not text; imported as "${String(value)}" (quote it in the README to say so)`, path);
        return String(value);
    }
    report(ctx, 'warn', 'hf.unexpected-shape', `${pathText(path)} should be text but is ${Array.isArray(value) ? 'a list' : 'a mapping'}; kept under extensions.imported.unplaced`, path);
    ctx.unplaced.push({ from: pathText(path), reason: 'expected text', value });
    return undefined;
}
/** A string or a list of strings, as the Hub accepts for tags, datasets and language. */
function textList(ctx, value, path) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        const one = optionalText(ctx, value, path);
        return one === undefined ? [] : [one];
    }
    return value.flatMap((item, i) => {
        const one = optionalText(ctx, item, [...path, i]);
        return one === undefined ? [] : [one];
    });
}
// ---------------------------------------------------------------- top-level fields
function mapLicence(ctx, meta) {
    const out = {};
    let license;
    if (Array.isArray(meta.license)) {
        const ids = textList(ctx, meta.license, ['license']);
        if (ids.length === 1)
            license = ids[0];
        else if (ids.length > 1) {
            report(ctx, 'warn', 'hf.several-licences', `the card names ${ids.length} licences (${ids.join(', ')}); a card has one: license was left out`, ['license']);
            ctx.unplaced.push({ from: 'license', reason: 'more than one licence', value: ids });
            ctx.todo.push(`license: the card names ${ids.join(', ')}; decide which licence applies to the weights`);
        }
    }
    else {
        license = optionalText(ctx, meta.license, ['license']);
    }
    const name = optionalText(ctx, meta.license_name, ['license_name']);
    const link = optionalText(ctx, meta.license_link, ['license_link']);
    if (license)
        out.license = license;
    if (name)
        out.licenseName = name;
    if (link)
        out.licenseLink = link;
    if (license) {
        const finding = (0, common_js_1.licenceFinding)(license, name, link, 'hf');
        if (finding)
            ctx.findings.push({ ...finding, ...ctx.fm.locate(['license']) });
        if (license === 'other' && !name && !link)
            ctx.todo.push('licenseName and licenseLink: the card says license: other without naming the licence');
    }
    return out;
}
const LANGUAGE_NAMES = { no: 'Norwegian' };
function mapLanguage(ctx, value) {
    if (value === undefined || value === null)
        return [];
    const items = Array.isArray(value) ? value.map((v, i) => [v, ['language', i]]) : [[value, ['language']]];
    const out = [];
    for (const [item, path] of items) {
        const at = ctx.fm.locate(path);
        if (typeof item === 'boolean') {
            report(ctx, 'warn', 'hf.language-boolean', `language entry is the boolean ${item}, not a language code: a YAML 1.1 round trip probably turned a code such as "no" (Norwegian) into ${item}; it was left out — write the intended code, quoted`, path);
            ctx.todo.push(`language: replace the boolean ${item} at README line ${at.line} with the intended language code, quoted`);
            continue;
        }
        const code = optionalText(ctx, item, path);
        if (code === undefined)
            continue;
        const yaml11 = key(at, 'yaml.yaml11-boolean');
        if (ctx.fm.diagnostics.some((d) => key(d, d.code) === yaml11)) {
            ctx.consumed.add(yaml11);
            const what = LANGUAGE_NAMES[code.toLowerCase()];
            report(ctx, 'warn', 'hf.language-yaml11-boolean', `language code \`${code}\`${what ? ` (${what})` : ''} is read as the boolean ${/^(?:y|yes|on)$/i.test(code)} by YAML 1.1 readers such as PyYAML, which the Hugging Face Hub uses; kept as "${code}" — quote it in the README ("${code}") so every reader agrees`, path);
        }
        out.push(code);
    }
    return out;
}
function mapBaseModel(ctx, value) {
    const models = textList(ctx, value, ['base_model']);
    if (models.length <= 1)
        return models[0];
    report(ctx, 'info', 'hf.several-base-models', `the card names ${models.length} base models; a card has one baseModel: all are kept under extensions.imported.unplaced`, ['base_model']);
    ctx.unplaced.push({ from: 'base_model', reason: 'more than one base model', value: models });
    ctx.todo.push(`baseModel: the card names ${models.join(', ')}; record the one this version was derived from`);
    return undefined;
}
function mapDatasets(ctx, value) {
    return textList(ctx, value, ['datasets'])
        .filter((id) => id.trim() !== '')
        .map((id) => ({ id }));
}
// ---------------------------------------------------------------- model-index
function mapModelIndex(ctx, value) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        report(ctx, 'warn', 'hf.model-index-shape', 'model-index should be a list of models with results; it was not imported', ['model-index']);
        ctx.unplaced.push({ from: 'model-index', reason: 'not a list', value });
        return [];
    }
    if (value.length > 1)
        report(ctx, 'info', 'hf.several-model-index-entries', `model-index describes ${value.length} models; the results of all of them were imported into this one card`, ['model-index']);
    const results = [];
    value.forEach((entry, i) => {
        const path = ['model-index', i];
        if (!(0, frontmatter_js_1.isRecord)(entry) || !Array.isArray(entry.results)) {
            report(ctx, 'warn', 'hf.model-index-shape', `model-index[${i}] should be a mapping with a results list; it was not imported`, path);
            ctx.unplaced.push({ from: pathText(path), reason: 'no results list', value: entry });
            return;
        }
        entry.results.forEach((r, j) => {
            const result = mapResult(ctx, r, [...path, 'results', j]);
            if (result)
                results.push(result);
        });
    });
    return results;
}
function mapResult(ctx, raw, path) {
    const from = pathText(path);
    if (!(0, frontmatter_js_1.isRecord)(raw)) {
        report(ctx, 'warn', 'hf.result-shape', `${from} is not a mapping; it was not imported`, path);
        ctx.unplaced.push({ from, reason: 'not a mapping', value: raw });
        return undefined;
    }
    const missing = [];
    const task = mapTask(ctx, raw.task, [...path, 'task']);
    if (!task?.type)
        missing.push('task.type');
    if (raw.dataset === undefined || raw.dataset === null) {
        report(ctx, 'warn', 'hf.result-without-dataset', `${from} has no dataset, which the Hugging Face model-index spec and the card both require: its metrics are kept under extensions.imported.pendingResults until a person names the dataset`, path);
    }
    const dataset = mapDataset(ctx, raw.dataset, [...path, 'dataset']);
    if (!dataset?.name)
        missing.push('dataset.name');
    const where = dataset?.name ?? dataset?.type;
    const metrics = mapMetrics(ctx, raw.metrics, [...path, 'metrics'], where);
    const source = mapSource(ctx, raw.source, [...path, 'source']);
    if (missing.length === 0 && task?.type && dataset?.name) {
        return { task: { type: task.type, ...(task.name ? { name: task.name } : {}) }, dataset: dataset, metrics, ...(source ? { source } : {}) };
    }
    const datasetAbsent = raw.dataset === undefined || raw.dataset === null;
    if (missing.some((m) => !(m === 'dataset.name' && datasetAbsent))) {
        report(ctx, 'warn', 'hf.result-incomplete', `${from} lacks ${missing.join(' and ')}; kept under extensions.imported.pendingResults`, path);
    }
    ctx.pending.push({ from, missing, ...(task ? { task } : {}), ...(dataset ? { dataset } : {}), metrics, ...(source ? { source } : {}) });
    ctx.todo.push(`evaluation: ${from} (${metrics.length} metric${metrics.length === 1 ? '' : 's'}) lacks ${missing.join(' and ')}; complete it and move it from extensions.imported.pendingResults to evaluation.results`);
    return undefined;
}
function mapTask(ctx, raw, path) {
    if (raw === undefined || raw === null)
        return undefined;
    if (!(0, frontmatter_js_1.isRecord)(raw)) {
        const type = optionalText(ctx, raw, path);
        return type ? { type } : undefined;
    }
    const type = optionalText(ctx, raw.type, [...path, 'type']);
    const name = optionalText(ctx, raw.name, [...path, 'name']);
    return { ...(type ? { type } : {}), ...(name ? { name } : {}) };
}
function mapDataset(ctx, raw, path) {
    if (raw === undefined || raw === null)
        return undefined;
    if (!(0, frontmatter_js_1.isRecord)(raw)) {
        report(ctx, 'warn', 'hf.result-shape', `${pathText(path)} should be a mapping with type and name`, path);
        ctx.unplaced.push({ from: pathText(path), reason: 'not a mapping', value: raw });
        return undefined;
    }
    const out = {};
    for (const field of ['type', 'name', 'config', 'split', 'revision']) {
        const v = optionalText(ctx, raw[field], [...path, field]);
        if (v !== undefined)
            out[field] = v;
    }
    if (raw.args !== undefined && raw.args !== null)
        out.args = raw.args;
    return out;
}
function mapSource(ctx, raw, path) {
    if (raw === undefined || raw === null)
        return undefined;
    if (!(0, frontmatter_js_1.isRecord)(raw)) {
        ctx.unplaced.push({ from: pathText(path), reason: 'not a mapping', value: raw });
        return undefined;
    }
    const name = optionalText(ctx, raw.name, [...path, 'name']);
    const url = optionalText(ctx, raw.url, [...path, 'url']);
    return name || url ? { ...(name ? { name } : {}), ...(url ? { url } : {}) } : undefined;
}
function mapMetrics(ctx, raw, path, where) {
    if (!Array.isArray(raw)) {
        report(ctx, 'warn', 'hf.result-shape', `${pathText(path)} should be a list of metrics`, path);
        if (raw !== undefined)
            ctx.unplaced.push({ from: pathText(path), reason: 'not a list', value: raw });
        return [];
    }
    return raw.flatMap((m, k) => {
        const metric = mapMetric(ctx, m, [...path, k], where);
        return metric ? [metric] : [];
    });
}
function mapMetric(ctx, raw, path, where) {
    const from = pathText(path);
    if (!(0, frontmatter_js_1.isRecord)(raw)) {
        report(ctx, 'warn', 'hf.metric-incomplete', `${from} is not a mapping with type and value; kept under extensions.imported.unplaced`, path);
        ctx.unplaced.push({ from, reason: 'not a mapping', value: raw });
        return undefined;
    }
    const type = optionalText(ctx, raw.type, [...path, 'type']);
    const rawValue = raw.value;
    if (!type || (typeof rawValue !== 'number' && typeof rawValue !== 'string')) {
        const lacks = !type ? 'a type' : rawValue === undefined || rawValue === null ? 'a value' : `a number (value is ${Array.isArray(rawValue) ? 'a list' : typeof rawValue})`;
        report(ctx, 'warn', 'hf.metric-incomplete', `${from} lacks ${lacks}; kept under extensions.imported.unplaced`, path);
        ctx.unplaced.push({ from, reason: `metric without ${lacks}`, value: raw });
        return undefined;
    }
    const metric = { type, value: 0 };
    const name = optionalText(ctx, raw.name, [...path, 'name']);
    if (name)
        metric.name = name;
    const label = (0, common_js_1.metricLabel)(metric, where);
    const valuePath = [...path, 'value'];
    const valueAt = ctx.fm.locate(valuePath);
    // `61.0` read as 61 is the same measurement; the parser's "quote it" advice is for versions and ids.
    ctx.consumed.add(key(valueAt, 'yaml.number-changed'));
    const conversion = (0, common_js_1.convertMetricValue)(rawValue);
    if (conversion.kind === 'number') {
        metric.value = conversion.value;
        ctx.numericValues.push({ value: conversion.value, label, ...valueAt });
    }
    else if (conversion.kind === 'converted') {
        metric.value = conversion.value;
        if (conversion.scale)
            metric.scale = conversion.scale;
        else
            ctx.numericValues.push({ value: conversion.value, label, ...valueAt });
        report(ctx, 'info', 'hf.metric-value-converted', `metric ${label}: the text "${conversion.from}" was converted to the number ${conversion.value}${conversion.scale ? ' (scale: percent, divided by 100)' : ''}`, valuePath);
    }
    else {
        metric.value = conversion.value;
        report(ctx, 'warn', 'hf.metric-value-not-numeric', `metric ${label}: value "${conversion.value}" is not a number modelgate can convert; kept as text, which the default policy refuses — replace it with the measured number`, valuePath);
    }
    const config = optionalText(ctx, raw.config, [...path, 'config']);
    if (config)
        metric.config = config;
    if (raw.args !== undefined && raw.args !== null)
        metric.args = raw.args;
    mapVerified(ctx, raw, metric, path, label);
    return metric;
}
/**
 * Only Hugging Face's evaluation service can mark a result verified, and it proves so with a signed
 * verifyToken. A bare `verified: true` is the author's own claim, so it does not enter the card.
 */
function mapVerified(ctx, raw, metric, path, label) {
    const token = optionalText(ctx, raw.verifyToken, [...path, 'verifyToken']);
    if (raw.verified === true && !token) {
        report(ctx, 'warn', 'hf.verified-without-token', `metric ${label} claims verified: true without a verifyToken: only Hugging Face's evaluation service verifies results, and it signs a verifyToken; this is the author's own claim, so verified was left out of the card`, [...path, 'verified']);
        return;
    }
    if (typeof raw.verified === 'boolean')
        metric.verified = raw.verified;
    else if (raw.verified !== undefined && raw.verified !== null) {
        report(ctx, 'info', 'hf.coerced-to-text', `verified should be true or false; '${String(raw.verified)}' was left out`, [...path, 'verified']);
    }
    if (token)
        metric.verifyToken = token;
}


/***/ }),

/***/ 4199:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.importModelCardToolkit = importModelCardToolkit;
exports.detectVersion = detectVersion;
/**
 * Google Model Card Toolkit JSON (schema v0.0.1 and v0.0.2) → modelgate card skeleton.
 *
 * The two versions differ in shape (v0.0.1: `license`, `citation` and `references` as strings, `data`
 * as `{train, eval}`, considerations as strings; v0.0.2: `licenses`, `citations`, `references` as
 * objects, `data` as a list, considerations as `{description}`), and real cards mix them, so each field
 * is read tolerantly and the detected version only decides what is reported.
 *
 * Performance metrics: MCT names neither the task nor the evaluation dataset, both of which a card's
 * `evaluation.results` entry requires, so metrics are never placed there by guesswork. They go to
 * `extensions.imported.pendingResults` (overall metrics, and slices that name no attribute such as
 * `cat`), except slices written `feature:value` (the form TFMA's slice keys take), which become
 * `fairness.results` entries with that attribute and group. Whether such a feature is a *protected*
 * attribute is left for a person to say.
 */
const common_js_1 = __webpack_require__(8662);
const frontmatter_js_1 = __webpack_require__(2861);
const SECTIONS = ['schema_version', 'model_details', 'model_parameters', 'quantitative_analysis', 'considerations'];
const OVERALL_SLICE = /^(?:overall|all|)$/i;
const ATTRIBUTE_SLICE = /^([^:]+):(.+)$/;
// Letters around the word are excluded rather than \b, so `eval_split` and `test-set` match too.
const EVALUATION_NAME = /(?:^|[^a-z])(?:eval|evaluation|valid|validation|test|testing|holdout|dev)(?:[^a-z]|$)/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
function importModelCardToolkit(jsonText, options) {
    const parsed = parseJson(jsonText);
    if (!parsed.ok)
        return { card: undefined, todo: [], findings: [parsed.finding] };
    const doc = parsed.value;
    if (!(0, frontmatter_js_1.isRecord)(doc)) {
        return { card: undefined, todo: [], findings: [deny('mct.not-an-object', `the file holds ${Array.isArray(doc) ? 'a JSON array' : `a JSON ${doc === null ? 'null' : typeof doc}`}, not a Model Card Toolkit model card (a JSON object with model_details)`)] };
    }
    if (!SECTIONS.some((s) => s in doc)) {
        return { card: undefined, todo: [], findings: [deny('mct.not-a-model-card', `the JSON object has none of the Model Card Toolkit sections (${SECTIONS.join(', ')}): it is not a model card`)] };
    }
    const ctx = { findings: [], todo: [], pending: [], unplaced: [], extra: {}, numericValues: [], graphics: { count: 0, bytes: 0, names: [] } };
    const detected = detectVersion(doc);
    ctx.findings.push(detected.finding);
    dropGraphics(doc, ctx);
    const card = { schemaVersion: 1, model: options.model, version: options.version };
    const details = section(ctx, doc, 'model_details');
    const params = section(ctx, doc, 'model_parameters');
    const analysis = section(ctx, doc, 'quantitative_analysis');
    const considerations = section(ctx, doc, 'considerations');
    mapDetails(ctx, details, card, options);
    if (card.created === undefined && !ctx.todo.some((t) => t.startsWith('created')))
        card.created = options.today ?? (0, common_js_1.todayUtc)();
    mapConsiderations(ctx, considerations, card);
    const trainingData = mapData(ctx, params);
    if (trainingData.length > 0)
        card.trainingData = trainingData;
    mapParameters(ctx, params);
    const fairness = mapMetrics(ctx, analysis, params);
    if (fairness.length > 0)
        card.fairness = { results: fairness };
    ctx.findings.push(...(0, common_js_1.scaleOutliers)(ctx.numericValues, 'mct'));
    if (ctx.graphics.count > 0) {
        const names = ctx.graphics.names.length > 0 ? `: ${ctx.graphics.names.join(', ')}` : '';
        ctx.findings.push({
            severity: 'info',
            code: 'mct.graphics-dropped',
            message: `dropped ${ctx.graphics.count} embedded base64 graphic${ctx.graphics.count === 1 ? '' : 's'} (${ctx.graphics.bytes < 1024 ? `${ctx.graphics.bytes} bytes` : `${Math.round(ctx.graphics.bytes / 1024)} KiB`} of base64)${names}; a card records facts, not images: keep plots with the evaluation report`,
        });
    }
    const ignored = Object.keys(doc).filter((k) => !SECTIONS.includes(k));
    if (ignored.length > 0)
        ctx.findings.push({ severity: 'info', code: 'mct.not-imported', message: `top-level keys that are not part of the Model Card Toolkit schema were not imported: ${ignored.join(', ')}` });
    const imported = { source: 'model-card-toolkit', schemaVersion: detected.version, ...ctx.extra };
    if (ctx.pending.length > 0)
        imported.pendingResults = ctx.pending;
    if (ctx.unplaced.length > 0)
        imported.unplaced = ctx.unplaced;
    card.extensions = { imported };
    return { card: (0, common_js_1.orderCard)(card), todo: [...ctx.todo, ...(0, common_js_1.governanceTodo)(card)], findings: ctx.findings };
}
// ---------------------------------------------------------------- parsing and detection
function deny(code, message, line, column) {
    return { severity: 'deny', code, message, ...(line !== undefined ? { line, column } : {}) };
}
function parseJson(text) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    try {
        return { ok: true, value: JSON.parse(body) };
    }
    catch (err) {
        const message = err.message;
        const at = jsonErrorPosition(body, message);
        return { ok: false, finding: deny('mct.invalid-json', `the file is not valid JSON: ${message}`, at?.line, at?.column) };
    }
}
/** Node 20 reports "at position N", newer versions "(line L column C)". */
function jsonErrorPosition(text, message) {
    const lc = /line (\d+) column (\d+)/.exec(message);
    if (lc)
        return { line: Number(lc[1]), column: Number(lc[2]) };
    const p = /position (\d+)/.exec(message);
    const offset = p ? Number(p[1]) : /end of JSON input/i.test(message) ? text.length : undefined;
    if (offset === undefined)
        return undefined;
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: before.length - before.lastIndexOf('\n') };
}
/** Signs of each version's shape, counted so a card that declares one and looks like the other is reported. */
function shapeScores(doc) {
    const details = (0, frontmatter_js_1.isRecord)(doc.model_details) ? doc.model_details : {};
    const params = (0, frontmatter_js_1.isRecord)(doc.model_parameters) ? doc.model_parameters : {};
    const cons = (0, frontmatter_js_1.isRecord)(doc.considerations) ? doc.considerations : {};
    const consItems = Object.values(cons).flatMap((v) => (Array.isArray(v) ? v : []));
    const refs = Array.isArray(details.references) ? details.references : [];
    const v1 = [typeof details.license === 'string', typeof details.citation === 'string', refs.some((r) => typeof r === 'string'), (0, frontmatter_js_1.isRecord)(params.data), consItems.some((c) => typeof c === 'string')];
    const v2 = [Array.isArray(details.licenses), Array.isArray(details.citations), refs.some(frontmatter_js_1.isRecord), Array.isArray(params.data), consItems.some((c) => (0, frontmatter_js_1.isRecord)(c) && 'description' in c)];
    return { '0.0.1': v1.filter(Boolean).length, '0.0.2': v2.filter(Boolean).length };
}
function detectVersion(doc) {
    const scores = shapeScores(doc);
    const byShape = scores['0.0.1'] > scores['0.0.2'] ? '0.0.1' : '0.0.2';
    const declared = doc.schema_version;
    if (declared === '0.0.1' || declared === '0.0.2') {
        const other = declared === '0.0.1' ? '0.0.2' : '0.0.1';
        if (scores[other] > 0 && scores[declared] === 0) {
            return { version: declared, finding: { severity: 'warn', code: 'mct.version-shape-mismatch', message: `schema_version is ${declared}, but the card is shaped like v${other}; it was read field by field in either shape` } };
        }
        return { version: declared, finding: { severity: 'info', code: 'mct.schema-version', message: `Model Card Toolkit schema v${declared} (from schema_version)` } };
    }
    if (declared !== undefined) {
        return { version: byShape, finding: { severity: 'warn', code: 'mct.unknown-schema-version', message: `schema_version ${JSON.stringify(declared)} is not one modelgate knows (0.0.1, 0.0.2); read as v${byShape}, which its shape matches best` } };
    }
    return { version: byShape, finding: { severity: 'info', code: 'mct.schema-version', message: `no schema_version: read as Model Card Toolkit schema v${byShape} from its shape` } };
}
function section(ctx, doc, name) {
    const value = doc[name];
    if (value === undefined || value === null)
        return {};
    if ((0, frontmatter_js_1.isRecord)(value))
        return value;
    ctx.findings.push({ severity: 'warn', code: 'mct.unexpected-shape', message: `${name} should be an object; it was not imported` });
    ctx.unplaced.push({ from: name, reason: 'not an object', value });
    return {};
}
/** Removes every `graphics` object in place, counting what was dropped: base64 plots do not belong in YAML. */
function dropGraphics(node, ctx) {
    if (Array.isArray(node)) {
        for (const item of node)
            dropGraphics(item, ctx);
        return;
    }
    if (!(0, frontmatter_js_1.isRecord)(node))
        return;
    for (const [k, v] of Object.entries(node)) {
        if (k === 'graphics' && (0, frontmatter_js_1.isRecord)(v)) {
            const collection = Array.isArray(v.collection) ? v.collection : [];
            for (const g of collection) {
                if (!(0, frontmatter_js_1.isRecord)(g))
                    continue;
                ctx.graphics.count++;
                if (typeof g.image === 'string')
                    ctx.graphics.bytes += g.image.length;
                if (typeof g.name === 'string')
                    ctx.graphics.names.push(g.name);
            }
            delete node[k];
        }
        else {
            dropGraphics(v, ctx);
        }
    }
}
// ---------------------------------------------------------------- readers
function text(ctx, value, from) {
    if (value === undefined || value === null)
        return undefined;
    if (typeof value === 'string')
        return value.trim() === '' ? undefined : value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    ctx.unplaced.push({ from, reason: 'expected text', value });
    ctx.findings.push({ severity: 'warn', code: 'mct.unexpected-shape', message: `${from} should be text; kept under extensions.imported.unplaced` });
    return undefined;
}
/** A list whose items are strings (v0.0.1) or objects holding the text under `field` (v0.0.2). */
function texts(ctx, value, from, field) {
    if (value === undefined || value === null)
        return [];
    const items = Array.isArray(value) ? value : [value];
    return items.flatMap((item, i) => {
        const t = (0, frontmatter_js_1.isRecord)(item) ? text(ctx, item[field], `${from}[${i}].${field}`) : text(ctx, item, `${from}[${i}]`);
        return t === undefined ? [] : [t];
    });
}
// ---------------------------------------------------------------- model_details
function mapDetails(ctx, details, card, options) {
    const name = text(ctx, details.name, 'model_details.name');
    if (name)
        ctx.extra.name = name;
    const overview = text(ctx, details.overview, 'model_details.overview');
    if (overview)
        card.description = overview;
    const documentation = text(ctx, details.documentation, 'model_details.documentation');
    if (documentation)
        ctx.extra.documentation = documentation;
    const authors = mapOwners(ctx, details.owners);
    if (authors.length > 0)
        card.authors = authors;
    mapVersion(ctx, details.version, card, options);
    Object.assign(card, mapLicences(ctx, details));
    const references = texts(ctx, details.references, 'model_details.references', 'reference');
    if (references.length > 0)
        ctx.extra.references = references;
    const citations = [...texts(ctx, details.citations, 'model_details.citations', 'citation'), ...texts(ctx, details.citation, 'model_details.citation', 'citation')];
    if (citations.length > 0)
        ctx.extra.citations = citations;
    const path = text(ctx, details.path, 'model_details.path');
    if (path)
        ctx.extra.path = path;
}
/** MCT owners become card authors; a contact that is not an e-mail address has no author field and is kept aside. */
function mapOwners(ctx, value) {
    if (!Array.isArray(value))
        return [];
    const authors = [];
    value.forEach((owner, i) => {
        if (!(0, frontmatter_js_1.isRecord)(owner))
            return;
        const name = text(ctx, owner.name, `model_details.owners[${i}].name`);
        const contact = text(ctx, owner.contact, `model_details.owners[${i}].contact`);
        if (!name) {
            if (contact)
                ctx.unplaced.push({ from: `model_details.owners[${i}]`, reason: 'owner without a name', value: owner });
            return;
        }
        const author = { name };
        if (contact && EMAIL.test(contact))
            author.email = contact;
        else if (contact)
            ctx.unplaced.push({ from: `model_details.owners[${i}].contact`, reason: 'not an e-mail address', value: contact });
        authors.push(author);
    });
    if (authors.length > 0) {
        ctx.todo.push(`owner: the MCT card names the owners ${authors.map((a) => a.name).join(', ')} (imported as authors); the owning GitHub team goes in model.yaml owner.team`);
    }
    return authors;
}
function mapVersion(ctx, value, card, options) {
    if (!(0, frontmatter_js_1.isRecord)(value))
        return;
    const name = text(ctx, value.name, 'model_details.version.name');
    if (name) {
        ctx.extra.sourceVersion = name;
        if (name.replace(/^v/i, '') !== options.version) {
            ctx.findings.push({ severity: 'info', code: 'mct.version-differs', message: `the MCT card calls this version '${name}'; it is registered as ${options.version} (--version)` });
        }
    }
    const diff = text(ctx, value.diff, 'model_details.version.diff');
    if (diff)
        ctx.extra.versionDiff = diff;
    const date = text(ctx, value.date, 'model_details.version.date');
    if (!date)
        return;
    const normalized = (0, common_js_1.normalizeDate)(date);
    if (normalized.ok) {
        card.created = normalized.date;
        if (normalized.changed)
            ctx.findings.push({ severity: 'info', code: 'mct.date-normalised', message: `model_details.version.date '${date}' was written as ${normalized.date} (created)` });
    }
    else {
        ctx.findings.push({ severity: 'warn', code: 'mct.date-unreadable', message: `model_details.version.date: ${normalized.reason}; created was left out` });
        ctx.todo.push(`created: the version date as YYYY-MM-DD (the MCT card says '${date}')`);
    }
}
function mapLicences(ctx, details) {
    const found = [];
    const v1 = text(ctx, details.license, 'model_details.license');
    if (v1)
        found.push({ id: v1 });
    if (Array.isArray(details.licenses)) {
        details.licenses.forEach((l, i) => {
            if (typeof l === 'string')
                found.push({ id: l });
            else if ((0, frontmatter_js_1.isRecord)(l)) {
                const id = text(ctx, l.identifier, `model_details.licenses[${i}].identifier`);
                const custom = text(ctx, l.custom_text, `model_details.licenses[${i}].custom_text`);
                if (id)
                    found.push({ id });
                else if (custom)
                    found.push({ custom });
            }
        });
    }
    if (found.length === 0)
        return {};
    if (found.length > 1) {
        ctx.findings.push({ severity: 'warn', code: 'mct.several-licences', message: `the card names ${found.length} licences; a card has one: license was left out` });
        ctx.unplaced.push({ from: 'model_details.licenses', reason: 'more than one licence', value: found });
        ctx.todo.push('license: the MCT card names several licences; decide which applies to the weights');
        return {};
    }
    const only = found[0];
    const out = only.id !== undefined ? { license: only.id } : customLicence(ctx, only.custom);
    if (out.license) {
        const finding = (0, common_js_1.licenceFinding)(out.license, out.licenseName, undefined, 'mct');
        if (finding)
            ctx.findings.push(finding);
    }
    return out;
}
/**
 * `custom_text` is meant for licence text, but cards put identifiers there ("Apache-2.0"): a single
 * identifier-like token is taken as the licence id (reported); real text becomes `other` + licenseName.
 */
function customLicence(ctx, custom) {
    const token = custom.trim();
    if (/^[A-Za-z0-9][A-Za-z0-9.+-]{0,63}$/.test(token)) {
        ctx.findings.push({ severity: 'info', code: 'mct.licence-from-custom-text', message: `the licence is given as custom_text '${token}', which reads as a licence id: imported as license ${token}; check it` });
        return { license: token };
    }
    const firstLine = token.split('\n')[0]?.trim() ?? token;
    ctx.extra.licenseText = custom;
    ctx.todo.push('licenseLink: where the custom licence text (kept under extensions.imported.licenseText) is published');
    return { license: 'other', licenseName: firstLine.length > 120 ? `${firstLine.slice(0, 117)}...` : firstLine };
}
// ---------------------------------------------------------------- considerations
function mapConsiderations(ctx, cons, card) {
    const users = texts(ctx, cons.users, 'considerations.users', 'description');
    const uses = texts(ctx, cons.use_cases, 'considerations.use_cases', 'description');
    if (users.length > 0 || uses.length > 0) {
        card.intendedUse = { ...(uses.length > 0 ? { primaryUses: uses } : {}), ...(users.length > 0 ? { primaryUsers: users } : {}) };
    }
    // A trade-off is a limitation the authors accepted; the prefix keeps its origin visible.
    const limitations = [...texts(ctx, cons.limitations, 'considerations.limitations', 'description'), ...texts(ctx, cons.tradeoffs, 'considerations.tradeoffs', 'description').map((t) => `Trade-off: ${t}`)];
    if (limitations.length > 0)
        card.limitations = limitations;
    const risks = mapRisks(ctx, cons.ethical_considerations);
    if (risks.length > 0)
        card.risks = risks;
}
function mapRisks(ctx, value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((r, i) => {
        const from = `considerations.ethical_considerations[${i}]`;
        if (typeof r === 'string')
            return [{ risk: r }];
        if (!(0, frontmatter_js_1.isRecord)(r))
            return [];
        const risk = text(ctx, r.name, `${from}.name`) ?? text(ctx, r.description, `${from}.description`);
        const mitigation = text(ctx, r.mitigation_strategy, `${from}.mitigation_strategy`);
        if (!risk) {
            if (mitigation)
                ctx.unplaced.push({ from, reason: 'mitigation without a named risk', value: r });
            return [];
        }
        return [{ risk, ...(mitigation ? { mitigation } : {}) }];
    });
}
function datasets(params) {
    const data = params.data;
    if (Array.isArray(data))
        return data.flatMap((d, i) => ((0, frontmatter_js_1.isRecord)(d) ? [{ value: d, from: `model_parameters.data[${i}]` }] : []));
    if ((0, frontmatter_js_1.isRecord)(data)) {
        const out = [];
        if ((0, frontmatter_js_1.isRecord)(data.train))
            out.push({ role: 'train', value: data.train, from: 'model_parameters.data.train' });
        if ((0, frontmatter_js_1.isRecord)(data.eval))
            out.push({ role: 'eval', value: data.eval, from: 'model_parameters.data.eval' });
        return out;
    }
    return [];
}
/** v0.0.1 says which dataset trained the model; v0.0.2 lists all datasets together, so each is imported and evaluation-looking names are flagged. */
function mapData(ctx, params) {
    const out = [];
    for (const d of datasets(params)) {
        const name = text(ctx, d.value.name, `${d.from}.name`);
        const link = text(ctx, d.value.link, `${d.from}.link`);
        const description = text(ctx, d.value.description, `${d.from}.description`);
        if (d.role === 'eval') {
            if (name || link)
                ctx.extra.evaluationData = { ...(name ? { name } : {}), ...(link ? { link } : {}) };
            continue;
        }
        if (!name) {
            ctx.findings.push({ severity: 'warn', code: 'mct.dataset-without-name', message: `${d.from} describes a dataset without a name; it was not imported as training data` });
            if (link || description)
                ctx.unplaced.push({ from: d.from, reason: 'dataset without a name', value: d.value });
            continue;
        }
        const entry = { id: name, ...(link ? { uri: link } : {}), ...(description ? { description } : {}) };
        out.push(entry);
        if (d.role === undefined && EVALUATION_NAME.test(name)) {
            ctx.findings.push({
                severity: 'warn',
                code: 'mct.dataset-role-unknown',
                message: `dataset '${name}' looks like evaluation data, but MCT v0.0.2 does not say which datasets trained the model: it was imported into trainingData; remove it if it was not used for training`,
            });
            ctx.todo.push(`trainingData: confirm that '${name}' was used for training, or remove it`);
        }
        const sensitive = d.value.sensitive;
        const fields = (0, frontmatter_js_1.isRecord)(sensitive) && Array.isArray(sensitive.sensitive_data) ? sensitive.sensitive_data.filter((s) => typeof s === 'string') : [];
        if (sensitive === true || fields.length > 0) {
            ctx.todo.push(`trainingData ${name}: the MCT card marks it as holding sensitive data${fields.length > 0 ? ` (${fields.join(', ')})` : ''}: set containsPersonalData and consider these attributes for fairness`);
        }
    }
    return out;
}
function mapParameters(ctx, params) {
    const fields = [
        ['model_architecture', 'modelArchitecture'],
        ['input_format', 'inputFormat'],
        ['output_format', 'outputFormat'],
    ];
    for (const [from, to] of fields) {
        const v = text(ctx, params[from], `model_parameters.${from}`);
        if (v)
            ctx.extra[to] = v;
    }
    for (const [from, to] of [['input_format_map', 'inputFormatMap'], ['output_format_map', 'outputFormatMap']]) {
        if (Array.isArray(params[from]))
            ctx.extra[to] = params[from];
    }
}
// ---------------------------------------------------------------- quantitative_analysis
function mapMetrics(ctx, analysis, params) {
    const raw = analysis.performance_metrics;
    if (raw === undefined || raw === null)
        return [];
    if (!Array.isArray(raw)) {
        ctx.findings.push({ severity: 'warn', code: 'mct.unexpected-shape', message: 'quantitative_analysis.performance_metrics should be a list; it was not imported' });
        ctx.unplaced.push({ from: 'quantitative_analysis.performance_metrics', reason: 'not a list', value: raw });
        return [];
    }
    const evalName = datasets(params).find((d) => d.role === 'eval')?.value.name;
    const bySlice = new Map();
    const fairness = new Map();
    raw.forEach((m, i) => {
        const from = `quantitative_analysis.performance_metrics[${i}]`;
        const slice = (0, frontmatter_js_1.isRecord)(m) && typeof m.slice === 'string' ? m.slice.trim() : '';
        const metric = mapMetric(ctx, m, from, slice);
        if (!metric)
            return;
        const attribute = ATTRIBUTE_SLICE.exec(slice);
        if (attribute) {
            const [attr, group] = [attribute[1].trim(), attribute[2].trim()];
            const k = `${attr}\u0000${group}`;
            const result = fairness.get(k) ?? { attribute: attr, groups: [group], metrics: [] };
            result.metrics.push(metric);
            fairness.set(k, result);
            return;
        }
        const sliceKey = OVERALL_SLICE.test(slice) ? '' : slice;
        bySlice.set(sliceKey, [...(bySlice.get(sliceKey) ?? []), metric]);
    });
    for (const [slice, metrics] of bySlice) {
        const dataset = typeof evalName === 'string' && evalName.trim() !== '' ? { name: evalName } : undefined;
        const missing = ['task.type', ...(dataset ? [] : ['dataset.name'])];
        ctx.pending.push({ from: 'quantitative_analysis.performance_metrics', missing, ...(slice ? { slice } : {}), ...(dataset ? { dataset } : {}), metrics });
    }
    if (bySlice.size > 0) {
        const count = [...bySlice.values()].reduce((n, ms) => n + ms.length, 0);
        const slices = [...bySlice.keys()].filter((s) => s !== '');
        ctx.findings.push({
            severity: 'info',
            code: 'mct.metrics-pending',
            message: `${count} performance metric${count === 1 ? '' : 's'} ${count === 1 ? 'is' : 'are'} kept under extensions.imported.pendingResults: MCT names no task${ctx.pending.some((p) => p.missing.includes('dataset.name')) ? ' and no evaluation dataset' : ''}, which evaluation.results requires${slices.length > 0 ? `; ${slices.length === 1 ? 'slice' : 'slices'} ${slices.map((s) => `'${s}'`).join(', ')} ${slices.length === 1 ? 'names' : 'name'} no attribute (feature:value)` : ''}`,
        });
        ctx.todo.push(`evaluation.results: give the task.type${ctx.pending.some((p) => p.missing.includes('dataset.name')) ? ' and dataset (name, split, revision)' : ''} of the ${count} MCT metric${count === 1 ? '' : 's'} in extensions.imported.pendingResults and move them to evaluation.results`);
    }
    const results = [...fairness.values()];
    if (results.length > 0) {
        const attributes = [...new Set(results.map((r) => r.attribute))];
        ctx.todo.push(`fairness.protectedAttributes: the MCT slices give results per ${attributes.join(', ')}; list those that are protected attributes`);
    }
    return results;
}
function mapMetric(ctx, raw, from, slice) {
    if (!(0, frontmatter_js_1.isRecord)(raw)) {
        ctx.unplaced.push({ from, reason: 'not an object', value: raw });
        return undefined;
    }
    const type = text(ctx, raw.type, `${from}.type`);
    const value = raw.value;
    if (!type || (typeof value !== 'number' && typeof value !== 'string')) {
        const lacks = !type ? 'a type' : 'a value';
        ctx.findings.push({ severity: 'warn', code: 'mct.metric-incomplete', message: `${from} lacks ${lacks}; kept under extensions.imported.unplaced` });
        ctx.unplaced.push({ from, reason: `metric without ${lacks}`, value: raw });
        return undefined;
    }
    const metric = { type, value: 0 };
    const label = (0, common_js_1.metricLabel)(metric, slice ? `slice '${slice}'` : undefined);
    const conversion = (0, common_js_1.convertMetricValue)(value);
    metric.value = conversion.value;
    if (conversion.kind === 'converted') {
        if (conversion.scale)
            metric.scale = conversion.scale;
        ctx.findings.push({ severity: 'info', code: 'mct.metric-value-converted', message: `metric ${label}: the text "${conversion.from}" was converted to the number ${conversion.value}${conversion.scale ? ' (scale: percent, divided by 100)' : ''}` });
    }
    else if (conversion.kind === 'unconvertible') {
        ctx.findings.push({ severity: 'warn', code: 'mct.metric-value-not-numeric', message: `metric ${label}: value "${conversion.value}" is not a number modelgate can convert; kept as text, which the default policy refuses — replace it with the measured number` });
    }
    if (conversion.kind !== 'unconvertible' && !metric.scale)
        ctx.numericValues.push({ value: conversion.value, label });
    const args = metricArgs(raw);
    if (args)
        metric.args = args;
    return metric;
}
/** Threshold and confidence interval have no metric field of their own; `args` holds them, as numbers when they are. */
function metricArgs(raw) {
    const args = {};
    const num = (v) => {
        if (typeof v !== 'number' && typeof v !== 'string')
            return v;
        const c = (0, common_js_1.convertMetricValue)(v);
        return c.kind === 'unconvertible' ? v : c.value;
    };
    if (raw.threshold !== undefined && raw.threshold !== null)
        args.threshold = num(raw.threshold);
    const ci = raw.confidence_interval;
    if ((0, frontmatter_js_1.isRecord)(ci))
        args.confidenceInterval = { lowerBound: num(ci.lower_bound), upperBound: num(ci.upper_bound) };
    return Object.keys(args).length > 0 ? args : undefined;
}


/***/ }),

/***/ 3104:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MODEL_YAML_TEAM_PLACEHOLDER = void 0;
exports.checkModelName = checkModelName;
exports.checkVersion = checkVersion;
exports.cardPath = cardPath;
exports.modelYamlPath = modelYamlPath;
exports.needsQuotes = needsQuotes;
exports.stringifyRegistryYaml = stringifyRegistryYaml;
exports.schemaReference = schemaReference;
exports.writeImportedCard = writeImportedCard;
/**
 * Writes an imported card skeleton into the registry: `models/<model>/<version>/card.yaml` and, when the
 * model is new, a `models/<model>/model.yaml` skeleton.
 *
 * Editor schema line: the first line is `# yaml-language-server: $schema=<relative path>`, pointing at
 * the schema shipped in the npm package. The path is found the way Node finds packages: walking up from
 * the registry root, the first `node_modules/modelgate/schemas/` wins, or a modelgate checkout's own
 * `schemas/` (so the examples inside this repository work). If neither exists, it points where
 * `npm install --save-dev modelgate` at the registry root will put it. Relative, not a URL, so editors
 * work offline and the schema always matches the installed modelgate.
 *
 * model.yaml: its owner team and risk tier decide who must approve what, so they cannot be guessed.
 * The skeleton carries `owner.team: "TODO: ..."` (fails the team pattern) and leaves `riskTier` out
 * (a required field), so it fails validation until a person fills both in. An existing model.yaml is
 * never touched, not even with --force: it holds mutable registry state (status marks, rollback rules).
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const yaml_1 = __webpack_require__(8815);
const errors_js_1 = __webpack_require__(3916);
const names_js_1 = __webpack_require__(1815);
exports.MODEL_YAML_TEAM_PLACEHOLDER = 'TODO: the owning GitHub team, as @org/team';
/** The loader's own rules (src/registry/names.ts), so an import never writes what validate denies. */
function checkModelName(model) {
    const problem = (0, names_js_1.nameProblem)(model, 'model');
    if (problem)
        throw new errors_js_1.UsageError(`--model: ${problem}`);
}
function checkVersion(version) {
    const problem = (0, names_js_1.versionProblem)(version);
    if (problem)
        throw new errors_js_1.UsageError(`--version: ${problem}`);
}
function cardPath(model, version) {
    return `models/${model}/${version}/card.yaml`;
}
function modelYamlPath(model) {
    return `models/${model}/model.yaml`;
}
const YAML11_SPECIAL = /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|=|<<)$/;
/**
 * Strings another YAML reader could take for something else: YAML 1.1 booleans (`no`), anything
 * starting like a number (versions, dates, `1.10`, digests such as `5503434d…`), hex ids, `.inf`.
 * The yaml library already quotes what YAML 1.2 would misread; these are the YAML 1.1 and
 * "looks like a number" cases that it leaves plain.
 */
function needsQuotes(s) {
    return s === '' || YAML11_SPECIAL.test(s) || /^[-+.]?\d/.test(s) || /^[0-9a-fA-F]{7,}$/.test(s) || /^[-+]?\.(?:inf|nan)$/i.test(s) || s !== s.trim();
}
/** YAML text that every reader (YAML 1.1 or 1.2) reads back as exactly `value`. */
function stringifyRegistryYaml(value, headerComments = []) {
    const doc = new yaml_1.Document(value);
    (0, yaml_1.visit)(doc, {
        Scalar(_key, node) {
            if ((0, yaml_1.isScalar)(node) && typeof node.value === 'string' && needsQuotes(node.value) && !node.value.includes('\n'))
                node.type = 'QUOTE_DOUBLE';
        },
    });
    const header = headerComments.map((c) => (c === '' ? '#' : `# ${c}`)).join('\n');
    const body = doc.toString({ lineWidth: 0, indentSeq: true });
    return header ? `${header}\n${body}` : body;
}
async function exists(file) {
    try {
        await (0, promises_1.access)(file);
        return true;
    }
    catch {
        return false;
    }
}
async function isModelgateCheckout(dir) {
    try {
        const pkg = JSON.parse(await (0, promises_1.readFile)(node_path_1.default.join(dir, 'package.json'), 'utf8'));
        return pkg.name === 'modelgate';
    }
    catch {
        return false;
    }
}
/** Where the schema file is for an editor opening a file in `fromDir` (see the module comment). */
async function schemaReference(repo, fromDir, schemaFile) {
    const root = node_path_1.default.resolve(repo);
    let target = node_path_1.default.join(root, 'node_modules', 'modelgate', 'schemas', schemaFile);
    for (let dir = root;; dir = node_path_1.default.dirname(dir)) {
        const installed = node_path_1.default.join(dir, 'node_modules', 'modelgate', 'schemas', schemaFile);
        if (await exists(installed)) {
            target = installed;
            break;
        }
        const own = node_path_1.default.join(dir, 'schemas', schemaFile);
        if ((await exists(own)) && (await isModelgateCheckout(dir))) {
            target = own;
            break;
        }
        if (node_path_1.default.dirname(dir) === dir)
            break;
    }
    return node_path_1.default.relative(node_path_1.default.resolve(fromDir), target).split(node_path_1.default.sep).join('/');
}
async function writeImportedCard(options) {
    const { card } = options;
    checkModelName(card.model);
    checkVersion(card.version);
    const repo = node_path_1.default.resolve(options.repo);
    if (!(await exists(node_path_1.default.join(repo, 'modelgate.yaml')))) {
        throw new errors_js_1.ConfigError(`${repo} is not a modelgate registry (modelgate.yaml not found): run \`modelgate init\` there first, or pass --repo <the registry's directory>; nothing was written`);
    }
    const cardRel = cardPath(card.model, card.version);
    const modelRel = modelYamlPath(card.model);
    const cardFile = node_path_1.default.join(repo, cardRel);
    const modelFile = node_path_1.default.join(repo, modelRel);
    if (!options.force && (await exists(cardFile))) {
        throw new errors_js_1.UsageError(`${cardRel} already exists; pass --force to overwrite it (a merged card is immutable: register a new version instead)`);
    }
    const createModel = !(await exists(modelFile));
    await (0, promises_1.mkdir)(node_path_1.default.dirname(cardFile), { recursive: true });
    const cardSchema = await schemaReference(repo, node_path_1.default.dirname(cardFile), 'card-v1.schema.json');
    const todo = options.todo ?? [];
    const cardHeader = [
        `yaml-language-server: $schema=${cardSchema}`,
        `Skeleton written by \`${options.origin}\`: it holds only what the source states.`,
        ...(todo.length > 0 ? ['', 'TODO before this card can be governed:', ...todo.map((t) => `  - ${t.replace(/\n/g, ' ')}`)] : []),
    ];
    await (0, promises_1.writeFile)(cardFile, stringifyRegistryYaml(card, cardHeader), 'utf8');
    const written = [cardRel];
    const modelTodo = [];
    if (createModel) {
        const modelSchema = await schemaReference(repo, node_path_1.default.dirname(modelFile), 'model-v1.schema.json');
        const header = [
            `yaml-language-server: $schema=${modelSchema}`,
            `Skeleton written by \`${options.origin}\`. It does NOT validate until a person sets:`,
            '  owner.team   the GitHub team that owns the model, e.g. "@my-org/ml-team" (replace the TODO below)',
            '  riskTier     low, medium or high (left out on purpose: it decides the approvals and cannot be guessed)',
            '  inventoryId  the model\'s id in your model inventory, if you keep one',
        ];
        const skeleton = { schemaVersion: 1, name: card.model, owner: { team: exports.MODEL_YAML_TEAM_PLACEHOLDER } };
        await (0, promises_1.writeFile)(modelFile, stringifyRegistryYaml(skeleton, header), { encoding: 'utf8', flag: 'wx' });
        written.push(modelRel);
        modelTodo.push(`${modelRel}: replace owner.team "${exports.MODEL_YAML_TEAM_PLACEHOLDER}" with the owning team, add riskTier (low, medium or high) and inventoryId`);
    }
    return { written, modelYamlCreated: createModel, todo: modelTodo };
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
