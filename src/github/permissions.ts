/** A collaborator's permission on the repository, through the REST API. */
import type { WriteAccess } from '../approvals/evaluate.js';
import type { GitHubClient } from './client.js';
import { explainGitHubError } from './errors.js';
import type { RepoRef } from './pulls.js';

/** `permission` as GitHub reports it folds maintain into write and triage into read. */
const WRITE = new Set(['admin', 'write']);

/**
 * GET /repos/{owner}/{repo}/collaborators/{username}/permission, as "may this person's review count".
 * Needs only metadata read access, which every token for the repository has. A 404 means GitHub knows
 * no such collaborator: no write access. Any other failure is "cannot tell", which never counts.
 */
export async function getWriteAccess(client: GitHubClient, repo: RepoRef, username: string): Promise<WriteAccess> {
  try {
    const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username });
    const level = data.role_name && data.role_name !== data.permission ? `${data.permission} (role ${data.role_name})` : data.permission;
    return WRITE.has(data.permission) ? { status: 'yes' } : { status: 'no', reason: `permission: ${level}` };
  } catch (err) {
    const status = (err as { status?: number }).status;
    if (status === 404) return { status: 'no', reason: `GitHub knows @${username} as no collaborator of ${repo.owner}/${repo.repo}` };
    const e = explainGitHubError(err, { action: 'approvals', permission: 'metadata: read' });
    return { status: 'unknown', reason: `${e.message} ${e.fix}`.trim() };
  }
}
