export const id = 787;
export const ids = [787];
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

/***/ 9787:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.run = run;
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const init_js_1 = __webpack_require__(6074);
const args_js_1 = __webpack_require__(7593);
exports.spec = {
    name: 'init',
    summary: 'set up a repository as a modelgate registry: workflows, modelgate.yaml, CODEOWNERS',
    usage: 'modelgate init [--repo <dir>] [--force] [--action-ref <owner>/<repo>@<sha>]',
    options: {
        repo: { type: 'string', help: '<dir>  the repository root (default: current directory)' },
        force: { type: 'boolean', help: 'overwrite files that exist' },
        'action-ref': { type: 'string', help: '<owner>/<repo>@<sha>  pin the workflows to this modelgate repository and full commit (default: placeholders to fill in)' },
    },
    examples: ['modelgate init', `modelgate init --repo ../model-registry --action-ref acme/modelgate@${'0'.repeat(40)}`],
    details: 'Writes modelgate.yaml (the default policy pack), .github/CODEOWNERS and the workflows under .github/workflows/\n' +
        '(feedback on pull_request, the gate on pull_request_target). Existing files are never overwritten without --force:\n' +
        'the command then writes nothing and exits 2 naming them.',
};
async function run(argv, io) {
    const parsed = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (parsed.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const repo = node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(parsed, 'repo') ?? '.');
    const refText = (0, args_js_1.stringOpt)(parsed, 'action-ref');
    const actionRef = refText ? (0, init_js_1.parseActionRef)(refText) : undefined;
    const result = await (0, init_js_1.init)(repo, { force: (0, args_js_1.boolOpt)(parsed, 'force'), ...(actionRef ? { actionRef } : {}) });
    const lines = [`modelgate init: ${node_path_1.default.relative(io.cwd, repo) || '.'}`, ...result.written.map((f) => `  wrote ${f}`), '', 'Next:'];
    const steps = [
        ...(result.placeholders.length > 0
            ? [`Replace OWNER and COMMIT_SHA in ${result.placeholders.join(', ')} with the repository you take modelgate from and the full commit you trust (or run again with --force --action-ref <owner>/<repo>@<sha>).`]
            : []),
        'Replace the @your-org/... teams in .github/CODEOWNERS with your own.',
        'In a branch ruleset for the default branch, require the status check modelgate/policy and a code owner review.',
        'Commit, push, and open a pull request that adds a model card: modelgate validate --repo . shows the verdict first.',
    ];
    lines.push(...steps.map((s, i) => `  ${i + 1}. ${s}`), '');
    io.stdout(lines.join('\n'));
    return errors_js_1.EXIT.yes;
}


/***/ }),

/***/ 6074:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.PLACEHOLDER_SHA = exports.PLACEHOLDER_OWNER = void 0;
exports.parseActionRef = parseActionRef;
exports.applyActionRef = applyActionRef;
exports.templatesDir = templatesDir;
exports.planInit = planInit;
exports.existingFiles = existingFiles;
exports.init = init;
/**
 * `modelgate init`: the files a repository needs to become a modelgate registry, from the templates
 * shipped in the package (templates/): the workflows, a starter modelgate.yaml using the default
 * policy pack, and a CODEOWNERS skeleton. Nothing is overwritten unless asked.
 */
const node_fs_1 = __webpack_require__(3024);
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const errors_js_1 = __webpack_require__(3916);
const root_js_1 = __webpack_require__(9434);
/** The placeholders the templates carry until a user (or --action-ref) fills them in. */
exports.PLACEHOLDER_OWNER = 'OWNER';
exports.PLACEHOLDER_SHA = 'COMMIT_SHA';
const PLACEHOLDER_USES = new RegExp(`uses:\\s*${exports.PLACEHOLDER_OWNER}/modelgate/actions/[a-z-]+@${exports.PLACEHOLDER_SHA}\\b`);
function parseActionRef(text) {
    const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9_.-]{1,100})@([0-9a-f]{40})$/.exec(text.trim());
    if (!m) {
        throw new errors_js_1.UsageError(`--action-ref must be <owner>/<repo>@<full 40-character commit SHA>, e.g. acme/modelgate@${'0'.repeat(40)}; got '${text}'. A tag or branch would let whoever moves it change what your gate runs.`);
    }
    return { owner: m[1], repo: m[2], sha: m[3] };
}
/** Points the templates' `OWNER/modelgate/…@COMMIT_SHA` references (actions and schema URLs) at `ref`. */
function applyActionRef(content, ref) {
    return content
        .replace(/\bOWNER\/modelgate\/actions\/([a-z-]+)@COMMIT_SHA\b/g, `${ref.owner}/${ref.repo}/actions/$1@${ref.sha}`)
        .replace(/\/OWNER\/modelgate\/COMMIT_SHA\//g, `/${ref.owner}/${ref.repo}/${ref.sha}/`)
        // The instruction to fill the placeholders in is done with once they are.
        .replace(/^# Replace OWNER and COMMIT_SHA[^\n]*\n# from and the full commit you trust[^\n]*\n/m, `# modelgate is pinned to ${ref.owner}/${ref.repo}@${ref.sha} (modelgate init --action-ref).\n`);
}
function templatesDir() {
    return node_path_1.default.join((0, root_js_1.packageRoot)(), 'templates');
}
/** Every file init writes, in order, with the action reference applied when given. */
function planInit(templates, actionRef) {
    const read = (rel) => (0, node_fs_1.readFileSync)(node_path_1.default.join(templates, rel), 'utf8');
    const workflows = (0, node_fs_1.readdirSync)(node_path_1.default.join(templates, 'workflows'))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => ({ path: `.github/workflows/${f}`, content: read(`workflows/${f}`) }));
    const files = [{ path: 'modelgate.yaml', content: read('modelgate.yaml') }, { path: '.github/CODEOWNERS', content: read('CODEOWNERS') }, ...workflows];
    return actionRef ? files.map((f) => ({ ...f, content: applyActionRef(f.content, actionRef) })) : files;
}
/** GitHub reads the first CODEOWNERS of .github/, the root, docs/: any of them is "the" CODEOWNERS. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
function existingFiles(repo, files) {
    const out = new Set();
    for (const f of files) {
        const candidates = f.path === '.github/CODEOWNERS' ? CODEOWNERS_LOCATIONS : [f.path];
        for (const c of candidates)
            if ((0, node_fs_1.existsSync)(node_path_1.default.join(repo, c)))
                out.add(c);
    }
    return [...out];
}
async function init(repo, o) {
    if (!(0, node_fs_1.existsSync)(repo))
        throw new errors_js_1.UsageError(`--repo ${repo} does not exist`);
    const files = planInit(o.templates ?? templatesDir(), o.actionRef);
    const existing = existingFiles(repo, files);
    if (existing.length > 0 && !o.force) {
        throw new errors_js_1.UsageError(`${existing.map((f) => node_path_1.default.join(repo, f)).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written. Pass --force to overwrite.`);
    }
    for (const f of files) {
        const abs = node_path_1.default.join(repo, f.path);
        await (0, promises_1.mkdir)(node_path_1.default.dirname(abs), { recursive: true });
        await (0, promises_1.writeFile)(abs, f.content);
    }
    return {
        written: files.map((f) => f.path),
        placeholders: files.filter((f) => PLACEHOLDER_USES.test(f.content)).map((f) => f.path),
    };
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


/***/ })

};
