/** Finding pull requests by their head commit, through the REST API. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export interface OpenPullHead {
  number: number;
  headSha: string;
  baseRef: string;
  author: string | undefined;
}

/**
 * GET /repos/{owner}/{repo}/pulls?state=open, every page, keeping those whose head is `headSha`.
 *
 * A workflow_run's `pull_requests` is empty for forks, and GET /commits/{sha}/pulls misses some fork
 * heads, so the open pull requests are listed whole. All of them are returned: one head commit can be
 * the head of several pull requests (into different base branches), and a check run on that commit
 * shows on every one of them, so each must be judged.
 */
export async function listOpenPullsWithHead(client: GitHubClient, repo: RepoRef, headSha: string): Promise<OpenPullHead[]> {
  const pulls = await client.paginate(client.rest.pulls.list, { ...repo, state: 'open', per_page: 100 });
  return pulls
    .filter((p) => p.head.sha.toLowerCase() === headSha.toLowerCase())
    .map((p) => ({ number: p.number, headSha: p.head.sha, baseRef: p.base.ref, author: p.user?.login }))
    .sort((a, b) => a.number - b.number);
}
