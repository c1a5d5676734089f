// The approvals gate's REST calls (src/github/*) against nock routes checked by GitHub's OpenAPI description.
import { describe, expect, it } from 'vitest';
import { evaluateApprovals } from '../../src/approvals/evaluate.js';
import { resolveRule } from '../../src/approvals/rules.js';
import { getWriteAccess } from '../../src/github/permissions.js';
import { headCommitAccounts } from '../../src/github/pull-commits.js';
import { listOpenPullsWithHead } from '../../src/github/pull-lookup.js';
import { listAllReviews } from '../../src/github/reviews.js';
import { getBranchReviewSettings } from '../../src/github/rules.js';
import { getBranchHead } from '../../src/github/branch-head.js';
import { TeamDirectory, getTeamMembership, getTeamVisibility, parseTeam } from '../../src/github/teams.js';
import { installGitHubHarness, mockGitHub, testClient } from '../harness/github.js';
import {
  R,
  REPO,
  apiCommit,
  apiPermission,
  apiPullItem,
  apiPullRequestRule,
  apiRef,
  apiReview,
  mockHiddenTeam,
  mockTeam,
  notFound,
} from './api-fixtures.js';

installGitHubHarness();

const HEAD = 'a'.repeat(40);
const hint = { tokenInput: "the approvals action's `teams-token` input", given: false };

describe('listAllReviews', () => {
  it('reads every page: the decisive review 101 on page 2 supersedes the approval on page 1', async () => {
    const page1 = [apiReview(1, 'alice', 'APPROVED', HEAD), ...Array.from({ length: 99 }, (_, i) => apiReview(i + 2, `commenter${i}`, 'COMMENTED', HEAD))];
    const page2 = [apiReview(101, 'alice', 'CHANGES_REQUESTED', HEAD)];
    const gh = mockGitHub().paginate(`${R}/pulls/7/reviews`, [page1, page2]);
    const reviews = await listAllReviews(testClient(gh), REPO, 7);
    expect(reviews).toHaveLength(101);
    expect(reviews[100]).toEqual({ id: 101, user: { login: 'alice', type: 'User' }, state: 'CHANGES_REQUESTED', commit_id: HEAD, submitted_at: '2026-03-01T10:00:00Z' });
    expect(gh.requests.map((r) => r.query.per_page)).toEqual(['100', '100']);

    const result = evaluateApprovals({
      files: [{ path: 'a.txt', owners: ['@alice'] }],
      author: 'carol',
      headSha: HEAD,
      reviews,
      rule: resolveRule({}),
      settings: { dismissStaleReviews: false, requireLastPushApproval: false },
      facts: { membership: () => ({ status: 'not-member' }), writeAccess: () => ({ status: 'yes' }) },
    });
    expect(result.approved).toBe(false);
    expect(result.blockers).toEqual(['alice']);
    expect(result.reasons).toContain('@alice requested changes (review 101): this blocks until @alice approves or the review is dismissed');
  });

  it('keeps a deleted account as user null', async () => {
    const gh = mockGitHub().route('GET', `${R}/pulls/7/reviews`, { status: 200, body: [{ ...apiReview(5, 'x', 'APPROVED', HEAD), user: null }] });
    expect((await listAllReviews(testClient(gh), REPO, 7))[0]!.user).toBeNull();
  });
});

