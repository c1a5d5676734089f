// The validate action as the gate (pull_request_target): real git repositories where base and head
// differ, a real webhook payload, and every GitHub API call through the OpenAPI-checked nock harness.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run } from '../../src/actions/validate/main.js';
import type { RateLimitWait } from '../../src/github/client.js';
import { installGitHubHarness, mockGitHub, type GitHubMock } from '../harness/github.js';
import { cardYaml, CONFIG } from '../helpers/registry.js';
import {
  API,
  checkRunCreated,
  commentEntry,
  EXAMPLE_PR,
  fileEntries,
  pullBody,
  pullRequestRepos,
  removeDir,
  runEntry,
  webhookExample,
  type PullRequestRepos,
} from './helpers.js';

installGitHubHarness();
const cleanup: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  cleanup.splice(0).forEach(removeDir);
});

const MARKER = '<!-- modelgate:validate -->';
const TODAY = '2026-12-03';

/** A card the default pack denies: no artifact digest, no evaluation. */
const BAD_CARD = `schemaVersion: 1
model: demo
version: "2.0.0"
created: "2026-01-15"
intendedUse:
  primaryUses: [ranking]
  outOfScope: [credit decisions]
trainingData:
  - { id: lake/events, revision: abc123def, license: internal }
limitations: [none known]
`;

/** A rule of the organisation's own pack: every card names its authors. */
const AUTHORS_RULE = `schemaVersion: 1
id: card-authors
title: The card names its authors
severity: deny
schema:
  properties:
    card:
      required: [authors]
      properties:
        authors: { type: array, minItems: 1 }
message: The card names no authors
remediation: List the people accountable for the version under authors.
`;

const CONFIG_WITH_PACK = CONFIG.replace('packs: ["modelgate:default"]', 'packs: ["modelgate:default", "policies"]');

function gate(r: PullRequestRepos, env: Record<string, string> = {}, clientOptions: Record<string, unknown> = {}) {
  return runEntry(() => run({ client: { waitScale: 0.001, ...clientOptions } }), {
    event: 'pull_request_target',
    payload: webhookExample('pull_request', 'synchronize'),
    env: { GITHUB_WORKSPACE: r.workspace, GITHUB_SHA: r.baseSha, INPUT_TOKEN: 'ghs_test_token', INPUT_COMMENT: 'on-findings', INPUT_SCOPE: 'changed', INPUT_TODAY: TODAY, ...env },
    cleanup,
  });
}

