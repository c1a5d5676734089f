/**
 * The GitHub API as tests see it: nock interceptors that must agree with GitHub's OpenAPI description.
 *
 *   installGitHubHarness();                       // once per test file: no network, checks after each test
 *   const gh = mockGitHub();                      // https://api.github.com, or a GHES base URL
 *   gh.route('GET', '/repos/acme/registry/pulls/7', {
 *     status: 200,
 *     body: { ...exampleResponse('GET', '/repos/{owner}/{repo}/pulls/{pull_number}'), number: 7 },
 *   });
 *   const client = testClient(gh);                // the real client, waits scaled to milliseconds
 *
 * Checked when a route is declared (the test throws at once): the method and path are an operation in
 * the description, the status is documented for it, the body validates against that status's schema.
 * Checked when the request arrives: the request body validates against the operation's requestBody
 * schema, query and path parameters are declared ones of the right type, and any `requestBody`
 * expectation holds. A failed request check is answered the way GitHub would answer it, 422, with
 * the reason as the message, and fails the test after it ends even if the code swallowed the error.
 * So are requests nothing was mocked for, and mocked routes never called.
 */
import nock from 'nock';
import { afterEach, beforeEach } from 'vitest';
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../src/github/client.js';
import {
  checkGlobalResponseBody,
  checkParameters,
  checkRequestBody,
  checkResponseBody,
  decodePath,
  isDocumentedStatus,
  matchRoute,
  templatesForPath,
  type Operation,
} from './openapi.js';

export { exampleResponse, listOperations, subsetInfo } from './openapi.js';

export const DEFAULT_BASE_URL = 'https://api.github.com';
const HARNESS_DOCS = 'test/harness/github.ts';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE' | 'HEAD';

export interface MockReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * Query parameters the request must carry; keys not listed are free. `null` means "must be absent".
   * Parameters written into the path (`/pulls?state=open`) are merged in.
   */
  query?: Record<string, string | number | boolean | null>;
  /**
   * What the request body must hold beyond GitHub's schema: a partial object (listed keys must be
   * deeply equal; arrays compared whole) or a function that throws when unhappy (e.g. with `expect`).
   */
  requestBody?: unknown;
  /** How many requests this route answers (default 1). */
  times?: number;
  /** Not an error when never called (a retry that may not happen). */
  optional?: boolean;
  /**
   * One of GitHub's responses that any operation can give although few list them: 401 bad
   * credentials, 403 (missing permission, rate limit), 404, 422, 429, 5xx. Its body is checked
   * against GitHub's shared error schemas instead of the operation's own.
   */
  global?: boolean;
  /**
   * Computes the reply per request, for stateful fakes (a ref that moves as writers race on it).
   * `status` and `body` above are then only the declared default and are not used; the computed
   * reply is checked against GitHub's description when it is produced, and a reply that breaks it
   * fails the test.
   */
  dynamic?: (request: RecordedRequest) => { status: number; body?: unknown; global?: boolean };
}

