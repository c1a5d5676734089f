export const id = 386;
export const ids = [386];
export const modules = {

/***/ 2386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  judgeFeedback: () => (/* binding */ judgeFeedback),
  judgeGate: () => (/* binding */ judgeGate)
});

// UNUSED EXPORTS: registryChanges

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./src/errors.ts
var src_errors = __webpack_require__(3916);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/git/fetch.ts
/**
 * Fetching what the gate reads as data: a pull request's head commit into a local ref, never
 * checked out. Credentials go to git through GIT_CONFIG_* environment variables, the way
 * actions/checkout sets an extra header but without writing it to .git/config or the command line,
 * so the gate also works when the checkout step kept no credentials (`persist-credentials: false`).
 */


/** The local ref the pull request's head is fetched into (outside refs/heads, so no branch appears). */
const PR_HEAD_REF = 'refs/modelgate/pr-head';
/**
 * Config entries for one git process: first an empty extraheader, which clears any header a
 * checkout step persisted (two Authorization headers make GitHub answer 400), then the token's.
 */
function authEnv(auth) {
    if (!auth?.token)
        return {};
    const key = `http.${auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${auth.token}`).toString('base64');
    return {
        GIT_CONFIG_COUNT: '2',
        GIT_CONFIG_KEY_0: key,
        GIT_CONFIG_VALUE_0: '',
        GIT_CONFIG_KEY_1: key,
        GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    };
}
function run(cwd, args, extraEnv = {}) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, { cwd, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', ...extraEnv } }, (err, stdout, stderr) => {
            if (!err)
                return resolve(stdout);
            if (err.code === 'ENOENT')
                return reject(new src_errors/* ToolError */.v4('git is not installed or not on PATH'));
            reject(new src_errors/* ToolError */.v4(`git ${args.join(' ')} failed: ${String(stderr).trim() || err.message}`));
        });
    });
}
async function hasCommit(repoDir, sha) {
    try {
        await run(repoDir, ['cat-file', '-e', `${sha}^{commit}`]);
        return true;
    }
    catch {
        return false;
    }
}
async function requireOrigin(repoDir) {
    try {
        await run(repoDir, ['remote', 'get-url', 'origin']);
    }
    catch {
        throw new src_errors/* ToolError */.v4(`${repoDir} has no "origin" remote: check the repository out with actions/checkout before this step.`);
    }
}
function fetchFailure(err, what) {
    const text = err.message;
    const auth = /Authentication failed|could not read Username|403|401|terminal prompts disabled/i.test(text);
    return new src_errors/* ToolError */.v4(`cannot fetch ${what}: ${text}` +
        (auth ? '\nThe token could not read the repository: give the job `contents: read` and pass the action a token (default: github.token).' : ''));
}
/**
 * `git fetch --no-tags origin +refs/pull/N/head:refs/modelgate/pr-head`, returning the fetched
 * commit. Fetching never runs the pull request's code: no checkout, no hooks, no filters.
 */
async function fetchPullHead(repoDir, number, auth) {
    if (!Number.isInteger(number) || number < 1)
        throw new src_errors/* ToolError */.v4(`invalid pull request number ${number}`);
    await requireOrigin(repoDir);
    try {
        await run(repoDir, ['fetch', '--no-tags', '--no-recurse-submodules', 'origin', `+refs/pull/${number}/head:${PR_HEAD_REF}`], authEnv(auth));
    }
    catch (err) {
        throw fetchFailure(err, `the head of pull request #${number}`);
    }
    return (await run(repoDir, ['rev-parse', '--verify', `${PR_HEAD_REF}^{commit}`])).trim();
}
/** Makes sure `sha` is present, fetching it by id when it is not (GitHub serves reachable commits by id). */
async function ensureCommit(repoDir, sha, what, auth) {
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha))
        throw new src_errors/* ToolError */.v4(`invalid commit id ${JSON.stringify(sha)} for ${what}`);
    if (await hasCommit(repoDir, sha))
        return;
    await requireOrigin(repoDir);
    try {
        await run(repoDir, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha], authEnv(auth));
    }
    catch (err) {
        throw fetchFailure(err, `${what} ${sha.slice(0, 12)}`);
    }
    if (!(await hasCommit(repoDir, sha)))
        throw new src_errors/* ToolError */.v4(`${what} ${sha} is not in the repository after fetching it`);
}
/** HEAD's parents: two for the test merge commit actions/checkout makes on pull_request. */
async function headParents(repoDir) {
    try {
        return (await run(repoDir, ['rev-list', '--parents', '-n', '1', 'HEAD'])).trim().split(/\s+/).slice(1);
    }
    catch {
        return [];
    }
}

// EXTERNAL MODULE: ./src/git/git.ts
var git = __webpack_require__(308);
;// CONCATENATED MODULE: ./src/github/pulls.ts
/** Pull requests through the REST API: one function per call, the client first (as actions/labeler does). */

/** GET /repos/{owner}/{repo}/pulls/{pull_number} */
async function getPullRequest(client, repo, number) {
    const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
    return {
        number: data.number,
        state: data.state,
        headSha: data.head.sha,
        baseSha: data.base.sha,
        baseRef: data.base.ref,
        author: data.user?.login,
        changedFiles: data.changed_files,
        title: data.title,
        url: data.html_url,
        merged: data.merged,
        mergedAt: data.merged_at ?? null,
        mergedBy: data.merged_by?.login ?? null,
    };
}
/** The most files GET /pulls/{n}/files returns, whatever the pagination (GitHub's documented limit). */
const MAX_LISTED_FILES = 3000;
/** GET /repos/{owner}/{repo}/pulls/{pull_number}/files, every page (100 per page, at most 30 pages). */
async function listPullRequestFiles(client, repo, number) {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 });
    return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}) }));
}
/**
 * The pull request's changes as modelgate's scope reads them. A rename is the deletion of the old
 * path and the addition of the new one: a renamed card is a deleted card (DESIGN §1 immutability).
 */
function toChangedFiles(files) {
    const out = [];
    for (const f of files) {
        switch (f.status) {
            case 'added':
            case 'copied':
                out.push({ path: f.filename, status: 'added' });
                break;
            case 'removed':
                out.push({ path: f.filename, status: 'deleted' });
                break;
            case 'renamed':
                if (f.previousFilename)
                    out.push({ path: f.previousFilename, status: 'deleted' });
                out.push({ path: f.filename, status: 'added' });
                break;
            case 'unchanged':
                break;
            default:
                out.push({ path: f.filename, status: 'modified' });
        }
    }
    return out;
}
/**
 * Fails closed when the API cannot list every changed file: a change the gate cannot see must not
 * pass it (DESIGN §2). `listed` is what the listing returned, `expected` the pull request's count.
 */
function assertCompleteFileList(listed, expected, number) {
    if (expected > MAX_LISTED_FILES) {
        throw new src_errors/* ToolError */.v4(`pull request #${number} changes ${expected} files; the GitHub API lists at most ${MAX_LISTED_FILES}, so modelgate cannot see the whole change and refuses to judge it. ` +
            'Split it into smaller pull requests (registry changes apart from bulk changes elsewhere).');
    }
    if (listed < expected) {
        throw new src_errors/* ToolError */.v4(`the GitHub API listed ${listed} of the ${expected} files pull request #${number} changes; modelgate refuses to judge a change it cannot see whole. Re-run the job; if it persists, split the pull request.`);
    }
}

// EXTERNAL MODULE: ./src/registry/source.ts
var registry_source = __webpack_require__(7846);
;// CONCATENATED MODULE: ./src/registry/git-source.ts
/**
 * Registry files read as data from git objects at a commit: no checkout, nothing executed,
 * symbolic links refused (DESIGN §2).
 */



class GitSource {
    repo;
    commit;
    prefix;
    label;
    tree;
    /** `prefix` is the registry's directory inside the repository ('' for the top level). */
    constructor(repo, commit, prefix = '') {
        this.repo = repo;
        this.commit = commit;
        this.prefix = prefix;
        this.label = `${commit.slice(0, 12)}${prefix ? `:${prefix}` : ''}`;
    }
    entries() {
        this.tree ??= (0,git/* lsTree */.kb)(this.repo, this.commit, this.prefix).then((list) => {
            const map = new Map();
            const strip = this.prefix ? this.prefix.replace(/\/?$/, '/') : '';
            for (const e of list)
                if (e.path.startsWith(strip))
                    map.set(e.path.slice(strip.length), e);
            return map;
        });
        return this.tree;
    }
    async list(dir) {
        const rel = (0,registry_source/* safeRelative */.i)(dir);
        const under = rel ? `${rel}/` : '';
        const out = [];
        for (const [p, e] of await this.entries()) {
            if (!p.startsWith(under))
                continue;
            if (e.mode === '120000')
                out.push({ path: p, kind: 'symlink' });
            else if (e.type === 'blob')
                out.push({ path: p, kind: 'file', size: e.size });
            else
                out.push({ path: p, kind: 'other' });
        }
        return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    }
    async size(file) {
        const e = (await this.entries()).get((0,registry_source/* safeRelative */.i)(file));
        if (!e)
            return null;
        if (e.mode === '120000')
            throw new src_errors/* ConfigError */.xL(`refusing symbolic link ${file} at ${this.label}`);
        return e.size;
    }
    async readLimited(file, maxBytes) {
        const size = await this.size(file);
        if (size === null)
            return null;
        if (size > maxBytes)
            return { tooLarge: size };
        const bytes = await this.read(file);
        return bytes ? { bytes } : null;
    }
    /**
     * Reads that arrive together (the loader reads every document concurrently) share one
     * `git cat-file --batch` process instead of starting one each.
     */
    read(file) {
        return new Promise((resolve, reject) => {
            this.pending.push({ file, resolve, reject });
            if (this.pending.length === 1)
                setImmediate(() => this.flush());
        });
    }
    pending = [];
    flush() {
        const batch = this.pending;
        this.pending = [];
        void this.entries().then(async (entries) => {
            // A link fails its own read only, not the others in the batch.
            const links = batch.filter((p) => entries.get((0,registry_source/* safeRelative */.i)(p.file))?.mode === '120000');
            for (const p of links)
                p.reject(new src_errors/* ConfigError */.xL(`refusing symbolic link ${p.file} at ${this.label}`));
            const rest = batch.filter((p) => !links.includes(p));
            try {
                const blobs = await this.readMany(rest.map((p) => p.file));
                for (const p of rest)
                    p.resolve(blobs.get(p.file) ?? null);
            }
            catch (err) {
                for (const p of rest)
                    p.reject(err);
            }
        }, (err) => batch.forEach((p) => p.reject(err)));
    }
    /** One git process for many files: what a full-registry load at a ref needs. */
    async readMany(files) {
        const entries = await this.entries();
        const wanted = [];
        const out = new Map();
        for (const file of files) {
            const e = entries.get((0,registry_source/* safeRelative */.i)(file));
            if (!e)
                out.set(file, null);
            else if (e.mode === '120000')
                throw new src_errors/* ConfigError */.xL(`refusing symbolic link ${file} at ${this.label}`);
            else if (e.type !== 'blob')
                out.set(file, null);
            else
                wanted.push({ file, sha: e.sha });
        }
        const blobs = await (0,git/* readBlobs */.b4)(this.repo, wanted.map((w) => w.sha));
        for (const w of wanted)
            out.set(w.file, blobs.get(w.sha) ?? null);
        return out;
    }
}

