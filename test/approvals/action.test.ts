// The approvals action run the way the runner runs it: its entry point in-process, a real webhook
// payload, real git repositories (a bare "origin" holding the pull request, a shallow checkout of the
// base branch as the workspace) and every API call through the OpenAPI-checked nock harness.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run } from '../../src/actions/approvals/main.js';
import { installGitHubHarness, mockGitHub, type GitHubMock } from '../harness/github.js';
import { cardYaml, CONFIG } from '../helpers/registry.js';
import { API, checkRunCreated, commentEntry, EXAMPLE_PR, fileEntries, pullBody, pullRequestRepos, removeDir, runEntry, webhookExample, type PullRequestRepos } from '../actions/helpers.js';
import { apiPermission, apiPullItem, apiPullRequestRule, apiRef, apiReview } from './api-fixtures.js';

installGitHubHarness();
const cleanup: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  cleanup.splice(0).forEach(removeDir);
});

const MARKER = '<!-- modelgate:approvals -->';
const CODEOWNERS = '*  @alice\n/models/demo/  @bob\n';

function repos(config = CONFIG): PullRequestRepos {
  return pullRequestRepos({ '.github/CODEOWNERS': CODEOWNERS, 'modelgate.yaml': config }, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') }, cleanup);
}

function workflowRunPayload(headSha: string): Record<string, unknown> {
  const payload = webhookExample('workflow_run', 'completed');
  const wr = payload.workflow_run as Record<string, unknown>;
  // A review on a fork's pull request: GitHub leaves pull_requests empty.
  return { ...payload, workflow_run: { ...wr, event: 'pull_request_review', head_sha: headSha, pull_requests: [] } };
}

function action(r: PullRequestRepos, event: string, payload: unknown, env: Record<string, string> = {}) {
  return runEntry(() => run({ client: { waitScale: 0.001 } }), {
    event,
    payload,
    env: { GITHUB_WORKSPACE: r.workspace, GITHUB_SHA: r.baseSha, INPUT_TOKEN: 'ghs_test_token', INPUT_COMMENT: 'always', ...env },
    cleanup,
  });
}

/** Everything judging pull request #2 reads: the pull request, the base tip, files, branch rules, reviews, permissions. */
function judgeRoutes(gh: GitHubMock, r: PullRequestRepos, reviews: unknown[], permissions: Record<string, 'write' | 'read'>, pullTimes = 1): GitHubMock {
  gh.route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: pullBody({ ...r, changedFiles: r.files.length, author: 'carol' }), times: pullTimes });
  gh.route('GET', `${API}/git/ref/heads/main`, { status: 200, body: apiRef('main', r.baseSha) });
  gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/files`, { status: 200, body: fileEntries(r.files) });
  gh.route('GET', `${API}/rules/branches/main`, { status: 200, body: [apiPullRequestRule(5, { dismiss_stale_reviews_on_push: true })] });
  gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/reviews`, { status: 200, body: reviews });
  for (const [login, permission] of Object.entries(permissions)) {
    gh.route('GET', `${API}/collaborators/${login}/permission`, { status: 200, body: apiPermission(login, permission) });
  }
  return gh;
}

interface CheckRunRequest {
  name: string;
  head_sha: string;
  conclusion: string;
  output: { title: string; summary: string };
}

function checkRun(gh: GitHubMock): CheckRunRequest {
  const req = gh.requests.find((q) => q.operationId === 'checks/create');
  expect(req, 'a check run was created').toBeDefined();
  return req!.body as CheckRunRequest;
}

