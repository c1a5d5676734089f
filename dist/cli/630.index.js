export const id = 630;
export const ids = [630];
export const modules = {

/***/ 308:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.git = git;
exports.checkRef = checkRef;
exports.resolveCommit = resolveCommit;
exports.isGitRepo = isGitRepo;
exports.repoTopLevel = repoTopLevel;
exports.changedFiles = changedFiles;
exports.mergeBase = mergeBase;
exports.lsTree = lsTree;
exports.readBlobs = readBlobs;
/** Thin, safe wrappers over the real `git` binary: arguments as arrays (no shell), refs checked. */
const node_child_process_1 = __webpack_require__(1421);
const errors_js_1 = __webpack_require__(3916);
const MAX_BUFFER = 256 * 1024 * 1024;
async function git(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.execFile)('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (err, stdout, stderr) => {
            if (err) {
                const code = err.code;
                if (code === 'ENOENT')
                    reject(new errors_js_1.ToolError('git is not installed or not on PATH'));
                else
                    reject(new errors_js_1.ToolError(`git ${args.join(' ')} failed: ${String(stderr).trim() || err.message}`));
            }
            else
                resolve(stdout);
        });
        if (options.input !== undefined)
            child.stdin?.end(options.input);
    });
}
/** A ref as a user typed it: refuse option-looking and control characters before git sees it. */
function checkRef(ref, flag) {
    if (ref === '' || ref.startsWith('-') || /[\s\0~^:?*[\\]/.test(ref.replace(/[~^][0-9]*$/, ''))) {
        throw new errors_js_1.UsageError(`${flag} '${ref}' is not a valid git ref`);
    }
    return ref;
}
async function resolveCommit(cwd, ref, flag) {
    checkRef(ref, flag);
    try {
        return (await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    }
    catch {
        if (!(await isGitRepo(cwd)))
            throw new errors_js_1.UsageError(`${flag} '${ref}': ${cwd} is not inside a git repository`);
        throw new errors_js_1.UsageError(`${flag} '${ref}' does not name a commit in ${cwd}`);
    }
}
async function isGitRepo(cwd) {
    try {
        return (await git(cwd, ['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
    }
    catch {
        return false;
    }
}
async function repoTopLevel(cwd) {
    return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}
function statusOf(letter) {
    switch (letter[0]) {
        case 'A':
            return 'added';
        case 'D':
            return 'deleted';
        case 'T':
            return 'type-changed';
        default:
            return 'modified';
    }
}
function parseNameStatus(out) {
    const parts = out.split('\0').filter((p) => p !== '');
    const files = [];
    for (let i = 0; i + 1 < parts.length; i += 2)
        files.push({ status: statusOf(parts[i]), path: parts[i + 1] });
    return files;
}
/**
 * Files that differ between `base` and `head`, or between `base` and the working tree (tracked and
 * untracked-but-not-ignored files) when `head` is not given. Paths are relative to the repository top level.
 * Renames are reported as a deletion and an addition: a renamed card is a deleted card.
 */
async function changedFiles(cwd, base, head) {
    if (head)
        return parseNameStatus(await git(cwd, ['diff', '--name-status', '--no-renames', '-z', base, head, '--']));
    const tracked = parseNameStatus(await git(cwd, ['diff', '--name-status', '--no-renames', '-z', base, '--']));
    const untracked = (await git(cwd, ['ls-files', '--others', '--exclude-standard', '-z']))
        .split('\0')
        .filter((p) => p !== '')
        .map((p) => ({ path: p, status: 'added' }));
    return [...tracked, ...untracked];
}
async function mergeBase(cwd, a, b) {
    try {
        return (await git(cwd, ['merge-base', a, b])).trim();
    }
    catch {
        return null;
    }
}
async function lsTree(cwd, ref, dir) {
    const out = await git(cwd, ['ls-tree', '-r', '-l', '-z', '--full-tree', ref, '--', dir === '' ? '.' : dir]);
    const entries = [];
    for (const rec of out.split('\0')) {
        if (!rec)
            continue;
        const tab = rec.indexOf('\t');
        const [mode, type, sha, size] = rec.slice(0, tab).split(/\s+/);
        entries.push({ mode: mode, type: type, sha: sha, size: size === '-' ? 0 : Number(size), path: rec.slice(tab + 1) });
    }
    return entries;
}
/** Reads many blobs through one `git cat-file --batch` process. */
async function readBlobs(cwd, specs) {
    const result = new Map();
    if (specs.length === 0)
        return result;
    for (const s of specs)
        if (s.includes('\n'))
            throw new errors_js_1.ToolError(`invalid object name ${JSON.stringify(s)}`);
    return new Promise((resolve, reject) => {
        const child = (0, node_child_process_1.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.on('error', (err) => reject(new errors_js_1.ToolError(`git cat-file failed: ${err.message}`)));
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new errors_js_1.ToolError(`git cat-file failed: ${stderr.trim()}`));
            const buf = Buffer.concat(chunks);
            let offset = 0;
            for (const spec of specs) {
                const nl = buf.indexOf(10, offset);
                const header = buf.subarray(offset, nl).toString();
                offset = nl + 1;
                if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                    result.set(spec, null);
                    continue;
                }
                const size = Number(header.split(' ')[2]);
                result.set(spec, buf.subarray(offset, offset + size));
                offset += size + 1;
            }
            resolve(result);
        });
        child.stdin.end(specs.join('\n') + '\n');
    });
}


/***/ }),

