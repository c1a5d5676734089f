// The API harness checks mocks against GitHub's OpenAPI description; these tests prove each check bites.
import { describe, expect, test } from 'vitest';
import {
  exampleResponse,
  GitHubMockError,
  installGitHubHarness,
  listOperations,
  mockGitHub,
  subsetInfo,
  takeUnmatched,
  testClient,
} from '../harness/github.js';
import { allResponseExamples, checkResponseBody, completeToSchema, matchRoute, responseSchema } from '../harness/openapi.js';

installGitHubHarness();

const repo = { owner: 'acme', repo: 'registry' };
const PULL = '/repos/{owner}/{repo}/pulls/{pull_number}';
const pull = (overrides: Record<string, unknown> = {}) => ({ ...(exampleResponse('GET', PULL) as object), ...overrides });

describe('the OpenAPI subset', () => {
  test('holds every operation modelgate calls, from the pinned @octokit/openapi', () => {
    expect(listOperations()).toHaveLength(46);
    expect(subsetInfo().source).toMatch(/^@octokit\/openapi@\d+\.\d+\.\d+ generated\/api\.github\.com\.json$/);
  });

  test("GitHub's own examples validate once the required properties they trail are filled", () => {
    const examples = allResponseExamples();
    expect(examples.length).toBeGreaterThan(40);
    for (const { op, status, name, value } of examples) {
      const key = `${op.method} ${op.template} ${status}`;
      const { value: completed, filled } = completeToSchema(key, responseSchema(op, status)!, structuredClone(value));
      const check = checkResponseBody(op, status, completed);
      expect(check.errors, `${op.operationId} ${status} ${name} (filled ${filled.join(', ') || 'nothing'})`).toEqual([]);
    }
  });

  test('routes a concrete path to the most specific operation', () => {
    expect(matchRoute('PATCH', '/repos/a/b/issues/comments/5')?.operation.operationId).toBe('issues/update-comment');
    expect(matchRoute('GET', '/repos/a/b/issues/5/comments')?.operation.operationId).toBe('issues/list-comments');
    // octokit sends slashes inside refs and file paths as %2F; tests may write either form.
    expect(matchRoute('GET', '/repos/a/b/git/ref/heads%2Fmain')?.params.ref).toBe('heads/main');
    expect(matchRoute('GET', '/repos/a/b/git/ref/heads/feature/x')?.params.ref).toBe('heads/feature/x');
    expect(matchRoute('GET', '/repos/a/b/contents/models/fraud/1.0.0/card.yaml')?.params.path).toBe('models/fraud/1.0.0/card.yaml');
    expect(matchRoute('GET', '/repos/a/b/releases')).toBeUndefined();
  });
});

