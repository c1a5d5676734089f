/**
 * The approvals decision: who must approve (code owners of the changed files from the base
 * CODEOWNERS × the approval rule of the change) and who has, counted the way GitHub counts reviews.
 * Pure: membership and write access come in as facts, already looked up (or listed by a scenario),
 * each able to say "cannot tell" — which never satisfies a requirement.
 *
 * `modelgate approvals evaluate` (offline) and the approvals action (online) both end here.
 */
import { ownerKind } from './codeowners.js';
import { sameCommit, sameLogin, shortSha, latestDecisiveReviews, type ApiReview } from './reviews.js';
import { listSome } from './scope.js';
import type { EffectiveRule } from './rules.js';

export type Membership = { status: 'member' } | { status: 'not-member' } | { status: 'unknown'; reason: string };

export type WriteAccess = { status: 'yes' } | { status: 'no'; reason?: string } | { status: 'unknown'; reason: string };

/** What the evaluator asks about people; the answers are gathered before it runs. */
export interface ApprovalFacts {
  /** Is `login` a member of `team` (`@org/slug`)? */
  membership(team: string, login: string): Membership;
  /** Does `login` have write access to the repository? */
  writeAccess(login: string): WriteAccess;
}

export interface ReviewSettings {
  /** "Dismiss stale pull request approvals when new commits are pushed". */
  dismissStaleReviews: boolean;
  /** "Require approval of the most recent reviewable push". */
  requireLastPushApproval: boolean;
}

/** A card's waiver, as far as approvals are concerned. */
export interface WaiverClaim {
  rule: string;
  /** `@login` or `@org/team`. */
  approver: string;
  /** The card that carries it, for messages. */
  file?: string;
}

export interface ChangedFileOwners {
  path: string;
  /** From the base branch's CODEOWNERS; empty when unowned. */
  owners: string[];
}

export interface ApprovalInput {
  files: readonly ChangedFileOwners[];
  author: string;
  headSha: string;
  /** In the API's order (oldest first), every page. */
  reviews: readonly ApiReview[];
  rule: EffectiveRule;
  settings: ReviewSettings;
  facts: ApprovalFacts;
  /** The touched models' owner teams (from the base): approvals from them are not independent. */
  ownerTeams?: readonly string[];
  /** Who pushed the head commit; defaults to the author. */
  lastPushers?: readonly string[];
  /** Waivers in the changed cards: each needs its named approver's approval of the head commit. */
  waivers?: readonly WaiverClaim[];
  /** Context for the reasons (which rule applied, CODEOWNERS lines skipped, ...). */
  notes?: readonly string[];
  /** Requirements found unmet before reviews were looked at (e.g. a file list GitHub truncated). */
  unmet?: readonly string[];
}

export interface CountedApproval {
  login: string;
  reviewId: number | null;
  commitId: string | null;
  submittedAt: string | null;
  onHead: boolean;
}

export interface FileDecision {
  path: string;
  owners: string[];
  /** Reviewers whose counted approval satisfies this file's owners. */
  approvedBy: string[];
}

export type WaiverStatus = WaiverClaim & { effective: boolean; approvedBy: string[]; reason: string };

export interface ApprovalResult {
  approved: boolean;
  codeOwnersSatisfied: boolean;
  files: FileDecision[];
  missing: string[];
  blockers: string[];
  reasons: string[];
  /** Every approval that counted, with its commit: the evidence record's raw material. */
  approvals: CountedApproval[];
  waivers: WaiverStatus[];
}

/** The decision exactly as `modelgate approvals evaluate` and the action print it. */
export interface DecisionJson {
  approved: boolean;
  codeOwnersSatisfied: boolean;
  files: FileDecision[];
  missing: string[];
  blockers: string[];
  reasons: string[];
}

export function decisionJson(result: ApprovalResult): DecisionJson {
  const { approved, codeOwnersSatisfied, files, missing, blockers, reasons } = result;
  return { approved, codeOwnersSatisfied, files, missing, blockers, reasons };
}