/***/ 5630:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.existsAt = existsAt;
exports.computeScope = computeScope;
exports.scopeFromChanges = scopeFromChanges;
/**
 * What an incremental validation (--changed-since) must look at: the changed cards, every card of
 * a model whose model.yaml changed, the manifests that changed, and everything when a policy or
 * modelgate.yaml changed. Also the immutability verdicts: a merged card may not be edited or deleted.
 */
const node_path_1 = __importDefault(__webpack_require__(6760));
const git_js_1 = __webpack_require__(308);
const loader_js_1 = __webpack_require__(6372);
const CARD = /^models\/([^/]+)\/([^/]+)\/card\.yaml$/;
const MODEL = /^models\/([^/]+)\/model\.yaml$/;
const MANIFEST = /^deployments\/([^/]+)\.yaml$/;
/** Paths relative to the registry root, from git's paths relative to the top level. */
async function registryPrefix(registryDir) {
    const top = await (0, git_js_1.repoTopLevel)(registryDir);
    const rel = node_path_1.default.relative(top, node_path_1.default.resolve(registryDir)).split(node_path_1.default.sep).join('/');
    return rel === '' ? '' : `${rel}/`;
}
async function existsAt(repoDir, commit, file) {
    try {
        await (0, git_js_1.git)(repoDir, ['cat-file', '-e', `${commit}:${file}`]);
        return true;
    }
    catch {
        return false;
    }
}
async function computeScope(registryDir, ref, packDirs) {
    const commit = await (0, git_js_1.resolveCommit)(registryDir, ref, '--changed-since');
    const head = await (0, git_js_1.resolveCommit)(registryDir, 'HEAD', 'HEAD');
    const base = (await (0, git_js_1.mergeBase)(registryDir, commit, head)) ?? commit;
    const prefix = await registryPrefix(registryDir);
    const files = (await (0, git_js_1.changedFiles)(registryDir, base))
        .filter((f) => f.path.startsWith(prefix))
        .map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
    return scopeFromChanges(files, packDirs, base, async (file) => existsAt(registryDir, base, `${prefix}${file}`));
}
async function scopeFromChanges(files, packDirs, base, existedAtBase) {
    const scope = { base, files, models: new Set(), versions: new Map(), manifests: new Set(), immutableViolations: [], kind: 'register' };
    const packPrefixes = packDirs.map((d) => `${d.replace(/\/+$/, '')}/`);
    let everything = null;
    for (const f of files) {
        if (f.path === loader_js_1.CONFIG_FILE)
            everything = 'config';
        else if (packPrefixes.some((p) => f.path.startsWith(p)))
            everything ??= 'policy';
    }
    for (const f of files) {
        const card = CARD.exec(f.path);
        const model = MODEL.exec(f.path);
        const manifest = MANIFEST.exec(f.path);
        if (card) {
            const [, m, v] = card;
            if (f.status !== 'added' && (await existedAtBase(f.path)))
                scope.immutableViolations.push(f);
            if (f.status === 'deleted')
                continue;
            scope.models.add(m);
            if (!scope.versions.has(m) || scope.versions.get(m).size > 0) {
                const set = scope.versions.get(m) ?? new Set();
                set.add(v);
                scope.versions.set(m, set);
            }
        }
        else if (model && f.status !== 'deleted') {
            // Every card of the model is judged again against the changed model.yaml.
            scope.models.add(model[1]);
            scope.versions.set(model[1], new Set());
        }
        else if (manifest && f.status !== 'deleted') {
            scope.manifests.add(manifest[1]);
        }
        else if (f.path.startsWith(`${loader_js_1.MODELS_DIR}/`) && f.status !== 'deleted') {
            const m = f.path.split('/')[1];
            if (m)
                scope.models.add(m);
        }
        else if (f.path.startsWith(`${loader_js_1.DEPLOYMENTS_DIR}/`)) {
            scope.manifests.add(f.path.slice(loader_js_1.DEPLOYMENTS_DIR.length + 1).replace(/\.ya?ml$/, ''));
        }
    }
    // An empty version set means "all versions of that model".
    for (const [m, set] of [...scope.versions])
        if (set.size === 0)
            scope.versions.delete(m);
    if (everything) {
        scope.models = null;
        scope.kind = everything;
    }
    else if (scope.manifests.size > 0 && scope.versions.size === 0) {
        scope.kind = 'promote';
    }
    return scope;
}


/***/ })

};