/** The calls every gate run makes before it judges: the pull request (twice: before and after listing) and its files. */
function pullRoutes(gh: GitHubMock, r: PullRequestRepos, o: { files?: unknown[][]; changedFiles?: number } = {}): GitHubMock {
  const pages = o.files ?? [fileEntries(r.files)];
  const changedFiles = o.changedFiles ?? pages.reduce((n, p) => n + p.length, 0);
  gh.route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: pullBody({ ...r, changedFiles }), times: 2 });
  if (pages.length === 1) gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/files`, { status: 200, body: pages[0], query: { per_page: 100 } });
  else gh.paginate(`${API}/pulls/${EXAMPLE_PR}/files`, pages);
  return gh;
}

interface CheckRunRequest {
  name: string;
  head_sha: string;
  status: string;
  conclusion: string;
  output: { title: string; summary: string; annotations?: { path: string; start_line: number; annotation_level: string; title: string; message: string }[] };
}

function checkRunRequest(gh: GitHubMock): CheckRunRequest {
  const req = gh.requests.find((q) => q.operationId === 'checks/create');
  expect(req, 'a check run was created').toBeDefined();
  return req!.body as CheckRunRequest;
}

describe('the gate judges the pull request with the base branch', () => {
  test('a clean change passes: check run success on the head, no comment, outputs and summary written', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated(), requestBody: { name: 'modelgate/policy', head_sha: r.headSha, status: 'completed', conclusion: 'success' } })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } });
    const out = await gate(r);
    expect(out.failed).toBe(false);
    expect(out.outputs).toMatchObject({ verdict: 'pass', role: 'gate', 'deny-count': '0', cards: '1', 'check-run-url': `https://github.com/Codertocat/Hello-World/runs/77`, 'comment-url': '' });
    expect(checkRunRequest(gh).output.title).toBe('Pass: 0 deny, 0 warn, 0 info');
    expect(out.summary).toContain('### modelgate policy: ✅ pass');
    expect(out.summary).toContain(`pull request #${EXAMPLE_PR} at \`${r.headSha.slice(0, 12)}\``);
    expect(out.stdout).toContain('Pull request comment: skipped');
    // The pull request's head was fetched as data into a local ref, never checked out.
    expect(readFileSync(`${r.workspace}/.git/HEAD`, 'utf8')).toContain('refs/heads/main');
    expect(existsSync(`${r.workspace}/models/demo/1.1.0`)).toBe(false);
  });

  test('deny findings fail the check run with ranked annotations, and the gate writes its comment', async () => {
    const r = pullRequestRepos({}, { 'models/demo/2.0.0/card.yaml': BAD_CARD }, cleanup);
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [commentEntry({ id: 1, body: 'Looks good to me', type: 'User', login: 'octocat' })], query: { per_page: 100 } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, {
        status: 201,
        body: commentEntry({ id: 9, body: MARKER }),
        requestBody: (body: unknown) => {
          const text = (body as { body: string }).body;
          expect(text.startsWith(`${MARKER}\n### modelgate policy: ❌ fail`)).toBe(true);
          expect(text).toContain('`artifact-integrity`');
        },
      });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    const check = checkRunRequest(gh);
    expect(check).toMatchObject({ head_sha: r.headSha, conclusion: 'failure' });
    expect(check.output.title).toMatch(/^Fail: [1-9]\d* deny/);
    const annotations = check.output.annotations ?? [];
    expect(annotations.length).toBeGreaterThan(0);
    expect(annotations[0]).toMatchObject({ path: 'models/demo/2.0.0/card.yaml', annotation_level: 'failure' });
    expect(out.outputs.verdict).toBe('fail');
    expect(Number(out.outputs['deny-count'])).toBe(annotations.filter((a) => a.annotation_level === 'failure').length);
    expect(out.outputs['comment-url']).toContain('#issuecomment-9');
    const errors = out.annotations.filter((a) => a.level === 'error');
    expect(errors.some((a) => a.props.file === 'models/demo/2.0.0/card.yaml' && a.props.title === 'modelgate artifact-integrity (demo 2.0.0)')).toBe(true);
    expect(errors.at(-1)?.message).toMatch(/^modelgate policy: \d+ deny finding\(s\)\. Fix what the annotations/);
  });

  test('a head that edits modelgate.yaml to make the policy gate advisory is still judged by the base rules', async () => {
    const advisory = `${CONFIG}gates:\n  policy: advisory\n`;
    const r = pullRequestRepos({}, { 'modelgate.yaml': advisory, 'models/demo/2.0.0/card.yaml': BAD_CARD }, cleanup);
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 201, body: commentEntry({ id: 9, body: MARKER }) });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    expect(checkRunRequest(gh).conclusion).toBe('failure');
    expect(Number(out.outputs['deny-count'])).toBeGreaterThan(0);
    expect(out.summary).not.toContain('[advisory]');
    expect(out.summary).toContain("This pull request changes `modelgate.yaml`. The gate judges every pull request with the **base branch's** configuration and policies");
  });

  test('a head that weakens a rule of the policy pack is still judged by the base rule, which is never replaced by the PR’s', async () => {
    const weakened = AUTHORS_RULE.replace('severity: deny', 'severity: info').replace('required: [authors]', 'required: []');
    const r = pullRequestRepos(
      { 'modelgate.yaml': CONFIG_WITH_PACK, 'policies/card-authors.yaml': AUTHORS_RULE, 'models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0', { extra: 'authors: [{ name: Ada }]\n' }) },
      { 'policies/card-authors.yaml': weakened, 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') },
      cleanup,
    );
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 201, body: commentEntry({ id: 9, body: MARKER }) });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    const denied = (checkRunRequest(gh).output.annotations ?? []).filter((a) => a.title.startsWith('modelgate card-authors'));
    // A policy change re-judges the whole registry (scope: everything), with the base's rule.
    expect(denied.map((a) => a.path)).toEqual(['models/demo/1.1.0/card.yaml']);
    expect(denied[0]?.annotation_level).toBe('failure');
    expect(out.summary).toContain('This pull request changes `policies/card-authors.yaml`');
  });

  test('a PR that adds a symbolic link to a file outside the registry is refused', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': { symlink: '../../../../../etc/passwd' } }, cleanup);
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 201, body: commentEntry({ id: 9, body: MARKER }) });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    const annotations = checkRunRequest(gh).output.annotations ?? [];
    expect(annotations).toContainEqual(expect.objectContaining({ path: 'models/demo/1.1.0/card.yaml', annotation_level: 'failure', title: 'modelgate registry.symlink' }));
    expect(out.summary).toContain('is a symbolic link; the registry refuses links');
  });

  test('an edit to a merged card is refused (immutability from the API file list and the base tree)', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0', { extra: 'description: edited after merge\n' }) }, cleanup);
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 201, body: commentEntry({ id: 9, body: MARKER }) });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    expect(checkRunRequest(gh).output.annotations?.map((a) => a.title)).toContain('modelgate registry.card-immutable (demo 1.0.0)');
  });

  test('a registry in a subdirectory: paths in annotations and check runs are repository-relative', async () => {
    const r = pullRequestRepos(
      { 'ml/modelgate.yaml': CONFIG, 'ml/models/demo/model.yaml': readModel(), 'ml/models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0'), 'README.md': 'hello\n' },
      { 'ml/models/demo/2.0.0/card.yaml': BAD_CARD, 'README.md': 'changed outside the registry\n' },
      cleanup,
      { baseFiles: false },
    );
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, {
        status: 201,
        body: commentEntry({ id: 9, body: '<!-- modelgate:validate path=ml -->' }),
        requestBody: (body: unknown) => expect((body as { body: string }).body.startsWith('<!-- modelgate:validate path=ml -->\n')).toBe(true),
      });
    const out = await gate(r, { 'INPUT_REGISTRY-PATH': 'ml' });
    expect(out.failed).toBe(true);
    expect(checkRunRequest(gh).output.annotations?.[0]?.path).toBe('ml/models/demo/2.0.0/card.yaml');
    expect(out.annotations.find((a) => a.level === 'error')?.props.file).toBe('ml/models/demo/2.0.0/card.yaml');
  });
});