// ---------------------------------------------------------------------------------------------
// Reviews → approvals and blockers

export interface ReviewTally {
  approvals: CountedApproval[];
  /** Logins whose CHANGES_REQUESTED stands. */
  blockers: string[];
  reasons: string[];
}

export interface TallyOptions {
  reviews: readonly ApiReview[];
  author: string;
  headSha: string;
  /** Approvals on another commit do not count. */
  headOnly: boolean;
  /** Why `headOnly` holds, for messages. */
  headOnlyWhy?: string;
  facts: ApprovalFacts;
}

/**
 * Which approvals count and who blocks. An approval counts when it is the reviewer's latest decisive
 * review, not the author's, not a bot's, on the head commit where that is required, and from
 * someone with write access. CHANGES_REQUESTED from anyone with write access blocks until that same
 * person approves or the review is dismissed; when write access cannot be checked it blocks too.
 */
export function tallyReviews(o: TallyOptions): ReviewTally {
  const approvals: CountedApproval[] = [];
  const blockers: string[] = [];
  const reasons: string[] = [];
  for (const s of latestDecisiveReviews(o.reviews)) {
    const who = `@${s.login}`;
    const ref = s.review.id !== undefined ? `review ${s.review.id}` : 'a review';
    if (sameLogin(s.login, o.author)) {
      reasons.push(`${who} is the pull request's author: an author's own review never counts`);
      continue;
    }
    if (s.state === 'DISMISSED') {
      reasons.push(`${who}'s latest decisive review (${ref}) was dismissed: no approval of theirs counts`);
      continue;
    }
    if (s.state === 'CHANGES_REQUESTED') {
      const access = o.facts.writeAccess(s.login);
      if (access.status === 'no') {
        reasons.push(`${who} requested changes (${ref}) without write access to the repository: it does not block`);
        continue;
      }
      blockers.push(s.login);
      reasons.push(
        `${who} requested changes (${ref}): this blocks until ${who} approves or the review is dismissed` +
          (access.status === 'unknown' ? ` (write access could not be checked, so it is taken to block: ${access.reason})` : ''),
      );
      continue;
    }
    if (s.bot) {
      reasons.push(`${who} is a bot: bot and Copilot approvals do not count`);
      continue;
    }
    const commitId = s.review.commit_id ?? null;
    const onHead = sameCommit(commitId, o.headSha);
    if (o.headOnly && !onHead) {
      reasons.push(
        `${who} approved ${shortSha(commitId)}, not the head commit ${shortSha(o.headSha)} (${ref}): stale approvals do not count${o.headOnlyWhy ? ` (${o.headOnlyWhy})` : ''}`,
      );
      continue;
    }
    const access = o.facts.writeAccess(s.login);
    if (access.status !== 'yes') {
      reasons.push(
        access.status === 'no'
          ? `${who} approved but has no write access to the repository: the approval does not count${access.reason ? ` (${access.reason})` : ''}`
          : `${who} approved but their write access cannot be checked, so the approval does not count: ${access.reason}`,
      );
      continue;
    }
    approvals.push({ login: s.login, reviewId: s.review.id ?? null, commitId, submittedAt: s.review.submitted_at ?? null, onHead });
  }
  return { approvals, blockers, reasons };
}

// ---------------------------------------------------------------------------------------------
// Owners

/** Answers "does this approval come from that owner?", remembering why it could not tell. */
class OwnerCheck {
  readonly unknown = new Set<string>();

  constructor(private readonly facts: ApprovalFacts) {}

  approves(owner: string, login: string): boolean {
    const kind = ownerKind(owner);
    if (kind === 'user') return sameLogin(owner, login);
    if (kind === 'team') {
      const m = this.facts.membership(owner, login);
      if (m.status === 'unknown') this.unknown.add(m.reason);
      return m.status === 'member';
    }
    if (kind === 'email') {
      this.unknown.add(
        `owner ${owner} is an email address: modelgate cannot tell which GitHub account it belongs to, so it is never satisfied; name the owner by @login in CODEOWNERS`,
      );
    }
    return false;
  }

