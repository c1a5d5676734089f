export const id = 333;
export const ids = [333];
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

/***/ 6714:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.toRepositoryPath = toRepositoryPath;
exports.run = run;
/**
 * `modelgate owners`: who owns these paths, and which CODEOWNERS line decided it, read exactly as
 * GitHub reads it (src/approvals/codeowners.ts).
 */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __webpack_require__(6760);
const codeowners_js_1 = __webpack_require__(9955);
const errors_js_1 = __webpack_require__(3916);
const args_js_1 = __webpack_require__(7593);
exports.spec = {
    name: 'owners',
    summary: 'show the code owners of paths, reading CODEOWNERS exactly as GitHub does',
    usage: 'modelgate owners [--repo <dir>] [--codeowners <file>] [--format text|json] <path>...',
    options: {
        repo: { type: 'string', help: '<dir>  repository root (default: current directory)' },
        codeowners: { type: 'string', help: '<file>  use this CODEOWNERS file (relative to the current directory) instead of looking it up' },
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    },
    details: [
        'Paths are relative to the repository root; end one with / to ask about a directory.',
        'Without --codeowners the file is looked up as GitHub does: .github/CODEOWNERS, then CODEOWNERS,',
        'then docs/CODEOWNERS; the first found is used. Matching is case-sensitive and the last matching',
        'line wins; a line without owners un-owns what it matches. Invalid lines are skipped (as GitHub',
        'skips them) and reported on stderr. GitHub reads CODEOWNERS from the base branch of a pull',
        'request: run this on a checkout of the base branch.',
    ].join('\n'),
    examples: [
        'modelgate owners models/fraud-detector/model.yaml policies/',
        'modelgate owners --repo examples/registry --format json models/fraud-detector/1.3.0/card.yaml',
    ],
    allowPositionals: true,
};
function isMissing(err) {
    const code = err.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}
/**
 * Reads a file at a CODEOWNERS location of a working tree. GitHub finds files by exact, case-sensitive
 * name, so the name is checked against the directory listing (macOS and Windows would otherwise
 * find `codeowners`). A symlink is refused: GitHub reads the blob, never the link's target.
 */
function workingTreeReader(root) {
    return async (path) => {
        const absolute = (0, node_path_1.join)(root, path);
        let info;
        try {
            info = await (0, promises_1.lstat)(absolute);
        }
        catch (err) {
            if (isMissing(err))
                return null;
            throw err;
        }
        if (info.isSymbolicLink())
            throw new errors_js_1.ConfigError('is a symlink; GitHub does not follow it, so modelgate refuses it', path);
        if (!info.isFile())
            return null;
        const names = await (0, promises_1.readdir)((0, node_path_1.dirname)(absolute));
        if (!names.includes((0, node_path_1.basename)(absolute)))
            return null;
        return (0, promises_1.readFile)(absolute);
    };
}
async function loadNamedFile(cwd, file) {
    let bytes;
    try {
        bytes = await (0, promises_1.readFile)((0, node_path_1.resolve)(cwd, file));
    }
    catch (err) {
        const code = err.code;
        if (isMissing(err) || code === 'EISDIR')
            throw new errors_js_1.ConfigError('no such CODEOWNERS file', file);
        throw err;
    }
    const fileError = (0, codeowners_js_1.codeownersSizeError)(bytes.byteLength);
    if (fileError !== null)
        return { file, text: '', fileError };
    return { file, text: (0, codeowners_js_1.decodeCodeowners)(bytes) };
}
async function loadFromRepository(root) {
    const found = await (0, codeowners_js_1.findCodeowners)(workingTreeReader(root));
    if (!found)
        return { file: null, text: '' };
    return { file: found.path, text: found.text, ...(found.error !== undefined ? { fileError: found.error } : {}) };
}
async function repositoryRoot(cwd, repo) {
    const root = (0, node_path_1.resolve)(cwd, repo ?? '.');
    const info = await (0, promises_1.stat)(root).catch(() => null);
    if (!info?.isDirectory())
        throw new errors_js_1.UsageError(`--repo ${repo ?? '.'}: no such directory`);
    return root;
}
/**
 * Turns a command-line path into the repository-relative form GitHub matches: `./` dropped, an
 * absolute path inside the repository made relative, a trailing `/` kept (it asks about a directory).
 */
