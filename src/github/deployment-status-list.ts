/** The statuses of a Deployment, newest first: what a re-run reads before it reports again. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export interface DeploymentStatusInfo {
  id: number;
  state: string;
  description: string;
  createdAt: string;
}

/** GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses, every page. */
export async function listDeploymentStatuses(client: GitHubClient, repo: RepoRef, deploymentId: number): Promise<DeploymentStatusInfo[]> {
  const list = await client.paginate(client.rest.repos.listDeploymentStatuses, { ...repo, deployment_id: deploymentId, per_page: 100 });
  return list.map((s) => ({ id: s.id, state: s.state, description: s.description ?? '', createdAt: s.created_at }));
}
