/** Pull request reviews through the REST API. */
import type { ApiReview } from '../approvals/reviews.js';
import type { GitHubClient } from './client.js';
import type { RepoRef } from './pulls.js';

/**
 * GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews, every page, oldest first as GitHub returns
 * them. A reviewer's decisive review can sit on any page (the default page holds 30), so stopping
 * at the first would read a superseded state.
 */
export async function listAllReviews(client: GitHubClient, repo: RepoRef, pullNumber: number): Promise<ApiReview[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: pullNumber, per_page: 100 });
  return reviews.map((r) => ({
    id: r.id,
    user: r.user ? { login: r.user.login, type: r.user.type } : null,
    state: r.state,
    commit_id: r.commit_id,
    submitted_at: r.submitted_at ?? null,
  }));
}
