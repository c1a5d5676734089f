/**
 * Anchors as GitHub holds them: the `modelgate/audit` commit statuses on decision commits. Read for
 * every commit a record names, and for the default branch's commits after the last recorded one,
 * where the anchors of a truncated tail would sit.
 */
import { ToolError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { explainGitHubError } from '../github/errors.js';
import type { RepoRef } from '../github/pulls.js';
import { listCommitStatuses } from '../github/statuses.js';
import { parseAnchorDescription, type Anchor } from './chain.js';
import { ANCHOR_CONTEXT } from './log.js';

export async function collectAnchors(client: GitHubClient, repo: RepoRef, commits: readonly string[]): Promise<Anchor[]> {
  const anchors: Anchor[] = [];
  const unique = [...new Set(commits)];
  // A few at a time: the client's throttling keeps within rate limits, this keeps memory flat.
  for (let i = 0; i < unique.length; i += 8) {
    const batch = unique.slice(i, i + 8);
    let lists;
    try {
      lists = await Promise.all(batch.map((sha) => listCommitStatuses(client, repo, sha)));
    } catch (err) {
      if (typeof (err as { status?: unknown }).status !== 'number') throw err;
      const e = explainGitHubError(err, { permission: 'statuses: read' });
      throw new ToolError(`the audit anchors (commit statuses of ${repo.owner}/${repo.repo}) cannot be read: ${e.message} ${e.fix} (token: GITHUB_TOKEN; API: GITHUB_API_URL)`);
    }
    lists.forEach((list, j) => {
      for (const s of list) {
        if (s.context !== ANCHOR_CONTEXT || !s.creator) continue;
        const parsed = parseAnchorDescription(s.description);
        if (parsed) anchors.push({ ...parsed, commit: batch[j]!, creator: s.creator, createdAt: s.createdAt });
      }
    });
  }
  return anchors;
}

/** `owner/name` from a GitHub remote URL (https or ssh), or null. */
export function repoFromRemoteUrl(url: string): RepoRef | null {
  const m = /^(?:https?:\/\/[^/]+\/|ssh:\/\/git@[^/]+\/|git@[^:]+:)([^/\s]+)\/([^/\s]+?)(?:\.git)?\/?$/.exec(url.trim());
  return m ? { owner: m[1]!, repo: m[2]! } : null;
}
