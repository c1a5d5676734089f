/**
 * Pull request reviews read the way GitHub reads them (corpus/codeowners/RULES.md, "Reviews"): per
 * reviewer only the latest APPROVED, CHANGES_REQUESTED or DISMISSED review counts; COMMENTED and
 * PENDING reviews leave the reviewer's state as it was. Pure.
 */

/** A review as the REST API returns it (only the fields modelgate reads). */
export interface ApiReview {
  id?: number;
  user: { login: string; type?: string } | null;
  state: string;
  /** Null when the reviewed commit was garbage-collected; absent in hand-written scenarios. */
  commit_id?: string | null;
  submitted_at?: string | null;
}

export type DecisiveState = 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED';

export const REVIEW_STATES = ['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED', 'COMMENTED', 'PENDING'] as const;

export interface ReviewerState {
  /** As GitHub spells it in the latest decisive review. */
  login: string;
  /** Lower-cased: logins compare without regard to case. */
  key: string;
  state: DecisiveState;
  review: ApiReview;
  bot: boolean;
}

const DECISIVE = new Set<string>(['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED']);

/**
 * GitHub Apps review as `name[bot]` with type Bot; Copilot's reviewer is a Bot too but has been
 * seen as plain `Copilot`. None of their approvals count towards a human approval requirement.
 */
export function isBot(user: { login: string; type?: string }): boolean {
  const login = user.login.toLowerCase();
  return user.type === 'Bot' || login.endsWith('[bot]') || login === 'copilot';
}

export function sameLogin(a: string, b: string): boolean {
  return a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();
}

/**
 * Each reviewer's latest decisive review, in the order reviewers first appear. `reviews` must be in
 * the API's order (oldest first, every page): a later page's review supersedes an earlier one's.
 * Reviews by a deleted account (`user: null`, shown as "ghost") belong to nobody and are skipped.
 */
export function latestDecisiveReviews(reviews: readonly ApiReview[]): ReviewerState[] {
  const byKey = new Map<string, ReviewerState>();
  for (const review of reviews) {
    if (!review.user || !DECISIVE.has(review.state)) continue;
    const key = review.user.login.toLowerCase();
    // Map.set on an existing key keeps its first position and takes the later review.
    byKey.set(key, { login: review.user.login, key, state: review.state as DecisiveState, review, bot: isBot(review.user) });
  }
  return [...byKey.values()];
}

export function shortSha(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : 'an unknown commit';
}

export function sameCommit(a: string | null | undefined, b: string): boolean {
  return typeof a === 'string' && a.length > 0 && a.toLowerCase() === b.toLowerCase();
}
