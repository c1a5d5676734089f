/**
 * A merged pull request's approvals as they stood at merge time, recomputed from GitHub's own data
 * (the pull request, its reviews, the base side's CODEOWNERS and modelgate.yaml) with the approvals
 * core, and written out as audit evidence. The record job (at merge) and the deploy gate (later,
 * for every merge a deployment rests on) both ask this one question, so they share this one answer:
 * a review submitted after the merge is shown but never counted, so re-running either after a late
 * approval cannot turn a bypass into "approved".
 */
import { gatherApprovals, type GatheredApprovals } from '../approvals/gather.js';
import { evaluateApprovals, type ApprovalResult } from '../approvals/evaluate.js';
import type { EffectiveRule } from '../approvals/rules.js';
import { ensureCommit, fetchPullHead, type GitAuth } from '../git/fetch.js';
import type { GitHubClient } from '../github/client.js';
import type { CommitPull } from '../github/commit-pulls.js';
import type { ApiReview } from '../approvals/reviews.js';
import { getPullRequest, type RepoRef } from '../github/pulls.js';
import type { TeamDirectory } from '../github/teams.js';
import { ownerKind } from '../approvals/codeowners.js';
import type { ApprovalEvidence, PullRequestEvidence } from './records.js';

export interface MergeApprovals {
  approved: boolean;
  pull: PullRequestEvidence;
  approvals: ApprovalEvidence;
  gathered: GatheredApprovals & { result: ApprovalResult };
}

export interface MergeApprovalsOptions {
  client: GitHubClient;
  teams: TeamDirectory;
  repo: RepoRef;
  repoDir: string;
  /** The registry's directory inside the repository ('' at the top). */
  prefix: string;
  merged: CommitPull;
  /** The first parent of the merge: whose CODEOWNERS and modelgate.yaml decide. */
  base: string;
  auth: GitAuth;
  /** Tightens the rule the change answers to (the deploy gate's hot fix answers to the high-risk rule too). */
  tighten?: (rule: EffectiveRule) => EffectiveRule;
}

/**
 * The reviews as they stood when the pull request was merged: one submitted afterwards cannot have
 * let the change in.
 */
export function reviewsAtMerge(reviews: readonly ApiReview[], mergedAt: string | null): { atMerge: ApiReview[]; later: ApiReview[] } {
  if (!mergedAt) return { atMerge: [...reviews], later: [] };
  const cutoff = Date.parse(mergedAt);
  const atMerge: ApiReview[] = [];
  const later: ApiReview[] = [];
  for (const r of reviews) {
    const at = r.submitted_at ? Date.parse(r.submitted_at) : NaN;
    (Number.isFinite(at) && at > cutoff ? later : atMerge).push(r);
  }
  return { atMerge, later };
}

/** Throws when GitHub or git cannot answer; the caller decides how an unanswerable question is recorded. */
export async function approvalsAtMerge(o: MergeApprovalsOptions): Promise<MergeApprovals> {
  const { merged } = o;
  const pull = await getPullRequest(o.client, o.repo, merged.number);
  const mergedAt = pull.mergedAt ?? merged.mergedAt;
  try {
    await ensureCommit(o.repoDir, pull.headSha, `the head of pull request #${merged.number}`, o.auth);
  } catch {
    // The head branch may be deleted after the merge; GitHub keeps refs/pull/N/head.
    await fetchPullHead(o.repoDir, merged.number, o.auth);
  }
  const all = await gatherApprovals({
    client: o.client,
    teams: o.teams,
    repo: o.repo,
    repoDir: o.repoDir,
    registryPath: o.prefix,
    pull: { number: merged.number, author: pull.author, baseRef: pull.baseRef, baseSha: o.base, headSha: pull.headSha, changedFiles: pull.changedFiles },
  });
  const { atMerge, later } = reviewsAtMerge(all.input.reviews, mergedAt);
  const rule = o.tighten ? o.tighten(all.input.rule) : all.input.rule;
  const input = { ...all.input, reviews: atMerge, rule };
  const gathered = { ...all, input, change: { ...all.change, rule }, result: evaluateApprovals(input) };
  const approvals = approvalEvidence(gathered, gathered.result, o.base);
  if (later.length) {
    approvals.reasons.push(`${later.length} review${later.length === 1 ? ' was' : 's were'} submitted after the merge at ${mergedAt} and did not count: ${later.map((r) => `@${r.user?.login ?? 'ghost'} ${r.state} at ${r.submitted_at}`).join(', ')}`);
  }
  return {
    approved: gathered.result.approved,
    approvals,
    gathered,
    pull: {
      number: merged.number,
      title: merged.title,
      author: pull.author ?? null,
      url: merged.url,
      baseRef: pull.baseRef,
      headSha: pull.headSha,
      mergedAt,
      mergedBy: pull.mergedBy,
      reviews: all.input.reviews.map((r) => ({ id: r.id ?? null, login: r.user?.login ?? 'ghost', state: r.state, commitId: r.commit_id ?? null, submittedAt: r.submitted_at ?? null })),
    },
  };
}

/** The pull request as far as it is known when its approvals could not be established. */
export function pullWithoutReviews(merged: CommitPull, headSha: string): PullRequestEvidence {
  return { number: merged.number, title: merged.title, author: null, url: merged.url, baseRef: merged.baseRef, headSha, mergedAt: merged.mergedAt, mergedBy: null, reviews: [] };
}

/** The approvals as evidence: who counted on which commit, each requirement, every team resolution. */
export function approvalEvidence(g: GatheredApprovals, result: ApprovalResult, baseCommit: string): ApprovalEvidence {
  const teams = new Set<string>();
  for (const f of g.input.files) for (const o of f.owners) if (ownerKind(o) === 'team') teams.add(o);
  g.change.rule.requireTeams.forEach((t) => teams.add(t));
  if (g.change.rule.independentOfOwner) g.change.ownerTeams.forEach((t) => teams.add(t));
  const teamResolution = [...teams].flatMap((team) =>
    result.approvals.map((a) => {
      const m = g.input.facts.membership(team, a.login);
      return { team, login: a.login, status: m.status, ...(m.status === 'unknown' ? { reason: m.reason } : {}) };
    }),
  );
  const requirements = result.files.map((f) => ({
    requirement: f.owners.length ? `code owners of ${f.path}: ${f.owners.join(' ')}` : `${f.path} (no code owner)`,
    satisfied: f.approvedBy.length > 0 || f.owners.length === 0,
    by: f.approvedBy.map((l) => `@${l}`),
  }));
  requirements.push({ requirement: `at least ${g.change.rule.minApprovals} approval(s)`, satisfied: result.approvals.length >= g.change.rule.minApprovals, by: result.approvals.map((a) => `@${a.login}`) });
  for (const t of g.change.rule.requireTeams) {
    const by = teamResolution.filter((r) => r.team === t && r.status === 'member').map((r) => `@${r.login}`);
    requirements.push({ requirement: `an approval from ${t}`, satisfied: by.length > 0, by });
  }
  return {
    approved: result.approved,
    rule: { tier: g.change.tier ?? null, ...g.change.rule, settings: g.input.settings, source: g.settingsSource },
    counted: result.approvals.map((a) => ({ login: a.login, reviewId: a.reviewId, commitId: a.commitId, submittedAt: a.submittedAt, onHead: a.onHead })),
    requirements,
    teams: teamResolution,
    missing: result.missing,
    blockers: result.blockers,
    reasons: result.reasons,
    baseCommit,
    codeownersFile: g.codeownersFile,
  };
}
