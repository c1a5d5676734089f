/** A Deployment's status: in_progress while rolling out, then success or failure as it really ended. */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive' | 'queued' | 'pending';

/** POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses */
export async function createDeploymentStatus(
  client: GitHubClient,
  repo: RepoRef,
  deploymentId: number,
  input: { state: DeploymentState; description: string; logUrl?: string; environmentUrl?: string },
): Promise<{ id: number; state: string }> {
  const { data } = await client.rest.repos.createDeploymentStatus({
    ...repo,
    deployment_id: deploymentId,
    state: input.state,
    description: input.description.slice(0, 140),
    // A later success must not mark the environment's earlier deployments inactive before it is one.
    auto_inactive: input.state === 'success',
    ...(input.logUrl ? { log_url: input.logUrl } : {}),
    ...(input.environmentUrl ? { environment_url: input.environmentUrl } : {}),
  });
  return { id: data.id, state: data.state };
}
