/**
 * The one way modelgate talks to the GitHub REST API.
 *
 * Not `@actions/github`'s getOctokit: it routes requests through its own HTTP client, which nock
 * cannot see, and it carries neither retry nor throttling. This factory builds `@octokit/rest` with
 * `@octokit/plugin-retry` and `@octokit/plugin-throttling`, the way the well-known actions do, and
 * takes `fetch` as an input so tests exercise the real request path end to end.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import { ConfigError } from '../errors.js';

export const DEFAULT_API_URL = 'https://api.github.com';

/**
 * Statuses a retry cannot fix. plugin-retry's own list, plus 429: a 429 is a rate limit, and
 * plugin-throttling owns those (it honours retry-after; plugin-retry would hammer at 1 s, 4 s, 9 s).
 */
export const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451] as const;

/** Receives messages only: octokit's extra arguments (request options, headers) never reach it. */
export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface RateLimitWait {
  /** primary: the hourly quota is spent (x-ratelimit-remaining: 0); secondary: GitHub's abuse limits. */
  kind: 'primary' | 'secondary';
  /** As GitHub asked, before any test scaling. */
  retryAfterSeconds: number;
  method: string;
  url: string;
  /** Retries already made for this request. */
  retryCount: number;
  /** false when the retry budget is spent or the wait is longer than this run is willing to sit out. */
  willRetry: boolean;
}

export interface GitHubClientOptions {
  token: string;
  /** Defaults to GITHUB_API_URL (set on every runner, GHES included), then https://api.github.com. */
  baseUrl?: string;
  /** Defaults to the global fetch. Tests pass it explicitly so nothing else is in the path. */
  fetch?: typeof fetch;
  userAgent?: string;
  log?: GitHubLog;
  /** Retries for server errors and network failures (plugin-retry). Default 3. */
  retries?: number;
  /** Retries after a rate limit, primary or secondary (plugin-throttling). Default 2. */
  rateLimitRetries?: number;
  /**
   * The longest single rate-limit wait worth sitting out, in seconds. A primary limit can reset an
   * hour away; burning a runner for that is worse than failing with an explanation. Default 900.
   */
  maxRateLimitWaitSeconds?: number;
  /** Told about every rate limit hit, e.g. to note it in the job summary. */
  onRateLimitWait?: (wait: RateLimitWait) => void;
  /**
   * Multiplies every wait the client makes: retry-after, retry back-off and GitHub's recommended
   * spacing of writes (1 s) and notification-triggering writes (3 s). 1 in production; tests pass
   * e.g. 0.001 so the same code paths run in milliseconds.
   */
  waitScale?: number;
}

const ModelgateOctokit = Octokit.plugin(retry, throttling);
export type GitHubClient = InstanceType<typeof ModelgateOctokit>;

export function resolveBaseUrl(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const raw = explicit?.trim() || env.GITHUB_API_URL?.trim() || DEFAULT_API_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      `GitHub API URL "${raw}" is not a URL. On GitHub Enterprise Server it looks like https://HOST/api/v3.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(`GitHub API URL "${raw}" must use https (or http for a local test server).`);
  }
  return raw.replace(/\/+$/, '');
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) {
    throw new ConfigError(
      'No GitHub token. In a workflow give the action `${{ github.token }}` or a GitHub App installation token; ' +
        'on the command line set GITHUB_TOKEN.',
    );
  }
  const waitScale = options.waitScale ?? 1;
  if (!(waitScale > 0)) throw new ConfigError(`waitScale must be a positive number, got ${waitScale}`);
  const baseMs = 1000 * waitScale;
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const maxWait = options.maxRateLimitWaitSeconds ?? 900;

  const onLimit =
    (kind: RateLimitWait['kind']) =>
    (retryAfter: number, request: { method: string; url: string }, octokit: { log: GitHubLog }, retryCount: number) => {
      const willRetry = retryCount < rateLimitRetries && retryAfter <= maxWait;
      const what = `${request.method} ${request.url}`;
      const label = kind === 'primary' ? 'rate limit' : 'secondary rate limit';
      if (willRetry) {
        octokit.log.warn(
          `GitHub ${label} hit by ${what}; retrying in ${retryAfter} s (retry ${retryCount + 1} of ${rateLimitRetries}).`,
        );
      } else {
        const why =
          retryAfter > maxWait
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

const consoleLog: GitHubLog = {
  debug: () => {},
  info: () => {},
  warn: (message) => console.warn(message),
  error: (message) => console.error(message),
};

// plugin-request-log reports every attempt, and reports a failed attempt through `error` even when a
// retry then succeeds; mapped to core.error that would annotate a healthy run. Per-request lines go
// to debug; a request that finally fails reaches the caller as an exception anyway.
const PER_REQUEST = /^(GET|HEAD|POST|PUT|PATCH|DELETE) \S+ - \d+ with id /;
function quietRequestLog(log: GitHubLog): GitHubLog {
  const text = (message: unknown) => (typeof message === 'string' ? message : String(message));
  return {
    debug: (message) => {
      // The bare "request" line carries the request options (headers included) as a second argument.
      if (message !== 'request') log.debug(text(message));
    },
    info: (message) => (PER_REQUEST.test(text(message)) ? log.debug(text(message)) : log.info(text(message))),
    warn: (message) => log.warn(text(message)),
    error: (message) => (PER_REQUEST.test(text(message)) ? log.debug(text(message)) : log.error(text(message))),
  };
}

function scaledGroups(waitScale: number) {
  const group = (minTime: number) => new Bottleneck.Group({ maxConcurrent: 1, minTime: Math.ceil(minTime * waitScale) });
  return { write: group(1000), notifications: group(3000), search: group(2000) };
}