// EXTERNAL MODULE: ./src/registry/loader.ts
var loader = __webpack_require__(6372);
// EXTERNAL MODULE: ./src/validate/scope.ts
var validate_scope = __webpack_require__(5630);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/schema/documents.ts + 6 modules
var documents = __webpack_require__(2275);
// EXTERNAL MODULE: ./src/schema/errors.ts
var errors = __webpack_require__(6755);
// EXTERNAL MODULE: ./src/policy/keywords.ts
var keywords = __webpack_require__(8328);
;// CONCATENATED MODULE: ./src/policy/engine.ts




/** Export names of a rule's validators in standalone code: by position, which the pack digest fixes. */
function validatorKey(index, field) {
    return `r${index}${field === 'schema' ? 's' : 'a'}`;
}
function assemblePack(pack, validatorOf) {
    const rules = pack.rules.map((loaded, i) => ({ loaded, appliesTo: loaded.rule.appliesTo === undefined ? null : validatorOf(i, 'appliesTo'), schema: validatorOf(i, 'schema') }));
    return { pack, rules, byId: new Map(rules.map((r) => [r.loaded.rule.id, r])) };
}
function compilePack(pack, options = {}) {
    const ajv = (0,documents/* newAjv */.y4)({ strict: true, validateSchema: options.validateSchema ?? true, source: options.onCompiled !== undefined });
    (0,keywords/* addCustomKeywords */.P)(ajv);
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
            throw new src_errors/* ConfigError */.xL(`rule '${loaded.rule.id}': its \`${field}\` does not compile: ${err.message}`, loaded.file, loaded.locate([field], 'key').line);
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
        const described = (0,errors/* relevantErrors */.bo)(rule.schema.errors ?? []).map((e) => describeError(e, context));
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
    const d = (0,errors/* describeAjvError */.tN)(e, context);
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

// EXTERNAL MODULE: ./src/policy/context.ts
var policy_context = __webpack_require__(6761);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/policy/regex-safety.ts
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

// EXTERNAL MODULE: ./src/registry/document.ts + 1 modules
var registry_document = __webpack_require__(6476);
// EXTERNAL MODULE: ./src/package/root.ts
var root = __webpack_require__(9434);
;// CONCATENATED MODULE: ./src/policy/pack.ts
/**
 * A policy pack is a directory of rule files (`*.yaml`, one rule each, schemas/policy-rule-v1).
 * A pack that does not load or compile is a configuration error (exit 2) naming the file.
 */






/** `modelgate:default` names the pack shipped with modelgate (its top-level policies/ directory). */
const DEFAULT_PACK = 'modelgate:default';
function packSource(source, dir) {
    if (dir === DEFAULT_PACK)
        return { source: new registry_source/* FsSource */.B((0,root/* packageRoot */.Z)()), dir: 'policies' };
    if (dir.startsWith('modelgate:'))
        throw new src_errors/* ConfigError */.xL(`unknown built-in policy pack '${dir}'; the built-in pack is '${DEFAULT_PACK}'`);
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
            throw new src_errors/* ConfigError */.xL(`policy pack '${packDir}' is empty or does not exist in ${source.label}`);
        for (const e of files) {
            if (e.kind !== 'file')
                throw new src_errors/* ConfigError */.xL(`${e.path} is a symbolic link or special file; policy packs hold plain files only`, e.path);
        }
        const loaded = await Promise.all(files.map((e) => (0,registry_document/* loadDocument */.Az)(source, e.path, 'policy-rule')));
        for (const doc of loaded) {
            if (!doc)
                continue;
            const errors = doc.findings.filter((f) => f.severity === 'deny');
            if (errors.length > 0 || !doc.value) {
                throw new src_errors/* ConfigError */.xL(`policy rule is invalid:\n${errors.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n')}`, undefined);
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
            throw new src_errors/* ConfigError */.xL(`rule id '${r.rule.id}' is defined twice: in ${prev} and ${r.file}`, r.file, r.locate(['id']).line);
        seen.set(r.rule.id, r.file);
        for (const field of ['schema', 'appliesTo']) {
            const hazard = findRegexHazards(r.rule[field], [field])[0];
            if (hazard) {
                throw new src_errors/* ConfigError */.xL(`rule '${r.rule.id}': the pattern ${JSON.stringify(hazard.pattern)} is refused: ${hazard.message}. Rewrite it so that no repeated group contains another repetition (e.g. ^[a-z]+(-[a-z]+)*$ as ^[a-z](?:[a-z-]*[a-z])?$), or give the pattern as a literal string`, r.file, r.locate(hazard.path, 'value').line);
            }
        }
    }
    rules.sort((a, b) => (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0));
    digestParts.sort();
    const digest = (0,external_node_crypto_.createHash)('sha256').update(digestParts.join('\n')).digest('hex');
    return { dirs: [...dirs], rules, digest };
}

;// CONCATENATED MODULE: ./src/policy/waivers.ts
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

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var dist_ajv = __webpack_require__(2463);
// EXTERNAL MODULE: ./node_modules/ajv/dist/standalone/index.js
var standalone = __webpack_require__(1398);
var standalone_default = /*#__PURE__*/__webpack_require__.n(standalone);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/uri.js
var uri = __webpack_require__(6285);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/validation_error.js
var validation_error = __webpack_require__(3021);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/formats.js
var formats = __webpack_require__(779);
// EXTERNAL MODULE: ./src/cli/version.ts
var version = __webpack_require__(3882);
;// CONCATENATED MODULE: ./src/policy/standalone.ts
/**
 * The compiled-pack cache: a policy pack's validators as ajv standalone code, written once per pack
 * digest and loaded on later runs instead of compiling again (compiling is most of a small run's
 * time). Custom keywords are functions, which standalone code cannot carry, so their references are
 * rewritten to a `mgKeywords` object handed in when the module is loaded.
 *
 * Only the CLI and unprivileged runs use it: the gate compiles the base branch's pack itself and
 * never runs code from a cache a pull request could have written (DESIGN §2).
 */












const standaloneCode = ((standalone_default())["default"] ?? (standalone_default()));
const KEYWORD_FUNCTIONS = new Map(keywords/* CUSTOM_KEYWORDS */.$y.map((k) => [k.validate, String(k.keyword)]));
const KEYWORDS_OBJECT = Object.fromEntries([...KEYWORD_FUNCTIONS].map(([fn, name]) => [name, fn]));
function standaloneSource(ajv, keys) {
    const values = ajv.scope._values;
    for (const name of values.keyword?.values() ?? []) {
        const keyword = KEYWORD_FUNCTIONS.get(name.value?.ref);
        if (keyword && name.value)
            name.value.code = (0,dist_ajv._) `mgKeywords[${keyword}]`;
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
    'ajv/dist/runtime/validation_error': moduleExports(validation_error),
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
        return compilePack(pack, { validateSchema });
    const file = external_node_path_default().join(dir, 'packs', `${pack.digest}-${version/* VERSION */.x}.cjs`);
    try {
        const validators = loadStandalone(await (0,promises_.readFile)(file, 'utf8'));
        const compiled = assemblePack(pack, (i, field) => validators[validatorKey(i, field)] ?? null);
        if (compiled.rules.every((r) => typeof r.schema === 'function'))
            return compiled;
    }
    catch {
        // absent, from another version, or unreadable: compile afresh below
    }
    let source = '';
    const compiled = compilePack(pack, { validateSchema, onCompiled: (ajv, keys) => (source = standaloneSource(ajv, keys)) });
    try {
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        const tmp = `${file}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(tmp, source);
        await (0,promises_.rename)(tmp, file);
    }
    catch {
        // a read-only cache directory makes the next run slower, not wrong
    }
    return compiled;
}

// EXTERNAL MODULE: ./src/registry/names.ts
var names = __webpack_require__(1815);
// EXTERNAL MODULE: ./src/yaml/strict.ts
var strict = __webpack_require__(7154);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/validate/cache.ts
/**
 * A content-addressed cache of validation results, per model: the key is a hash of everything a
 * model's findings depend on (its files' bytes, the policy pack and modelgate.yaml digests, the
 * environment entry, the date, modelgate's version), so a hit can only return what a fresh run
 * would. It also remembers which policy packs already passed the meta-schema check.
 *
 * The cache speeds up the CLI and unprivileged runs only. The merge gate never opens it: a
 * pull request's own workflow could have written the cache directory (DESIGN §2).
 */





function sha256(data) {
    return (0,external_node_crypto_.createHash)('sha256').update(data).digest('hex');
}
function defaultCacheDir(env) {
    if (env.MODELGATE_CACHE_DIR)
        return env.MODELGATE_CACHE_DIR;
    const base = env.XDG_CACHE_HOME || path.join(env.HOME || homedir(), '.cache');
    return path.join(base, 'modelgate');
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
        const root = await realpath(registryRoot).catch(() => path.resolve(registryRoot));
        const file = path.join(cacheDir, `results-${sha256(root).slice(0, 16)}.json`);
        let previous = null;
        try {
            const parsed = JSON.parse(await readFile(file, 'utf8'));
            // Another modelgate version may format findings differently: start afresh.
            if (parsed.format === 1 && parsed.tool === VERSION && parsed.models && typeof parsed.models === 'object')
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
        const data = { format: 1, tool: VERSION, packs: [...this.packs].slice(-20), models };
        try {
            await mkdir(path.dirname(this.file), { recursive: true });
            const tmp = `${this.file}.${process.pid}.tmp`;
            await writeFile(tmp, JSON.stringify(data));
            await rename(tmp, this.file);
        }
        catch {
            // A read-only home or a full disk makes the next run slower, not wrong.
        }
    }
}
function modelKey(k) {
    const cards = [...k.cards].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return sha256(JSON.stringify([version/* VERSION */.x, k.packDigest, k.configDigest, k.today, k.env, k.envEntry ?? null, k.model, k.modelDigest, cards]));
}

;// CONCATENATED MODULE: ./src/registry/types.ts
const RISK_ORDER = { low: 0, medium: 1, high: 2 };
function gateMode(config, gate) {
    return config?.gates?.[gate] ?? 'enforce';
}

;// CONCATENATED MODULE: ./src/validate/validate.ts













async function validateRegistry(input) {
    const policySource = input.policySource ?? input.source;
    const policyConfigDoc = await (0,loader/* loadConfig */.Z9)(policySource);
    const policyConfig = policyConfigDoc.value;
    const packDirs = policyConfig.policies?.packs ?? ['policies'];
    const scope = input.scope ?? (input.changedSince ? await (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5630))).computeScope(input.changedSince.repoDir, input.changedSince.ref, packDirs) : undefined);
    // The layout, modelgate.yaml and the manifests; documents of models are read by whoever evaluates them.
    // A change lists only the models it touches and those its changed manifests serve.
    const listOnly = scope?.models ? await touchedModels(input.source, scope) : undefined;
    const [main, pack] = await Promise.all([(0,loader/* loadRegistry */.Ag)(input.source, { models: new Set(), ...(listOnly ? { listOnly } : {}) }), loadPolicyPacks(policySource, packDirs)]);
    if (input.env && !main.config.value.environments.some((e) => e.name === input.env)) {
        throw new src_errors/* UsageError */.eb(`--env '${input.env}' is not an environment of modelgate.yaml (${main.config.value.environments.map((e) => e.name).join(', ')})`);
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
    const findings = (0,loader/* registryFindings */.qw)(main).filter((f) => f.model === undefined || !candidateSet.has(f.model));
    let cards = 0;
    for (const r of results.values()) {
        cards += r.cards;
        findings.push(...r.findings);
    }
    findings.push(...(await manifestFindings(main, scope?.models ? scope.manifests : null)));
    if (scope)
        findings.push(...immutabilityFindings(scope, policyConfig));
    const gated = applyGateModes(findings, policyConfig);
    gated.sort(src_findings/* compareFindings */.Eg);
    return {
        cards,
        findings: gated,
        counts: (0,src_findings/* countFindings */.Gt)(gated),
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
        const doc = await (0,registry_document/* loadDocument */.Az)(source, (0,loader/* manifestPath */.ji)(env), 'manifest');
        for (const m of Object.keys(doc?.raw?.models ?? {}))
            models.add(m);
    }
    return models;
}
/** Valid model directories to evaluate: all of them, or what a change touches plus what its manifests serve. */
function candidateModels(main, scope) {
    const valid = [...main.layout.modelDirs.keys()].filter((m) => (0,names/* nameProblem */.rH)(m, 'model') === null);
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
    const { workerPlan, runInWorkers } = await __webpack_require__.e(/* import() */ 679).then(__webpack_require__.bind(__webpack_require__, 1679));
    const plan = workerPlan(input.workers, cardCount, AUTO_WORKER_MIN_CARDS, input.source, policySource);
    if (plan) {
        const sizes = new Map(misses.map((m) => [m, main.layout.modelDirs.get(m)?.versionDirs.size ?? 0]));
        return { results: await runInWorkers(plan, misses, sizes, { packDirs, options, verified, ...(packDir ? { packDir } : {}) }), workers: plan.workers };
    }
    const compiled = await compilePackCached(pack, packDir, !verified);
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
    const registry = await (0,loader/* loadRegistry */.Ag)(source, { models: direct, servingIn, ...(versions ? { versions } : {}), ...(scope?.models ? { listOnly: models } : {}) });
    const results = new Map();
    for (const name of models)
        results.set(name, { cards: 0, findings: [] });
    for (const f of (0,loader/* registryFindings */.qw)(registry))
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
    return modelKey({ ...keyBase(options), model: entry.name, modelDigest: entry.model?.digest ?? null, envEntry: envEntry(registry, options.env, entry.name), cards });
}
function keyBase(options) {
    return { packDigest: options.packDigest, configDigest: options.configDigest, today: options.today, env: options.env ?? null };
}
/** Cache keys from the files' bytes alone, without parsing: what makes a warm run fast. */
async function modelKeys(main, models, options) {
    const keys = new Map();
    const max = main.limits.maxBytes ?? strict/* DEFAULT_MAX_BYTES */.fS;
    const digestOf = async (file) => {
        const read = await main.source.readLimited(file, max);
        if (read === null)
            return null;
        return 'bytes' in read ? sha256(read.bytes) : undefined;
    };
    await forEachLimit(models, 32, async (name) => {
        const dir = main.layout.modelDirs.get(name);
        if (!dir)
            return;
        const modelDigest = dir.modelFile ? await digestOf((0,loader/* modelPath */.LH)(name)) : null;
        if (modelDigest === undefined)
            return;
        const cards = [];
        for (const [version, hasCard] of dir.versionDirs) {
            const d = hasCard ? await digestOf((0,loader/* cardPath */.ug)(name, version)) : null;
            if (d === undefined)
                return;
            cards.push([version, d]);
        }
        keys.set(name, modelKey({ ...keyBase(options), model: name, modelDigest, envEntry: envEntry(main, options.env, name), cards }));
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
        environment: envConfig ? (0,policy_context/* environmentContext */.l)(envConfig, serving) : null,
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
    const found = evaluateContext(compiled, context).map((v) => violationToFinding(v, locator, ids));
    const waivers = Array.isArray(cardValue.waivers) && card.value ? cardValue.waivers : [];
    return applyWaivers(found, { waivers, file: card.file, locate: card.locate, ...ids }, compiled, input.today);
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
            const doc = await (0,registry_document/* loadDocument */.Az)(registry.source, (0,loader/* modelPath */.LH)(model), 'model', { model }, registry.limits);
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
            if (!dir || (0,names/* nameProblem */.rH)(model, 'model') !== null) {
                out.push({ ruleId: 'manifest.unknown-model', severity: 'deny', file: doc.file, ...doc.locate(entryPath, 'key'), message: `model '${model}' in ${(0,loader/* manifestPath */.ji)(env)} is not registered under models/`, remediation: 'Register the model first, or correct its name.', model });
                continue;
            }
            for (const role of ['stable', 'candidate']) {
                const version = entry[role];
                if (!version)
                    continue;
                if (dir.versionDirs.get(version) !== true) {
                    out.push({ ruleId: 'manifest.unknown-version', severity: 'deny', file: doc.file, ...doc.locate([...entryPath, role]), message: `${role} ${model} ${version} in ${env} is not registered: ${(0,loader/* cardPath */.ug)(model, version)} does not exist`, remediation: 'Register the version first (a pull request adding its card), or correct the version.', model, version });
                }
                const mark = (await markOf(model))?.[version];
                if (mark?.status === 'rejected') {
                    out.push({
                        ruleId: 'manifest.rejected-version',
                        severity: role === 'candidate' ? 'deny' : 'warn',
                        file: doc.file,
                        ...doc.locate([...entryPath, role]),
                        message: `${role} ${model} ${version} is marked rejected in ${(0,loader/* modelPath */.LH)(model)}${mark.reason ? ` (${mark.reason})` : ''}`,
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
            severity: gateMode(config, 'immutability') === 'enforce' ? 'deny' : 'warn',
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
    if (gateMode(config, 'policy') === 'enforce')
        return findings;
    return findings.map((f) => (f.severity === 'deny' && !f.ruleId.startsWith('yaml.') && !f.ruleId.startsWith('schema.') && !f.ruleId.startsWith('registry.') ? { ...f, severity: 'warn', message: `[advisory] ${f.message}` } : f));
}

// EXTERNAL MODULE: ./src/actions/common/event.ts
var common_event = __webpack_require__(3317);
;// CONCATENATED MODULE: ./src/actions/validate/judge.ts
/**
 * The two roles of the validate action (DESIGN §2), each producing one judgement.
 *
 * feedback (`pull_request`, or any other event): the checked-out working tree, as the author wrote
 * it, policies and modelgate.yaml included. Unprivileged: no API call, no token needed.
 *
 * gate (`pull_request_target`): configuration and policies from the base branch's git objects; the
 * pull request's files read as data from the git objects of its head commit, fetched into a local
 * ref and never checked out; the scope from the pull request's file list in the API.
 */













async function prefixOf(repoTop, workspace, registryPath) {
    const rel = external_node_path_default().relative(await (0,promises_.realpath)(repoTop), await (0,promises_.realpath)(workspace)).split((external_node_path_default()).sep).join('/');
    if (rel.startsWith('..'))
        throw new src_errors/* UsageError */.eb(`the workspace ${workspace} is outside the git repository ${repoTop}`);
    const joined = [rel, registryPath].filter((p) => p !== '').join('/');
    return joined === '' ? '' : `${joined}/`;
}
function governance(scope, packDirs) {
    if (!scope)
        return [];
    const packs = packDirs.map((d) => `${d.replace(/\/+$/, '')}/`);
    return scope.files.map((f) => f.path).filter((p) => p === loader/* CONFIG_FILE */.g2 || packs.some((d) => p.startsWith(d)));
}
async function workspaceRepo(workspace) {
    try {
        return await (0,git/* repoTopLevel */.MS)(workspace);
    }
    catch {
        throw new src_errors/* UsageError */.eb(`${workspace} is not a git repository: check the repository out with actions/checkout before this step.`);
    }
}
/** The commit the feedback role compares against, or undefined when there is none to be had. */
async function feedbackBase(event, repoTop, pr) {
    if (!pr)
        return undefined;
    const head = (await (0,git/* git */.$Y)(repoTop, ['rev-parse', 'HEAD'])).trim();
    // actions/checkout's test merge commit (GITHUB_SHA on pull_request): its first parent is the base tip.
    if (head === event.sha) {
        const parents = await headParents(repoTop);
        if (parents.length === 2)
            return parents[0];
    }
    try {
        await (0,git/* git */.$Y)(repoTop, ['cat-file', '-e', `${pr.baseSha}^{commit}`]);
        return pr.baseSha;
    }
    catch {
        return undefined;
    }
}
async function judgeFeedback(o) {
    const repoTop = await workspaceRepo(o.event.workspace);
    const registryDir = external_node_path_default().join(o.event.workspace, o.registryPath);
    const pathPrefix = await prefixOf(repoTop, o.event.workspace, o.registryPath);
    const source = new registry_source/* FsSource */.B(registryDir);
    const pr = (0,common_event/* pullRequestOf */._)(o.event);
    let scope;
    let packDirs = [];
    if (o.scope === 'changed' && pr) {
        const base = await feedbackBase(o.event, repoTop, pr);
        if (base) {
            packDirs = (await (0,loader/* loadConfig */.Z9)(source)).value.policies?.packs ?? ['policies'];
            scope = await (0,validate_scope.computeScope)(registryDir, base, packDirs);
            core/* info */.pq(`Validating the change since ${base.slice(0, 12)} and what it affects.`);
        }
        else {
            core/* warning */.$e('The base commit of this pull request is not in the checkout, so the whole registry is validated and card immutability is not checked. ' +
                'Give actions/checkout `fetch-depth: 2` (its test merge commit then brings the base along).', { title: 'modelgate validate: whole registry' });
        }
    }
    const report = await validateRegistry({ source, today: o.today, ...(scope ? { scope } : {}), ...(o.environment ? { env: o.environment } : {}), ...(pr?.author ? { author: pr.author } : {}) });
    return {
        role: 'feedback',
        report,
        pathPrefix,
        changedFiles: new Set(scope?.files.map((f) => f.path) ?? []),
        governanceChanges: governance(scope, packDirs),
        subject: pr ? `pull request #${pr.number}` : `${o.event.name} at ${(o.event.sha ?? 'HEAD').slice(0, 12)}`,
    };
}
/** Paths below the registry's directory, made registry-relative. */
function registryChanges(files, pathPrefix) {
    return files.filter((f) => f.path.startsWith(pathPrefix)).map((f) => ({ ...f, path: f.path.slice(pathPrefix.length) }));
}
async function judgeGate(o) {
    const { event } = o;
    const pr = (0,common_event/* pullRequestOf */._)(event);
    if (!pr)
        throw new src_errors/* UsageError */.eb(`the ${event.name} event carries no pull request`);
    if (!event.sha)
        throw new src_errors/* UsageError */.eb('GITHUB_SHA is not set: the gate reads the base branch at that commit.');
    const repoTop = await workspaceRepo(event.workspace);
    const pathPrefix = await prefixOf(repoTop, event.workspace, o.registryPath);
    const baseSha = event.sha;
    await ensureCommit(repoTop, baseSha, 'the base branch commit', o.auth);
    const checkedOut = (await (0,git/* git */.$Y)(repoTop, ['rev-parse', 'HEAD'])).trim();
    if (checkedOut !== baseSha) {
        core/* warning */.$e(`The workspace is at ${checkedOut.slice(0, 12)}, not the base branch commit ${baseSha.slice(0, 12)}. The gate reads the base branch from git objects whatever is checked out, ` +
            'but never check out pull request code in a pull_request_target job: remove `ref:` from actions/checkout.', { title: 'modelgate validate: unexpected checkout' });
    }
    const info = await getPullRequest(o.client, o.repo, pr.number);
    const headSha = info.headSha;
    o.onHead?.(headSha);
    if (headSha !== pr.headSha)
        core/* info */.pq(`Pull request #${pr.number} moved from ${pr.headSha.slice(0, 12)} (the event) to ${headSha.slice(0, 12)}; judging ${headSha.slice(0, 12)}.`);
    // Fail closed before any work when the API cannot show the whole change.
    if (info.changedFiles > MAX_LISTED_FILES)
        assertCompleteFileList(0, info.changedFiles, pr.number);
    const fetched = await fetchPullHead(repoTop, pr.number, o.auth);
    if (fetched !== headSha)
        await ensureCommit(repoTop, headSha, `the head of pull request #${pr.number}`, o.auth);
    const listed = await listPullRequestFiles(o.client, o.repo, pr.number);
    assertCompleteFileList(listed.length, info.changedFiles, pr.number);
    const again = await getPullRequest(o.client, o.repo, pr.number);
    if (again.headSha !== headSha) {
        throw new src_errors/* ToolError */.v4(`pull request #${pr.number} moved to ${again.headSha.slice(0, 12)} while ${headSha.slice(0, 12)} was being judged; the run for the new commit decides.`);
    }
    const registryDir = pathPrefix.replace(/\/$/, '');
    const policySource = new GitSource(repoTop, baseSha, registryDir);
    const source = new GitSource(repoTop, headSha, registryDir);
    const packDirs = (await (0,loader/* loadConfig */.Z9)(policySource)).value.policies?.packs ?? ['policies'];
    const changed = registryChanges(toChangedFiles(listed), pathPrefix);
    const scope = await (0,validate_scope.scopeFromChanges)(changed, packDirs, baseSha, (file) => (0,validate_scope.existsAt)(repoTop, baseSha, `${pathPrefix}${file}`));
    const report = await validateRegistry({
        source,
        policySource,
        scope,
        today: o.today,
        ...(o.environment ? { env: o.environment } : {}),
        ...(info.author ? { author: info.author } : {}),
    });
    return {
        role: 'gate',
        report,
        pathPrefix,
        changedFiles: new Set(changed.map((f) => f.path)),
        governanceChanges: governance(scope, packDirs),
        subject: `pull request #${pr.number} at \`${headSha.slice(0, 12)}\``,
        pull: { number: pr.number, headSha },
    };
}


/***/ }),

/***/ 308:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ git),
/* harmony export */   MS: () => (/* binding */ repoTopLevel),
/* harmony export */   WL: () => (/* binding */ resolveCommit),
/* harmony export */   Y_: () => (/* binding */ changedFiles),
/* harmony export */   b4: () => (/* binding */ readBlobs),
/* harmony export */   kb: () => (/* binding */ lsTree),
/* harmony export */   wu: () => (/* binding */ mergeBase)
/* harmony export */ });
/* unused harmony exports checkRef, isGitRepo */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/** Thin, safe wrappers over the real `git` binary: arguments as arrays (no shell), refs checked. */


