export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* unused harmony exports DEFAULT_API_URL, DO_NOT_RETRY, resolveBaseUrl */
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6856);
/* harmony import */ var _octokit_rest__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9988);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3251);
/* harmony import */ var bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/**
 * The one way modelgate talks to the GitHub REST API.
 *
 * Not `@actions/github`'s getOctokit: it routes requests through its own HTTP client, which nock
 * cannot see, and it carries neither retry nor throttling. This factory builds `@octokit/rest` with
 * `@octokit/plugin-retry` and `@octokit/plugin-throttling`, the way the well-known actions do, and
 * takes `fetch` as an input so tests exercise the real request path end to end.
 */





const DEFAULT_API_URL = 'https://api.github.com';
/**
 * Statuses a retry cannot fix. plugin-retry's own list, plus 429: a 429 is a rate limit, and
 * plugin-throttling owns those (it honours retry-after; plugin-retry would hammer at 1 s, 4 s, 9 s).
 */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];
const ModelgateOctokit = _octokit_rest__WEBPACK_IMPORTED_MODULE_2__/* .Octokit */ .E.plugin(_octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_3__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_4__/* .throttling */ .A);
function resolveBaseUrl(explicit, env = process.env) {
    const raw = explicit?.trim() || env.GITHUB_API_URL?.trim() || DEFAULT_API_URL;
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`GitHub API URL "${raw}" is not a URL. On GitHub Enterprise Server it looks like https://HOST/api/v3.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`GitHub API URL "${raw}" must use https (or http for a local test server).`);
    }
    return raw.replace(/\/+$/, '');
}
function createGitHubClient(options) {
    if (!options.token) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('No GitHub token. In a workflow give the action `${{ github.token }}` or a GitHub App installation token; ' +
            'on the command line set GITHUB_TOKEN.');
    }
    const waitScale = options.waitScale ?? 1;
    if (!(waitScale > 0))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`waitScale must be a positive number, got ${waitScale}`);
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
            doNotRetry: [...DO_NOT_RETRY],
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
    const group = (minTime) => new (bottleneck_light_js__WEBPACK_IMPORTED_MODULE_0___default().Group)({ maxConcurrent: 1, minTime: Math.ceil(minTime * waitScale) });
    return { write: group(1000), notifications: group(3000), search: group(2000) };
}


/***/ })

};
