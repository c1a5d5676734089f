/** The rules that apply to a branch (rulesets), through the REST API. */
import type { GitHubClient } from './client.js';
import { explainGitHubError } from './errors.js';
import type { RepoRef } from './pulls.js';

export interface BranchReviewSettings {
  dismissStaleReviews: boolean;
  requireLastPushApproval: boolean;
  requireCodeOwnerReview: boolean;
  requiredApprovingReviewCount: number;
  /** The rulesets the pull_request rules came from, for the explanation. */
  rulesets: number[];
}

export type BranchRulesResult =
  | { status: 'found'; settings: BranchReviewSettings }
  /** The branch has no pull_request rule in any ruleset (classic branch protection is not visible here). */
  | { status: 'none' }
  | { status: 'error'; reason: string };

/**
 * GET /repos/{owner}/{repo}/rules/branches/{branch}, every page. Unlike classic branch protection
 * (which needs admin rights) this endpoint answers with read access. Several rulesets can apply to
 * one branch; GitHub enforces all of them, so each setting is on when any ruleset turns it on.
 */
export async function getBranchReviewSettings(client: GitHubClient, repo: RepoRef, branch: string): Promise<BranchRulesResult> {
  let rules;
  try {
    rules = await client.paginate(client.rest.repos.getBranchRules, { ...repo, branch, per_page: 100 });
  } catch (err) {
    const e = explainGitHubError(err, { action: 'approvals' });
    return { status: 'error', reason: `${e.message} ${e.fix}`.trim() };
  }
  const settings: BranchReviewSettings = { dismissStaleReviews: false, requireLastPushApproval: false, requireCodeOwnerReview: false, requiredApprovingReviewCount: 0, rulesets: [] };
  let found = false;
  for (const rule of rules) {
    if (rule.type !== 'pull_request') continue;
    found = true;
    const p = (rule as { parameters?: Record<string, unknown> }).parameters ?? {};
    settings.dismissStaleReviews ||= p.dismiss_stale_reviews_on_push === true;
    settings.requireLastPushApproval ||= p.require_last_push_approval === true;
    settings.requireCodeOwnerReview ||= p.require_code_owner_review === true;
    if (typeof p.required_approving_review_count === 'number') {
      settings.requiredApprovingReviewCount = Math.max(settings.requiredApprovingReviewCount, p.required_approving_review_count);
    }
    const id = (rule as { ruleset_id?: unknown }).ruleset_id;
    if (typeof id === 'number' && !settings.rulesets.includes(id)) settings.rulesets.push(id);
  }
  return found ? { status: 'found', settings } : { status: 'none' };
}
