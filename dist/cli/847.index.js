export const id = 847;
export const ids = [847];
export const modules = {

/***/ 7364:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.collectAnchors = collectAnchors;
exports.repoFromRemoteUrl = repoFromRemoteUrl;
/**
 * Anchors as GitHub holds them: the `modelgate/audit` commit statuses on decision commits. Read for
 * every commit a record names, and for the default branch's commits after the last recorded one,
 * where the anchors of a truncated tail would sit.
 */
const errors_js_1 = __webpack_require__(3916);
const errors_js_2 = __webpack_require__(3116);
const statuses_js_1 = __webpack_require__(2681);
const chain_js_1 = __webpack_require__(7802);
const log_js_1 = __webpack_require__(8365);
async function collectAnchors(client, repo, commits) {
    const anchors = [];
    const unique = [...new Set(commits)];
    // A few at a time: the client's throttling keeps within rate limits, this keeps memory flat.
    for (let i = 0; i < unique.length; i += 8) {
        const batch = unique.slice(i, i + 8);
        let lists;
        try {
            lists = await Promise.all(batch.map((sha) => (0, statuses_js_1.listCommitStatuses)(client, repo, sha)));
        }
        catch (err) {
            if (typeof err.status !== 'number')
                throw err;
            const e = (0, errors_js_2.explainGitHubError)(err, { permission: 'statuses: read' });
            throw new errors_js_1.ToolError(`the audit anchors (commit statuses of ${repo.owner}/${repo.repo}) cannot be read: ${e.message} ${e.fix} (token: GITHUB_TOKEN; API: GITHUB_API_URL)`);
        }
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

/***/ 1847:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.githubRepoOf = githubRepoOf;
exports.onlineAccess = onlineAccess;
exports.laterCommits = laterCommits;
exports.checkOnline = checkOnline;
exports.readVerifiedLog = readVerifiedLog;
/**
 * Reading the audit log for an answer (history, audit show, evidence, and the deploy gate): the
 * chain is verified offline first, and with `online` only records anchored by a trusted writer are
 * accepted (DESIGN §2: checks can be spoofed, so the evidence is re-derived). Without `online` the
 * answer says that the anchors were not checked.
 */
const errors_js_1 = __webpack_require__(3916);
const git_js_1 = __webpack_require__(308);
const client_js_1 = __webpack_require__(6584);
const chain_js_1 = __webpack_require__(7802);
const local_js_1 = __webpack_require__(2564);
const online_js_1 = __webpack_require__(7364);
/** The GitHub repository of a clone: --github-repo, else the origin remote. */
async function githubRepoOf(flag, repoDir) {
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
/** The client and repository for `--online`: token GITHUB_TOKEN, API GITHUB_API_URL. */
async function onlineAccess(env, repoDir, githubRepoFlag, trustedWriters) {
    const repo = await githubRepoOf(githubRepoFlag, repoDir);
    const client = (0, client_js_1.createGitHubClient)({ token: env.GITHUB_TOKEN ?? '', baseUrl: (0, client_js_1.resolveBaseUrl)(undefined, env) });
    return { client, repo, trustedWriters };
}
/** Commits after the last recorded one on `ref`'s first-parent line, where a truncated tail's anchors sit. */
async function laterCommits(repoDir, last, ref) {
    if (!last)
        return [];
    try {
        return (await (0, git_js_1.git)(repoDir, ['rev-list', '--first-parent', '--max-count=200', `${last}..${ref}`, '--'])).split('\n').filter(Boolean);
    }
    catch {
        return [];
    }
}
/**
 * The anchor checks, one read of GitHub for verify and the readers alike: the anchors on every
 * commit a record names and on `laterRef`'s commits after the last one (a truncated tail's).
 */
async function checkOnline(repoDir, records, access, laterRef) {
    const commits = [...records.map((r) => r.commits.decision), ...(await laterCommits(repoDir, records[records.length - 1]?.commits.decision, laterRef))];
    const anchors = await (0, online_js_1.collectAnchors)(access.client, access.repo, commits);
    const strict = (0, chain_js_1.checkAnchors)(records, anchors, access.trustedWriters);
    const reader = strict && strict.kind !== 'unanchored' ? strict : (0, chain_js_1.checkAnchors)(records, anchors, access.trustedWriters, { allowUnanchored: true });
    return { anchors, strict, reader, ...(0, chain_js_1.acceptAnchored)(records, anchors, access.trustedWriters) };
}
/**
 * The verified log of a clone, and with `online` only its anchored records. A chain that fails
 * verification yields no records and the problem: no answer is given from a tampered log. Online,
 * a record whose anchor names another hash, or an anchor whose record is gone (a force-pushed
 * truncation), is such a failure too; a record with no anchor at all is left out and named.
 */
async function readVerifiedLog(repoDir, branch, options = {}) {
    // The branch history is checked too (cheap: read beside the records): a tail truncated on top is no answer.
    const v = await (0, local_js_1.verifyLocal)(repoDir, branch, { history: options.history ?? true });
    const base = { all: v.records, commit: v.commit, ref: v.ref, problem: v.problem };
    if (v.problem)
        return { ...base, records: [], refused: [], anchorsChecked: false, notes: [] };
    if (!options.online) {
        return { ...base, records: v.records, refused: [], anchorsChecked: false, notes: [`${v.records.length} audit records from ${branch} (chain verified offline; anchors not checked: add --online)`] };
    }
    const { trustedWriters } = options.online;
    const o = await checkOnline(repoDir, v.records, options.online, options.laterRef ?? 'HEAD');
    if (o.reader)
        return { ...base, problem: o.reader, records: [], refused: [], anchorsChecked: true, notes: [] };
    const notes = [`${o.accepted.length} of ${v.records.length} audit records from ${branch} accepted: anchored on GitHub by ${trustedWriters.join(' or ')}`];
    for (const r of o.refused)
        notes.push(`record ${r.record.seq} (${r.record.kind} ${r.record.subject}) is not used: ${r.reason}`);
    return { ...base, records: o.accepted, refused: o.refused, anchorsChecked: true, notes };
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

/***/ 3116:
/***/ ((__unused_webpack_module, exports) => {


/**
 * GitHub API failures, translated into what the user should change.
 *
 * The API's messages are matched as constants (as peter-evans/create-pull-request does), by substring
 * of the response body's `message`: octokit 22 appends " - <documentation_url>" and any `errors` to
 * `err.message`, so an exact comparison of `err.message` (as actions/labeler once did) no longer holds.
 * Errors are recognised by shape, not class, so this module needs no octokit import and also reads
 * errors from other clients (e.g. a user's github-script step).
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.GITHUB_ERROR_MESSAGES = void 0;
exports.explainGitHubError = explainGitHubError;
/** GitHub's own words, as the REST API returns them in `message`. */
exports.GITHUB_ERROR_MESSAGES = {
    /** 403: a GITHUB_TOKEN or GitHub App token lacks a permission. */
    integrationForbidden: 'Resource not accessible by integration',
    /** 403: a fine-grained personal access token lacks a permission or the repository. */
    personalAccessTokenForbidden: 'Resource not accessible by personal access token',
    /** 403/422: the repository or organisation setting forbids Actions to open or approve PRs. */
    actionsCannotCreatePullRequests: 'GitHub Actions is not permitted to create or approve pull requests',
    /** 401: token wrong, revoked or expired (a job's GITHUB_TOKEN expires when the job ends). */
    badCredentials: 'Bad credentials',
    /** 403/429: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again." */
    secondaryRateLimit: 'secondary rate limit',
    /** 403/429: "API rate limit exceeded for installation ID …" / "… for user ID …". */
    primaryRateLimit: 'API rate limit exceeded',
    /** 403: branch protection read with a token that is not a repository admin. */
    adminRightsRequired: 'Must have admin rights to Repository',
    /** 403: a PAT not yet authorised for an organisation that enforces SAML SSO. */
    samlEnforcement: 'Resource protected by organization SAML enforcement',
    /** 422 on POST /pulls: an open PR for that head and base exists. */
    pullRequestExists: 'A pull request already exists for',
    /** 422 on POST /git/refs. */
    referenceExists: 'Reference already exists',
    /** 422 on PATCH /git/refs/{ref} without force: the ref moved since it was read. */
    notFastForward: 'Update is not a fast forward',
    /** 422 on POST /pulls/{n}/requested_reviewers. */
    reviewersNotCollaborators: 'Reviews may only be requested from collaborators',
};
/** Keys a workflow's `permissions:` block accepts; anything else needs a GitHub App or a PAT. */
const WORKFLOW_PERMISSIONS = new Set([
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'security-events',
    'statuses',
]);
function facts(err) {
    const e = (err ?? {});
    const data = e.response?.data;
    const body = data && typeof data === 'object' ? data : undefined;
    const headers = {};
    for (const [k, v] of Object.entries(e.response?.headers ?? {}))
        if (v !== undefined && v !== null)
            headers[k.toLowerCase()] = String(v);
    const rawStatus = typeof e.status === 'number' ? e.status : typeof e.response?.status === 'number' ? e.response.status : undefined;
    const details = Array.isArray(body?.errors)
        ? body.errors.map((d) => (typeof d === 'string' ? { message: d } : (d ?? {})))
        : [];
    let path;
    if (typeof e.request?.url === 'string') {
        try {
            path = decodeURIComponent(new URL(e.request.url).pathname);
        }
        catch {
            path = e.request.url;
        }
    }
    const fallback = typeof e.message === 'string' ? e.message : err instanceof Error ? err.message : String(err);
    return {
        status: rawStatus,
        apiMessage: typeof body?.message === 'string' ? body.message : typeof data === 'string' && data ? data : fallback,
        details,
        documentationUrl: typeof body?.documentation_url === 'string' ? body.documentation_url : undefined,
        headers,
        method: typeof e.request?.method === 'string' ? e.request.method.toUpperCase() : undefined,
        path,
        hasResponse: e.response !== undefined,
    };
}
/** "checks=write; pull_requests=write,contents=read" → the first set, as workflow syntax. */
function permissionFromHeader(header) {
    const firstSet = header?.split(';')[0]?.trim();
    if (!firstSet)
        return undefined;
    const parts = firstSet
        .split(',')
        .map((p) => p.trim().split('='))
        .filter((p) => p.length === 2 && !!p[0] && !!p[1])
        .map(([name, level]) => `${name.replace(/_/g, '-')}: ${level}`);
    return parts.length ? parts.join(', ') : undefined;
}
/**
 * The permission a REST path needs, for when neither the caller nor GitHub said. Comments go through
 * the issues API for pull requests too, and `issues: write` covers both.
 */
function permissionFromRoute(method, path) {
    if (!path)
        return undefined;
    const level = method === 'GET' || method === 'HEAD' ? 'read' : 'write';
    const rules = [
        [/\/branches\/.+\/protection/, 'administration'],
        [/\/check-runs|\/check-suites/, 'checks'],
        [/\/statuses(\/|$)/, 'statuses'],
        [/\/pulls(\/|$)/, 'pull-requests'],
        [/\/issues(\/|$)/, 'issues'],
        [/\/(git|contents)\//, 'contents'],
        [/\/deployments(\/|$)/, 'deployments'],
        [/\/actions\//, 'actions'],
        [/\/orgs\/[^/]+\/teams/, 'members'],
    ];
    const hit = rules.find(([re]) => re.test(path));
    return hit ? `${hit[1]}: ${level}` : undefined;
}
function describeDetail(d) {
    if (d.message)
        return d.field ? `${d.field}: ${d.message}` : d.message;
    const what = [d.resource, d.field].filter(Boolean).join('.');
    return [what, d.code].filter(Boolean).join(' ') || JSON.stringify(d);
}
const FORK_NOTE = 'On `pull_request` runs from forks the token is read-only whatever the block says: modelgate writes ' +
    'checks and comments from `pull_request_target` or `workflow_run` jobs.';
/**
 * What went wrong and what to change, for any error a GitHub API call threw. Never throws itself.
 *
 *   catch (err) { const e = explainGitHubError(err, { action: 'validate', permission: 'checks: write' });
 *                 core.error(`${e.message}\n${e.fix}`, { title: e.title }); }
 */
function explainGitHubError(err, context = {}) {
    const f = facts(err);
    const prefix = context.action ? `modelgate ${context.action}: ` : '';
    const request = f.method && f.path ? `${f.method} ${f.path}` : 'A GitHub API request';
    const quoted = `${request} failed${f.status ? ` with ${f.status}` : ''}: "${f.apiMessage}"`;
    const has = (text) => f.apiMessage.toLowerCase().includes(text.toLowerCase());
    const M = exports.GITHUB_ERROR_MESSAGES;
    const status = f.status;
    const make = (kind, title, message, fix) => ({
        kind,
        title: `${prefix}${title}`,
        message,
        fix,
        ...(status !== undefined && f.hasResponse ? { status } : {}),
    });
    // octokit reports a request that got no response at all (DNS, TLS, refused) as status 500.
    if (!f.hasResponse && (status === undefined || status === 500) && (f.method || /fetch failed|ECONN|ENOTFOUND|ETIMEDOUT|socket/i.test(f.apiMessage))) {
        return make('server', 'Could not reach the GitHub API', `${request} got no response: ${f.apiMessage}`, 'Check that the runner can reach the API (GITHUB_API_URL on GitHub Enterprise Server, https://api.github.com otherwise). ' +
            "Behind a proxy, note that Node's built-in fetch ignores HTTPS_PROXY.");
    }
    if (has(M.actionsCannotCreatePullRequests)) {
        return make('permission', 'GitHub Actions may not create pull requests here', quoted, 'Enable "Allow GitHub Actions to create and approve pull requests" under Settings → Actions → General → Workflow permissions ' +
            '(in an organisation, enable it in the organisation\'s Settings → Actions → General first; until then the repository checkbox is disabled). ' +
            'Or give the action a GitHub App installation token (e.g. from actions/create-github-app-token) with Pull requests and Contents write: ' +
            "pull requests opened with it also run their checks unattended, which ones opened with GITHUB_TOKEN do not.");
    }
    if ((status === 403 || status === 429) && has(M.secondaryRateLimit)) {
        const wait = f.headers['retry-after'];
        return make('rate-limit', 'GitHub secondary rate limit', `${quoted}${wait ? ` (retry-after: ${wait} s)` : ''}`, 'Too many requests in a short time (often concurrent writes). The client already waited and retried; ' +
            'run fewer modelgate jobs at once (a `concurrency:` group per workflow) or re-run the job later.');
    }
    if ((status === 403 || status === 429) && (f.headers['x-ratelimit-remaining'] === '0' || has(M.primaryRateLimit))) {
        const reset = Number(f.headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` It resets at ${new Date(reset * 1000).toISOString()}.` : '';
        return make('rate-limit', 'GitHub API rate limit exhausted', `${quoted}${when}`, "The token's hourly quota is spent (GITHUB_TOKEN: 1,000 requests per hour per repository). Re-run after the reset, " +
            'or use a GitHub App installation token, whose quota is larger and separate from other workflows.');
    }
    if (status === 401) {
        return make('permission', 'GitHub rejected the token', quoted, 'The token is wrong, revoked or expired. Pass `${{ github.token }}` (valid until the job ends), a fresh GitHub App ' +
            'installation token (valid one hour), or a personal access token that has not expired.');
    }
    if (has(M.samlEnforcement)) {
        return make('permission', 'The token is not authorised for this organisation (SAML SSO)', quoted, 'Authorise the personal access token for the organisation (GitHub → Settings → Personal access tokens → Configure SSO), or use a GitHub App token.');
    }
    if (has(M.adminRightsRequired)) {
        return make('permission', 'Reading branch protection needs repository admin rights', quoted, 'GITHUB_TOKEN cannot have the Administration permission. modelgate reads the rules that apply to a branch from ' +
            '`GET /repos/{owner}/{repo}/rules/branches/{branch}`, which needs no admin rights; for classic branch protection ' +
            'use a GitHub App token with Administration: read.');
    }
    if (status === 403 && (has(M.integrationForbidden) || has(M.personalAccessTokenForbidden))) {
        const permission = context.permission ?? permissionFromHeader(f.headers['x-accepted-github-permissions']) ?? permissionFromRoute(f.method, f.path);
        const name = permission?.split(':')[0]?.trim();
        const pat = has(M.personalAccessTokenForbidden);
        if (pat) {
            return make('permission', `The personal access token lacks ${permission ? `the \`${permission}\` permission` : 'a permission'}`, quoted, `Edit the fine-grained token: give it access to this repository${permission ? ` and the ${permission} permission` : ''}.`);
        }
        if (name && !WORKFLOW_PERMISSIONS.has(name)) {
            return make('permission', `The token lacks the \`${permission}\` permission, which GITHUB_TOKEN cannot have`, quoted, `Use a GitHub App installation token (or a personal access token) granted ${permission}.`);
        }
        const block = permission ? `\n\n    permissions:\n      ${permission.split(', ').join('\n      ')}\n\n` : ' ';
        return make('permission', permission ? `The workflow token lacks the \`${permission}\` permission` : 'The workflow token lacks a permission', quoted, `Add ${permission ? 'it' : 'the permission this call needs'} to the job's \`permissions:\` block` +
            `${block}(once a job lists any permission, every unlisted one is \`none\`). ${FORK_NOTE}`);
    }
    if (status === 403) {
        return make('permission', 'GitHub refused the request', quoted, `Check the token's access to this repository and its permissions. ${FORK_NOTE}`);
    }
    if (status === 404 && f.path && /\/orgs\/[^/]+\/teams\//.test(f.path)) {
        return make('not-found', 'Cannot read the team: the token has no organisation access', `${quoted}. GitHub answers 404 both when the team does not exist and when the token may not see it, so modelgate cannot tell "not a member" from "cannot tell".`, 'GITHUB_TOKEN has no organisation permissions. Pass a GitHub App installation token with the organisation permission ' +
            'Members: read (or a personal access token with `read:org`; fine-grained: organisation Members: read), and check the team slug.');
    }
    if (status === 404) {
        return make('not-found', 'Not found, or not visible to this token', `${quoted}. GitHub answers 404, not 403, when a token may not see a private resource.`, 'Check the owner, repository and names in the request, and that the token can read the repository (`contents: read`).');
    }
    if (status === 422 || status === 409) {
        const listed = f.details.map(describeDetail);
        const message = listed.length ? `${quoted}\n${listed.map((l) => `  - ${l}`).join('\n')}` : quoted;
        const all = [f.apiMessage, ...listed].join('\n');
        const mentions = (text) => all.toLowerCase().includes(text.toLowerCase());
        if (mentions(M.pullRequestExists)) {
            return make('validation', 'A pull request for this branch already exists', message, 'Update the open pull request for this head branch instead of creating one.');
        }
        if (mentions(M.referenceExists)) {
            return make('validation', 'The branch or tag already exists', message, 'Update the existing ref (PATCH /git/refs/{ref}) instead of creating it.');
        }
        if (mentions(M.notFastForward)) {
            return make('validation', 'The ref moved since it was read', message, 'Another writer updated the branch first. Re-read the ref, rebuild the commit on top of it and try again.');
        }
        if (mentions(M.reviewersNotCollaborators)) {
            return make('validation', 'Reviewers must be collaborators', message, 'Request only users with access to the repository, and teams that have been given access to it.');
        }
        return make('validation', status === 409 ? 'GitHub reported a conflict' : 'GitHub rejected the request as invalid', message, f.documentationUrl ? `See ${f.documentationUrl}` : '');
    }
    if (status !== undefined && status >= 500) {
        return make('server', `GitHub returned ${status}`, quoted, 'A failure on GitHub\'s side that persisted through retries. Re-run the job; see https://www.githubstatus.com ' +
            '(on GitHub Enterprise Server, ask its administrators).');
    }
    return make('unknown', status ? `GitHub API error ${status}` : 'GitHub API error', quoted, f.documentationUrl ? `See ${f.documentationUrl}` : '');
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
