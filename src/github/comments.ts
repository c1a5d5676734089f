/**
 * Issue and pull request comments through the REST API, and the one comment an action keeps per
 * pull request: found again by a hidden marker, updated in place, created again when someone
 * deleted it.
 */
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

export interface IssueComment {
  id: number;
  body: string;
  url: string;
  authorType: string | undefined;
  authorLogin: string | undefined;
}

/** GET /repos/{owner}/{repo}/issues/{issue_number}/comments, every page. */
export async function listIssueComments(client: GitHubClient, repo: RepoRef, issueNumber: number): Promise<IssueComment[]> {
  const comments = await client.paginate(client.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  return comments.map((c) => ({ id: c.id, body: c.body ?? '', url: c.html_url, authorType: c.user?.type, authorLogin: c.user?.login }));
}

/** POST /repos/{owner}/{repo}/issues/{issue_number}/comments */
export async function createIssueComment(client: GitHubClient, repo: RepoRef, issueNumber: number, body: string): Promise<IssueComment> {
  const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return { id: data.id, body: data.body ?? body, url: data.html_url, authorType: data.user?.type, authorLogin: data.user?.login };
}

/** PATCH /repos/{owner}/{repo}/issues/comments/{comment_id} */
export async function updateIssueComment(client: GitHubClient, repo: RepoRef, commentId: number, body: string): Promise<IssueComment> {
  const { data } = await client.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
  return { id: data.id, body: data.body ?? body, url: data.html_url, authorType: data.user?.type, authorLogin: data.user?.login };
}

/** GitHub's limit on a comment body (characters). */
export const COMMENT_LIMIT = 65_536;

/** `<!-- modelgate:validate -->`: invisible in the rendered comment, and unique per action and registry. */
export function commentMarker(id: string): string {
  if (id === '' || /--|>|[\r\n]/.test(id)) throw new Error(`invalid comment marker id ${JSON.stringify(id)}`);
  return `<!-- modelgate:${id} -->`;
}

/**
 * The comment this action wrote: it carries the marker and was written by a bot (GITHUB_TOKEN's
 * github-actions[bot] or a GitHub App), never a person's comment that quotes the marker.
 */
export function findMarkedComment(comments: readonly IssueComment[], marker: string): IssueComment | undefined {
  return comments.find((c) => c.body.includes(marker) && c.authorType === 'Bot');
}

export type UpsertAction = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface UpsertResult {
  action: UpsertAction;
  comment?: IssueComment;
}

export interface UpsertOptions {
  marker: string;
  /** The whole body; the marker is put first when the body lacks it. */
  body: string;
  /** false: update a comment that exists, but create none (nothing worth saying yet). */
  create: boolean;
}

export async function upsertMarkedComment(client: GitHubClient, repo: RepoRef, issueNumber: number, o: UpsertOptions): Promise<UpsertResult> {
  const body = o.body.includes(o.marker) ? o.body : `${o.marker}\n${o.body}`;
  const existing = findMarkedComment(await listIssueComments(client, repo, issueNumber), o.marker);
  if (existing) {
    if (existing.body === body) return { action: 'unchanged', comment: existing };
    try {
      return { action: 'updated', comment: await updateIssueComment(client, repo, existing.id, body) };
    } catch (err) {
      // Deleted between the listing and the update (a person tidying the thread): write it anew.
      if ((err as { status?: number }).status !== 404) throw err;
    }
  } else if (!o.create) {
    return { action: 'skipped' };
  }
  return { action: 'created', comment: await createIssueComment(client, repo, issueNumber, body) };
}