describe('workflow_run after the unprivileged review trigger', () => {
  test('finds the pull request by head commit, re-reads the reviews, writes the check run on the head and its comment', async () => {
    const r = repos();
    const gh = judgeRoutes(mockGitHub(), r, [apiReview(1, 'bob', 'APPROVED', r.headSha)], { bob: 'write' })
      .route('GET', `${API}/pulls`, { status: 200, body: [apiPullItem({ number: 11, headSha: 'f'.repeat(40) }), apiPullItem({ number: EXAMPLE_PR, headSha: r.headSha })], query: { state: 'open' } })
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated(), requestBody: { name: 'modelgate/approvals', head_sha: r.headSha, status: 'completed', conclusion: 'success' } })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 200, body: [] })
      .route('POST', `${API}/issues/${EXAMPLE_PR}/comments`, { status: 201, body: commentEntry({ id: 5, body: MARKER }), requestBody: (b: { body: string }) => expect(b.body.startsWith(MARKER)).toBe(true) });
    const out = await action(r, 'workflow_run', workflowRunPayload(r.headSha));
    expect(out.failed).toBe(false);
    expect(out.outputs).toMatchObject({ approved: 'true', conclusion: 'success', 'pull-requests': String(EXAMPLE_PR), 'head-sha': r.headSha });
    const decision = JSON.parse(out.outputs.decision!);
    expect(Object.keys(decision)).toEqual(['approved', 'codeOwnersSatisfied', 'files', 'missing', 'blockers', 'reasons']);
    expect(decision.files).toEqual([{ path: 'models/demo/1.1.0/card.yaml', owners: ['@bob'], approvedBy: ['bob'] }]);
    const check = checkRun(gh);
    expect(check.output.title).toBe('Approved');
    expect(check.output.summary).toContain('| `models/demo/1.1.0/card.yaml` | `@bob` | `@bob` |');
    expect(out.summary).toContain('## modelgate approvals');
    // The pull request's head was fetched as data, never checked out.
    expect(readFileSync(`${r.workspace}/.git/HEAD`, 'utf8')).toContain('refs/heads/main');
    expect(existsSync(`${r.workspace}/models/demo/1.1.0`)).toBe(false);
  });

  test('a dismissal flips it back: the re-read reviews decide, the existing comment is updated in place', async () => {
    const r = repos();
    const reviews = [{ ...apiReview(1, 'bob', 'DISMISSED', r.headSha) }];
    const gh = judgeRoutes(mockGitHub(), r, reviews, {})
      .route('GET', `${API}/pulls`, { status: 200, body: [apiPullItem({ number: EXAMPLE_PR, headSha: r.headSha })], query: { state: 'open' } })
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated(), requestBody: { head_sha: r.headSha, conclusion: 'failure' } })
      .route('GET', `${API}/issues/${EXAMPLE_PR}/comments`, {
        status: 200,
        body: [commentEntry({ id: 3, body: `${MARKER}\nforged by a person`, type: 'User', login: 'mallory' }), commentEntry({ id: 4, body: `${MARKER}\nold decision` })],
      })
      .route('PATCH', `${API}/issues/comments/4`, { status: 200, body: commentEntry({ id: 4, body: MARKER }) });
    const out = await action(r, 'workflow_run', workflowRunPayload(r.headSha));
    expect(out.failed).toBe(true);
    expect(out.outputs.approved).toBe('false');
    const decision = JSON.parse(out.outputs.decision!);
    expect(decision.missing).toEqual(['an approval from @bob (code owner of models/demo/1.1.0/card.yaml)', '1 approval from reviewers with write access (counted: 0)']);
    expect(checkRun(gh).output.title).toBe('Not approved: 2 missing');
    expect(out.annotations.find((a) => a.level === 'error')?.message).toContain('#2: an approval from @bob');
  });

  test('a reviewed commit that is no open pull request’s head any more: nothing judged, no check run', async () => {
    const r = repos();
    mockGitHub().route('GET', `${API}/pulls`, { status: 200, body: [], query: { state: 'open' } });
    const out = await action(r, 'workflow_run', workflowRunPayload(r.headSha));
    expect(out.failed).toBe(false);
    expect(out.outputs).toMatchObject({ conclusion: 'skipped', decision: '', 'pull-requests': '' });
    expect(out.annotations.some((a) => a.level === 'notice' && a.message.includes('nothing to judge'))).toBe(true);
  });
});

