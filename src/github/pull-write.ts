/**
 * Opening and maintaining a bot's pull request: one function per REST call, the client first.
 * The rollback work (src/rollback/pr.ts) composes them into its idempotent flow.
 */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export interface PullSummary {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  url: string;
  headRef: string;
  baseRef: string;
  title: string;
  body: string;
}

function summary(p: { number: number; state: string; merged_at?: string | null; html_url: string; head: { ref: string }; base: { ref: string }; title: string; body?: string | null }): PullSummary {
  return {
    number: p.number,
    state: p.state === 'open' ? 'open' : 'closed',
    merged: Boolean(p.merged_at),
    url: p.html_url,
    headRef: p.head.ref,
    baseRef: p.base.ref,
    title: p.title,
    body: p.body ?? '',
  };
}

/**
 * GET /repos/{owner}/{repo}/pulls?head={owner}:{branch}&state=all, every page, newest first. The
 * `head` filter needs the owner prefix; without it GitHub ignores the filter and lists everything,
 * so the result is filtered again on the branch name.
 */
export async function listPullsForBranch(client: GitHubClient, repo: RepoRef, branch: string): Promise<PullSummary[]> {
  const pulls = await client.paginate(client.rest.pulls.list, { ...repo, head: `${repo.owner}:${branch}`, state: 'all', per_page: 100 });
  return pulls
    .filter((p) => p.head.ref === branch)
    .map(summary)
    .sort((a, b) => b.number - a.number);
}

/** POST /repos/{owner}/{repo}/pulls */
export async function createPull(client: GitHubClient, repo: RepoRef, input: { title: string; body: string; head: string; base: string; draft?: boolean }): Promise<PullSummary> {
  const { data } = await client.rest.pulls.create({ ...repo, ...input, maintainer_can_modify: false });
  return summary(data);
}

/** PATCH /repos/{owner}/{repo}/pulls/{pull_number}: title and body only (never the state). */
export async function updatePull(client: GitHubClient, repo: RepoRef, number: number, input: { title: string; body: string }): Promise<PullSummary> {
  const { data } = await client.rest.pulls.update({ ...repo, pull_number: number, ...input });
  return summary(data);
}

/** POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers: users by login, teams by slug. */
export async function requestReviewers(client: GitHubClient, repo: RepoRef, number: number, input: { reviewers: string[]; teamReviewers: string[] }): Promise<void> {
  await client.rest.pulls.requestReviewers({ ...repo, pull_number: number, reviewers: input.reviewers, team_reviewers: input.teamReviewers });
}
