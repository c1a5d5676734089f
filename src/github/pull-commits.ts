/** A pull request's commits, through the REST API. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

/** GitHub lists at most this many commits of a pull request. */
export const MAX_LISTED_COMMITS = 250;

/**
 * GET /repos/{owner}/{repo}/pulls/{pull_number}/commits, every page: the GitHub accounts behind the
 * head commit (its author and committer), standing in for "who pushed it", which the REST API does
 * not say. Both are taken so that neither can approve their own push. Null when the head commit is
 * not among the listed commits (over 250) or has no linked account.
 */
export async function headCommitAccounts(client: GitHubClient, repo: RepoRef, pullNumber: number, headSha: string): Promise<string[] | null> {
  const commits = await client.paginate(client.rest.pulls.listCommits, { ...repo, pull_number: pullNumber, per_page: 100 });
  const head = commits.find((c) => c.sha.toLowerCase() === headSha.toLowerCase());
  if (!head) return null;
  // web-flow is GitHub's own committer for commits made in the web interface: its author pushed.
  const logins = [head.author?.login, head.committer?.login].filter((l): l is string => typeof l === 'string' && l !== '' && l !== 'web-flow');
  return logins.length > 0 ? [...new Map(logins.map((l) => [l.toLowerCase(), l] as const)).values()] : null;
}