const MAX_BUFFER = 256 * 1024 * 1024;
async function git(cwd, args, options = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd, maxBuffer: MAX_BUFFER, encoding: 'utf8', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } }, (err, stdout, stderr) => {
            if (err) {
                const code = err.code;
                if (code === 'ENOENT')
                    reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4('git is not installed or not on PATH'));
                else
                    reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`git ${args.join(' ')} failed: ${String(stderr).trim() || err.message}`));
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag} '${ref}' is not a valid git ref`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag} '${ref}': ${cwd} is not inside a git repository`);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${flag} '${ref}' does not name a commit in ${cwd}`);
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`invalid object name ${JSON.stringify(s)}`);
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks = [];
        let stderr = '';
        child.stdout.on('data', (c) => chunks.push(c));
        child.stderr.on('data', (c) => (stderr += c.toString()));
        child.on('error', (err) => reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`git cat-file failed: ${err.message}`)));
        child.on('close', (code) => {
            if (code !== 0)
                return reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ToolError */ .v4(`git cat-file failed: ${stderr.trim()}`));
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

/***/ 9434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ packageRoot)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The installed modelgate package's own directory (for the shipped schemas and default policy
 * pack), found by walking up from this module: the same code works from src/ under vitest, from
 * dist/cli/ and from dist/actions/<name>/.
 */



let cached;
function packageRoot() {
    if (cached)
        return cached;
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const manifest = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === 'modelgate')
                    return (cached = dir);
            }
            catch {
                // an unreadable package.json on the way up is not ours
            }
        }
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            throw new Error('cannot find the modelgate package directory (its package.json) above ' + (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
        dir = parent;
    }
}


/***/ }),

/***/ 6476:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Az: () => (/* binding */ loadDocument)
});

// UNUSED EXPORTS: diagnosticToFinding, parseDocumentBytes, validateParsed

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/schema/errors.ts
var errors = __webpack_require__(6755);
// EXTERNAL MODULE: ./src/schema/documents.ts + 6 modules
var documents = __webpack_require__(2275);
// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./src/yaml/strict.ts
var yaml_strict = __webpack_require__(7154);
;// CONCATENATED MODULE: ./src/yaml/fast.ts
/**
 * A fast path for the common case: a document with nothing a strict reader would warn about is
 * parsed by js-yaml (several times faster than the `yaml` package), and the `yaml` package runs
 * only when a position is asked for (a finding to report) or the text holds anything the fast
 * path does not vouch for. The pre-scan is deliberately conservative: a false alarm only costs
 * speed, and a test proves both parsers give the same value wherever the fast path is taken.
 */


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
            value = js_yaml/* default.load */.Ay.load(text, { schema: js_yaml/* default.CORE_SCHEMA */.Ay.CORE_SCHEMA, json: false });
        }
        catch {
            value = undefined; // duplicate keys, syntax errors: the strict parser reports them properly
        }
        if (value !== null && value !== undefined && typeof value === 'object') {
            let strict;
            return {
                value,
                diagnostics: [],
                locate: (path, which) => (strict ??= (0,yaml_strict/* parseStrictYaml */.Ao)(text, options)).locate(path, which),
            };
        }
    }
    return (0,yaml_strict/* parseStrictYaml */.Ao)(text, options);
}

;// CONCATENATED MODULE: ./src/registry/document.ts
/**
 * One registry document read, parsed strictly and validated against the schema of its own
 * schemaVersion. Problems become findings at file:line:column; nothing here throws for bad input.
 */





const YAML_RULE = {
    error: { severity: 'deny', remediation: 'Fix the YAML so it parses; `modelgate validate` shows the line and column.' },
    warning: { severity: 'warn', remediation: 'Quote the value so every YAML reader sees the same thing.' },
};
function diagnosticToFinding(d, file, ctx) {
    const base = YAML_RULE[d.severity];
    return { ruleId: d.code, severity: base.severity, file, line: d.line, column: d.column, message: d.message, remediation: base.remediation, ...ctx };
}
function parseDocumentBytes(bytes, file, kind, ctx, limits = {}) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex');
    const decoded = (0,yaml_strict/* decodeYamlBytes */.PS)(bytes, limits);
    if ('diagnostic' in decoded) {
        return { file, kind, value: undefined, raw: undefined, digest, findings: [diagnosticToFinding(decoded.diagnostic, file, ctx)], locate: () => ({ line: 1, column: 1 }) };
    }
    return validateParsed(parseYaml(decoded.text, limits), file, kind, ctx, digest);
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
        remediation: `Make the ${documents/* DOC_KIND_LABEL */.$N[kind]} match its JSON Schema (schemas/${kind}-v<schemaVersion>.schema.json); editors validate as you type with a \`# yaml-language-server: $schema=\` line.`,
        ...ctx,
    });
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        findings.push(schemaFinding(`a ${documents/* DOC_KIND_LABEL */.$N[kind]} must be a mapping of fields; found ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`, at([]), 'schema.not-a-mapping'));
        return doc;
    }
    const version = value.schemaVersion;
    if (version === undefined) {
        findings.push(schemaFinding(`\`schemaVersion\` is missing; add \`schemaVersion: ${Math.max(...(0,documents/* knownVersions */.J0)(kind))}\``, at([]), 'schema.version'));
        return doc;
    }
    const validate = typeof version === 'number' ? (0,documents/* documentValidator */.Ee)(kind, version) : undefined;
    if (!validate && typeof version === 'string' && /^\d+$/.test(version) && (0,documents/* documentValidator */.Ee)(kind, Number(version))) {
        findings.push(schemaFinding(`schemaVersion is the string "${version}"; write it as a number, without quotes: \`schemaVersion: ${version}\``, at(['schemaVersion']), 'schema.version'));
        return doc;
    }
    if (!validate) {
        findings.push(schemaFinding(`unknown schemaVersion ${JSON.stringify(version)} for a ${documents/* DOC_KIND_LABEL */.$N[kind]}; this modelgate knows ${(0,documents/* knownVersions */.J0)(kind).join(', ')} (upgrade modelgate if the document is newer)`, at(['schemaVersion']), 'schema.version'));
        return doc;
    }
    if (validate(value)) {
        doc.value = value;
    }
    else {
        for (const err of (0,errors/* relevantErrors */.bo)(validate.errors ?? [])) {
            const d = (0,errors/* describeAjvError */.tN)(err, value);
            findings.push(schemaFinding(d.message, at(d.path, d.which)));
        }
    }
    return doc;
}
/** Reads and validates one document; checks the size before reading so a huge file costs nothing. */
async function loadDocument(source, file, kind, ctx = {}, limits = {}) {
    const max = limits.maxBytes ?? yaml_strict/* DEFAULT_MAX_BYTES */.fS;
    const read = await source.readLimited(file, max);
    if (read === null)
        return null;
    if ('tooLarge' in read) {
        return { file, kind, value: undefined, raw: undefined, digest: undefined, findings: [diagnosticToFinding((0,yaml_strict/* tooLarge */.g$)(read.tooLarge, max), file, ctx)], locate: () => ({ line: 1, column: 1 }) };
    }
    const bytes = read.bytes;
    return parseDocumentBytes(bytes, file, kind, ctx, limits);
}


