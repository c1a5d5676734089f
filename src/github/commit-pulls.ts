/** The pull requests GitHub associates with a commit. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export interface CommitPull {
  number: number;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  baseRef: string;
  title: string;
  url: string;
}

/** GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls, every page. */
export async function listPullsOfCommit(client: GitHubClient, repo: RepoRef, sha: string): Promise<CommitPull[]> {
  const list = await client.paginate(client.rest.repos.listPullRequestsAssociatedWithCommit, { ...repo, commit_sha: sha, per_page: 100 });
  return list.map((p) => ({ number: p.number, mergedAt: p.merged_at ?? null, mergeCommitSha: p.merge_commit_sha ?? null, baseRef: p.base.ref, title: p.title, url: p.html_url }));
}
