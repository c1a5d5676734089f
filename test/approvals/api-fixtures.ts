/**
 * Response bodies for the approvals gate's API calls, built from GitHub's own examples (so they keep
 * every field GitHub's schema requires) with the few fields a test cares about replaced.
 */
import { exampleResponse, type GitHubMock } from '../harness/github.js';

type Json = Record<string, unknown>;

const first = (method: string, template: string): Json => (exampleResponse(method, template) as Json[])[0]!;
const one = (method: string, template: string): Json => exampleResponse(method, template) as Json;

const REVIEW = first('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/reviews');
const FILE = first('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/files');
const PULL = one('GET', '/repos/{owner}/{repo}/pulls/{pull_number}');
const PULL_ITEM = first('GET', '/repos/{owner}/{repo}/pulls');
const PERMISSION = one('GET', '/repos/{owner}/{repo}/collaborators/{username}/permission');
const TEAM = one('GET', '/orgs/{org}/teams/{team_slug}');
const MEMBERSHIP = one('GET', '/orgs/{org}/teams/{team_slug}/memberships/{username}');
const COMMIT = first('GET', '/repos/{owner}/{repo}/pulls/{pull_number}/commits');
const REF = one('GET', '/repos/{owner}/{repo}/git/ref/{ref}');

export function user(login: string, type = 'User'): Json {
  return { ...(REVIEW.user as Json), login, type };
}

export function apiReview(id: number, login: string, state: string, commitId: string | null, type = 'User'): Json {
  return { ...REVIEW, id, user: user(login, type), state, commit_id: commitId, submitted_at: '2026-03-01T10:00:00Z' };
}

export function apiFile(filename: string, status = 'modified', previous?: string): Json {
  return { ...FILE, filename, status, ...(previous ? { previous_filename: previous } : {}) };
}

export interface PullShape {
  number: number;
  headSha: string;
  baseSha?: string;
  baseRef?: string;
  author?: string;
  changedFiles?: number;
  state?: 'open' | 'closed';
}

export function apiPull(p: PullShape): Json {
  return {
    ...PULL,
    number: p.number,
    state: p.state ?? 'open',
    user: user(p.author ?? 'carol'),
    head: { ...(PULL.head as Json), sha: p.headSha },
    base: { ...(PULL.base as Json), sha: p.baseSha ?? '0'.repeat(40), ref: p.baseRef ?? 'main' },
    changed_files: p.changedFiles ?? 1,
  };
}

export function apiPullItem(p: PullShape): Json {
  return {
    ...PULL_ITEM,
    number: p.number,
    state: p.state ?? 'open',
    user: user(p.author ?? 'carol'),
    head: { ...(PULL_ITEM.head as Json), sha: p.headSha },
    base: { ...(PULL_ITEM.base as Json), ref: p.baseRef ?? 'main' },
  };
}

export function apiPermission(login: string, permission: 'admin' | 'write' | 'read' | 'none', roleName: string = permission): Json {
  return { ...PERMISSION, permission, role_name: roleName, user: { ...(PERMISSION.user as Json), login } };
}

export function apiTeam(slug: string): Json {
  return { ...TEAM, slug, name: slug };
}

export function apiMembership(state: 'active' | 'pending'): Json {
  return { ...MEMBERSHIP, state };
}

export function apiCommit(sha: string, author: string | null, committer: string | null): Json {
  return { ...COMMIT, sha, author: author ? user(author) : null, committer: committer ? user(committer) : null };
}

export function apiRef(branch: string, sha: string): Json {
  return { ...REF, ref: `refs/heads/${branch}`, object: { ...(REF.object as Json), sha } };
}

export function apiPullRequestRule(rulesetId: number, parameters: Partial<Record<string, unknown>>): Json {
  return {
    type: 'pull_request',
    ruleset_source_type: 'Repository',
    ruleset_source: 'acme/registry',
    ruleset_id: rulesetId,
    parameters: {
      dismiss_stale_reviews_on_push: false,
      require_code_owner_review: true,
      require_last_push_approval: false,
      required_approving_review_count: 1,
      required_review_thread_resolution: false,
      ...parameters,
    },
  };
}

export const notFound = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

export const REPO = { owner: 'acme', repo: 'registry' };
export const R = `/repos/${REPO.owner}/${REPO.repo}`;

/** A team the token can see, and each listed login's answer. */
export function mockTeam(gh: GitHubMock, team: string, members: Record<string, 'active' | 'pending' | 'none'>): void {
  const [org, slug] = team.replace(/^@/, '').split('/') as [string, string];
  gh.route('GET', `/orgs/${org}/teams/${slug}`, { status: 200, body: apiTeam(slug) });
  for (const [login, state] of Object.entries(members)) {
    if (state === 'none') gh.route('GET', `/orgs/${org}/teams/${slug}/memberships/${login}`, { status: 404, global: true, body: notFound });
    else gh.route('GET', `/orgs/${org}/teams/${slug}/memberships/${login}`, { status: 200, body: apiMembership(state) });
  }
}

/** A team the token cannot see: GitHub's 404 for GITHUB_TOKEN on any org endpoint. */
export function mockHiddenTeam(gh: GitHubMock, team: string): void {
  const [org, slug] = team.replace(/^@/, '').split('/') as [string, string];
  gh.route('GET', `/orgs/${org}/teams/${slug}`, { status: 404, body: notFound });
}

export function mockPermissions(gh: GitHubMock, permissions: Record<string, 'admin' | 'write' | 'read' | 'none'>): void {
  for (const [login, permission] of Object.entries(permissions)) {
    gh.route('GET', `${R}/collaborators/${login}/permission`, { status: 200, body: apiPermission(login, permission) });
  }
}