/***/ }),

/***/ 6372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ag: () => (/* binding */ loadRegistry),
/* harmony export */   B7: () => (/* binding */ DEPLOYMENTS_DIR),
/* harmony export */   DQ: () => (/* binding */ MODELS_DIR),
/* harmony export */   LH: () => (/* binding */ modelPath),
/* harmony export */   Z9: () => (/* binding */ loadConfig),
/* harmony export */   g2: () => (/* binding */ CONFIG_FILE),
/* harmony export */   ji: () => (/* binding */ manifestPath),
/* harmony export */   qw: () => (/* binding */ registryFindings),
/* harmony export */   ug: () => (/* binding */ cardPath)
/* harmony export */ });
/* unused harmony export classifyLayout */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1001);
/* harmony import */ var _document_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6476);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1815);
/**
 * The registry read from a source: modelgate.yaml, models/<model>/model.yaml,
 * models/<model>/<version>/card.yaml and deployments/<environment>.yaml, each validated, plus the
 * structural checks of DESIGN §1 (names, version = directory, symlinks refused).
 */




const CONFIG_FILE = 'modelgate.yaml';
const MODELS_DIR = 'models';
const DEPLOYMENTS_DIR = 'deployments';
function cardPath(model, version) {
    return `${MODELS_DIR}/${model}/${version}/card.yaml`;
}
function modelPath(model) {
    return `${MODELS_DIR}/${model}/model.yaml`;
}
function manifestPath(env) {
    return `${DEPLOYMENTS_DIR}/${env}.yaml`;
}
function structural(ruleId, file, message, remediation, extra = {}) {
    return { ruleId, severity: 'deny', file, line: 1, column: 1, message, remediation, ...extra };
}
/** Reads and validates modelgate.yaml; a missing or invalid one is a configuration error (exit 2). */
async function loadConfig(source) {
    const doc = (await (0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .loadDocument */ .Az)(source, CONFIG_FILE, 'config'));
    if (!doc) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${CONFIG_FILE} not found in ${source.label}: this is not a modelgate registry (pass --repo <dir>, or run \`modelgate init\`)`);
    }
    const errors = doc.findings.filter((f) => f.severity === 'deny');
    if (errors.length > 0 || !doc.value) {
        const first = errors[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`${CONFIG_FILE} is invalid:\n${errors.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n')}`, undefined, first?.line);
    }
    const names = new Set();
    for (const [i, env] of doc.value.environments.entries()) {
        if (names.has(env.name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`environment '${env.name}' is listed twice`, CONFIG_FILE, doc.locate(['environments', i, 'name']).line);
        if (env.requires && !doc.value.environments.slice(0, i).some((e) => e.name === env.requires)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(`environment '${env.name}' requires '${env.requires}', which is not an earlier environment`, CONFIG_FILE, doc.locate(['environments', i, 'requires']).line);
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
        ? Promise.all([...options.listOnly].filter((m) => safeSegment(m)).map((m) => source.list(`${MODELS_DIR}/${m}`))).then((lists) => lists.flat())
        : source.list(MODELS_DIR);
    const [modelEntries, deploymentEntries] = await Promise.all([listModels, options.manifests === false ? [] : source.list(DEPLOYMENTS_DIR)]);
    const layout = classifyLayout(modelEntries, deploymentEntries);
    const registry = { source, config, models: new Map(), manifests: new Map(), findings: [...layout.findings], limits, layout };
    const envNames = new Set(config.value.environments.map((e) => e.name));
    const manifestLoads = [];
    for (const file of layout.manifestFiles) {
        const env = file.slice(DEPLOYMENTS_DIR.length + 1, -'.yaml'.length);
        manifestLoads.push((0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .loadDocument */ .Az)(source, file, 'manifest', {}, limits).then((doc) => {
            if (!doc)
                return;
            registry.manifests.set(env, doc);
            if (!envNames.has(env)) {
                doc.findings.push(structural('registry.unknown-environment', file, `environment '${env}' is not declared in ${CONFIG_FILE}`, `Add it under \`environments:\` in ${CONFIG_FILE}, or rename the file.`));
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
        const modelDir = `${MODELS_DIR}/${name}`;
        const problem = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .nameProblem */ .rH)(name, 'model');
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
            loads.push((0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .loadDocument */ .Az)(source, modelPath(name), 'model', { model: name }, limits).then((doc) => {
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
            const vProblem = (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .versionProblem */ .Ec)(version);
            if (vProblem) {
                registry.findings.push(structural('registry.invalid-version', `${modelDir}/${version}`, `directory ${modelDir}/${version}/: ${vProblem}`, 'Name version directories by semantic version, e.g. 1.4.0.', { model: name, version }));
                continue;
            }
            if (!hasCard) {
                registry.findings.push(structural('registry.card-missing', cardPath(name, version), `version directory ${modelDir}/${version}/ has no card.yaml`, 'Add card.yaml for this version, or remove the directory.', { model: name, version }));
                continue;
            }
            loads.push((0,_document_js__WEBPACK_IMPORTED_MODULE_2__/* .loadDocument */ .Az)(source, cardPath(name, version), 'card', { model: name, version }, limits).then((doc) => {
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
            ...structural('registry.model-mismatch', doc.file, `card says model ${JSON.stringify(raw.model)} but it lives in ${MODELS_DIR}/${model}/`, `Set \`model: ${model}\`, or move the card.`, { model, version }),
            ...doc.locate(['model']),
        });
    }
    if (raw.version !== undefined && String(raw.version) !== version) {
        doc.findings.push({
            ...structural('registry.version-mismatch', doc.file, `card says version ${JSON.stringify(raw.version)} but its directory is ${version}/`, `Set \`version: "${version}"\` (quoted), or move the card to ${MODELS_DIR}/${model}/${String(raw.version)}/.`, { model, version }),
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
    return out.sort(_findings_js__WEBPACK_IMPORTED_MODULE_1__/* .compareFindings */ .Eg);
}


/***/ }),

/***/ 1815:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ versionProblem),
/* harmony export */   rH: () => (/* binding */ nameProblem)
/* harmony export */ });
/* unused harmony export NAME_PATTERN */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/** Names and versions as DESIGN §1 fixes them: safe as path segments and in branch names. */

const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;
function nameProblem(name, what) {
    if (name.includes('..'))
        return `${what} name '${name}' contains '..'`;
    if (!NAME_PATTERN.test(name)) {
        return `${what} name '${name}' is not valid: use 1-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit`;
    }
    return null;
}
function versionProblem(version) {
    // Build metadata does not take part in semver precedence, so 1.0.0+a and 1.0.0+b would be two
    // directories for what every comparison (no-regression, promotion order) sees as one version.
    if (version.includes('+') && (0,semver__WEBPACK_IMPORTED_MODULE_0__.valid)(version.slice(0, version.indexOf('+'))) !== null) {
        return `version '${version}' carries build metadata ('+${version.slice(version.indexOf('+') + 1)}'), which semantic versioning ignores when ordering versions; use a pre-release such as ${version.slice(0, version.indexOf('+'))}${version.slice(0, version.indexOf('+')).includes('-') ? '.' : '-'}${version.slice(version.indexOf('+') + 1).replace(/[^0-9A-Za-z.-]/g, '')} instead`;
    }
    // semver.valid also accepts a leading 'v' and surrounding spaces; the registry wants the canonical form.
    if ((0,semver__WEBPACK_IMPORTED_MODULE_0__.valid)(version) !== version) {
        return `version '${version}' is not a semantic version such as 1.2.0 (no leading 'v', no spaces)`;
    }
    return null;
}


/***/ }),

/***/ 7846:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ FsSource),
/* harmony export */   i: () => (/* binding */ safeRelative)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/**
 * Where registry files come from: a working directory, or git objects at a ref. The gate reads a
 * pull request's files as data from git objects (DESIGN §2), so everything above this interface
 * works on either without knowing which.
 */




/** Rejects absolute paths and `..` so a name taken from data cannot leave the registry. */
function safeRelative(file) {
    const normalized = node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.normalize(file.replaceAll('\\', '/'));
    if (node_path__WEBPACK_IMPORTED_MODULE_2___default().posix.isAbsolute(normalized) || normalized === '..' || normalized.startsWith('../') || normalized.includes('\0')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`refusing path outside the registry: ${file}`, file);
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
        this.rootReal = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(root).catch(() => node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(root));
    }
    async list(dir) {
        const rel = safeRelative(dir);
        const out = [];
        const walk = async (relDir) => {
            let entries;
            try {
                entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, relDir), { withFileTypes: true });
            }
            catch (err) {
                if (err.code === 'ENOENT' || err.code === 'ENOTDIR')
                    return;
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4(`cannot read directory ${node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, relDir)}: ${err.message}`);
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
            const st = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(abs);
            if (st.isSymbolicLink())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`refusing to follow symbolic link ${file}`, file);
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
            fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(abs, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' || code === 'ENOTDIR')
                return null;
            if (code === 'ELOOP' || code === 'EMLINK')
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`refusing to follow symbolic link ${file}`, file);
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4(`cannot read ${abs}: ${err.message}`);
        }
        try {
            const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
            if (st.isDirectory())
                return null;
            if (!st.isFile())
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`refusing ${file}: it is not a regular file (a FIFO, socket or device)`, file);
            if (st.size > maxBytes)
                return { tooLarge: st.size };
            return { bytes: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(fd) };
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL)
                throw err;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ToolError */ .v4(`cannot read ${abs}: ${err.message}`);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        }
    }
    /** The absolute path, after checking that the file's directory does not lead outside the root. */
    async resolve(file) {
        const rel = safeRelative(file);
        const abs = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(this.root, rel);
        const dir = node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(abs);
        let resolved = this.dirs.get(dir);
        if (resolved === undefined) {
            try {
                resolved = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(dir);
            }
            catch {
                resolved = dir; // does not exist: the open that follows reports it
            }
            this.dirs.set(dir, resolved);
        }
        const root = await this.rootReal;
        if (resolved !== root && !resolved.startsWith(root + (node_path__WEBPACK_IMPORTED_MODULE_2___default().sep)))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigError */ .xL(`refusing ${file}: it resolves outside the registry`, file);
        return abs;
    }
}