function readModel(): string {
  return `schemaVersion: 1\nname: demo\ninventoryId: INV-1\nowner: { team: "@acme/ds" }\nriskTier: low\ncommercialUse: true\n`;
}

describe('the gate keeps one comment per pull request', () => {
  test('a rerun finds its comment by the hidden marker and updates it in place (no duplicate)', async () => {
    const r = pullRequestRepos({}, { 'models/demo/2.0.0/card.yaml': BAD_CARD }, cleanup);
    const ours = commentEntry({ id: 31, body: `${MARKER}\n### modelgate policy: ❌ fail\n\nolder findings` });
    const quoting = commentEntry({ id: 30, body: `Why does it say ${MARKER}?`, type: 'User', login: 'octocat' });
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [quoting, ours], query: { per_page: 100 } })
      .route('PATCH', `${API}/issues/comments/31`, { status: 200, body: commentEntry({ id: 31, body: MARKER }) });
    const out = await gate(r);
    expect(out.outputs['comment-url']).toContain('#issuecomment-31');
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(0);
    // A person's comment that quotes the marker is never taken for the gate's own.
    expect(gh.requests.some((q) => q.path.endsWith('/issues/comments/30'))).toBe(false);
  });

  test('once fixed, the same comment says "all clear"', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated(), requestBody: { conclusion: 'success' } })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [commentEntry({ id: 31, body: `${MARKER}\n### modelgate policy: ❌ fail` })], query: { per_page: 100 } })
      .route('PATCH', `${API}/issues/comments/31`, {
        status: 200,
        body: commentEntry({ id: 31, body: MARKER }),
        requestBody: (body: unknown) => expect((body as { body: string }).body).toMatch(/^<!-- modelgate:validate -->\n### modelgate policy: ✅ all clear\n\nNo deny or warn findings: 1 card checked against \d+ rules\./),
      });
    const out = await gate(r);
    expect(out.failed).toBe(false);
    expect(out.outputs['comment-url']).toContain('#issuecomment-31');
  });

  test('a comment a person deleted is created again on the next run', async () => {
    const r = pullRequestRepos({}, { 'models/demo/2.0.0/card.yaml': BAD_CARD }, cleanup);
    // The listing no longer shows the gate's comment: someone deleted it.
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [commentEntry({ id: 5, body: 'please fix', type: 'User', login: 'octocat' })], query: { per_page: 100 } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 201, body: commentEntry({ id: 40, body: MARKER }) });
    const out = await gate(r);
    expect(out.outputs['comment-url']).toContain('#issuecomment-40');
    expect(gh.requests.filter((q) => q.operationId === 'issues/create-comment')).toHaveLength(1);
  });

  test('a comment deleted between the listing and the update is created again', async () => {
    const r = pullRequestRepos({}, { 'models/demo/2.0.0/card.yaml': BAD_CARD }, cleanup);
    pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [commentEntry({ id: 31, body: `${MARKER}\nold` })], query: { per_page: 100 } })
      .route('PATCH', `${API}/issues/comments/31`, { status: 404, global: true, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment' } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 201, body: commentEntry({ id: 41, body: MARKER }) });
    const out = await gate(r);
    expect(out.outputs['comment-url']).toContain('#issuecomment-41');
  });

  test('a token that cannot comment: the comment is skipped with a notice naming the permission, the verdict stands', async () => {
    const r = pullRequestRepos({}, { 'models/demo/2.0.0/card.yaml': BAD_CARD }, cleanup);
    pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, {
        status: 403,
        global: true,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment' },
      });
    const out = await gate(r);
    const notice = out.annotations.find((a) => a.level === 'notice' && a.props.title === 'modelgate validate: pull request comment skipped');
    expect(notice?.message).toContain('pull-requests: write');
    expect(out.outputs['check-run-url']).not.toBe('');
    expect(out.outputs.verdict).toBe('fail');
  });

  test('comment: never writes no comment at all', async () => {
    const r = pullRequestRepos({}, { 'models/demo/2.0.0/card.yaml': BAD_CARD }, cleanup);
    const gh = pullRoutes(mockGitHub(), r).route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() });
    await gate(r, { INPUT_COMMENT: 'never' });
    expect(gh.requests.some((q) => q.path.includes('/comments'))).toBe(false);
  });
});

