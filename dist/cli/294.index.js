export const id = 294;
export const ids = [294];
export const modules = {

/***/ 7364:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectAnchors = collectAnchors;
exports.repoFromRemoteUrl = repoFromRemoteUrl;
const statuses_js_1 = __webpack_require__(2681);
const chain_js_1 = __webpack_require__(7802);
const log_js_1 = __webpack_require__(8365);
async function collectAnchors(client, repo, commits) {
    const anchors = [];
    const unique = [...new Set(commits)];
    // A few at a time: the client's throttling keeps within rate limits, this keeps memory flat.
    for (let i = 0; i < unique.length; i += 8) {
        const batch = unique.slice(i, i + 8);
        const lists = await Promise.all(batch.map((sha) => (0, statuses_js_1.listCommitStatuses)(client, repo, sha)));
        lists.forEach((list, j) => {
            for (const s of list) {
                if (s.context !== log_js_1.ANCHOR_CONTEXT || !s.creator)
                    continue;
                const parsed = (0, chain_js_1.parseAnchorDescription)(s.description);
                if (parsed)
                    anchors.push({ ...parsed, commit: batch[j], creator: s.creator, createdAt: s.createdAt });
            }
        });
    }
    return anchors;
}
/** `owner/name` from a GitHub remote URL (https or ssh), or null. */
function repoFromRemoteUrl(url) {
    const m = /^(?:https?:\/\/[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
    return m ? { owner: m[1], repo: m[2] } : null;
}


/***/ }),

/***/ 4294:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.showSpec = exports.verifySpec = exports.spec = void 0;
exports.run = run;
/**
 * `modelgate audit verify|show`: the hash-chained audit log read from a local clone; `--online`
 * also checks each record's anchor (a commit status from the trusted writer) on GitHub.
 */
const node_path_1 = __importDefault(__webpack_require__(6760));
const chain_js_1 = __webpack_require__(7802);
const format_js_1 = __webpack_require__(3132);
const local_js_1 = __webpack_require__(2564);
const online_js_1 = __webpack_require__(7364);
const workspace_js_1 = __webpack_require__(6478);
const errors_js_1 = __webpack_require__(3916);
const git_js_1 = __webpack_require__(308);
const client_js_1 = __webpack_require__(6584);
const args_js_1 = __webpack_require__(7593);
const SUBCOMMANDS = {
    verify: 'recompute every hash and link of the audit log (and, --online, check the anchors on GitHub)',
    show: 'print the audit records, all or those about a model (version)',
};
exports.spec = {
    name: 'audit',
    summary: 'the tamper-evident audit log: verify it, show its records',
    usage: 'modelgate audit <verify|show> [options]',
    options: {},
    details: ['Subcommands:', ...Object.entries(SUBCOMMANDS).map(([n, s]) => `  ${n.padEnd(8)}${s}`), '', 'Run `modelgate audit <subcommand> --help` for its options.'].join('\n'),
    examples: ['modelgate audit verify', 'modelgate audit show --model fraud-detector --format markdown'],
    allowPositionals: true,
};
const common = {
    repo: { type: 'string', help: '<dir>  the registry (default: current directory), inside a clone holding the audit branch' },
    branch: { type: 'string', help: '<name>  the audit branch (default: modelgate.yaml audit.branch, else modelgate-audit); the local branch, else origin/<name>' },
};
exports.verifySpec = {
    name: 'audit verify',
    summary: SUBCOMMANDS.verify,
    usage: 'modelgate audit verify [--repo <dir>] [--branch <name>] [--online [--github-repo <owner/name>]]',
    options: {
        ...common,
        online: { type: 'boolean', help: 'also check every record\'s anchor on GitHub (token: GITHUB_TOKEN; API: GITHUB_API_URL)' },
        'github-repo': { type: 'string', help: '<owner/name>  the repository on GitHub (default: from the origin remote)' },
        format: { type: 'string', choices: ['text', 'json'], help: 'text|json  output format (default: text)' },
    },
    details: [
        'Offline it finds the first record modified, removed, reordered, inserted or forged, an index that',
        'disagrees with the records, and any branch commit that deleted or edited a record. A consistent',
        'rewrite of the whole branch needs --online: anchors written when each record was made catch it,',
        'as they catch a tail truncated by a force-push.',
    ].join('\n'),
    examples: ['modelgate audit verify', 'git fetch origin modelgate-audit && modelgate audit verify --online', 'modelgate audit verify --branch audit-log --format json'],
};
exports.showSpec = {
    name: 'audit show',
    summary: SUBCOMMANDS.show,
    usage: 'modelgate audit show [--repo <dir>] [--branch <name>] [--model <m>] [--version <v>] [--format json|markdown]',
    options: {
        ...common,
        model: { type: 'string', help: '<name>  only records about this model' },
        version: { type: 'string', help: '<semver>  only records about this version (with --model)' },
        format: { type: 'string', choices: ['json', 'markdown'], help: 'json|markdown  output format (default: markdown)' },
    },
    details: 'The log is verified first (offline); a log that fails verification is not shown (exit 1).',
    examples: ['modelgate audit show --model fraud-detector --version 1.3.0', 'modelgate audit show --format json | jq ".[] | .kind"'],
};
function problemLine(p) {
    return `audit log tampered: ${p.message}\n`;
}
async function githubRepo(flag, repoDir) {
    if (flag) {
        const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(flag);
        if (!m)
            throw new errors_js_1.UsageError(`--github-repo must be owner/name; got '${flag}'`);
        return { owner: m[1], repo: m[2] };
    }
    let url = '';
    try {
        url = (await (0, git_js_1.git)(repoDir, ['remote', 'get-url', 'origin'])).trim();
    }
    catch {
        // reported below
    }
    const repo = (0, online_js_1.repoFromRemoteUrl)(url);
    if (!repo)
        throw new errors_js_1.UsageError(`cannot tell the GitHub repository from the origin remote ('${url || 'none'}'): pass --github-repo owner/name`);
    return repo;
}
/** Commits after the last recorded one on the checked-out line, where a truncated tail's anchors sit. */
async function laterCommits(repoDir, last) {
    if (!last)
        return [];
    try {
        return (await (0, git_js_1.git)(repoDir, ['rev-list', '--first-parent', '--max-count=200', `${last}..HEAD`])).split('\n').filter(Boolean);
    }
    catch {
        return [];
    }
}
async function verify(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.verifySpec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.verifySpec));
        return errors_js_1.EXIT.yes;
    }
    const ws = await (0, workspace_js_1.auditWorkspace)(node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.'), (0, args_js_1.stringOpt)(p, 'branch'));
    const v = await (0, local_js_1.verifyLocal)(ws.repoDir, ws.branch);
    let problem = v.problem;
    let anchors = 0;
    if (!problem && (0, args_js_1.boolOpt)(p, 'online')) {
        const repo = await githubRepo((0, args_js_1.stringOpt)(p, 'github-repo'), ws.repoDir);
        const client = (0, client_js_1.createGitHubClient)({ token: io.env.GITHUB_TOKEN ?? '', baseUrl: (0, client_js_1.resolveBaseUrl)(undefined, io.env) });
        const commits = [...v.records.map((r) => r.commits.decision), ...(await laterCommits(ws.repoDir, v.records[v.records.length - 1]?.commits.decision))];
        const found = await (0, online_js_1.collectAnchors)(client, repo, commits);
        anchors = found.length;
        problem = (0, chain_js_1.checkAnchors)(v.records, found, ws.trustedWriters);
    }
    const format = (0, args_js_1.stringOpt)(p, 'format') ?? 'text';
    if (format === 'json') {
        io.stdout(`${JSON.stringify({ verified: !problem, records: v.records.length, branch: ws.branch, ref: v.ref, commit: v.commit, online: (0, args_js_1.boolOpt)(p, 'online'), anchors, problem }, null, 2)}\n`);
    }
    else if (problem) {
        io.stdout(problemLine(problem));
    }
    else {
        io.stdout(`${v.records.length} records verified (${ws.branch} at ${v.commit.slice(0, 12)}${(0, args_js_1.boolOpt)(p, 'online') ? `; every record anchored by ${ws.trustedWriters.join(' or ')}` : '; anchors not checked: add --online'})\n`);
    }
    return problem ? errors_js_1.EXIT.no : errors_js_1.EXIT.yes;
}
async function show(argv, io) {
    const p = (0, args_js_1.parseCommand)(exports.showSpec, argv);
    if (p.help) {
        io.stdout((0, args_js_1.formatHelp)(exports.showSpec));
        return errors_js_1.EXIT.yes;
    }
    const model = (0, args_js_1.stringOpt)(p, 'model');
    const version = (0, args_js_1.stringOpt)(p, 'version');
    if (version && !model)
        throw new errors_js_1.UsageError('--version needs --model');
    const ws = await (0, workspace_js_1.auditWorkspace)(node_path_1.default.resolve(io.cwd, (0, args_js_1.stringOpt)(p, 'repo') ?? '.'), (0, args_js_1.stringOpt)(p, 'branch'));
    const v = await (0, local_js_1.verifyLocal)(ws.repoDir, ws.branch, { history: false });
    if (v.problem) {
        io.stderr(problemLine(v.problem));
        return errors_js_1.EXIT.no;
    }
    const records = (0, format_js_1.recordsAbout)(v.records, model, version);
    if (((0, args_js_1.stringOpt)(p, 'format') ?? 'markdown') === 'json')
        io.stdout(`${JSON.stringify(records, null, 2)}\n`);
    else
        io.stdout(`# Audit records${model ? ` about ${model}${version ? ` ${version}` : ''}` : ''}\n\n${records.length} of ${v.records.length} records (chain verified offline; anchors not checked).\n\n${records.map(format_js_1.recordMarkdown).join('\n')}`);
    return errors_js_1.EXIT.yes;
}
async function run(argv, io) {
    const [sub, ...rest] = argv;
    if (sub === 'verify')
        return verify(rest, io);
    if (sub === 'show')
        return show(rest, io);
    const p = (0, args_js_1.parseCommand)(exports.spec, argv);
    if (p.help || sub === undefined) {
        io.stdout((0, args_js_1.formatHelp)(exports.spec));
        return sub === undefined && !p.help ? errors_js_1.EXIT.usage : errors_js_1.EXIT.yes;
    }
    throw new errors_js_1.UsageError(`unknown audit subcommand '${sub}': ${Object.keys(SUBCOMMANDS).join(', ')}`);
}