/***/ }),

/***/ 2275:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $N: () => (/* binding */ DOC_KIND_LABEL),
  Ee: () => (/* binding */ documentValidator),
  J0: () => (/* binding */ knownVersions),
  y4: () => (/* binding */ newAjv)
});

// UNUSED EXPORTS: DOCUMENT_SCHEMAS

// EXTERNAL MODULE: ./node_modules/ajv/dist/2020.js
var _2020 = __webpack_require__(2210);
// EXTERNAL MODULE: ./node_modules/ajv-formats/dist/index.js
var dist = __webpack_require__(2815);
var dist_default = /*#__PURE__*/__webpack_require__.n(dist);
;// CONCATENATED MODULE: ./schemas/defs-v1.schema.json
const defs_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:defs:v1","title":"modelgate shared definitions, version 1","$defs":{"name":{"description":"A model or environment name: lower case, digits, \'.\', \'_\' or \'-\', starting with a letter or digit, at most 63 characters (no path traversal, safe in branch names).","type":"string","pattern":"^[a-z0-9][a-z0-9._-]{0,62}$","not":{"pattern":"\\\\.\\\\."}},"version":{"description":"A semantic version (https://semver.org), without a leading \'v\' and without build metadata (\'+…\', which semver ignores when ordering); quote it in YAML so 1.10 stays 1.10.","type":"string","pattern":"^(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)\\\\.(0|[1-9]\\\\d*)(?:-((?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\\\.(?:0|[1-9]\\\\d*|\\\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$"},"date":{"description":"A calendar date, YYYY-MM-DD, quoted in YAML.","type":"string","format":"date"},"sha256":{"description":"A SHA-256 digest: 64 lower- or upper-case hex characters, quoted in YAML.","type":"string","pattern":"^[0-9a-fA-F]{64}$"},"team":{"description":"A GitHub team as @org/team-slug.","type":"string","pattern":"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]+$"},"owner":{"description":"A GitHub user (@login) or team (@org/team).","type":"string","pattern":"^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:/[A-Za-z0-9._-]+)?$"},"riskTier":{"enum":["low","medium","high"]},"gateMode":{"description":"enforce: a failed gate blocks; advisory: it is reported and does not block (for adoption).","enum":["enforce","advisory"]},"duration":{"description":"A duration such as 30m, 24h, 3d, 1w or 1d12h.","type":"string","pattern":"^(?:[0-9]+[smhdw])+$"},"percent":{"type":"number","minimum":0,"maximum":100},"changeKind":{"enum":["register","promote","rollback","hotfix","policy","config"]},"metric":{"description":"One measured value, as in Hugging Face model-index metrics.","type":"object","required":["type","value"],"properties":{"type":{"type":"string","minLength":1,"description":"Metric id, e.g. accuracy, f1, auc."},"value":{"description":"The value, a number. Strings such as \\"77.37%\\" come from importers only; the default policy requires a number.","type":["number","string"]},"name":{"type":"string"},"config":{"type":"string"},"args":{},"scale":{"description":"Set when an importer converted a percentage: \'percent\' means value was divided by 100.","enum":["fraction","percent","raw"]},"higherIsBetter":{"type":"boolean","description":"Direction used by no-regression and threshold rules; default true."},"verified":{"type":"boolean"},"verifyToken":{"type":"string"}},"additionalProperties":false},"rollbackRule":{"type":"object","description":"One monitoring rule (see DESIGN §6).","required":["name","provider"],"properties":{"name":{"$ref":"#/$defs/name"},"provider":{"enum":["file","http","prometheus","datadog","evidently"]},"query":{"type":"string","description":"Provider query: PromQL, a Datadog query, a JSON pointer for file/http, an Evidently metric or test selector."},"url":{"type":"string","pattern":"^(?![A-Za-z][A-Za-z0-9+.-]*://[^/?#]*@)","description":"Provider address: the Prometheus or Datadog API base URL, or the http provider\'s endpoint. May use {{model}}, {{version}}, {{env}}. No user:password@ (credentials come from the environment)."},"path":{"type":"string","description":"file and evidently providers: the JSON file an earlier workflow step wrote (relative to the workspace, the current directory; absolute paths, .. and symlinks out of it are refused)."},"api":{"enum":["v1","v2"],"description":"datadog provider: the v1 /api/v1/query or the v2 /api/v2/query API (default v2)."},"enabled":{"type":"boolean","default":true,"description":"false turns a rule off, e.g. an environment override switching off a rule inherited from rollback.rules."},"selector":{"type":"string","description":"JSON pointer into the provider\'s response."},"range":{"type":"object","properties":{"window":{"$ref":"#/$defs/duration"},"step":{"$ref":"#/$defs/duration"}},"additionalProperties":false},"min":{"type":"number","description":"Lowest healthy value (inclusive)."},"max":{"type":"number","description":"Highest healthy value (inclusive)."},"inconclusive":{"type":"object","description":"A band between healthy and failed where the outcome is inconclusive.","properties":{"min":{"type":"number"},"max":{"type":"number"}},"additionalProperties":false},"compare":{"type":"object","description":"Compare the candidate with the concurrently serving baseline.","required":["mode"],"properties":{"mode":{"enum":["ratio","delta"]},"baselineQuery":{"type":"string"},"minBaseline":{"type":"number"},"max":{"type":"number"},"min":{"type":"number"}},"additionalProperties":false},"minSamples":{"type":"integer","minimum":0},"samplesQuery":{"type":"string"},"noData":{"enum":["pass","fail","inconclusive","ignore"],"default":"inconclusive"},"failureLimit":{"type":"integer","minimum":0,"default":0,"description":"Failing points tolerated among the points one run observes (needs range when >= 1)."},"consecutive":{"type":"boolean","default":true},"consecutiveErrorLimit":{"type":"integer","minimum":0,"default":4},"initialDelay":{"$ref":"#/$defs/duration"},"severity":{"enum":["critical","warning"],"default":"critical"},"mode":{"$ref":"#/$defs/gateMode"},"timeout":{"$ref":"#/$defs/duration"}},"$comment":"What each provider needs, checked by validate so a broken rule is found at review, not by the first scheduled monitor run (a disabled rule needs nothing).","allOf":[{"if":{"properties":{"provider":{"const":"evidently"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["path","query"],"properties":{"path":true,"query":{"type":"string","pattern":"^(drift_share|drifted_columns|dataset_drift|failed_tests|column_drift:.+|column_score:.+)$"}}}},{"if":{"properties":{"provider":{"const":"file"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["path"],"properties":{"path":true}}},{"if":{"properties":{"provider":{"const":"http"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["url"],"properties":{"url":true}}},{"if":{"properties":{"provider":{"const":"prometheus"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["query"],"properties":{"query":true}}},{"if":{"properties":{"provider":{"const":"datadog"},"enabled":{"not":{"const":false}}},"required":["provider"]},"then":{"required":["query"],"properties":{"query":true}}},{"$comment":"failureLimit counts failing points within one run: an instant query observes one, so a limit needs range.","if":{"properties":{"failureLimit":{"type":"integer","minimum":1}},"required":["failureLimit"]},"then":{"required":["range"],"properties":{"range":true}}}],"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./schemas/card-v1.schema.json
const card_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:card:v1","title":"modelgate model card, schemaVersion 1","description":"One model version: models/<model>/<version>/card.yaml. Immutable once merged. Sections follow Mitchell et al. \'Model Cards for Model Reporting\', Hugging Face card metadata and Google\'s Model Card Toolkit; evaluation results have the shape of Hugging Face model-index results.","type":"object","required":["schemaVersion","model","version"],"properties":{"schemaVersion":{"const":1},"model":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"version":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version"},"created":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"},"description":{"type":"string"},"authors":{"type":"array","items":{"type":"object","required":["name"],"properties":{"name":{"type":"string","minLength":1},"github":{"type":"string"},"email":{"type":"string","format":"email"}},"additionalProperties":false}},"license":{"type":"string","description":"SPDX id or a Hugging Face licence id; \'other\' with licenseName/licenseLink."},"licenseName":{"type":"string"},"licenseLink":{"type":"string"},"task":{"type":"string","description":"Pipeline tag, e.g. text-classification, tabular-classification."},"language":{"type":"array","items":{"type":"string"}},"tags":{"type":"array","items":{"type":"string"}},"baseModel":{"type":"string"},"intendedUse":{"type":"object","properties":{"primaryUses":{"type":"array","items":{"type":"string","minLength":1}},"primaryUsers":{"type":"array","items":{"type":"string","minLength":1}},"outOfScope":{"type":"array","items":{"type":"string","minLength":1}}},"additionalProperties":false},"trainingData":{"type":"array","items":{"type":"object","required":["id"],"properties":{"id":{"type":"string","minLength":1,"description":"Dataset id, e.g. a Hugging Face dataset or an internal catalogue id."},"revision":{"type":"string","description":"An immutable revision: a commit, a content digest or a snapshot id (not a branch or \'latest\')."},"license":{"type":"string"},"uri":{"type":"string"},"description":{"type":"string"},"split":{"type":"string"},"containsPersonalData":{"type":"boolean"}},"additionalProperties":false}},"evaluation":{"type":"object","properties":{"results":{"type":"array","items":{"type":"object","required":["task","dataset","metrics"],"properties":{"task":{"type":"object","required":["type"],"properties":{"type":{"type":"string"},"name":{"type":"string"}},"additionalProperties":false},"dataset":{"type":"object","required":["name"],"properties":{"type":{"type":"string"},"name":{"type":"string"},"config":{"type":"string"},"split":{"type":"string"},"revision":{"type":"string"},"args":{}},"additionalProperties":false},"metrics":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/metric"}},"source":{"type":"object","properties":{"name":{"type":"string"},"url":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false}}},"additionalProperties":false},"fairness":{"type":"object","properties":{"protectedAttributes":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true},"results":{"type":"array","items":{"type":"object","required":["attribute","metrics"],"properties":{"attribute":{"type":"string"},"groups":{"type":"array","items":{"type":"string"}},"dataset":{"type":"string"},"metrics":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/metric"}}},"additionalProperties":false}}},"additionalProperties":false},"limitations":{"type":"array","items":{"type":"string"}},"risks":{"type":"array","items":{"type":"object","required":["risk"],"properties":{"risk":{"type":"string"},"mitigation":{"type":"string"}},"additionalProperties":false}},"artifact":{"type":"object","properties":{"uri":{"type":"string","minLength":1},"sha256":{"description":"64 hex characters, quoted."},"format":{"type":"string"},"sizeBytes":{"type":"integer","minimum":0}},"additionalProperties":false},"lineage":{"type":"object","properties":{"gitCommit":{"type":"string","pattern":"^[0-9a-f]{7,64}$"},"trainingRun":{"type":"string"},"parentVersion":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version"}},"additionalProperties":false},"validation":{"type":"object","description":"The independent validation report (SR 11-7 §V). The validator\'s independence is proven by the approvals gate, not by this claim.","properties":{"report":{"type":"string","description":"Where the report lives (URL or repository path)."},"date":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"},"validator":{"type":"string"},"signature":{"type":"string","description":"Signature or digest of the signed report."},"conclusion":{"type":"string"}},"additionalProperties":false},"waivers":{"type":"array","items":{"type":"object","required":["rule","reason","approver","expires"],"properties":{"rule":{"type":"string","minLength":1},"reason":{"type":"string","minLength":1},"approver":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/owner"},"ticket":{"type":"string"},"expires":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"}},"additionalProperties":false}},"extensions":{"type":"object","description":"Free-form data for your own policies; never validated by modelgate\'s schema."}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/model-v1.schema.json
const model_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:model:v1","title":"modelgate registered model, schemaVersion 1","description":"models/<model>/model.yaml: the mutable facts of a registered model.","type":"object","required":["schemaVersion","name","owner","riskTier"],"properties":{"schemaVersion":{"const":1},"name":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"inventoryId":{"type":"string","minLength":1,"description":"The id in the organisation\'s model inventory (SR 11-7)."},"description":{"type":"string"},"owner":{"type":"object","required":["team"],"properties":{"team":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/team"},"contact":{"type":"string"}},"additionalProperties":false},"riskTier":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/riskTier"},"useCase":{"type":"string"},"commercialUse":{"type":"boolean","description":"The model is used commercially: non-commercial training data licences are flagged."},"thresholds":{"type":"array","description":"Minimum (or maximum) values a version\'s evaluation metrics must reach.","items":{"type":"object","required":["metric"],"properties":{"metric":{"type":"string"},"dataset":{"type":"string"},"split":{"type":"string"},"min":{"type":"number"},"max":{"type":"number"}},"additionalProperties":false}},"regression":{"type":"object","description":"No-regression settings against the version serving in the target environment.","properties":{"tolerance":{"type":"number","minimum":0,"description":"Largest allowed drop, in the metric\'s own unit."},"metrics":{"type":"array","items":{"type":"string"},"description":"Metric types compared; default all shared ones."}},"additionalProperties":false},"rollback":{"type":"object","properties":{"rules":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/rollbackRule"}},"environments":{"type":"object","propertyNames":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"additionalProperties":{"type":"object","properties":{"rules":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/rollbackRule"}}},"additionalProperties":false}}},"additionalProperties":false},"versions":{"type":"object","description":"Status marks set after merge, e.g. by a rollback.","propertyNames":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version"},"additionalProperties":{"type":"object","required":["status"],"properties":{"status":{"enum":["active","deprecated","rejected","baseline"]},"reason":{"type":"string"},"incident":{"type":"string"},"date":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/date"}},"additionalProperties":false}},"extensions":{"type":"object"}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./schemas/manifest-v1.schema.json
const manifest_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:manifest:v1","title":"modelgate deployment manifest, schemaVersion 1","description":"deployments/<environment>.yaml: what serves in one environment and how. One vocabulary for every strategy: stable, candidate, traffic.","type":"object","required":["schemaVersion","environment","models"],"properties":{"schemaVersion":{"const":1},"environment":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"models":{"type":"object","propertyNames":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"additionalProperties":{"$ref":"#/$defs/serving"}},"hotfix":{"type":"object","description":"Declares this change a hot fix: skips bake time, needs a reason and the high-risk approval rule.","required":["reason"],"properties":{"reason":{"type":"string","minLength":10,"pattern":"^\\\\s*(?:\\\\S\\\\s*){10}","description":"why the hot fix cannot wait for bake time, in at least 10 non-blank characters"},"incident":{"type":"string"}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"serving":{"type":"object","required":["strategy","stable"],"properties":{"strategy":{"enum":["direct","canary","blue-green","shadow","ab"]},"stable":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version","description":"What serves today: the only version (direct), champion (ab), blue (blue-green)."},"candidate":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/version","description":"Canary, challenger (ab), green (blue-green), shadow."},"traffic":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/percent","description":"% of live traffic to the candidate (canary, ab); % mirrored (shadow); 0 or 100 (blue-green)."}},"additionalProperties":false,"allOf":[{"if":{"properties":{"strategy":{"const":"direct"}}},"then":{"properties":{"candidate":false,"traffic":false}}},{"if":{"properties":{"strategy":{"enum":["canary","blue-green","shadow","ab"]}}},"then":{"required":["candidate","traffic"]}},{"if":{"properties":{"strategy":{"const":"blue-green"}}},"then":{"properties":{"traffic":{"enum":[0,100]}}}},{"properties":{"candidate":{"not":{"const":{"$data":"1/stable"}}}}}]}}}');
;// CONCATENATED MODULE: ./schemas/config-v1.schema.json
const config_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:config:v1","title":"modelgate registry configuration (modelgate.yaml), schemaVersion 1","type":"object","required":["schemaVersion","environments"],"properties":{"schemaVersion":{"const":1},"registry":{"type":"object","properties":{"name":{"type":"string"},"defaultBranch":{"type":"string","default":"main"}},"additionalProperties":false},"environments":{"type":"array","description":"In promotion order: a version reaches an environment only after serving in the one before it for its bake time.","minItems":1,"items":{"type":"object","required":["name"],"properties":{"name":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name"},"production":{"type":"boolean","default":false,"description":"Production environments need rollback rules and the production approval rule."},"bakeTime":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/duration","description":"How long a version must serve here (100% or as champion) before it may be promoted to the next environment."},"requires":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/name","description":"The environment a version must have baked in first; default the previous one in this list."},"trafficSteps":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/percent"},"description":"Allowed candidate traffic values, e.g. [5, 25, 50, 100]; traffic may only move to the next step (or back to 0)."},"strategies":{"type":"array","items":{"enum":["direct","canary","blue-green","shadow","ab"]},"description":"Strategies allowed here; default all."}},"additionalProperties":false}},"policies":{"type":"object","properties":{"packs":{"type":"array","description":"Policy pack directories, relative to the repository root.","items":{"type":"string","minLength":1},"default":["policies"]},"failOn":{"enum":["deny","warn"],"default":"deny"}},"additionalProperties":false},"approvals":{"type":"object","properties":{"tiers":{"type":"object","properties":{"low":{"$ref":"#/$defs/approvalRule"},"medium":{"$ref":"#/$defs/approvalRule"},"high":{"$ref":"#/$defs/approvalRule"}},"additionalProperties":false},"paths":{"type":"array","description":"Rules for registry files outside models/, e.g. policies/**, modelgate.yaml, deployments/production.yaml. CODEOWNERS-style patterns.","items":{"type":"object","required":["pattern","rule"],"properties":{"pattern":{"type":"string","minLength":1},"rule":{"$ref":"#/$defs/approvalRule"}},"additionalProperties":false}},"settings":{"type":"object","description":"Used when the branch\'s own rules cannot be read.","properties":{"dismissStaleReviews":{"type":"boolean"},"requireLastPushApproval":{"type":"boolean"}},"additionalProperties":false}},"additionalProperties":false},"gates":{"type":"object","description":"Each gate\'s mode: enforce blocks, advisory reports only (for adoption).","properties":{"policy":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"approvals":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"immutability":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"promotionOrder":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"bakeTime":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"trafficSteps":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"strategy":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode","description":"Strategy rules: allowed strategies per environment, candidate differs from stable."},"registration":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode","description":"Served versions are registered and not marked rejected."},"artifact":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"},"evidence":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/gateMode"}},"additionalProperties":false},"audit":{"type":"object","properties":{"branch":{"type":"string","default":"modelgate-audit","pattern":"^[A-Za-z0-9._/-]+$"},"anchor":{"enum":["commit-status","check-run","deployment"],"default":"commit-status"},"trustedWriters":{"type":"array","items":{"type":"string"},"description":"Logins (e.g. your-app[bot]) whose anchors are accepted."}},"additionalProperties":false},"limits":{"type":"object","properties":{"maxFileBytes":{"type":"integer","minimum":1024,"maximum":67108864},"maxAliasCount":{"type":"integer","minimum":0,"maximum":10000}},"additionalProperties":false}},"additionalProperties":false,"$defs":{"approvalRule":{"type":"object","properties":{"minApprovals":{"type":"integer","minimum":0,"maximum":10},"codeOwners":{"enum":["every-owned-file","any","none"],"description":"every-owned-file: each owned changed file needs an approval from one of its owners; any: one code owner\'s approval; none: not required."},"requireTeams":{"type":"array","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/team"}},"independentOfOwner":{"type":"boolean","description":"At least one approval must come from someone outside the model\'s owner team; the author never counts."},"headCommitOnly":{"type":"boolean","description":"Only approvals given on the head commit count."},"unownedFiles":{"enum":["allow","require-approval","deny"],"description":"What a changed file with no code owner needs."}},"additionalProperties":false}}}');
;// CONCATENATED MODULE: ./schemas/policy-rule-v1.schema.json
const policy_rule_v1_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"urn:modelgate:schema:policy-rule:v1","title":"modelgate policy rule, schemaVersion 1","description":"One rule of a policy pack: a JSON Schema that must hold over the evaluation context {card, model, baseline, environment, change, today}.","type":"object","required":["schemaVersion","id","title","severity","schema","message","remediation"],"properties":{"schemaVersion":{"const":1},"id":{"type":"string","pattern":"^[a-z0-9][a-z0-9.-]{0,62}$"},"title":{"type":"string","minLength":1},"description":{"type":"string"},"severity":{"description":"deny | warn | info, or one per risk tier with a default.","oneOf":[{"enum":["deny","warn","info"]},{"type":"object","properties":{"default":{"enum":["deny","warn","info","off"]},"low":{"enum":["deny","warn","info","off"]},"medium":{"enum":["deny","warn","info","off"]},"high":{"enum":["deny","warn","info","off"]}},"required":["default"],"additionalProperties":false}]},"kinds":{"type":"array","description":"Change kinds the rule applies to; default all.","items":{"$ref":"urn:modelgate:schema:defs:v1#/$defs/changeKind"},"minItems":1,"uniqueItems":true},"appliesTo":{"type":["object","boolean"],"description":"A JSON Schema over the context; the rule is evaluated only where it holds."},"schema":{"type":["object","boolean"],"description":"The JSON Schema that must hold over the context."},"message":{"type":"string","minLength":1},"remediation":{"type":"string","minLength":1},"references":{"type":"array","items":{"type":"string","minLength":1}},"waivable":{"type":"boolean","default":true}},"additionalProperties":false}');
;// CONCATENATED MODULE: ./src/schema/documents.ts
/**
 * The JSON Schemas of registry documents, by kind and schemaVersion. A document is validated
 * against the schema of its own version, so cards merged under an older schema stay valid.
 * Compiled lazily, once per process.
 */








