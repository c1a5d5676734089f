/**
 * The approvals action's logic, apart from @actions/core so it runs in tests as it runs in a job.
 *
 * It runs from the base branch only (DESIGN §2): on `pull_request_target`, and on `workflow_run`
 * after the unprivileged `pull_request_review` trigger workflow. From a workflow_run it trusts
 * nothing the triggering run produced: it takes the head commit from GitHub's own event, finds the
 * open pull requests with that head through the API (a fork's `pull_requests` list is empty),
 * re-reads every review, and writes its check run explicitly on that head commit.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { ToolError, UsageError, describeError } from '../errors.js';
import { ensureCommit, type GitAuth } from '../git/fetch.js';
import { repoTopLevel } from '../git/git.js';
import { getBranchHead } from '../github/branch-head.js';
import { createCheckRun, type CheckRunResult } from '../github/checks.js';
import type { GitHubClient } from '../github/client.js';
import { commentMarker, upsertMarkedComment, type UpsertResult } from '../github/comments.js';
import { explainGitHubError } from '../github/errors.js';
import { listOpenPullsWithHead } from '../github/pull-lookup.js';
import { getPullRequest } from '../github/pulls.js';
import { TeamDirectory } from '../github/teams.js';
import { gateMode, type GateMode } from '../registry/types.js';
import { decisionJson, type ApprovalResult, type DecisionJson } from './evaluate.js';
import { capText, formatDecisionMarkdown } from './format.js';
import { gatherAndEvaluate, type GatheredApprovals } from './gather.js';
import { describeRule } from './rules.js';
import type { ActionRunEvent, CoreLog } from '../github/action-context.js';

export const CHECK_NAME = 'modelgate/approvals';

export interface ApprovalsInputs {
  token: string;
  /** A token that can read the organisation's teams; the repository token is tried without it. */
  teamsToken: string | undefined;
  /** The registry's directory relative to the workspace ('' for the top level). */
  registryPath: string;
  comment: 'always' | 'never';
  /** Evaluate this pull request (workflow_dispatch); otherwise the event says which. */
  pullRequest: number | undefined;
}

export type ApprovalsEvent = ActionRunEvent;
export type ApprovalsLog = CoreLog;

export interface ApprovalsDeps {
  event: ApprovalsEvent;
  client: GitHubClient;
  /** Built from `teams-token`; the same as `client` when none was given. */
  teamsClient: GitHubClient;
  log: ApprovalsLog;
}

export interface PullDecision {
  number: number;
  headSha: string;
  result: ApprovalResult;
  gathered?: GatheredApprovals;
  /** Set when the pull request could not be judged (it then fails closed). */
  error?: string;
  comment?: UpsertResult;
}

