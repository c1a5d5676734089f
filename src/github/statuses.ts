/** Commit statuses: the audit anchors live here. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export interface CommitStatus {
  context: string;
  state: string;
  description: string | null;
  targetUrl: string | null;
  creator: string | null;
  createdAt: string;
}

/** POST /repos/{owner}/{repo}/statuses/{sha} */
export async function createCommitStatus(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  input: { context: string; state: 'success' | 'failure' | 'error' | 'pending'; description: string; targetUrl?: string },
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    ...repo,
    sha,
    context: input.context,
    state: input.state,
    description: input.description.slice(0, 140),
    ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
  });
}

/** GET /repos/{owner}/{repo}/commits/{ref}/statuses, every page (newest first, as GitHub lists them). */
export async function listCommitStatuses(client: GitHubClient, repo: RepoRef, sha: string): Promise<CommitStatus[]> {
  const list = await client.paginate(client.rest.repos.listCommitStatusesForRef, { ...repo, ref: sha, per_page: 100 });
  return list.map((s) => ({
    context: s.context,
    state: s.state,
    description: s.description ?? null,
    targetUrl: s.target_url ?? null,
    creator: s.creator?.login ?? null,
    createdAt: s.created_at,
  }));
}