describe('API faults', () => {
  test('a 500 is retried, then the run succeeds', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    const gh = mockGitHub().route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 500, global: true, body: { message: 'Server Error' } });
    pullRoutes(gh, r)
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } });
    const out = await gate(r);
    expect(out.failed).toBe(false);
    expect(gh.requests.filter((q) => q.operationId === 'pulls/get')).toHaveLength(3);
  });

  test('a 403 secondary rate limit with retry-after is waited out, then the check run is written', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    const waits: RateLimitWait[] = [];
    const gh = pullRoutes(mockGitHub(), r)
      .route('POST', `${API}/check-runs`, {
        status: 403,
        global: true,
        headers: { 'retry-after': '30' },
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' },
      })
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } });
    const started = Date.now();
    const out = await gate(r, {}, { onRateLimitWait: (w: RateLimitWait) => waits.push(w) });
    expect(out.failed).toBe(false);
    expect(waits).toEqual([expect.objectContaining({ kind: 'secondary', retryAfterSeconds: 30, willRetry: true })]);
    // 30 s scaled by the test's waitScale of 0.001: the client really slept before retrying.
    expect(Date.now() - started).toBeGreaterThanOrEqual(30);
    expect(gh.requests.filter((q) => q.operationId === 'checks/create')).toHaveLength(2);
    expect(out.stdout).toContain('warning: GitHub secondary rate limit hit by POST /repos/{owner}/{repo}/check-runs; retrying in 30 s (retry 1 of 2).');
  });

  test('a 422 fails the step with GitHub’s reason and what to change', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    pullRoutes(mockGitHub(), r).route('POST', `${API}/check-runs`, {
      status: 422,
      global: true,
      body: { message: 'Validation Failed', errors: [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha', message: 'No commit found for SHA: ' + r.headSha }], documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run' },
    });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    const error = out.annotations.find((a) => a.level === 'error');
    expect(error?.message).toContain('modelgate validate: GitHub rejected the request as invalid.');
    expect(error?.message).toContain(`POST /repos/Codertocat/Hello-World/check-runs failed with 422: "Validation Failed"`);
    expect(error?.message).toContain(`head_sha: No commit found for SHA: ${r.headSha}`);
    expect(out.summary).toContain('### modelgate policy: ✅ pass');
  });

  test('a token without checks: write fails with the permissions block to add', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    pullRoutes(mockGitHub(), r).route('POST', `${API}/check-runs`, {
      status: 403,
      global: true,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/checks/runs#create-a-check-run' },
    });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    expect(out.annotations.find((a) => a.level === 'error')?.message).toContain('permissions:\n      checks: write');
  });

  test('more than 100 changed files are read page by page', async () => {
    const extra = Object.fromEntries(Array.from({ length: 130 }, (_, i) => [`docs/page-${String(i).padStart(3, '0')}.md`, `page ${i}\n`]));
    const r = pullRequestRepos({}, { ...extra, 'models/demo/2.0.0/card.yaml': BAD_CARD }, cleanup);
    const entries = fileEntries(r.files);
    expect(entries.length).toBe(131);
    const gh = pullRoutes(mockGitHub(), r, { files: [entries.slice(0, 100), entries.slice(100)] })
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated() })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [], query: { per_page: 100 } })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 201, body: commentEntry({ id: 9, body: MARKER }) });
    const out = await gate(r);
    expect(gh.requests.filter((q) => q.operationId === 'pulls/list-files').map((q) => q.query.page ?? '1')).toEqual(['1', '2']);
    // The card is on page 2, and the gate saw it.
    expect(r.files.findIndex((f) => f.filename === 'models/demo/2.0.0/card.yaml')).toBeGreaterThanOrEqual(100);
    expect(checkRunRequest(gh).output.annotations?.[0]?.path).toBe('models/demo/2.0.0/card.yaml');
    expect(out.outputs.verdict).toBe('fail');
  });

  test('more than 3,000 changed files: the gate fails closed, on the pull request too', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    const gh = mockGitHub()
      .route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: pullBody({ ...r, changedFiles: 3001 }) })
      .route('POST', `${API}/check-runs`, {
        status: 201,
        body: checkRunCreated(),
        requestBody: { head_sha: r.headSha, conclusion: 'failure', output: { title: 'modelgate could not judge this pull request' } },
      });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    expect(out.annotations.find((a) => a.level === 'error')?.message).toContain(
      'pull request #2 changes 3001 files; the GitHub API lists at most 3000, so modelgate cannot see the whole change and refuses to judge it.',
    );
    expect((checkRunRequest(gh).output.summary)).toContain('The gate fails closed');
    expect(gh.requests.some((q) => q.operationId === 'pulls/list-files')).toBe(false);
  });

  test('a listing shorter than the pull request’s file count fails closed', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    const gh = mockGitHub()
      .route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: pullBody({ ...r, changedFiles: 2 }) })
      .route('GET', `${API}/pulls/${EXAMPLE_PR}/files`, { status: 200, body: fileEntries(r.files), query: { per_page: 100 } })
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated(), requestBody: { conclusion: 'failure' } });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    expect(out.annotations.find((a) => a.level === 'error')?.message).toContain('the GitHub API listed 1 of the 2 files pull request #2 changes');
    expect(gh.requests.filter((q) => q.operationId === 'checks/create')).toHaveLength(1);
  });

  test('a pull request that moves while it is judged is left to the run for the new commit', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    const moved = pullBody({ ...r, headSha: 'f'.repeat(40), changedFiles: 1 });
    mockGitHub()
      .route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: pullBody({ ...r, changedFiles: 1 }) })
      .route('GET', `${API}/pulls/${EXAMPLE_PR}/files`, { status: 200, body: fileEntries(r.files), query: { per_page: 100 } })
      .route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: moved })
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated(), requestBody: { head_sha: r.headSha, conclusion: 'failure' } });
    const out = await gate(r);
    expect(out.failed).toBe(true);
    expect(out.annotations.find((a) => a.level === 'error')?.message).toContain(`moved to ffffffffffff while ${r.headSha.slice(0, 12)} was being judged`);
  });
});

describe('inputs', () => {
  test('a bad enum value fails before any API call, naming the allowed values', async () => {
    const r = pullRequestRepos({}, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
    const out = await gate(r, { 'INPUT_FAIL-ON': 'error' });
    expect(out.failed).toBe(true);
    expect(out.annotations[0]?.message).toBe('modelgate validate: Input "fail-on" must be one of "deny", "warn"; got "error".');
  });

  test('the gate without a token says which input to set', async () => {
    const r = pullRequestRepos({}, {}, cleanup);
    const out = await gate(r, { INPUT_TOKEN: '' });
    expect(out.annotations[0]?.message).toMatch(/Input "token" is empty: the gate needs a token/);
  });

  test('an input under another action’s name fails with the right name', async () => {
    const r = pullRequestRepos({}, {}, cleanup);
    const out = await gate(r, { 'INPUT_GITHUB-TOKEN': 'ghp_x' });
    expect(out.annotations[0]?.message).toContain('Input "github-token" is named "token" in this action: rename it under `with:` in your workflow.');
  });
});
