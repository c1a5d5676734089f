/** GitHub Deployments of one commit in one environment: how the deploy action finds its own again. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export interface DeploymentInfo {
  id: number;
  sha: string;
  ref: string;
  task: string;
  environment: string;
  payload: unknown;
  creator: string | null;
  createdAt: string;
}

/** GET /repos/{owner}/{repo}/deployments?sha=&environment=&task=, every page (newest first). */
export async function listDeployments(client: GitHubClient, repo: RepoRef, filter: { sha: string; environment: string; task: string }): Promise<DeploymentInfo[]> {
  const list = await client.paginate(client.rest.repos.listDeployments, { ...repo, sha: filter.sha, environment: filter.environment, task: filter.task, per_page: 100 });
  return list.map((d) => ({
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    environment: d.environment,
    payload: d.payload,
    creator: d.creator?.login ?? null,
    createdAt: d.created_at,
  }));
}