export interface RecordedRequest {
  method: string;
  /** Decoded path below the base URL, without the query. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
  operationId: string;
}

export class GitHubMockError extends Error {
  override name = 'GitHubMockError';
}

interface RouteRecord {
  label: string;
  optional: boolean;
  remaining: number;
}

// Importing the harness is enough to cut the network; installGitHubHarness re-asserts it per test.
nock.disableNetConnect();

const active = new Set<GitHubMock>();
let unmatched: string[] = [];

// Registered once: nock emits 'no match' for every request no interceptor takes.
nock.emitter.on('no match', (req: { method?: string; path?: string; host?: string; protocol?: string; options?: { href?: string } }) => {
  const method = (req.method ?? 'GET').toUpperCase();
  const protocol = req.protocol ?? 'https:';
  const host = (req.host ?? '?').replace(protocol === 'https:' ? /:443$/ : /:80$/, '');
  const where = `${protocol}//${host}${req.path ?? ''}`;
  const path = req.path ?? '';
  const known = [...active].map((m) => m.operationFor(method, path)).find(Boolean);
  unmatched.push(
    known
      ? `no mock for ${method} ${where} (${known.operationId}, ${known.method} ${known.template}); add gh.route('${method}', '${decodePath(path.split('?')[0] ?? '')}', …)`
      : `no mock for ${method} ${where}, and it is not an operation in the OpenAPI subset`,
  );
});

export class GitHubMock {
  readonly baseUrl: string;
  readonly requests: RecordedRequest[] = [];
  private readonly origin: string;
  private readonly basePath: string;
  private readonly routes: RouteRecord[] = [];
  private problems: string[] = [];

  constructor(baseUrl: string = DEFAULT_BASE_URL) {
    const url = new URL(baseUrl);
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.origin = url.origin;
    this.basePath = url.pathname.replace(/\/+$/, '');
    active.add(this);
  }

  /** Declares one response; throws at once when GitHub's description disagrees with it. */
  route(method: HttpMethod, path: string, reply: MockReply): this {
    const [rawPath = '', rawQuery = ''] = path.split('?');
    const where = `${method} ${rawPath}`;
    if (!rawPath.startsWith('/')) throw new GitHubMockError(`${where}: paths start with "/" and are relative to ${this.baseUrl}`);
    const match = matchRoute(method, rawPath);
    if (!match) {
      const others = templatesForPath(rawPath);
      throw new GitHubMockError(
        `${where} is not an operation in GitHub's OpenAPI description (subset)` +
          (others.length ? `; that path has: ${others.join(', ')}` : '') +
          `. If modelgate really calls it, add it to scripts/openapi/generate-subset.mjs and regenerate.`,
      );
    }
    const op = match.operation;
    const name = `${op.method} ${op.template} (${op.operationId})`;
    const paramCheck = checkParameters(op, 'path', match.params);
    if (!paramCheck.ok) throw new GitHubMockError(`${name}: ${paramCheck.errors.join('; ')}`);

    const status = reply.status;
    if (reply.dynamic) {
      // Checked per reply, below.
    } else if (reply.global) {
      const check = checkGlobalResponseBody(status, reply.body);
      if (!check.ok) throw new GitHubMockError(`${name} → ${status} (global): ${check.errors.join('; ')}`);
    } else {
      if (!isDocumentedStatus(op, status)) {
        throw new GitHubMockError(
          `${name} → ${status}: GitHub does not document ${status} for this operation (documented: ${Object.keys(op.responses).join(', ')}). ` +
            `For an error any endpoint can return (401, 403, 404, 422, 429, 5xx) set \`global: true\`.`,
        );
      }
      const check = checkResponseBody(op, status, reply.body);
      if (!check.ok) {
        throw new GitHubMockError(`${name} → ${status}: the mocked body does not match GitHub's schema:\n  ${check.errors.join('\n  ')}`);
      }
    }

    const expectedQuery: Record<string, string | null> = {};
    for (const [k, v] of new URLSearchParams(rawQuery)) expectedQuery[k] = v;
    for (const [k, v] of Object.entries(reply.query ?? {})) expectedQuery[k] = v === null ? null : String(v);
    const queryCheck = checkParameters(
      op,
      'query',
      Object.fromEntries(Object.entries(expectedQuery).filter((e): e is [string, string] => e[1] !== null)),
    );
    if (!queryCheck.ok) throw new GitHubMockError(`${name}: ${queryCheck.errors.join('; ')}`);

    const times = reply.times ?? 1;
    const record: RouteRecord = {
      label: `${method} ${rawPath}${Object.keys(expectedQuery).length ? ` ${JSON.stringify(expectedQuery)}` : ''} → ${status}`,
      optional: reply.optional ?? false,
      remaining: times,
    };
    this.routes.push(record);

    const wanted = decodePath(this.basePath + rawPath);
    // A `*` segment stands for any one segment (a sha a stateful fake creates during the test).
    const pattern = rawPath.split('/').includes('*')
      ? new RegExp(`^${wanted.split('/').map((seg) => (seg === '*' ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`)
      : undefined;
    const interceptor = nock(this.origin)
      .intercept((p: string) => (pattern ? pattern.test(decodePath(p.split('?')[0] ?? '')) : decodePath(p) === wanted), method)
      .query((q: Record<string, unknown>) =>
        Object.entries(expectedQuery).every(([k, v]) => (v === null ? q[k] === undefined : String(q[k]) === v)),
      )
      .times(times);
    if (record.optional) interceptor.optionally();

    // nock binds `this` in reply functions to the intercepted request, so the mock's state goes in by closure.
    const { origin, basePath, requests } = this;
    const reportProblem = (text: string) => this.problems.push(text);
    interceptor.reply(function (uri: string, body: unknown) {
      record.remaining--;
      const url = new URL(uri, origin);
      const query = Object.fromEntries(url.searchParams);
      const parsedBody = body === '' ? undefined : body;
      const recorded: RecordedRequest = {
        method,
        path: decodePath(url.pathname).slice(basePath.length),
        query,
        body: parsedBody,
        headers: { ...this.req.headers },
        operationId: op.operationId,
      };
      requests.push(recorded);
      const problems = [
        ...checkRequestBody(op, parsedBody).errors,
        ...checkParameters(op, 'query', query).errors,
        ...expectationErrors(reply.requestBody, parsedBody),
      ];
      if (problems.length) {
        const text = `${name}: the request does not match: ${problems.join('; ')}`;
        reportProblem(text);
        return [422, { message: `modelgate test harness: ${text}`, documentation_url: HARNESS_DOCS }];
      }
      if (reply.dynamic) {
        const out = reply.dynamic(recorded);
        const check = out.global ? checkGlobalResponseBody(out.status, out.body) : isDocumentedStatus(op, out.status) ? checkResponseBody(op, out.status, out.body) : { ok: false, errors: [`GitHub does not document ${out.status} for this operation`] };
        if (!check.ok) {
          const text = `${name} → ${out.status} (dynamic reply): ${check.errors.join('; ')}`;
          reportProblem(text);
          return [500, { message: `modelgate test harness: ${text}`, documentation_url: HARNESS_DOCS }];
        }
        return [out.status, out.body, reply.headers ?? {}];
      }
      return [status, reply.body, reply.headers ?? {}];
    });
    return this;
  }