describe('declaring a route', () => {
  test('rejects a route that is not an operation', () => {
    const gh = mockGitHub();
    expect(() => gh.route('GET', '/repos/acme/registry/releases', { status: 200, body: [] })).toThrow(GitHubMockError);
    expect(() => gh.route('GET', '/repos/acme/registry/releases', { status: 200, body: [] })).toThrow(
      /GET \/repos\/acme\/registry\/releases is not an operation in GitHub's OpenAPI description/,
    );
    // The path exists, the method does not: the message says which methods do.
    expect(() => gh.route('PUT', '/repos/acme/registry/pulls/7', { status: 200, body: {} })).toThrow(
      /that path has: GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}, PATCH/,
    );
  });

  test('rejects a status the operation does not document', () => {
    const gh = mockGitHub();
    expect(() => gh.route('GET', '/repos/acme/registry/pulls/7', { status: 201, body: pull() })).toThrow(
      /pulls\/get\) → 201: GitHub does not document 201 for this operation \(documented: 200, 304, 404, 406, 500, 503\)/,
    );
    // checks/create documents only 201; a 403 is possible anyway, and must be declared global.
    expect(() =>
      gh.route('POST', '/repos/acme/registry/check-runs', { status: 403, body: { message: 'Resource not accessible by integration' } }),
    ).toThrow(/set `global: true`/);
    expect(() =>
      gh.route('POST', '/repos/acme/registry/check-runs', {
        status: 403,
        global: true,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' },
      }),
    ).not.toThrow();
    expect(() => gh.route('POST', '/repos/acme/registry/check-runs', { status: 418, global: true, body: {} })).toThrow(
      /418 is not one of GitHub's global responses/,
    );
    gh.dispose();
  });

  test('rejects a wrongly shaped response body, naming the fields', () => {
    const gh = mockGitHub();
    const wrong = () =>
      gh.route('GET', '/repos/acme/registry/pulls/7', {
        status: 200,
        body: pull({ number: '7', head: 'feature/x', state: 'merged' }),
      });
    expect(wrong).toThrow(GitHubMockError);
    expect(wrong).toThrow(/the mocked body does not match GitHub's schema/);
    expect(wrong).toThrow(/body\.number must be integer/);
    expect(wrong).toThrow(/body\.head must be object/);
    expect(wrong).toThrow(/body\.state must be equal to one of the allowed values \(\["open","closed"\]\)/);
    // A body that is missing what GitHub always sends is wrongly shaped too.
    expect(() => gh.route('GET', '/repos/acme/registry/pulls/7', { status: 200, body: { number: 7 } })).toThrow(
      /body must have required properties .*'head'/,
    );
    expect(() => gh.route('GET', '/repos/acme/registry/pulls/7', { status: 200 })).toThrow(/documents a JSON body for 200, but the mock gives none/);
    expect(() => gh.route('DELETE', '/repos/acme/registry/issues/comments/5', { status: 204, body: { ok: true } })).toThrow(
      /documents no body for 204/,
    );
  });

  test('an error status documented without a body still needs GitHub\'s error shape', () => {
    const gh = mockGitHub();
    const route = (body: unknown) => () => gh.route('GET', '/orgs/acme/teams/model-risk/memberships/octocat', { status: 404, body, optional: true });
    expect(route({ message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' })).not.toThrow();
    expect(route({ message: 'Not Found', status: 404 })).toThrow(/body\.status must be string/);
    gh.dispose();
  });

  test('rejects badly typed path and query parameters', () => {
    const gh = mockGitHub();
    expect(() => gh.route('GET', '/repos/acme/registry/pulls/seven', { status: 200, body: pull() })).toThrow(
      /path parameter 'pull_number' must be integer/,
    );
    expect(() => gh.route('GET', '/repos/acme/registry/pulls?state=merged', { status: 200, body: [] })).toThrow(
      /query parameter 'state' must be equal to one of the allowed values/,
    );
    expect(() => gh.route('GET', '/repos/acme/registry/pulls', { status: 200, body: [], query: { perpage: 100 } })).toThrow(
      /query parameter 'perpage' is not a parameter of pulls\/list/,
    );
  });

  test("handles OpenAPI 3.0's nullable the way GitHub means it", () => {
    const gh = mockGitHub();
    // nullable beside a type (ajv's own support): a pull request without a description.
    expect(() => gh.route('GET', '/repos/acme/registry/pulls/7', { status: 200, body: pull({ body: null }) })).not.toThrow();
    // not nullable: a pull request always has a title.
    expect(() => gh.route('GET', '/repos/acme/registry/pulls/8', { status: 200, body: pull({ title: null }) })).toThrow(/body\.title must be string/);
    // nullable + enum: an in-progress check run has conclusion null although null is not in the enum.
    const checkRun = exampleResponse('POST', '/repos/{owner}/{repo}/check-runs') as Record<string, unknown>;
    expect(() =>
      gh.route('PATCH', '/repos/acme/registry/check-runs/4', { status: 200, body: { ...checkRun, status: 'in_progress', conclusion: null } }),
    ).not.toThrow();
    expect(() => gh.route('PATCH', '/repos/acme/registry/check-runs/5', { status: 200, body: { ...checkRun, conclusion: 'great' } })).toThrow(
      /body\.conclusion must be equal to one of the allowed values/,
    );
    // nullable without a type (ajv alone refuses the schema): a commit whose author has no GitHub account.
    const commits = exampleResponse('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits') as Record<string, unknown>[];
    expect(() =>
      gh.route('GET', '/repos/acme/registry/pulls/7/commits', { status: 200, body: [{ ...commits[0], author: null, committer: null }] }),
    ).not.toThrow();
    gh.dispose();
  });
});

describe('requests the code under test sends', () => {
  const checkRunCreated = () => exampleResponse('POST', '/repos/{owner}/{repo}/check-runs');

  test('a request body that matches the operation passes and is recorded', async () => {
    const gh = mockGitHub().route('POST', '/repos/acme/registry/check-runs', {
      status: 201,
      body: checkRunCreated(),
      requestBody: { name: 'modelgate/policy', head_sha: 'a'.repeat(40) },
    });
    const client = testClient(gh);
    await client.rest.checks.create({ ...repo, name: 'modelgate/policy', head_sha: 'a'.repeat(40), status: 'in_progress' });
    expect(gh.requests).toHaveLength(1);
    expect(gh.requests[0]).toMatchObject({ method: 'POST', path: '/repos/acme/registry/check-runs', operationId: 'checks/create' });
    expect(gh.requests[0]?.headers.authorization).toBe('token ghs_test_token');
  });

  test('rejects a request body that does not match the schema, naming the operation and the ajv error', async () => {
    const gh = mockGitHub().route('POST', '/repos/acme/registry/check-runs', { status: 201, body: checkRunCreated() });
    const client = testClient(gh);
    // octokit's types would refuse these parameters for the literal route; what matters is what reaches the wire.
    const badParams = { ...repo, name: 'modelgate/policy', head_sha: 'a'.repeat(40), conclusion: 'passed' };
    const route: string = 'POST /repos/{owner}/{repo}/check-runs';
    const sent = client.request(route, badParams);
    // Answered as GitHub would answer it (422), with the reason in the message.
    await expect(sent).rejects.toMatchObject({ status: 422 });
    await expect(sent).rejects.toThrow(
      /POST \/repos\/\{owner\}\/\{repo\}\/check-runs \(checks\/create\): the request does not match: request body\.conclusion must be equal to one of the allowed values/,
    );
    // And it fails the test afterwards even if the code swallowed the 422.
    expect(gh.violations).toHaveLength(1);
    expect(gh.takeViolations()[0]).toMatch(/checks\/create/);
  });

  test('rejects a request body missing a required property', async () => {
    const gh = mockGitHub().route('POST', '/repos/acme/registry/git/refs', {
      status: 201,
      body: exampleResponse('POST', '/repos/{owner}/{repo}/git/refs'),
    });
    const badParams = { ...repo, ref: 'refs/heads/modelgate-audit' };
    const route: string = 'POST /repos/{owner}/{repo}/git/refs';
    const sent = testClient(gh).request(route, badParams);
    await expect(sent).rejects.toThrow(/git\/create-ref\): the request does not match: request body must have required property 'sha'/);
    gh.takeViolations();
  });

  test('a requestBody expectation beyond the schema is checked too', async () => {
    const gh = mockGitHub().route('POST', '/repos/acme/registry/issues/7/comments', {
      status: 201,
      body: exampleResponse('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments'),
      requestBody: (body: unknown) => expect((body as { body: string }).body).toContain('<!-- modelgate:validate -->'),
    });
    await expect(testClient(gh).rest.issues.createComment({ ...repo, issue_number: 7, body: 'no marker' })).rejects.toMatchObject({
      status: 422,
    });
    expect(gh.takeViolations()[0]).toMatch(/requestBody expectation failed: .*modelgate:validate/);
  });

  test('a request nothing was mocked for is reported with the operation it would have been', async () => {
    const gh = mockGitHub();
    await expect(testClient(gh, { retries: 0 }).rest.pulls.get({ ...repo, pull_number: 9 })).rejects.toThrow();
    expect(takeUnmatched()).toEqual([
      expect.stringMatching(
        /^no mock for GET https:\/\/api\.github\.com\/repos\/acme\/registry\/pulls\/9 \(pulls\/get, GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}\)/,
      ),
    ]);
  });

  test('a route never called fails done()', () => {
    const gh = mockGitHub().route('GET', '/repos/acme/registry', { status: 200, body: exampleResponse('GET', '/repos/{owner}/{repo}') });
    expect(() => gh.done()).toThrow(/mocked but never called: GET \/repos\/acme\/registry → 200 \(1 call\(s\) left\)/);
    gh.dispose();
  });

  test('works under a GitHub Enterprise Server base path', async () => {
    const gh = mockGitHub('https://ghe.example/api/v3').route('GET', '/repos/acme/registry/git/ref/heads/modelgate-audit', {
      status: 200,
      body: exampleResponse('GET', '/repos/{owner}/{repo}/git/ref/{ref}'),
    });
    const { data } = await testClient(gh).rest.git.getRef({ ...repo, ref: 'heads/modelgate-audit' });
    expect(data.ref).toBeTypeOf('string');
    expect(gh.requests[0]?.path).toBe('/repos/acme/registry/git/ref/heads/modelgate-audit');
  });
});
