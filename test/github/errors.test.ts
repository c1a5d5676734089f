// explainGitHubError over the errors octokit really throws: each failure is served by the harness in GitHub's own words.
import { describe, expect, test } from 'vitest';
import { explainGitHubError, GITHUB_ERROR_MESSAGES } from '../../src/github/errors.js';
import type { GitHubClient } from '../../src/github/client.js';
import { installGitHubHarness, mockGitHub, testClient, type HttpMethod, type MockReply } from '../harness/github.js';

installGitHubHarness();

const repo = { owner: 'acme', repo: 'registry' };
const docs = 'https://docs.github.com/rest';

/** Serves one response and returns what the client threw for it. */
async function thrown(method: HttpMethod, path: string, reply: MockReply, call: (client: GitHubClient) => Promise<unknown>): Promise<unknown> {
  const gh = mockGitHub().route(method, path, reply);
  const client = testClient(gh, { retries: 0, rateLimitRetries: 0 });
  try {
    await call(client);
  } catch (err) {
    return err;
  }
  throw new Error('expected the call to fail');
}

const createCheck = (c: GitHubClient) => c.rest.checks.create({ ...repo, name: 'modelgate/policy', head_sha: 'a'.repeat(40) });
const createPull = (c: GitHubClient) => c.rest.pulls.create({ ...repo, title: 'Roll back fraud-detector', head: 'modelgate/rollback', base: 'main' });

describe('permission', () => {
  test('403 "Resource not accessible by integration" names the missing permissions: entry from GitHub\'s header', async () => {
    const err = await thrown(
      'POST',
      '/repos/acme/registry/check-runs',
      {
        status: 403,
        global: true,
        body: { message: GITHUB_ERROR_MESSAGES.integrationForbidden, documentation_url: `${docs}/checks/runs#create-a-check-run`, status: '403' },
        headers: { 'x-accepted-github-permissions': 'checks=write' },
      },
      createCheck,
    );
    const e = explainGitHubError(err, { action: 'validate' });
    expect(e.kind).toBe('permission');
    expect(e.status).toBe(403);
    expect(e.title).toBe('modelgate validate: The workflow token lacks the `checks: write` permission');
    expect(e.message).toBe('POST /repos/acme/registry/check-runs failed with 403: "Resource not accessible by integration"');
    expect(e.fix).toContain('permissions:\n      checks: write');
    expect(e.fix).toMatch(/pull_request_target/);
  });

  test('the caller can name the permission; without header or name it is inferred from the route', async () => {
    const reply: MockReply = { status: 403, global: true, body: { message: GITHUB_ERROR_MESSAGES.integrationForbidden, documentation_url: docs } };
    const err = await thrown('POST', '/repos/acme/registry/issues/7/comments', reply, (c) =>
      c.rest.issues.createComment({ ...repo, issue_number: 7, body: 'verdict' }),
    );
    expect(explainGitHubError(err, { permission: 'pull-requests: write' }).title).toBe('The workflow token lacks the `pull-requests: write` permission');
    expect(explainGitHubError(err).title).toBe('The workflow token lacks the `issues: write` permission');
    const statusErr = await thrown('POST', '/repos/acme/registry/statuses/abc', reply, (c) =>
      c.rest.repos.createCommitStatus({ ...repo, sha: 'abc', state: 'success', context: 'modelgate/audit' }),
    );
    expect(explainGitHubError(statusErr).fix).toContain('statuses: write');
  });

  test('a permission GITHUB_TOKEN cannot have points to a GitHub App', async () => {
    const err = await thrown(
      'GET',
      '/repos/acme/registry/branches/main/protection',
      { status: 403, global: true, body: { message: GITHUB_ERROR_MESSAGES.integrationForbidden, documentation_url: docs } },
      (c) => c.rest.repos.getBranchProtection({ ...repo, branch: 'main' }),
    );
    const e = explainGitHubError(err);
    expect(e.title).toBe('The token lacks the `administration: read` permission, which GITHUB_TOKEN cannot have');
    expect(e.fix).toMatch(/GitHub App installation token/);
  });

  test('"Must have admin rights to Repository" points at the rules API', async () => {
    const err = await thrown(
      'GET',
      '/repos/acme/registry/branches/main/protection',
      { status: 403, global: true, body: { message: 'Must have admin rights to Repository.', documentation_url: docs } },
      (c) => c.rest.repos.getBranchProtection({ ...repo, branch: 'main' }),
    );
    const e = explainGitHubError(err);
    expect(e.kind).toBe('permission');
    expect(e.fix).toContain('/rules/branches/{branch}');
  });

  test('a fine-grained personal access token is told apart from GITHUB_TOKEN', async () => {
    const err = await thrown(
      'POST',
      '/repos/acme/registry/check-runs',
      {
        status: 403,
        global: true,
        body: { message: GITHUB_ERROR_MESSAGES.personalAccessTokenForbidden, documentation_url: docs },
        headers: { 'x-accepted-github-permissions': 'checks=write' },
      },
      createCheck,
    );
    const e = explainGitHubError(err);
    expect(e.title).toBe('The personal access token lacks the `checks: write` permission');
    expect(e.fix).toMatch(/fine-grained token/);
  });

  test('"GitHub Actions is not permitted to create or approve pull requests" names the setting and the App-token alternative', async () => {
    const err = await thrown(
      'POST',
      '/repos/acme/registry/pulls',
      {
        status: 403,
        body: { message: 'GitHub Actions is not permitted to create or approve pull requests.', documentation_url: `${docs}/pulls/pulls#create-a-pull-request` },
      },
      createPull,
    );
    const e = explainGitHubError(err, { action: 'monitor' });
    expect(e.kind).toBe('permission');
    expect(e.title).toBe('modelgate monitor: GitHub Actions may not create pull requests here');
    expect(e.fix).toContain('Allow GitHub Actions to create and approve pull requests');
    expect(e.fix).toContain('Settings → Actions → General → Workflow permissions');
    expect(e.fix).toMatch(/organisation/);
    expect(e.fix).toMatch(/GitHub App installation token/);
  });

  test('401 bad credentials', async () => {
    const err = await thrown('GET', '/repos/acme/registry', { status: 401, global: true, body: { message: 'Bad credentials', documentation_url: docs, status: '401' } }, (c) =>
      c.rest.repos.get(repo),
    );
    const e = explainGitHubError(err);
    expect(e).toMatchObject({ kind: 'permission', status: 401, title: 'GitHub rejected the token' });
    expect(e.message).toContain('"Bad credentials"');
    expect(e.fix).toMatch(/expired/);
  });

  test('SAML enforcement', async () => {
    const err = await thrown(
      'GET',
      '/repos/acme/registry',
      {
        status: 403,
        body: {
          message: 'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.',
          documentation_url: docs,
        },
      },
      (c) => c.rest.repos.get(repo),
    );
    expect(explainGitHubError(err).fix).toMatch(/Configure SSO/);
  });
});