export interface ApprovalsRun {
  /** Null when there was nothing to judge (e.g. the reviewed commit is no open pull request's head). */
  headSha: string | null;
  decisions: PullDecision[];
  approved: boolean;
  mode: GateMode;
  conclusion: 'success' | 'failure' | 'neutral' | 'skipped';
  /** The decision JSON of the first pull request (the event's own). */
  decision: DecisionJson | null;
  checkRun: CheckRunResult | null;
  /** Markdown for the job summary. */
  summary: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function object(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The head commit to judge and the pull requests whose head it is. */
async function targets(inputs: ApprovalsInputs, deps: ApprovalsDeps): Promise<{ headSha: string; numbers: number[] } | null> {
  const { event, client, log } = deps;
  let headSha: string;
  let numbers: number[] = [];
  if (inputs.pullRequest !== undefined) {
    headSha = (await getPullRequest(client, event.repo, inputs.pullRequest)).headSha;
    numbers = [inputs.pullRequest];
  } else if (event.name === 'pull_request_target') {
    const number = object(event.payload.pull_request)?.number;
    if (typeof number !== 'number') throw new ToolError('the pull_request_target payload has no pull request number');
    // The payload's head may be stale by now; GitHub's current answer decides.
    const pull = await getPullRequest(client, event.repo, number);
    if (pull.state !== 'open') {
      log.notice(`pull request #${number} is ${pull.state}: nothing to judge`);
      return null;
    }
    headSha = pull.headSha;
    numbers = [number];
  } else if (event.name === 'workflow_run') {
    const run = object(event.payload.workflow_run);
    const sha = run?.head_sha;
    if (typeof sha !== 'string' || !SHA.test(sha)) throw new ToolError('the workflow_run payload has no head_sha');
    headSha = sha;
  } else if (event.name === 'pull_request' || event.name === 'pull_request_review') {
    throw new UsageError(
      `the approvals gate does not run on ${event.name}: that workflow comes from the pull request itself, and a fork's token cannot write checks. ` +
        'Run it on pull_request_target, and on workflow_run after the modelgate review trigger workflow (templates/workflows/modelgate-approvals.yml).',
    );
  } else {
    throw new UsageError(`the approvals gate runs on pull_request_target or workflow_run (or with the pull-request input); this run is ${event.name}`);
  }
  // Every open pull request with this head: a check run on the commit shows on all of them.
  const others = await listOpenPullsWithHead(client, event.repo, headSha);
  numbers = [...new Set([...numbers, ...others.map((p) => p.number)])];
  if (numbers.length === 0) {
    log.notice(`no open pull request has head ${headSha.slice(0, 12)} (it moved on or was closed): nothing to judge`);
    return null;
  }
  return { headSha, numbers };
}

async function registryPrefix(workspace: string, registryPath: string): Promise<{ repoDir: string; prefix: string }> {
  let repoDir: string;
  try {
    repoDir = await repoTopLevel(workspace);
  } catch {
    throw new UsageError(`${workspace} is not a git repository: check the repository out with actions/checkout (the base branch) before this step.`);
  }
  const rel = path.relative(await realpath(repoDir), await realpath(workspace)).split(path.sep).join('/');
  if (rel.startsWith('..')) throw new UsageError(`the workspace ${workspace} is outside the git repository ${repoDir}`);
  return { repoDir, prefix: [rel, registryPath].filter((p) => p !== '').join('/') };
}

function failedResult(message: string): ApprovalResult {
  return { approved: false, codeOwnersSatisfied: false, files: [], missing: [`modelgate could not decide, so nothing is approved: ${message}`], blockers: [], reasons: [], approvals: [], waivers: [] };
}

function errorText(err: unknown): string {
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number') {
    const e = explainGitHubError(err, { action: 'approvals' });
    return `${e.message} ${e.fix}`.trim();
  }
  return describeError(err);
}

async function judge(number: number, expectedHead: string, inputs: ApprovalsInputs, deps: ApprovalsDeps, where: { repoDir: string; prefix: string }): Promise<PullDecision> {
  const { client, event } = deps;
  try {
    const pull = await getPullRequest(client, event.repo, number);
    if (pull.headSha !== expectedHead) {
      throw new ToolError(`pull request #${number} moved to ${pull.headSha.slice(0, 12)} while it was being judged; the run for that push decides`);
    }
    const baseSha = await getBranchHead(client, event.repo, pull.baseRef);
    const auth: GitAuth = { serverUrl: event.serverUrl, token: inputs.token };
    await ensureCommit(where.repoDir, baseSha, `the tip of base branch ${pull.baseRef}`, auth);
    await ensureCommit(where.repoDir, pull.headSha, `the head of pull request #${number}`, auth);
    const teams = new TeamDirectory(deps.teamsClient, { tokenInput: "the approvals action's `teams-token` input", given: inputs.teamsToken !== undefined });
    const gathered = await gatherAndEvaluate({
      client,
      teams,
      repo: event.repo,
      repoDir: where.repoDir,
      registryPath: where.prefix,
      pull: { number, author: pull.author, baseRef: pull.baseRef, baseSha, headSha: pull.headSha, changedFiles: pull.changedFiles },
    });
    return { number, headSha: pull.headSha, result: gathered.result, gathered };
  } catch (err) {
    const message = errorText(err);
    return { number, headSha: expectedHead, result: failedResult(message), error: message };
  }
}

function context(d: PullDecision): string[] {
  const g = d.gathered;
  if (!g) return [`pull request #${d.number}, head ${d.headSha.slice(0, 7)}`];
  return [
    `pull request #${d.number}, head ${d.headSha.slice(0, 7)}${g.change.tier ? `, risk tier **${g.change.tier}**` : ''}`,
    `rule: ${describeRule(g.change.rule)}`,
    `code owners from ${g.codeownersFile ?? 'no CODEOWNERS file'} on the base branch`,
  ];
}

function summaryOf(decisions: readonly PullDecision[], mode: GateMode): string {
  const parts = decisions.map((d) => `${decisions.length > 1 ? `### #${d.number}\n\n` : ''}${formatDecisionMarkdown(d.result, { context: context(d) })}`);
  const advisory = mode === 'advisory' ? '\n_The approvals gate is advisory (modelgate.yaml `gates.approvals`): it reports and does not block._\n' : '';
  return `${parts.join('\n')}${advisory}`;
}

function titleOf(decisions: readonly PullDecision[]): string {
  if (decisions.every((d) => d.result.approved)) return 'Approved';
  if (decisions.some((d) => d.error)) return 'Not approved: modelgate could not decide';
  const missing = decisions.reduce((n, d) => n + d.result.missing.length, 0);
  const blockers = decisions.reduce((n, d) => n + d.result.blockers.length, 0);
  return `Not approved: ${[missing ? `${missing} missing` : '', blockers ? `changes requested by ${blockers}` : ''].filter(Boolean).join(', ')}`;
}

function markerFor(prefix: string): string {
  return commentMarker(prefix ? `approvals path=${prefix}` : 'approvals');
}

async function keepComment(d: PullDecision, body: string, prefix: string, deps: ApprovalsDeps): Promise<UpsertResult | undefined> {
  const marker = markerFor(prefix);
  try {
    return await upsertMarkedComment(deps.client, deps.event.repo, d.number, { marker, body: `${marker}\n## modelgate approvals\n\n${body}`, create: true });
  } catch (err) {
    // The check run carries the decision; a comment the token may not write is not fatal.
    const e = explainGitHubError(err, { action: 'approvals', permission: 'pull-requests: write' });
    deps.log.warning(`${e.message}\n${e.fix}`, 'modelgate approvals: pull request comment skipped');
    return undefined;
  }
}

export async function runApprovals(inputs: ApprovalsInputs, deps: ApprovalsDeps): Promise<ApprovalsRun> {
  const found = await targets(inputs, deps);
  if (!found) return { headSha: null, decisions: [], approved: false, mode: 'enforce', conclusion: 'skipped', decision: null, checkRun: null, summary: 'Nothing to judge.\n' };
  const where = await registryPrefix(deps.event.workspace, inputs.registryPath);
  const decisions: PullDecision[] = [];
  for (const number of found.numbers) decisions.push(await judge(number, found.headSha, inputs, deps, where));

  const approved = decisions.every((d) => d.result.approved);
  // Advisory only when every judged pull request's base says so and none failed to be judged.
  const mode: GateMode = decisions.every((d) => d.gathered && gateMode(d.gathered.config ?? undefined, 'approvals') === 'advisory') ? 'advisory' : 'enforce';
  const conclusion = approved ? 'success' : mode === 'advisory' ? 'neutral' : 'failure';
  const summary = summaryOf(decisions, mode);

  const checkRun = await createCheckRun(deps.client, deps.event.repo, {
    name: CHECK_NAME,
    headSha: found.headSha,
    conclusion,
    title: titleOf(decisions),
    summary: capText(summary),
    ...(deps.event.runUrl ? { detailsUrl: deps.event.runUrl } : {}),
  });
  deps.log.info(`check run ${CHECK_NAME} on ${found.headSha.slice(0, 12)}: ${conclusion}${checkRun.url ? ` (${checkRun.url})` : ''}`);

  if (inputs.comment === 'always') {
    for (const d of decisions) {
      const body = capText(formatDecisionMarkdown(d.result, { context: context(d) }), 60_000);
      d.comment = await keepComment(d, body, where.prefix, deps);
    }
  }
  return { headSha: found.headSha, decisions, approved, mode, conclusion, decision: decisionJson(decisions[0]!.result), checkRun, summary };
}
