/**
 * Approval evidence for the deploy gate (DESIGN §2): for each merge a deployment rests on — the
 * manifest change itself and the registration of each version that starts serving — the approvals
 * are recomputed now from GitHub's own data (the merged pull request's files and reviews, the base
 * side's CODEOWNERS and modelgate.yaml, the branch's rules) with the approvals core, exactly as the
 * record job does at merge time, and cross-checked with the audit log's anchored record of that
 * merge. A check run's word is never taken: neither a green `modelgate/approvals` nor a record
 * alone is enough; both the recomputation and the anchored record must say "approved".
 *
 * Versions registered before modelgate was adopted have no anchored registration record. They get
 * a one-time baseline path: an approved pull request that marks them `status: baseline` in
 * model.yaml; that merge is then verified in place of the registration.
 */
import type { ApprovalResult } from '../approvals/evaluate.js';
import { combineRules, describeRule, resolveRule, type EffectiveRule } from '../approvals/rules.js';
import { approvalsAtMerge, type MergeApprovals } from '../audit/merge-approvals.js';
import { mergeSubject } from '../audit/records.js';
import { ToolError, describeError } from '../errors.js';
import type { GitAuth } from '../git/fetch.js';
import { git, readBlobs } from '../git/git.js';
import type { GitHubClient } from '../github/client.js';
import { listPullsOfCommit } from '../github/commit-pulls.js';
import { explainGitHubError } from '../github/errors.js';
import type { RepoRef } from '../github/pulls.js';
import type { TeamDirectory } from '../github/teams.js';
import { parseDocumentBytes } from '../registry/document.js';
import { modelPath } from '../registry/loader.js';
import type { ConfigDoc, ModelDoc } from '../registry/types.js';
import { findAnchoredRecord, type AnchoredLookup } from './evidence.js';
import { parseRecordText, RECORDS_DIR } from '../audit/log.js';
import { findBranchRef, getBlobText, getCommitTree, getTree } from '../github/git-data.js';

export interface MergeContext {
  client: GitHubClient;
  teams: TeamDirectory;
  repo: RepoRef;
  repoDir: string;
  /** The registry's directory inside the repository ('' at the top). */
  prefix: string;
  defaultBranch: string;
  auth: GitAuth;
  audit: { branch: string; trusted: readonly string[] };
  /** The base configuration the deploy is judged by, for the hot-fix rule. */
  config: ConfigDoc;
}

export interface MergeVerdict {
  commit: string;
  pull: number | null;
  /** The recomputed decision; null when it could not be made. */
  approved: boolean | null;
  approvalsMessage: string;
  evidence: AnchoredLookup | null;
  evidenceOk: boolean;
  evidenceMessage: string;
  /** Who counted, for the deployment record. */
  counted: string[];
  /** The pull request and its approvals at merge time, as evidence; null when they could not be established. */
  approvalsAtMerge: MergeApprovals | null;
}

const cache = new WeakMap<MergeContext, Map<string, Promise<MergeVerdict>>>();

function errorText(err: unknown): string {
  if (typeof (err as { status?: unknown }).status === 'number') {
    const e = explainGitHubError(err, { action: 'deploy' });
    return `${e.message} ${e.fix}`.trim();
  }
  return describeError(err);
}

/** Fails closed on a shallow clone: bake times and registering merges need the whole first-parent history. */
export async function assertFullHistory(repoDir: string): Promise<void> {
  if ((await git(repoDir, ['rev-parse', '--is-shallow-repository'])).trim() === 'true') {
    throw new ToolError('the checkout is shallow: the deploy gates read the first-parent history of the default branch (bake times, the merges that registered each version). Check out with actions/checkout `fetch-depth: 0`.');
  }
}

/** The merge on the first-parent chain of `at` that added the version's card, or null. */
export async function registeringCommit(ctx: MergeContext, at: string, model: string, version: string): Promise<string | null> {
  const file = `${ctx.prefix ? `${ctx.prefix}/` : ''}models/${model}/${version}/card.yaml`;
  const out = await git(ctx.repoDir, ['log', '--first-parent', '--diff-filter=A', '--format=%H', at, '--', file]);
  return out.split('\n').find((l) => /^[0-9a-f]{40}/.test(l)) ?? null;
}