const DOCUMENT_SCHEMAS = {
    config: { 1: config_v1_schema_namespaceObject },
    model: { 1: model_v1_schema_namespaceObject },
    card: { 1: card_v1_schema_namespaceObject },
    manifest: { 1: manifest_v1_schema_namespaceObject },
    'policy-rule': { 1: policy_rule_v1_schema_namespaceObject },
};
const DOC_KIND_LABEL = {
    config: 'modelgate.yaml',
    model: 'model.yaml',
    card: 'model card',
    manifest: 'deployment manifest',
    'policy-rule': 'policy rule',
};
// ajv-formats is CommonJS with a default export; under NodeNext its default import is the module object.
const addFormats = ((dist_default())["default"] ?? (dist_default()));
/** A new ajv for modelgate's own schemas or a policy pack: 2020-12, all errors, $data, formats, strict. */
function newAjv(options = {}) {
    // strictSchema catches unknown keywords (a typo in a policy silently passing); strictTypes and
    // strictRequired would force authors to repeat `type: object` everywhere, so they stay off.
    const strict = options.strict ?? true;
    const ajv = new _2020.Ajv2020({
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
    ajv.addSchema(defs_v1_schema_namespaceObject);
    return ajv;
}
let ajv;
const compiled = new Map();
function knownVersions(kind) {
    return Object.keys(DOCUMENT_SCHEMAS[kind]).map(Number);
}
function documentValidator(kind, version) {
    const schema = DOCUMENT_SCHEMAS[kind][version];
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

/***/ 6755:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bo: () => (/* binding */ relevantErrors),
/* harmony export */   tN: () => (/* binding */ describeAjvError)
/* harmony export */ });
/* unused harmony exports pointerToPath, formatPath, suggest */
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

/***/ 5630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   computeScope: () => (/* binding */ computeScope),
/* harmony export */   existsAt: () => (/* binding */ existsAt),
/* harmony export */   scopeFromChanges: () => (/* binding */ scopeFromChanges)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(308);
/* harmony import */ var _registry_loader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6372);
/**
 * What an incremental validation (--changed-since) must look at: the changed cards, every card of
 * a model whose model.yaml changed, the manifests that changed, and everything when a policy or
 * modelgate.yaml changed. Also the immutability verdicts: a merged card may not be edited or deleted.
 */