/***/ }),

/***/ 6584:
/***/ (function(__unused_webpack_module, exports, __webpack_require__) {


var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DO_NOT_RETRY = exports.DEFAULT_API_URL = void 0;
exports.resolveBaseUrl = resolveBaseUrl;
exports.createGitHubClient = createGitHubClient;
/**
 * The one way modelgate talks to the GitHub REST API.
 *
 * Not `@actions/github`'s getOctokit: it routes requests through its own HTTP client, which nock
 * cannot see, and it carries neither retry nor throttling. This factory builds `@octokit/rest` with
 * `@octokit/plugin-retry` and `@octokit/plugin-throttling`, the way the well-known actions do, and
 * takes `fetch` as an input so tests exercise the real request path end to end.
 */
const plugin_retry_1 = __webpack_require__(9735);
const plugin_throttling_1 = __webpack_require__(6856);
const rest_1 = __webpack_require__(9988);
const light_js_1 = __importDefault(__webpack_require__(3251));
const errors_js_1 = __webpack_require__(3916);
exports.DEFAULT_API_URL = 'https://api.github.com';
/**
 * Statuses a retry cannot fix. plugin-retry's own list, plus 429: a 429 is a rate limit, and
 * plugin-throttling owns those (it honours retry-after; plugin-retry would hammer at 1 s, 4 s, 9 s).
 */
exports.DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const ModelgateOctokit = rest_1.Octokit.plugin(plugin_retry_1.retry, plugin_throttling_1.throttling);
function resolveBaseUrl(explicit, env = process.env) {
    const raw = explicit?.trim() || env.GITHUB_API_URL?.trim() || exports.DEFAULT_API_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new errors_js_1.ConfigError(`GitHub API URL "${raw}" is not a URL. On GitHub Enterprise Server it looks like https://HOST/api/v3.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors_js_1.ConfigError(`GitHub API URL "${raw}" must use https (or http for a local test server).`);
    }
    return raw.replace(/\/+$/, '');
}
function createGitHubClient(options) {
    if (!options.token) {
        throw new errors_js_1.ConfigError('No GitHub token. In a workflow give the action `${{ github.token }}` or a GitHub App installation token; ' +
            'on the command line set GITHUB_TOKEN.');
    }
    const waitScale = options.waitScale ?? 1;
    if (!(waitScale > 0))
        throw new errors_js_1.ConfigError(`waitScale must be a positive number, got ${waitScale}`);
    const baseMs = 1000 * waitScale;
    const rateLimitRetries = options.rateLimitRetries ?? 2;
    const maxWait = options.maxRateLimitWaitSeconds ?? 900;
    const onLimit = (kind) => (retryAfter, request, octokit, retryCount) => {
        const willRetry = retryCount < rateLimitRetries && retryAfter <= maxWait;
        const what = `${request.method} ${request.url}`;
        const label = kind === 'primary' ? 'rate limit' : 'secondary rate limit';
        if (willRetry) {
            octokit.log.warn(`GitHub ${label} hit by ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries}).`);
        }
        else {
            const why = retryAfter > maxWait
                ? `GitHub asks for a ${retryAfter} s wait, longer than the ${maxWait} s this run will wait`
                : `already retried ${retryCount} time(s)`;
            octokit.log.warn(`GitHub ${label} hit by ${what}; giving up: ${why}.`);
        }
        options.onRateLimitWait?.({
            kind,
            retryAfterSeconds: retryAfter,
            method: request.method,
            url: request.url,
            retryCount,
            willRetry,
        });
        return willRetry;
    };
    return new ModelgateOctokit({
        auth: options.token,
        baseUrl: resolveBaseUrl(options.baseUrl),
        userAgent: options.userAgent ?? 'modelgate',
        log: quietRequestLog(options.log ?? consoleLog),
        request: { fetch: options.fetch ?? globalThis.fetch },
        retry: {
            doNotRetry: [...exports.DO_NOT_RETRY],
            retries: options.retries ?? 3,
            retryAfterBaseValue: baseMs,
        },
        throttle: {
            retryAfterBaseValue: baseMs,
            onRateLimit: onLimit('primary'),
            onSecondaryRateLimit: onLimit('secondary'),
            // The plugin's own groups are process-wide and fixed at 1 s / 3 s spacing; only a scaled
            // client needs its own, with the same shape and proportionally shorter spacing.
            ...(waitScale === 1 ? {} : scaledGroups(waitScale)),
        },
    });
}
const consoleLog = {
    debug: () => { },
    info: () => { },
    warn: (message) => console.warn(message),
    error: (message) => console.error(message),
};
// plugin-request-log reports every attempt, and reports a failed attempt through `error` even when a
// retry then succeeds; mapped to core.error that would annotate a healthy run. Per-request lines go
// to debug; a request that finally fails reaches the caller as an exception anyway.
const PER_REQUEST = /^(GET|HEAD|POST|PUT|PATCH|DELETE) \S+ - \d+ with id /;
function quietRequestLog(log) {
    const text = (message) => (typeof message === 'string' ? message : String(message));
    return {
        debug: (message) => {
            // The bare "request" line carries the request options (headers included) as a second argument.
            if (message !== 'request')
                log.debug(text(message));
        },
        info: (message) => (PER_REQUEST.test(text(message)) ? log.debug(text(message)) : log.info(text(message))),
        warn: (message) => log.warn(text(message)),
        error: (message) => (PER_REQUEST.test(text(message)) ? log.debug(text(message)) : log.error(text(message))),
    };
}
function scaledGroups(waitScale) {
    const group = (minTime) => new light_js_1.default.Group({ maxConcurrent: 1, minTime: Math.ceil(minTime * waitScale) });
    return { write: group(1000), notifications: group(3000), search: group(2000) };
}


/***/ }),

/***/ 2681:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createCommitStatus = createCommitStatus;
exports.listCommitStatuses = listCommitStatuses;
/** POST /repos/{owner}/{repo}/statuses/{sha} */
async function createCommitStatus(client, repo, sha, input) {
    await client.rest.repos.createCommitStatus({
        ...repo,
        sha,
        context: input.context,
        state: input.state,
        description: input.description.slice(0, 140),
        ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
    });
}
/** GET /repos/{owner}/{repo}/commits/{ref}/statuses, every page (newest first, as GitHub lists them). */
async function listCommitStatuses(client, repo, sha) {
    const list = await client.paginate(client.rest.repos.listCommitStatusesForRef, { ...repo, ref: sha, per_page: 100 });
    return list.map((s) => ({
        context: s.context,
        state: s.state,
        description: s.description ?? null,
        targetUrl: s.target_url ?? null,
        creator: s.creator?.login ?? null,
        createdAt: s.created_at,
    }));
}


/***/ })

};
