/** Moving a bot-owned branch to a new commit. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

/**
 * PATCH /repos/{owner}/{repo}/git/refs/heads/{branch} with force: only for a branch modelgate owns
 * (its rollback branch), rebuilt on the current base so the pull request's diff stays minimal.
 * Shared branches go through git-data.ts's fastForwardBranch, which never forces.
 */
export async function resetBranch(client: GitHubClient, repo: RepoRef, branch: string, sha: string): Promise<void> {
  await client.rest.git.updateRef({ ...repo, ref: `heads/${branch}`, sha, force: true });
}