  /** Provably not a member of any of `teams`; "cannot tell" is not proof. */
  outsideAll(teams: readonly string[], login: string): boolean {
    return teams.every((team) => {
      const m = this.facts.membership(team, login);
      if (m.status === 'unknown') this.unknown.add(m.reason);
      return m.status === 'not-member';
    });
  }
}

function ownerList(owners: readonly string[]): string {
  return owners.length === 1 ? owners[0]! : `one of ${owners.join(', ')}`;
}

function logins(approvals: readonly CountedApproval[]): string {
  return approvals.map((a) => `@${a.login}`).join(', ');
}

// ---------------------------------------------------------------------------------------------
// Waivers

/**
 * Each waiver with whether its named approver (the user, or a member of the team) approved the
 * head commit. Only head-commit approvals that count (write access, not the author, not a bot, not
 * superseded) make a waiver effective: an approval of an earlier commit approved other content.
 */
export function waiverStatuses(claims: readonly WaiverClaim[], approvals: readonly CountedApproval[], facts: ApprovalFacts, headSha: string): WaiverStatus[] {
  return claims.map((claim) => {
    const check = new OwnerCheck(facts);
    const approvedBy = approvals.filter((a) => a.onHead && check.approves(claim.approver, a.login)).map((a) => a.login);
    const where = claim.file ? ` in ${claim.file}` : '';
    if (approvedBy.length > 0) {
      return { ...claim, effective: true, approvedBy, reason: `waiver of rule '${claim.rule}'${where} approved by ${approvedBy.map((l) => `@${l}`).join(', ')} on the head commit ${shortSha(headSha)}` };
    }
    const unknown = [...check.unknown].join('; ');
    return {
      ...claim,
      effective: false,
      approvedBy,
      reason: `waiver of rule '${claim.rule}'${where} needs an approval of the head commit ${shortSha(headSha)} from ${claim.approver}${unknown ? ` (${unknown})` : ''}`,
    };
  });
}

export interface WaiverCheckInput {
  waivers: readonly WaiverClaim[];
  reviews: readonly ApiReview[];
  author: string;
  headSha: string;
  facts: ApprovalFacts;
}

/**
 * For the validate and approvals flows: which waivers are in force on this head commit. A waiver
 * whose approver has not approved the head commit must be treated as absent.
 */
export function checkWaiverApprovals(input: WaiverCheckInput): WaiverStatus[] {
  const tally = tallyReviews({ reviews: input.reviews, author: input.author, headSha: input.headSha, headOnly: true, facts: input.facts });
  return waiverStatuses(input.waivers, tally.approvals, input.facts, input.headSha);
}

// ---------------------------------------------------------------------------------------------
// The decision

function settingsNote(settings: ReviewSettings, rule: EffectiveRule): string {
  const stale = settings.dismissStaleReviews
    ? 'stale approvals are dismissed (branch setting)'
    : rule.headCommitOnly
      ? 'only approvals of the head commit count (rule headCommitOnly)'
      : 'approvals of earlier commits still count';
  return `review settings: ${stale}; the most recent push ${settings.requireLastPushApproval ? 'must' : 'need not'} be approved by someone other than its pusher`;
}