  /**
   * Serves `pages` as GitHub paginates: page 1 at `path`, page N at `?page=N`, linked by `link`
   * headers the way octokit's paginate follows them.
   */
  paginate(path: string, pages: unknown[][], perPage = 100): this {
    const [rawPath = ''] = path.split('?');
    const last = pages.length;
    pages.forEach((items, i) => {
      const page = i + 1;
      const link = (n: number, rel: string) => `<${this.baseUrl}${rawPath}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
      const links = [
        ...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []),
        ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : []),
      ];
      this.route('GET', path, {
        status: 200,
        body: items,
        headers: links.length ? { link: links.join(', ') } : {},
        query: { page: page === 1 ? null : page },
      });
    });
    return this;
  }

  /** The operation a raw request path (as nock sees it, base path included) belongs to. */
  operationFor(method: string, rawPath: string): Operation | undefined {
    const path = rawPath.split('?')[0] ?? '';
    if (!decodePath(path).startsWith(this.basePath)) return undefined;
    return matchRoute(method, path.slice(this.basePath.length))?.operation;
  }

  /** Request-time violations so far, cleared: for tests that provoke one on purpose. */
  takeViolations(): string[] {
    const taken = this.problems;
    this.problems = [];
    return taken;
  }

  get violations(): readonly string[] {
    return this.problems;
  }

  /** Routes not yet called as often as declared (optional ones excepted). */
  pending(): string[] {
    return this.routes.filter((r) => r.remaining > 0 && !r.optional).map((r) => `${r.label} (${r.remaining} call(s) left)`);
  }

  /** Stops the after-test check looking at this mock: for tests that leave one broken on purpose. */
  dispose(): void {
    active.delete(this);
  }

  /** Throws when a request broke the description or a declared route was never called. */
  done(): void {
    const problems = [...this.problems, ...this.pending().map((p) => `mocked but never called: ${p}`)];
    if (problems.length) throw new GitHubMockError(`GitHub mock at ${this.baseUrl}:\n- ${problems.join('\n- ')}`);
  }
}

export function mockGitHub(baseUrl?: string): GitHubMock {
  return new GitHubMock(baseUrl);
}

/**
 * The real client pointed at a mock: global fetch (which nock intercepts), a dummy token, silent
 * logs and every wait scaled down a thousandfold. Overrides win.
 */
export function testClient(mock: GitHubMock, overrides: Partial<GitHubClientOptions> = {}): GitHubClient {
  return createGitHubClient({
    token: 'ghs_test_token',
    baseUrl: mock.baseUrl,
    fetch: globalThis.fetch,
    waitScale: 0.001,
    log: silentLog,
    ...overrides,
  });
}

const noop = () => {};
export const silentLog = { debug: noop, info: noop, warn: noop, error: noop };

/** For tests that run a real server on loopback (git http-backend, a webhook receiver). */
export function allowLoopback(): void {
  nock.enableNetConnect((host: string) => /^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(host));
}

/**
 * Call once at the top of a test file. Before each test: no network. After each: every mock's
 * request-time violations, unmatched requests and uncalled routes fail the test, then all
 * interceptors are removed.
 */
export function installGitHubHarness(): void {
  beforeEach(() => {
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  afterEach(() => {
    const problems = [...unmatched.map((u) => `- ${u}`)];
    for (const mock of active) {
      try {
        mock.done();
      } catch (err) {
        problems.push((err as Error).message);
      }
    }
    unmatched = [];
    active.clear();
    nock.cleanAll();
    nock.disableNetConnect();
    if (problems.length) throw new GitHubMockError(`GitHub API harness:\n${problems.join('\n')}`);
  });
}

/** Drops unmatched-request reports so far: for the harness's own tests that provoke one. */
export function takeUnmatched(): string[] {
  const taken = unmatched;
  unmatched = [];
  return taken;
}

function expectationErrors(expected: unknown, actual: unknown): string[] {
  if (expected === undefined) return [];
  if (typeof expected === 'function') {
    try {
      (expected as (body: unknown) => unknown)(actual);
      return [];
    } catch (err) {
      return [`requestBody expectation failed: ${(err as Error).message}`];
    }
  }
  const diff = partialDiff(expected, actual, 'request body');
  return diff ? [diff] : [];
}

function partialDiff(expected: unknown, actual: unknown, where: string): string | undefined {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return `${where} should be an object, got ${JSON.stringify(actual)}`;
    for (const [k, v] of Object.entries(expected)) {
      const d = partialDiff(v, (actual as Record<string, unknown>)[k], `${where}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return JSON.stringify(expected) === JSON.stringify(actual) ? undefined : `${where} should be ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