describe('not found', () => {
  test('404 on a team endpoint: GITHUB_TOKEN has no organisation permissions', async () => {
    const err = await thrown(
      'GET',
      '/orgs/acme/teams/model-risk/memberships/octocat',
      { status: 404, body: { message: 'Not Found', documentation_url: `${docs}/teams/members#get-team-membership-for-a-user`, status: '404' } },
      (c) => c.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'model-risk', username: 'octocat' }),
    );
    const e = explainGitHubError(err, { action: 'approvals' });
    expect(e.kind).toBe('not-found');
    expect(e.title).toBe('modelgate approvals: Cannot read the team: the token has no organisation access');
    expect(e.message).toMatch(/cannot tell "not a member" from "cannot tell"/);
    expect(e.fix).toContain('Members: read');
    expect(e.fix).toContain('read:org');
  });

  test('404 elsewhere', async () => {
    const err = await thrown('GET', '/repos/acme/registry/pulls/7', { status: 404, body: { message: 'Not Found', documentation_url: docs } }, (c) =>
      c.rest.pulls.get({ ...repo, pull_number: 7 }),
    );
    expect(explainGitHubError(err)).toMatchObject({ kind: 'not-found', title: 'Not found, or not visible to this token' });
  });
});

describe('validation', () => {
  test("422 lists the API's own messages", async () => {
    const err = await thrown(
      'POST',
      '/repos/acme/registry/issues',
      {
        status: 422,
        body: {
          message: 'Validation Failed',
          errors: [
            { resource: 'Issue', field: 'title', code: 'missing_field' },
            { resource: 'Label', field: 'name', code: 'invalid', message: 'name is too long (maximum is 50 characters)' },
          ],
          documentation_url: `${docs}/issues/issues#create-an-issue`,
        },
      },
      (c) => c.rest.issues.create({ ...repo, title: 'x' }),
    );
    const e = explainGitHubError(err);
    expect(e.kind).toBe('validation');
    expect(e.message).toBe(
      'POST /repos/acme/registry/issues failed with 422: "Validation Failed"\n  - Issue.title missing_field\n  - name: name is too long (maximum is 50 characters)',
    );
    expect(e.fix).toBe(`See ${docs}/issues/issues#create-an-issue`);
  });

  test.each([
    [
      'POST',
      '/repos/acme/registry/pulls',
      { message: 'Validation Failed', errors: [{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for acme:modelgate/rollback.' }] },
      createPull,
      'A pull request for this branch already exists',
    ],
    [
      'POST',
      '/repos/acme/registry/git/refs',
      { message: 'Reference already exists' },
      (c: GitHubClient) => c.rest.git.createRef({ ...repo, ref: 'refs/heads/modelgate-audit', sha: 'a'.repeat(40) }),
      'The branch or tag already exists',
    ],
    [
      'PATCH',
      '/repos/acme/registry/git/refs/heads/modelgate-audit',
      { message: 'Update is not a fast forward' },
      (c: GitHubClient) => c.rest.git.updateRef({ ...repo, ref: 'heads/modelgate-audit', sha: 'b'.repeat(40) }),
      'The ref moved since it was read',
    ],
    [
      'POST',
      '/repos/acme/registry/pulls/7/requested_reviewers',
      { message: 'Reviews may only be requested from collaborators. One or more of the teams you specified is not a collaborator of the acme/registry repository.' },
      (c: GitHubClient) => c.rest.pulls.requestReviewers({ ...repo, pull_number: 7, team_reviewers: ['model-risk'] }),
      'Reviewers must be collaborators',
    ],
  ] as const)('422 %s %s: a known message gets its own fix', async (method, path, body, call, title) => {
    const err = await thrown(method, path, { status: 422, body: { documentation_url: docs, ...body } }, call);
    expect(explainGitHubError(err)).toMatchObject({ kind: 'validation', status: 422, title });
  });
});

describe('rate limit and server', () => {
  test('secondary rate limit, after the client gave up waiting', async () => {
    const err = await thrown(
      'POST',
      '/repos/acme/registry/issues',
      {
        status: 403,
        body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: docs },
        headers: { 'retry-after': '60' },
      },
      (c) => c.rest.issues.create({ ...repo, title: 'x' }),
    );
    const e = explainGitHubError(err);
    expect(e).toMatchObject({ kind: 'rate-limit', title: 'GitHub secondary rate limit' });
    expect(e.message).toContain('(retry-after: 60 s)');
  });

  test('primary rate limit says when it resets', async () => {
    const err = await thrown(
      'GET',
      '/repos/acme/registry',
      {
        status: 403,
        global: true,
        body: { message: 'API rate limit exceeded for installation ID 4242.', documentation_url: docs },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767225600' },
      },
      (c) => c.rest.repos.get(repo),
    );
    const e = explainGitHubError(err);
    expect(e).toMatchObject({ kind: 'rate-limit', title: 'GitHub API rate limit exhausted' });
    expect(e.message).toContain('It resets at 2026-01-01T00:00:00.000Z.');
    expect(e.fix).toMatch(/1,000 requests per hour per repository/);
  });

  test('5xx after retries', async () => {
    const err = await thrown('GET', '/repos/acme/registry/pulls/7', { status: 502, global: true }, (c) => c.rest.pulls.get({ ...repo, pull_number: 7 }));
    expect(explainGitHubError(err)).toMatchObject({ kind: 'server', status: 502, title: 'GitHub returned 502' });
  });

  test('no response at all', async () => {
    const client = testClient(mockGitHub('https://unreachable.example/api/v3'), { retries: 0, fetch: () => Promise.reject(new TypeError('fetch failed')) });
    const err = await client.rest.repos.get(repo).catch((e: unknown) => e);
    const e = explainGitHubError(err);
    expect(e).toMatchObject({ kind: 'server', title: 'Could not reach the GitHub API' });
    expect(e.status).toBeUndefined();
  });

  test('anything else is unknown, and explaining never throws', () => {
    expect(explainGitHubError(new Error('boom'))).toMatchObject({ kind: 'unknown', message: 'A GitHub API request failed: "boom"' });
    expect(explainGitHubError(undefined).kind).toBe('unknown');
    expect(explainGitHubError('text').kind).toBe('unknown');
  });
});