describe('teams: member, not a member, cannot tell', () => {
  it('parses @org/team', () => {
    expect(parseTeam('@Acme/Model-Risk')).toEqual({ org: 'Acme', slug: 'model-risk' });
    expect(parseTeam('@alice')).toBeNull();
  });

  it('a team the token cannot see (404, as GITHUB_TOKEN gets) is "cannot tell", naming the token and the permission', async () => {
    const gh = mockGitHub();
    mockHiddenTeam(gh, '@acme/model-risk');
    const visibility = await getTeamVisibility(testClient(gh), '@acme/model-risk', hint);
    expect(visibility.visible).toBe(false);
    const reason = (visibility as { reason: string }).reason;
    expect(reason).toContain("with the repository token, since the approvals action's `teams-token` input is empty");
    expect(reason).toContain('"Members: read"');
    expect(reason).toContain('read:org');
    expect(reason).toContain('GET /orgs/acme/teams/model-risk failed with 404');
  });

  it('through the directory: no membership call for a hidden team, every question "cannot tell"', async () => {
    const gh = mockGitHub();
    mockHiddenTeam(gh, '@acme/model-risk');
    const dir = new TeamDirectory(testClient(gh), { ...hint, given: true });
    const [a, b] = await Promise.all([dir.membership('@acme/model-risk', 'mira'), dir.membership('@ACME/model-risk', 'vic')]);
    expect(a.status).toBe('unknown');
    expect(b.status).toBe('unknown');
    expect((a as { reason: string }).reason).toMatch(/^cannot tell whether @mira is a member of @acme\/model-risk: cannot read team @acme\/model-risk with the token from the approvals action's `teams-token` input/);
    expect(gh.requests).toHaveLength(1);
  });

  it('a visible team: active is a member, pending and 404 are not', async () => {
    const gh = mockGitHub();
    mockTeam(gh, '@acme/model-risk', { mira: 'active', pete: 'pending', zed: 'none' });
    const dir = new TeamDirectory(testClient(gh), hint);
    expect(await dir.membership('@acme/model-risk', 'mira')).toEqual({ status: 'member' });
    expect(await dir.membership('@acme/model-risk', 'pete')).toEqual({ status: 'not-member' });
    expect(await dir.membership('@acme/model-risk', 'zed')).toEqual({ status: 'not-member' });
    // Asked again: answered from memory.
    expect(await dir.membership('@acme/model-risk', 'MIRA')).toEqual({ status: 'member' });
    expect(gh.requests).toHaveLength(4);
  });

  it('a membership read refused (403) is "cannot tell"', async () => {
    const gh = mockGitHub().route('GET', '/orgs/acme/teams/model-risk/memberships/mira', {
      status: 403,
      global: true,
      body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
    });
    const m = await getTeamMembership(testClient(gh), '@acme/model-risk', 'mira', hint);
    expect(m.status).toBe('unknown');
    expect((m as { reason: string }).reason).toContain('"Members: read"');
  });
});

describe('write access', () => {
  it.each([
    ['admin', 'admin', 'yes'],
    ['write', 'write', 'yes'],
    ['write', 'maintain', 'yes'],
    ['read', 'triage', 'no'],
    ['read', 'read', 'no'],
    ['none', 'none', 'no'],
  ] as const)('permission %s (role %s) → %s', async (permission, role, expected) => {
    const gh = mockGitHub().route('GET', `${R}/collaborators/alice/permission`, { status: 200, body: apiPermission('alice', permission, role) });
    expect((await getWriteAccess(testClient(gh), REPO, 'alice')).status).toBe(expected);
  });

  it('404 is no access, 403 is "cannot tell"', async () => {
    const gh = mockGitHub()
      .route('GET', `${R}/collaborators/ghost/permission`, { status: 404, body: notFound })
      .route('GET', `${R}/collaborators/alice/permission`, {
        status: 403,
        global: true,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
      });
    const client = testClient(gh);
    expect((await getWriteAccess(client, REPO, 'ghost')).status).toBe('no');
    const unknown = await getWriteAccess(client, REPO, 'alice');
    expect(unknown.status).toBe('unknown');
    expect((unknown as { reason: string }).reason).toContain('metadata: read');
  });
});

describe('branch rules', () => {
  it('combines the pull_request rules of every ruleset: any one turning a setting on turns it on', async () => {
    const gh = mockGitHub().route('GET', `${R}/rules/branches/main`, {
      status: 200,
      body: [
        apiPullRequestRule(1, { dismiss_stale_reviews_on_push: true, required_approving_review_count: 1 }),
        { type: 'deletion', ruleset_source_type: 'Repository', ruleset_source: 'acme/registry', ruleset_id: 2 },
        apiPullRequestRule(3, { require_last_push_approval: true, required_approving_review_count: 2 }),
      ],
    });
    expect(await getBranchReviewSettings(testClient(gh), REPO, 'main')).toEqual({
      status: 'found',
      settings: { dismissStaleReviews: true, requireLastPushApproval: true, requireCodeOwnerReview: true, requiredApprovingReviewCount: 2, rulesets: [1, 3] },
    });
  });

  it('no pull_request rule is "none"; a failed read is an error with the reason', async () => {
    const gh = mockGitHub()
      .route('GET', `${R}/rules/branches/main`, { status: 200, body: [] })
      .route('GET', `${R}/rules/branches/gone`, { status: 404, global: true, body: notFound });
    const client = testClient(gh);
    expect(await getBranchReviewSettings(client, REPO, 'main')).toEqual({ status: 'none' });
    const failed = await getBranchReviewSettings(client, REPO, 'gone');
    expect(failed.status).toBe('error');
  });
});

describe('pull requests by head commit, head commit accounts, branch head', () => {
  it('finds every open pull request whose head is the commit (forks included: no reliance on workflow_run.pull_requests)', async () => {
    const gh = mockGitHub().paginate(`${R}/pulls`, [
      [apiPullItem({ number: 9, headSha: HEAD, baseRef: 'release' }), apiPullItem({ number: 3, headSha: 'b'.repeat(40) })],
      [apiPullItem({ number: 4, headSha: HEAD.toUpperCase() })],
    ]);
    const found = await listOpenPullsWithHead(testClient(gh), REPO, HEAD);
    expect(found.map((p) => [p.number, p.baseRef])).toEqual([
      [4, 'main'],
      [9, 'release'],
    ]);
    expect(gh.requests[0]!.query).toMatchObject({ state: 'open', per_page: '100' });
  });

  it("takes the head commit's author and committer as its pushers, web-flow aside", async () => {
    const gh = mockGitHub()
      .route('GET', `${R}/pulls/7/commits`, { status: 200, body: [apiCommit('b'.repeat(40), 'carol', 'carol'), apiCommit(HEAD, 'bob', 'web-flow')] })
      .route('GET', `${R}/pulls/8/commits`, { status: 200, body: [apiCommit(HEAD, null, null)] });
    const client = testClient(gh);
    expect(await headCommitAccounts(client, REPO, 7, HEAD)).toEqual(['bob']);
    expect(await headCommitAccounts(client, REPO, 8, HEAD)).toBeNull();
  });

  it('reads the base branch tip', async () => {
    const gh = mockGitHub().route('GET', `${R}/git/ref/heads/main`, { status: 200, body: apiRef('main', HEAD) });
    expect(await getBranchHead(testClient(gh), REPO, 'main')).toBe(HEAD);
  });
});