export function evaluateApprovals(input: ApprovalInput): ApprovalResult {
  const { rule, settings, facts, headSha } = input;
  const reasons: string[] = [...(input.notes ?? [])];
  const missing: string[] = [...(input.unmet ?? [])];
  reasons.push(settingsNote(settings, rule));

  const headOnly = settings.dismissStaleReviews || rule.headCommitOnly;
  const tally = tallyReviews({
    reviews: input.reviews,
    author: input.author,
    headSha,
    headOnly,
    headOnlyWhy: settings.dismissStaleReviews ? 'the branch dismisses stale approvals' : 'the approval rule has headCommitOnly',
    facts,
  });
  reasons.push(...tally.reasons);
  const { approvals, blockers } = tally;
  const check = new OwnerCheck(facts);

  // Code owners, per changed file.
  const files: FileDecision[] = input.files.map((f) => ({
    path: f.path,
    owners: [...f.owners],
    approvedBy: f.owners.length === 0 ? [] : approvals.filter((a) => f.owners.some((o) => check.approves(o, a.login))).map((a) => a.login),
  }));
  const owned = files.filter((f) => f.owners.length > 0);
  const unowned = files.filter((f) => f.owners.length === 0);
  const unapproved = owned.filter((f) => f.approvedBy.length === 0);
  let codeOwnersSatisfied = true;
  if (rule.codeOwners === 'every-owned-file') {
    codeOwnersSatisfied = unapproved.length === 0;
    // One entry per owner set: a pull request of 200 files with one owner is one missing approval.
    const byOwners = new Map<string, { owners: string[]; paths: string[] }>();
    for (const f of unapproved) {
      const key = f.owners.map((o) => o.toLowerCase()).join(' ');
      const entry = byOwners.get(key) ?? { owners: f.owners, paths: [] };
      entry.paths.push(f.path);
      byOwners.set(key, entry);
    }
    for (const { owners, paths } of byOwners.values()) missing.push(`an approval from ${ownerList(owners)} (code owner of ${listSome(paths)})`);
  } else if (rule.codeOwners === 'any' && owned.length > 0) {
    codeOwnersSatisfied = unapproved.length < owned.length;
    if (!codeOwnersSatisfied) {
      const everyOwner = [...new Map(owned.flatMap((f) => f.owners).map((o) => [o.toLowerCase(), o] as const)).values()];
      missing.push(`an approval from a code owner of the changed files (${ownerList(everyOwner)})`);
    }
  }

  if (approvals.length < rule.minApprovals) {
    missing.push(
      `${rule.minApprovals} approval${rule.minApprovals === 1 ? '' : 's'} from reviewers with write access (counted: ${approvals.length}${approvals.length ? `, ${logins(approvals)}` : ''})`,
    );
  }

  for (const team of rule.requireTeams) {
    if (!approvals.some((a) => check.approves(team, a.login))) missing.push(`an approval from a member of ${team} (required team)`);
  }

  if (rule.independentOfOwner) {
    const ownerTeams = input.ownerTeams ?? [];
    const independent = approvals.filter((a) => check.outsideAll(ownerTeams, a.login));
    if (independent.length === 0) {
      missing.push(
        ownerTeams.length > 0
          ? `an approval from someone outside the owner team ${ownerList(ownerTeams)} (independent review)`
          : 'an approval from someone other than the author (independent review)',
      );
    }
  }

  if (unowned.length > 0 && rule.unownedFiles === 'deny') {
    missing.push(
      `a code owner for ${listSome(unowned.map((f) => f.path))}: the approval rule denies changes to files without a code owner (unownedFiles: deny); add CODEOWNERS lines for them on the base branch first`,
    );
  } else if (unowned.length > 0 && rule.unownedFiles === 'require-approval' && approvals.length === 0) {
    missing.push(`an approval from a reviewer with write access for the files without a code owner (${listSome(unowned.map((f) => f.path))})`);
  }

  if (settings.requireLastPushApproval) {
    const pushers = input.lastPushers && input.lastPushers.length > 0 ? input.lastPushers : [input.author];
    if (!approvals.some((a) => a.onHead && !pushers.some((p) => sameLogin(p, a.login)))) {
      missing.push(`an approval of the most recent push (head ${shortSha(headSha)}) from someone other than its pusher (${pushers.map((p) => `@${p.replace(/^@/, '')}`).join(', ')})`);
    }
  }

  const waivers = waiverStatuses(input.waivers ?? [], approvals, facts, headSha);
  for (const w of waivers) (w.effective ? reasons : missing).push(w.reason);

  reasons.push(...check.unknown);
  const approved = blockers.length === 0 && missing.length === 0;
  return { approved, codeOwnersSatisfied, files, missing, blockers, reasons, approvals, waivers };
}