const CARD = /^models\/([^/]+)\/([^/]+)\/card\.yaml$/;
const MODEL = /^models\/([^/]+)\/model\.yaml$/;
const MANIFEST = /^deployments\/([^/]+)\.yaml$/;
/** Paths relative to the registry root, from git's paths relative to the top level. */
async function registryPrefix(registryDir) {
    const top = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .repoTopLevel */ .MS)(registryDir);
    const rel = node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(top, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(registryDir)).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
    return rel === '' ? '' : `${rel}/`;
}
async function existsAt(repoDir, commit, file) {
    try {
        await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .git */ .$Y)(repoDir, ['cat-file', '-e', `${commit}:${file}`]);
        return true;
    }
    catch {
        return false;
    }
}
async function computeScope(registryDir, ref, packDirs) {
    const commit = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(registryDir, ref, '--changed-since');
    const head = await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveCommit */ .WL)(registryDir, 'HEAD', 'HEAD');
    const base = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .mergeBase */ .wu)(registryDir, commit, head)) ?? commit;
    const prefix = await registryPrefix(registryDir);
    const files = (await (0,_git_git_js__WEBPACK_IMPORTED_MODULE_1__/* .changedFiles */ .Y_)(registryDir, base))
        .filter((f) => f.path.startsWith(prefix))
        .map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
    return scopeFromChanges(files, packDirs, base, async (file) => existsAt(registryDir, base, `${prefix}${file}`));
}
async function scopeFromChanges(files, packDirs, base, existedAtBase) {
    const scope = { base, files, models: new Set(), versions: new Map(), manifests: new Set(), immutableViolations: [], kind: 'register' };
    const packPrefixes = packDirs.map((d) => `${d.replace(/\/+$/, '')}/`);
    let everything = null;
    for (const f of files) {
        if (f.path === _registry_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .CONFIG_FILE */ .g2)
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
        else if (f.path.startsWith(`${_registry_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .MODELS_DIR */ .DQ}/`) && f.status !== 'deleted') {
            const m = f.path.split('/')[1];
            if (m)
                scope.models.add(m);
        }
        else if (f.path.startsWith(`${_registry_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPLOYMENTS_DIR */ .B7}/`)) {
            scope.manifests.add(f.path.slice(_registry_loader_js__WEBPACK_IMPORTED_MODULE_2__/* .DEPLOYMENTS_DIR */ .B7.length + 1).replace(/\.ya?ml$/, ''));
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


/***/ }),

/***/ 7154:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ao: () => (/* binding */ parseStrictYaml),
/* harmony export */   PS: () => (/* binding */ decodeYamlBytes),
/* harmony export */   fS: () => (/* binding */ DEFAULT_MAX_BYTES),
/* harmony export */   g$: () => (/* binding */ tooLarge)
/* harmony export */ });
/* unused harmony export DEFAULT_MAX_ALIAS_COUNT */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/**
 * Strict YAML: YAML 1.2 parsing that refuses what would silently change meaning between tools
 * (duplicate keys), caps what could exhaust resources (file size, alias expansion), and warns at
 * line:column where a YAML 1.1 reader (PyYAML, the Hugging Face hub) would read a different value.
 */

