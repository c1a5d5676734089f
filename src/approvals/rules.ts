/**
 * Approval rules as modelgate.yaml writes them (`approvals.tiers`, `approvals.paths`), completed
 * with defaults and combined. Pure.
 *
 * A change can fall under several rules at once (a high-risk model and `policies/`); each field is
 * then the strictest any of them asks for, so touching one more file can only add requirements.
 */
import type { ApprovalRule } from '../registry/types.js';

export type CodeOwnersMode = NonNullable<ApprovalRule['codeOwners']>;
export type UnownedFilesMode = NonNullable<ApprovalRule['unownedFiles']>;

/** An approval rule with every field decided. */
export interface EffectiveRule {
  minApprovals: number;
  codeOwners: CodeOwnersMode;
  requireTeams: string[];
  independentOfOwner: boolean;
  headCommitOnly: boolean;
  unownedFiles: UnownedFilesMode;
}

/**
 * What a rule that leaves a field out gets. It mirrors a branch with "Require a pull request before
 * merging", one approval and "Require review from Code Owners": what a governed registry should have
 * at the least, so that forgetting a field never opens the gate wider than GitHub's usual setup.
 */
export const DEFAULT_RULE: Readonly<EffectiveRule> = Object.freeze({
  minApprovals: 1,
  codeOwners: 'every-owned-file',
  requireTeams: [],
  independentOfOwner: false,
  headCommitOnly: false,
  unownedFiles: 'require-approval',
});

const CODE_OWNERS_ORDER: Record<CodeOwnersMode, number> = { none: 0, any: 1, 'every-owned-file': 2 };
const UNOWNED_ORDER: Record<UnownedFilesMode, number> = { allow: 0, 'require-approval': 1, deny: 2 };

function uniqueTeams(teams: Iterable<string>): string[] {
  const seen = new Map<string, string>();
  // Team slugs compare without regard to case, as GitHub compares them.
  for (const team of teams) if (!seen.has(team.toLowerCase())) seen.set(team.toLowerCase(), team);
  return [...seen.values()];
}

export function resolveRule(rule: ApprovalRule | undefined): EffectiveRule {
  return {
    minApprovals: rule?.minApprovals ?? DEFAULT_RULE.minApprovals,
    codeOwners: rule?.codeOwners ?? DEFAULT_RULE.codeOwners,
    requireTeams: uniqueTeams(rule?.requireTeams ?? DEFAULT_RULE.requireTeams),
    independentOfOwner: rule?.independentOfOwner ?? DEFAULT_RULE.independentOfOwner,
    headCommitOnly: rule?.headCommitOnly ?? DEFAULT_RULE.headCommitOnly,
    unownedFiles: rule?.unownedFiles ?? DEFAULT_RULE.unownedFiles,
  };
}

/** The strictest of each field; an empty list gives the default rule. */
export function combineRules(rules: readonly EffectiveRule[]): EffectiveRule {
  if (rules.length === 0) return resolveRule(undefined);
  const [first, ...rest] = rules as [EffectiveRule, ...EffectiveRule[]];
  const out: EffectiveRule = { ...first, requireTeams: [...first.requireTeams] };
  for (const r of rest) {
    out.minApprovals = Math.max(out.minApprovals, r.minApprovals);
    if (CODE_OWNERS_ORDER[r.codeOwners] > CODE_OWNERS_ORDER[out.codeOwners]) out.codeOwners = r.codeOwners;
    out.requireTeams = uniqueTeams([...out.requireTeams, ...r.requireTeams]);
    out.independentOfOwner ||= r.independentOfOwner;
    out.headCommitOnly ||= r.headCommitOnly;
    if (UNOWNED_ORDER[r.unownedFiles] > UNOWNED_ORDER[out.unownedFiles]) out.unownedFiles = r.unownedFiles;
  }
  return out;
}

/** One line for summaries and messages, e.g. `2 approvals, every owned file, teams @acme/model-risk, independent, head commit only`. */
export function describeRule(rule: EffectiveRule): string {
  const parts = [`${rule.minApprovals} approval${rule.minApprovals === 1 ? '' : 's'}`];
  parts.push(
    rule.codeOwners === 'every-owned-file' ? 'code owners of every owned file' : rule.codeOwners === 'any' ? 'one code owner' : 'no code-owner requirement',
  );
  if (rule.requireTeams.length > 0) parts.push(`teams ${rule.requireTeams.join(', ')}`);
  if (rule.independentOfOwner) parts.push('independent of the owner team');
  if (rule.headCommitOnly) parts.push('head commit only');
  parts.push(`unowned files: ${rule.unownedFiles}`);
  return parts.join(', ');
}
