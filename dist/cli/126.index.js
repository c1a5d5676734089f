export const id = 126;
export const ids = [126];
export const modules = {

/***/ 5788:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.spec = void 0;
exports.run = run;
/** `modelgate evidence`: an auditor's bundle for one model version, JSON and a readable report. */
const promises_1 = __webpack_require__(1455);
const node_path_1 = __importDefault(__webpack_require__(6760));
const format_js_1 = __webpack_require__(3132);
const local_js_1 = __webpack_require__(2564);
const workspace_js_1 = __webpack_require__(6478);
const errors_js_1 = __webpack_require__(3916);
const document_js_1 = __webpack_require__(2038);
const loader_js_1 = __webpack_require__(6372);
const names_js_1 = __webpack_require__(1815);
const source_js_1 = __webpack_require__(7846);
const args_js_1 = __webpack_require__(7593);
exports.spec = {
    name: 'evidence',
    summary: 'write the evidence bundle of a model version: card, policy results, approvals, deployments, monitoring, rollbacks',
    usage: 'modelgate evidence <model> <version> --out <dir> [--repo <dir>] [--branch <name>]',
    options: {
        out: { type: 'string', help: '<dir>  where to write evidence.json and evidence.md (required; created if absent)' },
        repo: { type: 'string', help: '<dir>  the registry (default: current directory)' },
        branch: { type: 'string', help: '<name>  the audit branch (default: modelgate.yaml audit.branch, else modelgate-audit)' },
    },
    details: 'The audit log is verified first (offline); a log that fails verification yields no bundle (exit 1). Check the anchors with `modelgate audit verify --online`.',
    examples: ['modelgate evidence fraud-detector 1.3.0 --out evidence/', 'modelgate evidence churn-model 2.0.1 --out /tmp/audit --repo registry/'],
    allowPositionals: true,
};
async function run(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return errors_js_1.EXIT.yes;
    }
    const [model, version, ...extra] = p.positionals;
    const out = (0, args_js_1.stringOpt)(p, 'out');
    if (!model || !version || extra.length || !out)
        throw new errors_js_1.UsageError('usage: modelgate evidence <model> <version> --out <dir>\nRun `modelgate evidence --help` for usage.');
    const problem = (0, names_js_1.nameProblem)(model, 'model') ?? (0, names_js_1.versionProblem)(version);
    if (problem)
        throw new errors_js_1.UsageError(problem);
    const registryDir = node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.');
    const ws = await (0, workspace_js_1.auditWorkspace)(registryDir, (0, args_js_1.stringOpt)(p, 'branch'));
    const v = await (0, local_js_1.verifyLocal)(ws.repoDir, ws.branch);
    if (v.problem) {
        io.stderr(`audit log tampered: ${v.problem.message}\nno evidence bundle is written from a log that fails verification.\n`);
        return errors_js_1.EXIT.no;
    }
    const card = await (0, document_js_1.loadDocument)(new source_js_1.FsSource(registryDir), (0, loader_js_1.cardPath)(model, version), 'card');
    const bundle = {
        schemaVersion: 1,
        model,
        version,
        generatedAt: new Date().toISOString(),
        log: { branch: ws.branch, commit: v.commit, records: v.records.length, verified: true, anchorsChecked: false },
        card: card ? { path: (0, loader_js_1.cardPath)(model, version), digest: card.digest ?? null, content: card.value ?? card.raw ?? null } : null,
        records: (0, format_js_1.recordsAbout)(v.records, model, version),
    };
    const dir = node_path_1.default.resolve(io.cwd, out);
    await (0, promises_1.mkdir)(dir, { recursive: true });
    await (0, promises_1.writeFile)(node_path_1.default.join(dir, 'evidence.json'), `${JSON.stringify(bundle, null, 2)}\n`);
    await (0, promises_1.writeFile)(node_path_1.default.join(dir, 'evidence.md'), (0, format_js_1.evidenceMarkdown)(bundle));
    io.stdout(`wrote ${node_path_1.default.join(dir, 'evidence.json')} and evidence.md: ${bundle.records.length} records about ${model} ${version}${card ? '' : '; the card is not in this checkout'}\n`);
    return errors_js_1.EXIT.yes;
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

/***/ 8799:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   "default": () => (/* binding */ canonicalize)
/* harmony export */ });
function hasLoneSurrogate (value) {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);

    if (code >= 0xD800 && code <= 0xDBFF) {
      if (i === value.length - 1) {
        return true;
      }
      const next = value.charCodeAt(i + 1);
      if (!(next >= 0xDC00 && next <= 0xDFFF)) {
        return true;
      }
      i++;
    } else if (code >= 0xDC00 && code <= 0xDFFF) {
      return true;
    }
  }

  return false;
}

function canonicalize (object, seen = new Set()) {
  if (typeof object === 'number' && isNaN(object)) {
    throw new Error('NaN is not allowed');
  }

  if (typeof object === 'number' && !isFinite(object)) {
    throw new Error('Infinity is not allowed');
  }

  if (typeof object === 'string' && hasLoneSurrogate(object)) {
    throw new Error('Lone surrogate is not allowed');
  }

  if (object === null || typeof object !== 'object') {
    return JSON.stringify(object);
  }

  if (typeof object.toJSON === 'function') {
    if (seen.has(object)) {
      throw new Error('Circular reference detected');
    }
    seen.add(object);
    const result = canonicalize(object.toJSON(), seen);
    seen.delete(object);
    return result;
  }

  if (seen.has(object)) {
    throw new Error('Circular reference detected');
  }
  seen.add(object);

  let result;
  if (Array.isArray(object)) {
    const values = object.map((cv) => {
      const value = cv === undefined || typeof cv === 'symbol' ? null : cv;
      return canonicalize(value, seen);
    });
    result = `[${values.join(',')}]`;
  } else {
    const parts = [];
    for (const key of Object.keys(object).sort()) {
      if (object[key] === undefined || typeof object[key] === 'symbol') {
        continue;
      }
      parts.push(`${canonicalize(key)}:${canonicalize(object[key], seen)}`);
    }
    result = `{${parts.join(',')}}`;
  }

  seen.delete(object);
  return result;
}


/***/ })

};
