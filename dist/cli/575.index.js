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
    { id: 'registry.special-file', title: 'Special file in the registry', help: 'FIFOs, sockets, devices and submodules are not read: a FIFO would block the run.' },
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
    lines.push('', `${c.deny} deny, ${c.warn} warn, ${c.info} info: ${verdict(report, o.failOn) === 'pass' ? 'PASS' : 'FAIL'}${o.failOn === 'warn' ? ' (warnings fail the run: fail-on warn)' : ''}`);
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


/***/ })

};