const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
const DEFAULT_MAX_ALIAS_COUNT = 100;
const BOM = '\uFEFF';
/** Checks size and encoding before any parsing, so a 50 MB or binary file costs nothing. */
function decodeYamlBytes(bytes, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
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
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const text = input.startsWith(BOM) ? input.slice(1) : input;
    // Cheap upper bound first (UTF-16 length ≤ UTF-8 bytes ≤ 3 × length), exact count only when it matters.
    if (text.length > maxBytes || (text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes)) {
        return failed([tooLarge(Buffer.byteLength(text, 'utf8'), maxBytes)]);
    }
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
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
        value = doc.toJS({ maxAliasCount: options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT });
    }
    catch (err) {
        const message = err.message;
        if (/alias/i.test(message)) {
            diagnostics.push({ severity: 'error', code: 'yaml.alias-limit', line: 1, column: 1, message: `too many alias expansions (limit ${options.maxAliasCount ?? DEFAULT_MAX_ALIAS_COUNT}): the document looks like an alias bomb; write the values out instead of nesting aliases` });
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
    const first = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { version: '1.2', uniqueKeys: true, strict: true, prettyErrors: true, lineCounter, keepSourceTokens: false });
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
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node))
                node = node.resolve(doc);
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === String(segment));
                if (!pair)
                    return best;
                const keyPos = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.range ? pos(pair.key.range[0]) : best;
                node = pair.value;
                const valueNode = node;
                best = valueNode?.range ? pos(valueNode.range[0]) : keyPos;
                if (which === 'key' && segment === path[path.length - 1])
                    return keyPos;
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
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
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Scalar(_key, node, path) {
            if (node.type !== 'PLAIN' || typeof node.source !== 'string' || !node.range)
                return;
            const source = node.source;
            const at = pos(node.range[0]);
            const parent = path[path.length - 1];
            const isKey = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(parent) && parent.key === node;
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
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(node) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node.key))
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