describe('pull_request_target', () => {
  test('judges the event’s pull request at its current head', async () => {
    const r = repos();
    const payload = webhookExample('pull_request', 'synchronize');
    const gh = judgeRoutes(mockGitHub(), r, [apiReview(1, 'bob', 'APPROVED', r.headSha)], { bob: 'write' }, 2)
      .route('GET', `${API}/pulls`, { status: 200, body: [apiPullItem({ number: EXAMPLE_PR, headSha: r.headSha })], query: { state: 'open' } })
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated(), requestBody: { head_sha: r.headSha, conclusion: 'success' } });
    const out = await action(r, 'pull_request_target', payload, { INPUT_COMMENT: 'never' });
    expect(out.failed).toBe(false);
    expect(gh.requests.filter((q) => q.operationId === 'issues/list-comments')).toEqual([]);
  });

  test('a base modelgate.yaml that does not load fails closed: a failing check run that says why', async () => {
    const r = repos('schemaVersion: 1\n');
    const payload = webhookExample('pull_request', 'synchronize');
    const gh = mockGitHub()
      .route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: pullBody({ ...r, changedFiles: 1 }), times: 2 })
      .route('GET', `${API}/pulls`, { status: 200, body: [], query: { state: 'open' } })
      .route('GET', `${API}/git/ref/heads/main`, { status: 200, body: apiRef('main', r.baseSha) })
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated(), requestBody: { conclusion: 'failure' } });
    const out = await action(r, 'pull_request_target', payload, { INPUT_COMMENT: 'never' });
    expect(out.failed).toBe(true);
    expect(checkRun(gh).output.title).toBe('Not approved: modelgate could not decide');
    expect(checkRun(gh).output.summary).toContain('modelgate.yaml on the base branch');
  });

  test('two open pull requests with the same head: the check on that commit passes only if both are approved', async () => {
    const r = repos();
    const payload = webhookExample('pull_request', 'synchronize');
    const gh = judgeRoutes(mockGitHub(), r, [apiReview(1, 'bob', 'APPROVED', r.headSha)], { bob: 'write' }, 2)
      .route('GET', `${API}/pulls`, { status: 200, body: [apiPullItem({ number: EXAMPLE_PR, headSha: r.headSha }), apiPullItem({ number: 9, headSha: r.headSha })], query: { state: 'open' } })
      .route('GET', `${API}/pulls/9`, { status: 200, body: { ...pullBody({ ...r, changedFiles: r.files.length, author: 'carol' }), number: 9 } })
      .route('GET', `${API}/git/ref/heads/main`, { status: 200, body: apiRef('main', r.baseSha) })
      .route('GET', `${API}/pulls/9/files`, { status: 200, body: fileEntries(r.files) })
      .route('GET', `${API}/rules/branches/main`, { status: 200, body: [apiPullRequestRule(5, { dismiss_stale_reviews_on_push: true })] })
      .route('GET', `${API}/pulls/9/reviews`, { status: 200, body: [] })
      .route('POST', `${API}/check-runs`, { status: 201, body: checkRunCreated(), requestBody: { head_sha: r.headSha, conclusion: 'failure' } });
    const out = await action(r, 'pull_request_target', payload, { INPUT_COMMENT: 'never' });
    expect(out.failed).toBe(true);
    expect(out.outputs['pull-requests']).toBe(`${EXAMPLE_PR} 9`);
    const decisions = JSON.parse(out.outputs.decisions!) as { pullRequest: number; approved: boolean }[];
    expect(decisions.map((d) => [d.pullRequest, d.approved])).toEqual([
      [EXAMPLE_PR, true],
      [9, false],
    ]);
    expect(checkRun(gh).output.summary).toContain('### #9');
  });
});

describe('refused events', () => {
  test.each(['pull_request_review', 'pull_request'])('%s: the workflow comes from the pull request, so the gate refuses to run there', async (event) => {
    const r = repos();
    const out = await action(r, event, webhookExample('pull_request', 'synchronize'));
    expect(out.failed).toBe(true);
    expect(out.annotations[0]!.message).toContain('the approvals gate does not run on');
    expect(out.annotations[0]!.message).toContain('workflow_run');
  });
});
