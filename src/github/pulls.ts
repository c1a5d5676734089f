/** Pull requests through the REST API: one function per call, the client first (as actions/labeler does). */
import { ToolError } from '../errors.js';
import type { ChangedFile } from '../git/git.js';
import type { GitHubClient } from './client.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  state: string;
  headSha: string;
  baseSha: string;
  baseRef: string;
  author: string | undefined;
  /** Files changed, as GitHub counts them (a rename is one). */
  changedFiles: number;
  title: string;
  url: string;
  merged: boolean;
  mergedAt: string | null;
  /** The account that merged it (an admin merging past the rules shows here); null when GitHub does not say. */
  mergedBy: string | null;
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number} */
export async function getPullRequest(client: GitHubClient, repo: RepoRef, number: number): Promise<PullRequestInfo> {
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

/** The most files GET /pulls/{n}/files returns, whatever the pagination (GitHub's documented limit). */
export const MAX_LISTED_FILES = 3000;

export interface PullRequestFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previousFilename?: string;
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number}/files, every page (100 per page, at most 30 pages). */
export async function listPullRequestFiles(client: GitHubClient, repo: RepoRef, number: number): Promise<PullRequestFile[]> {
  const files = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 });
  return files.map((f) => ({ filename: f.filename, status: f.status, ...(f.previous_filename ? { previousFilename: f.previous_filename } : {}) }));
}

/**
 * The pull request's changes as modelgate's scope reads them. A rename is the deletion of the old
 * path and the addition of the new one: a renamed card is a deleted card (DESIGN §1 immutability).
 */
export function toChangedFiles(files: readonly PullRequestFile[]): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const f of files) {
    switch (f.status) {
      case 'added':
      case 'copied':
        out.push({ path: f.filename, status: 'added' });
        break;
      case 'removed':
        out.push({ path: f.filename, status: 'deleted' });
        break;
      case 'renamed':
        if (f.previousFilename) out.push({ path: f.previousFilename, status: 'deleted' });
        out.push({ path: f.filename, status: 'added' });
        break;
      case 'unchanged':
        break;
      default:
        out.push({ path: f.filename, status: 'modified' });
    }
  }
  return out;
}

/**
 * Fails closed when the API cannot list every changed file: a change the gate cannot see must not
 * pass it (DESIGN §2). `listed` is what the listing returned, `expected` the pull request's count.
 */
export function assertCompleteFileList(listed: number, expected: number, number: number): void {
  if (expected > MAX_LISTED_FILES) {
    throw new ToolError(
      `pull request #${number} changes ${expected} files; the GitHub API lists at most ${MAX_LISTED_FILES}, so modelgate cannot see the whole change and refuses to judge it. ` +
        'Split it into smaller pull requests (registry changes apart from bulk changes elsewhere).',
    );
  }
  if (listed < expected) {
    throw new ToolError(
      `the GitHub API listed ${listed} of the ${expected} files pull request #${number} changes; modelgate refuses to judge a change it cannot see whole. Re-run the job; if it persists, split the pull request.`,
    );
  }
}
