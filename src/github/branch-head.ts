/** A branch's tip commit, through the REST API. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

/**
 * GET /repos/{owner}/{repo}/git/ref/heads/{branch}. The base branch's tip now, not the `base.sha` a
 * pull request payload carries (the tip when the pull request last changed): GitHub judges code
 * ownership by the base branch as it is, and so does the gate.
 */
export async function getBranchHead(client: GitHubClient, repo: RepoRef, branch: string): Promise<string> {
  const { data } = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
  return data.object.sha;
}
