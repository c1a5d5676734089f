// The client factory over real HTTP as nock sees it: Node's global fetch, intercepted, checked against GitHub's description.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createGitHubClient, resolveBaseUrl, type GitHubLog, type RateLimitWait } from '../../src/github/client.js';
import { exampleResponse, installGitHubHarness, mockGitHub, silentLog, testClient } from '../harness/github.js';

installGitHubHarness();
afterEach(() => {
  vi.unstubAllEnvs();
});

const repo = { owner: 'acme', repo: 'registry' };
const PULL = '/repos/{owner}/{repo}/pulls/{pull_number}';
const pullBody = (number: number) => ({ ...(exampleResponse('GET', PULL) as object), number });
const secondaryLimit = {
  message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
  documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
};

function recordingLog() {
  const lines: Record<keyof GitHubLog, string[]> = { debug: [], info: [], warn: [], error: [] };
  const log: GitHubLog = {
    debug: (m) => lines.debug.push(m),
    info: (m) => lines.info.push(m),
    warn: (m) => lines.warn.push(m),
    error: (m) => lines.error.push(m),
  };
  return { log, lines };
}

describe('retries', () => {
  test('a 500 is retried, then the request succeeds', async () => {
    const gh = mockGitHub()
      .route('GET', '/repos/acme/registry/pulls/7', { status: 500, body: { message: 'Server Error' } })
      .route('GET', '/repos/acme/registry/pulls/7', { status: 200, body: pullBody(7) });
    const { log, lines } = recordingLog();
    const { data, status } = await testClient(gh, { log }).rest.pulls.get({ ...repo, pull_number: 7 });
    expect(status).toBe(200);
    expect(data.number).toBe(7);
    expect(gh.requests).toHaveLength(2);
    // The failed attempt is a debug line, not an error: mapped to core.error it would annotate a healthy run.
    expect(lines.error).toEqual([]);
    expect(lines.debug.some((l) => /^GET \/repos\/acme\/registry\/pulls\/7 - 500/.test(l))).toBe(true);
  });

  test('server errors are retried a bounded number of times, then thrown', async () => {
    const gh = mockGitHub().route('GET', '/repos/acme/registry/pulls/7', {
      status: 503,
      body: { message: 'Service unavailable', code: 'unavailable', documentation_url: 'https://docs.github.com' },
      times: 3,
    });
    await expect(testClient(gh, { retries: 2 }).rest.pulls.get({ ...repo, pull_number: 7 })).rejects.toMatchObject({ status: 503 });
    expect(gh.requests).toHaveLength(3);
  });

  test.each([
    [404, 'GET', '/repos/acme/registry/pulls/7', { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request' }],
    [
      422,
      'POST',
      '/repos/acme/registry/pulls',
      {
        message: 'Validation Failed',
        errors: [{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for acme:modelgate/rollback.' }],
        documentation_url: 'https://docs.github.com/rest/pulls/pulls#create-a-pull-request',
      },
    ],
  ] as const)('a %i is not retried', async (status, method, path, body) => {
    const gh = mockGitHub().route(method, path, { status, body });
    const client = testClient(gh);
    const call =
      method === 'GET'
        ? client.rest.pulls.get({ ...repo, pull_number: 7 })
        : client.rest.pulls.create({ ...repo, title: 'Roll back fraud-detector', head: 'modelgate/rollback', base: 'main' });
    await expect(call).rejects.toMatchObject({ status });
    expect(gh.requests).toHaveLength(1);
  });
});

describe('rate limits', () => {
  test('a 403 secondary rate limit waits for retry-after, then retries', async () => {
    const gh = mockGitHub()
      .route('POST', '/repos/acme/registry/issues', { status: 403, body: secondaryLimit, headers: { 'retry-after': '40' } })
      .route('POST', '/repos/acme/registry/issues', { status: 201, body: exampleResponse('POST', '/repos/{owner}/{repo}/issues') });
    const waits: RateLimitWait[] = [];
    const { log, lines } = recordingLog();
    const started = performance.now();
    const { status } = await testClient(gh, { log, onRateLimitWait: (w) => waits.push(w) }).rest.issues.create({
      ...repo,
      title: 'fraud-detector 1.3.0: rollback',
    });
    const elapsed = performance.now() - started;
    expect(status).toBe(201);
    expect(gh.requests).toHaveLength(2);
    expect(waits).toEqual([
      { kind: 'secondary', retryAfterSeconds: 40, method: 'POST', url: '/repos/{owner}/{repo}/issues', retryCount: 0, willRetry: true },
    ]);
    // 40 s at the test scale of 1/1000 is 40 ms: the wait really happened, through the plugin's own timer.
    expect(elapsed).toBeGreaterThanOrEqual(39);
    expect(lines.warn).toEqual([expect.stringMatching(/secondary rate limit hit by POST \/repos\/\{owner\}\/\{repo\}\/issues; retrying in 40 s/)]);
  });

  test('a 429 secondary rate limit is left to the throttling plugin, which honours retry-after', async () => {
    const gh = mockGitHub()
      .route('GET', '/repos/acme/registry/pulls/7', { status: 429, global: true, body: secondaryLimit, headers: { 'retry-after': '5' } })
      .route('GET', '/repos/acme/registry/pulls/7', { status: 200, body: pullBody(7) });
    const waits: RateLimitWait[] = [];
    await testClient(gh, { onRateLimitWait: (w) => waits.push(w) }).rest.pulls.get({ ...repo, pull_number: 7 });
    expect(waits.map((w) => [w.kind, w.retryAfterSeconds])).toEqual([['secondary', 5]]);
    expect(gh.requests).toHaveLength(2);
  });

  test('a primary rate limit waits until x-ratelimit-reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 30;
    const gh = mockGitHub()
      .route('GET', '/repos/acme/registry/pulls/7', {
        status: 403,
        global: true,
        body: { message: 'API rate limit exceeded for installation ID 4242.', documentation_url: 'https://docs.github.com/rest' },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset), 'x-ratelimit-limit': '1000' },
      })
      .route('GET', '/repos/acme/registry/pulls/7', { status: 200, body: pullBody(7) });
    const waits: RateLimitWait[] = [];
    await testClient(gh, { onRateLimitWait: (w) => waits.push(w) }).rest.pulls.get({ ...repo, pull_number: 7 });
    expect(waits).toHaveLength(1);
    expect(waits[0]?.kind).toBe('primary');
    expect(waits[0]?.retryAfterSeconds).toBeGreaterThan(25);
    expect(waits[0]?.willRetry).toBe(true);
  });

  test('gives up rather than wait longer than maxRateLimitWaitSeconds', async () => {
    const gh = mockGitHub().route('POST', '/repos/acme/registry/issues', {
      status: 403,
      body: secondaryLimit,
      headers: { 'retry-after': '3600' },
    });
    const waits: RateLimitWait[] = [];
    const { log, lines } = recordingLog();
    const call = testClient(gh, { log, maxRateLimitWaitSeconds: 900, onRateLimitWait: (w) => waits.push(w) }).rest.issues.create({
      ...repo,
      title: 'x',
    });
    await expect(call).rejects.toMatchObject({ status: 403 });
    expect(waits.map((w) => w.willRetry)).toEqual([false]);
    expect(lines.warn[0]).toMatch(/giving up: GitHub asks for a 3600 s wait, longer than the 900 s this run will wait/);
    expect(gh.requests).toHaveLength(1);
  });

  test('rate-limit retries are bounded', async () => {
    const gh = mockGitHub().route('POST', '/repos/acme/registry/issues', {
      status: 403,
      body: secondaryLimit,
      headers: { 'retry-after': '1' },
      times: 3,
    });
    const waits: RateLimitWait[] = [];
    const call = testClient(gh, { rateLimitRetries: 2, onRateLimitWait: (w) => waits.push(w) }).rest.issues.create({ ...repo, title: 'x' });
    await expect(call).rejects.toMatchObject({ status: 403 });
    expect(waits.map((w) => [w.retryCount, w.willRetry])).toEqual([
      [0, true],
      [1, true],
      [2, false],
    ]);
    expect(gh.requests).toHaveLength(3);
  });

  test("scaled clients also scale GitHub's one-second spacing of writes", async () => {
    const gh = mockGitHub().route('POST', '/repos/acme/registry/git/blobs', {
      status: 201,
      body: exampleResponse('POST', '/repos/{owner}/{repo}/git/blobs'),
      times: 4,
    });
    const client = testClient(gh);
    const started = performance.now();
    for (let i = 0; i < 4; i++) await client.rest.git.createBlob({ ...repo, content: `record ${i}`, encoding: 'utf-8' });
    // Unscaled, four writes take at least three seconds.
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('base URL', () => {
  test('GITHUB_API_URL is honoured (GitHub Enterprise Server)', async () => {
    vi.stubEnv('GITHUB_API_URL', 'https://ghe.example/api/v3');
    const gh = mockGitHub('https://ghe.example/api/v3').route('GET', '/repos/acme/registry', {
      status: 200,
      body: exampleResponse('GET', '/repos/{owner}/{repo}'),
    });
    const client = createGitHubClient({ token: 'ghs_test', fetch: globalThis.fetch, waitScale: 0.001, log: silentLog });
    const { status } = await client.rest.repos.get(repo);
    expect(status).toBe(200);
    expect(gh.requests[0]?.path).toBe('/repos/acme/registry');
  });

  test('an explicit baseUrl beats GITHUB_API_URL; the default is api.github.com', () => {
    expect(resolveBaseUrl('https://ghe.example/api/v3/', { GITHUB_API_URL: 'https://other.example/api/v3' })).toBe('https://ghe.example/api/v3');
    expect(resolveBaseUrl(undefined, { GITHUB_API_URL: 'https://ghe.example/api/v3' })).toBe('https://ghe.example/api/v3');
    expect(resolveBaseUrl(undefined, { GITHUB_API_URL: '' })).toBe('https://api.github.com');
    expect(resolveBaseUrl(undefined, {})).toBe('https://api.github.com');
    expect(() => resolveBaseUrl('ghe.example', {})).toThrow(ConfigError);
  });

  test('a missing token is a configuration error that says where a token comes from', () => {
    expect(() => createGitHubClient({ token: '' })).toThrow(/No GitHub token.*github\.token/);
  });
});

describe('pagination', () => {
  test('250 pull-request files over 3 pages, following link headers', async () => {
    const template = (exampleResponse('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files') as Record<string, unknown>[])[0]!;
    const files = Array.from({ length: 250 }, (_, i) => ({ ...template, filename: `models/m${i}/1.0.0/card.yaml` }));
    const gh = mockGitHub().paginate('/repos/acme/registry/pulls/7/files', [files.slice(0, 100), files.slice(100, 200), files.slice(200)]);
    const client = testClient(gh);
    const all = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: 7, per_page: 100 });
    expect(all).toHaveLength(250);
    expect(all.map((f) => f.filename)).toEqual(files.map((f) => f.filename));
    expect(gh.requests.map((r) => r.query)).toEqual([{ per_page: '100' }, { per_page: '100', page: '2' }, { per_page: '100', page: '3' }]);
  });
});
