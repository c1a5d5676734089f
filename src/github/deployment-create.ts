/** Creating the one GitHub Deployment modelgate keeps per (environment, manifest change). */
import { ToolError } from '../errors.js';
import type { GitHubClient } from './client.js';
import type { DeploymentInfo } from './deployment-list.js';
import type { RepoRef } from './pulls.js';

export interface CreateDeploymentInput {
  sha: string;
  environment: string;
  task: string;
  description: string;
  payload: Record<string, unknown>;
  productionEnvironment: boolean;
}

/**
 * POST /repos/{owner}/{repo}/deployments. `auto_merge: false` (never merge the default branch into
 * anything) and `required_contexts: []`: the gates were checked by modelgate from GitHub's data, and
 * commit statuses on the commit (the audit anchor among them) must not be taken as a gate here.
 * GitHub answers 202 instead of 201 when it merged a branch; with auto_merge off that is an error.
 */
export async function createDeployment(client: GitHubClient, repo: RepoRef, input: CreateDeploymentInput): Promise<DeploymentInfo> {
  const res = await client.rest.repos.createDeployment({
    ...repo,
    ref: input.sha,
    task: input.task,
    environment: input.environment,
    description: input.description.slice(0, 140),
    payload: input.payload,
    auto_merge: false,
    required_contexts: [],
    transient_environment: false,
    production_environment: input.productionEnvironment,
  });
  const d = res.data as Partial<{ id: number; sha: string; ref: string; task: string; environment: string; payload: unknown; creator: { login: string } | null; created_at: string; message: string }>;
  if (res.status !== 201 || typeof d.id !== 'number') throw new ToolError(`GitHub did not create the deployment of ${input.sha.slice(0, 12)} to ${input.environment}: ${d.message ?? `HTTP ${res.status}`}`);
  return { id: d.id, sha: d.sha ?? input.sha, ref: d.ref ?? input.sha, task: d.task ?? input.task, environment: d.environment ?? input.environment, payload: d.payload ?? input.payload, creator: d.creator?.login ?? null, createdAt: d.created_at ?? '' };
}