/** The first-parent commit that set the version's `status: baseline` mark, as it stands at `at`, or null. */
export async function baselineCommit(ctx: MergeContext, at: string, model: string, version: string): Promise<string | null> {
  const file = `${ctx.prefix ? `${ctx.prefix}/` : ''}${modelPath(model)}`;
  const commits = (await git(ctx.repoDir, ['log', '--first-parent', '--format=%H %P', at, '--', file])).split('\n').filter(Boolean).map((l) => l.split(' '));
  const specs = commits.flatMap(([c, p]) => [`${c}:${file}`, ...(p ? [`${p}:${file}`] : [])]);
  const blobs = await readBlobs(ctx.repoDir, specs);
  const marked = (spec: string) => {
    const bytes = blobs.get(spec);
    if (!bytes) return false;
    const doc = parseDocumentBytes(bytes, modelPath(model), 'model', { model }).value as ModelDoc | undefined;
    return doc?.versions?.[version]?.status === 'baseline';
  };
  // Newest first: the mark must hold at `at`, and the commit that introduced it is the one whose parent lacks it.
  if (!commits[0] || !marked(`${commits[0][0]}:${file}`)) return null;
  for (const [c, p] of commits) {
    if (!marked(`${c}:${file}`)) return null;
    if (!p || !marked(`${p}:${file}`)) return c!;
  }
  return null;
}

async function recompute(ctx: MergeContext, commit: string, base: string, requireHigh: boolean): Promise<{ pull: number | null; result: ApprovalResult | null; message: string; evidence: MergeApprovals | null }> {
  const pulls = await listPullsOfCommit(ctx.client, ctx.repo, commit);
  const merged = pulls.find((p) => p.mergedAt && p.mergeCommitSha === commit && p.baseRef === ctx.defaultBranch);
  if (!merged) return { pull: null, result: null, evidence: null, message: `commit ${commit.slice(0, 12)} reached ${ctx.defaultBranch} without a merged pull request (a direct push)` };
  try {
    // A hot fix skips bake time, so it answers to the high-risk rule whatever the models' tiers.
    const high = resolveRule(ctx.config.approvals?.tiers?.high);
    const at = await approvalsAtMerge({
      client: ctx.client,
      teams: ctx.teams,
      repo: ctx.repo,
      repoDir: ctx.repoDir,
      prefix: ctx.prefix,
      merged,
      base,
      auth: ctx.auth,
      ...(requireHigh ? { tighten: (rule: EffectiveRule) => combineRules([rule, high]) } : {}),
    });
    const result = at.gathered.result;
    const rule = `${describeRule(at.gathered.input.rule)}${requireHigh ? ' (with the high-risk rule, for the hot fix)' : ''}`;
    const missing = [...result.missing, ...result.blockers.map((b) => `changes requested by @${b}`)];
    return {
      pull: merged.number,
      result,
      evidence: at,
      message: result.approved
        ? `pull request #${merged.number} had the approvals its rule requires (${rule}) when it was merged: ${result.approvals.map((a) => `@${a.login}`).join(', ') || 'none needed'}`
        : `pull request #${merged.number} was merged without the approvals its rule requires (${rule}): ${missing.join('; ') || result.reasons.join('; ')}`,
    };
  } catch (err) {
    return { pull: merged.number, result: null, evidence: null, message: `the approvals of pull request #${merged.number} could not be established: ${errorText(err)}` };
  }
}

/** Recomputes one merge's approvals and finds its anchored registration record. Cached per context. */
export function verifyMerge(ctx: MergeContext, commit: string, o: { requireHigh?: boolean } = {}): Promise<MergeVerdict> {
  let byCommit = cache.get(ctx);
  if (!byCommit) cache.set(ctx, (byCommit = new Map()));
  const key = `${commit}:${o.requireHigh ? 'high' : ''}`;
  let v = byCommit.get(key);
  if (!v) byCommit.set(key, (v = verifyMergeUncached(ctx, commit, o.requireHigh ?? false)));
  return v;
}

