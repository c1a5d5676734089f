/** A merged pull request as the evidence needs it: who merged it and when, besides its head and base. */
import type { GitHubClient } from './client.js';
import type { PullRequestInfo, RepoRef } from './pulls.js';

export interface MergedPullInfo extends PullRequestInfo {
  title: string;
  url: string;
  merged: boolean;
  mergedAt: string | null;
  /** The account that merged it (an admin merging past the rules shows here); null when GitHub does not say. */
  mergedBy: string | null;
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number} */
export async function getMergedPull(client: GitHubClient, repo: RepoRef, number: number): Promise<MergedPullInfo> {
  const { data } = await client.rest.pulls.get({ ...repo, pull_number: number });
  return {
    number: data.number,
    state: data.state,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    baseRef: data.base.ref,
    author: data.user?.login,
    changedFiles: data.changed_files,
    title: data.title,
    url: data.html_url,
    merged: data.merged,
    mergedAt: data.merged_at ?? null,
    mergedBy: data.merged_by?.login ?? null,
  };
}