function toRepositoryPath(root, input) {
    let path = input;
    if ((0, node_path_1.isAbsolute)(path)) {
        const rel = (0, node_path_1.relative)(root, path);
        if (rel === '')
            throw new errors_js_1.UsageError(`${input} is the repository root; name a file or directory inside it`);
        if (rel.startsWith('..') || (0, node_path_1.isAbsolute)(rel))
            throw new errors_js_1.UsageError(`${input} is not inside the repository ${root}`);
        path = rel.split(node_path_1.sep).join('/') + (input.endsWith('/') ? '/' : '');
    }
    const directory = path.endsWith('/');
    const segments = path.split('/').filter((s) => s !== '' && s !== '.');
    if (segments.includes('..'))
        throw new errors_js_1.UsageError(`${input}: paths are relative to the repository root and cannot contain ..`);
    if (segments.length === 0)
        throw new errors_js_1.UsageError(`'${input}' names no file in the repository`);
    return segments.join('/') + (directory ? '/' : '');
}
function formatOwners(match) {
    const who = match.owners.length > 0 ? match.owners.join(' ') : 'no owner';
    return match.line === null ? who : `${who}  (line ${match.line}: ${match.pattern})`;
}
function textReport(loaded, results) {
    const header = loaded.file === null ? 'CODEOWNERS: none found' : `CODEOWNERS: ${loaded.file}`;
    const width = Math.max(...results.map((r) => r.path.length));
    const rows = results.map((r) => `${r.path.padEnd(width)}  →  ${formatOwners(r.match)}`);
    return `${[header, ...rows].join('\n')}\n`;
}
function jsonReport(results, errors) {
    const body = {
        results: results.map((r) => ({ path: r.path, owners: r.match.owners, line: r.match.line })),
        errors: errors.map((e) => ({ line: e.line, message: e.message })),
    };
    return `${JSON.stringify(body, null, 2)}\n`;
}
function reportIssues(io, file, errors, warnings) {
    for (const e of errors) {
        const where = e.line === 0 ? file : `${file} line ${e.line}`;
        io.stderr(`warning: ${where}: ${e.message}${e.line === 0 ? '' : ' (line ignored, as GitHub ignores it)'}\n`);
    }
    for (const w of warnings)
        io.stderr(`note: ${file} line ${w.line}: ${w.message}\n`);
}
async function owners(argv, io) {
    const parsed = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (parsed.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    if (parsed.positionals.length === 0)
        throw new errors_js_1.UsageError(`give at least one path.\nUsage: ${exports.spec.usage}`);
    const format = (0, args_js_1.stringOpt)(parsed, 'format') ?? 'text';
    const named = (0, args_js_1.stringOpt)(parsed, 'codeowners');
    const root = await repositoryRoot(io.cwd, (0, args_js_1.stringOpt)(parsed, 'repo'));
    const paths = parsed.positionals.map((p) => toRepositoryPath(root, p));
    const loaded = named !== undefined ? await loadNamedFile(io.cwd, named) : await loadFromRepository(root);
    const { rules, errors, warnings } = (0, codeowners_js_1.parseCodeowners)(loaded.text);
    const allErrors = loaded.fileError !== undefined ? [{ line: 0, message: loaded.fileError }, ...errors] : errors;
    if (loaded.file === null) {
        io.stderr(`warning: no CODEOWNERS file (looked for ${codeowners_js_1.CODEOWNERS_LOCATIONS.join(', ')}): nothing has code owners\n`);
    }
    else {
        reportIssues(io, loaded.file, allErrors, warnings);
    }
    const results = paths.map((path) => ({ path, match: (0, codeowners_js_1.matchOwners)(rules, path) }));
    io.stdout(format === 'json' ? jsonReport(results, allErrors) : textReport(loaded, results));
    return errors_js_1.EXIT.yes;
}
async function run(argv, io) {
    try {
        return await owners(argv, io);
    }
    catch (err) {
        // Usage and configuration errors are answers (exit 2); anything else is left to main's handler.
        if (!(err instanceof errors_js_1.UsageError || err instanceof errors_js_1.ConfigError))
            throw err;
        io.stderr(`modelgate ${exports.spec.name}: ${(0, errors_js_1.describeError)(err)}\n`);
        return (0, errors_js_1.exitCodeOf)(err);
    }
}


/***/ })

};