async function verifyMergeUncached(ctx: MergeContext, commit: string, requireHigh: boolean): Promise<MergeVerdict> {
  const base = (await git(ctx.repoDir, ['rev-list', '--parents', '-n', '1', commit])).trim().split(/\s+/)[1];
  if (!base) {
    return { commit, pull: null, approved: false, approvalsMessage: `commit ${commit.slice(0, 12)} is a root commit: no pull request merged it`, evidence: null, evidenceOk: false, evidenceMessage: 'no registration record can exist for a root commit', counted: [], approvalsAtMerge: null };
  }
  const { pull, result, message, evidence: atMerge } = await recompute(ctx, commit, base, requireHigh);
  const subject = mergeSubject(pull, commit);
  let evidence: AnchoredLookup | null = null;
  let evidenceMessage: string;
  let evidenceOk = false;
  try {
    evidence = await findAnchoredRecord(ctx.client, ctx.repo, { branch: ctx.audit.branch, trusted: ctx.audit.trusted, kind: 'registration', subject });
    if (evidence.status !== 'found') {
      evidenceMessage = evidence.reason;
    } else {
      const r = evidence.record;
      const outcome = (r.data as { outcome?: string }).outcome;
      evidenceOk = outcome === 'approved' && r.approvals?.approved === true;
      evidenceMessage = evidenceOk
        ? `audit record ${r.seq} (${subject}) says approved, anchored by @${evidence.anchoredBy} at ${evidence.anchoredAt}`
        : `audit record ${r.seq} (${subject}) says ${outcome ?? 'nothing'}: the record job did not find this merge approved`;
    }
  } catch (err) {
    evidenceMessage = `the audit branch ${ctx.audit.branch} could not be read: ${errorText(err)}`;
  }
  return { commit, pull, approved: result ? result.approved : null, approvalsMessage: message, evidence, evidenceOk, evidenceMessage, counted: result?.approvals.map((a) => a.login) ?? [], approvalsAtMerge: atMerge };
}

/**
 * Whether a registering merge came before modelgate's adoption, which is what the baseline path is
 * for: modelgate never saw it — the audit branch has no registration record of it at all (an
 * anchored `bypassed` record means modelgate saw it and it was not approved) — and it is an ancestor
 * of the decision commit of the audit log's first record (record 1: adoption). With no audit
 * branch or no record yet, adoption has not happened. Anything that cannot be established fails closed.
 */
export async function beforeAdoption(ctx: MergeContext, reg: string, verdict: MergeVerdict | null): Promise<{ ok: boolean; why: string }> {
  const seen = verdict?.evidence && verdict.evidence.status !== 'missing' ? verdict.evidence : null;
  if (seen) {
    const rec = seen.record;
    const outcome = (rec?.data as { outcome?: string } | undefined)?.outcome;
    return { ok: false, why: `the merge that registered it (${reg.slice(0, 12)}) has a registration record on ${ctx.audit.branch}${rec ? ` (record ${rec.seq}${outcome ? `, ${outcome}` : ''})` : ''}: modelgate saw that merge, so it was not registered before adoption` };
  }
  try {
    const tip = await findBranchRef(ctx.client, ctx.repo, ctx.audit.branch);
    if (!tip) return { ok: true, why: `${ctx.audit.branch} does not exist yet` };
    const root = await getTree(ctx.client, ctx.repo, await getCommitTree(ctx.client, ctx.repo, tip));
    const dir = root.find((i) => i.path === RECORDS_DIR && i.type === 'tree');
    const first = dir ? (await getTree(ctx.client, ctx.repo, dir.sha)).find((i) => i.type === 'blob' && /^0*1-/.test(i.path)) : undefined;
    if (!first) return { ok: true, why: `${ctx.audit.branch} holds no record yet` };
    const record = parseRecordText(await getBlobText(ctx.client, ctx.repo, first.sha));
    const adoption = record.commits.decision;
    const precedes = reg !== adoption && (await git(ctx.repoDir, ['merge-base', '--is-ancestor', reg, adoption]).then(() => true, () => false));
    return precedes
      ? { ok: true, why: `it precedes ${adoption.slice(0, 12)}, the decision of the audit log's first record` }
      : { ok: false, why: `the merge that registered it (${reg.slice(0, 12)}) does not precede ${adoption.slice(0, 12)}, the decision of the audit log's first record (modelgate's adoption): a version registered since then needs its own approved, recorded registration` };
  } catch (err) {
    return { ok: false, why: `whether it was registered before adoption cannot be established: ${errorText(err)}` };
  }
}
