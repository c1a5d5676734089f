/**
 * The `deploy` action's logic (the per-environment jobs of the push workflow), apart from
 * @actions/core. The job runs with `environment: {name, deployment: false}`, so GitHub's
 * environment protection (required reviewers, wait timers, branch rules) has already let it start;
 * modelgate then refuses anything the registry cannot justify:
 *
 *   plan gates     promotion order, bake time, traffic steps, strategy, registration, policy
 *                  (no-regression against what is replaced) — `buildPlan` on the pushed commit
 *                  against what the branch held before the push (`before`; else its first parent), with the base side's rules;
 *   environment    the `environment` input names the manifest and the manifest says it;
 *   approvals      the manifest change's pull request, and each newly serving version's registering
 *                  pull request, approved — recomputed now from GitHub's data (merges.ts);
 *   evidence       and the record job's anchored registration record of each of those merges agrees;
 *   artifact       each newly serving version's bytes hash to its card's sha256 where reachable;
 *   render         each requested platform can express the serving configuration.
 *
 * Then it keeps ONE GitHub Deployment per (environment, manifest change) — found again on a re-run
 * by its task and payload — and drives its statuses from what really happened: in_progress while
 * the user's rollout runs, then success or failure from the rollout's own exit status (a blocked
 * gate is a failure too). Every attempt leaves a `deployment` record per changed model in the
 * audit log, successful or not.
 */
import { mkdir, realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ApprovalEvidence, CardEvidence, DeploymentData, PullRequestEvidence, RecordDraft, RunEvidence, ServingState } from '../audit/records.js';
import { appendRecord, type AppendResult } from '../audit/writer.js';
import { ToolError, UsageError, describeError } from '../errors.js';
import { ensureCommit, type GitAuth } from '../git/fetch.js';
import { git, repoTopLevel } from '../git/git.js';
import type { GitHubClient } from '../github/client.js';
import { createDeployment } from '../github/deployment-create.js';
import { listDeployments, type DeploymentInfo } from '../github/deployment-list.js';
import { createDeploymentStatus, type DeploymentState } from '../github/deployment-status-create.js';
import type { RepoRef } from '../github/pulls.js';
import type { CoreLog } from '../github/action-context.js';
import type { RecordEvent } from '../audit/record.js';
import { getBranchHead } from '../github/branch-head.js';
import { TeamDirectory } from '../github/teams.js';
import { loadPolicyPacks } from '../policy/pack.js';
import { loadDocument } from '../registry/document.js';
import { GitSource } from '../registry/git-source.js';
import { CONFIG_FILE, cardPath, manifestPath } from '../registry/loader.js';
import type { ConfigDoc } from '../registry/types.js';
import { DEFAULT_ARTIFACT_MAX_BYTES, verifyArtifact, type ArtifactCheck } from './artifact.js';
import { auditSettings } from './evidence.js';
import { assertFullHistory, baselineCommit, beforeAdoption, registeringCommit, verifyMerge, type MergeContext, type MergeVerdict } from './merges.js';
import { buildPlan, type Plan } from './plan.js';
import { gate, planVerdict, type GateResult } from './promotion.js';
import { render, type Platform, type RenderResult } from './render/index.js';
import { runRollout, rolloutEnv, type RolloutResult } from './rollout.js';

/** The task of modelgate's own Deployments: how a re-run tells them from anyone else's. */
export const DEPLOY_TASK = 'deploy:modelgate';

export interface DeployInputs {
  token: string;
  teamsToken: string | undefined;
  registryPath: string;
  environment: string;
  /** Run by bash after the gates pass; its exit status decides success or failure. Absent: the `deploy-status` action reports. */
  rolloutCommand: string | undefined;
  render: Platform[];
  artifactMaxBytes: number;
  auditBranch: string | undefined;
}

export interface DeployEvent extends RecordEvent {
  runnerTemp: string | undefined;
}

export interface DeployLog extends CoreLog {
  error(message: string, title?: string): void;
}

export interface DeployDeps {
  event: DeployEvent;
  client: GitHubClient;
  teamsClient: GitHubClient;
  log: DeployLog;
  env: NodeJS.ProcessEnv;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

export type DeployStatus = 'deployed' | 'rollout-failed' | 'blocked' | 'awaiting-rollout' | 'nothing-to-deploy';

/** What the deploy step leaves for the `deploy-status` step of the same job (RUNNER_TEMP). */
export interface DeployState {
  schemaVersion: 1;
  environment: string;
  manifestCommit: string;
  deploymentId: number;
  startedAt: string;
  /** Set once a final status and the records are written: a later deploy-status then does nothing. */
  finished: boolean;
  registryPath: string;
  /** The audit branch the deploy step chose (modelgate.yaml on the base side, or its input). */
  auditBranch: string;
  target: string | null;
  models: { model: string; serving: ServingState }[];
  cards: CardEvidence[];
  policyPackDigest: string | null;
  /** The manifest change's pull request and its approvals at merge time, recomputed from GitHub's data. */
  pullRequest: PullRequestEvidence | null;
  approvals: ApprovalEvidence | null;
  summary: string;
}

export interface DeployRun {
  status: DeployStatus;
  environment: string;
  commit: string | null;
  gates: GateResult[];
  artifacts: (ArtifactCheck & { model: string; version: string })[];
  deploymentId: number | null;
  outDir: string | null;
  rollout: RolloutResult | null;
  written: AppendResult[];
  failure: string | null;
  summary: string;
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/;

function object(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Where the plan, the rendered files and the state for deploy-status go. */
export function deployDir(runnerTemp: string | undefined, env: string): string {
  if (!runnerTemp) throw new UsageError('RUNNER_TEMP is not set: the deploy action runs inside a GitHub Actions job.');
  return path.join(runnerTemp, 'modelgate-deploy', env);
}

export function statePath(runnerTemp: string | undefined, env: string): string {
  return path.join(deployDir(runnerTemp, env), 'state.json');
}

async function where(workspace: string, registryPath: string): Promise<{ repoDir: string; prefix: string }> {
  let repoDir: string;
  try {
    repoDir = await repoTopLevel(workspace);
  } catch {
    throw new UsageError(`${workspace} is not a git repository: check the repository out with actions/checkout (fetch-depth: 0) before this step.`);
  }
  const rel = path.relative(await realpath(repoDir), await realpath(workspace)).split(path.sep).join('/');
  return { repoDir, prefix: [rel, registryPath].filter((p) => p !== '' && p !== '.').join('/') };
}

function servingState(e: { strategy: ServingState['strategy']; stable: string; candidate?: string; traffic?: number }): ServingState {
  return { strategy: e.strategy, stable: e.stable, ...(e.candidate !== undefined ? { candidate: e.candidate } : {}), ...(e.traffic !== undefined ? { traffic: e.traffic } : {}) };
}

const APPROVALS_REMEDY =
  'A merge that reached the default branch without its approvals cannot be approved after the fact: revert it, or merge a new pull request with the approvals its rule requires. ' +
  'A version registered before modelgate was adopted takes the one-time baseline path: an approved pull request that marks it `status: baseline` under `versions:` in its model.yaml.';
const EVIDENCE_REMEDY =
  'Run the record job first (`needs: record` in modelgate-push.yml) with the trusted writer\'s token, then re-run this job; a merge from before adoption takes the baseline path (mark the version `status: baseline` in model.yaml through an approved pull request).';

function mergeGates(config: ConfigDoc, what: string, v: MergeVerdict, extra: Partial<GateResult>): GateResult[] {
  const approved = v.approved === true;
  return [
    approved
      ? gate(config, 'approvals', 'pass', `${what}: ${v.approvalsMessage}`, extra)
      : gate(config, 'approvals', 'fail', `${what}: ${v.approvalsMessage}`, { ...extra, remedy: APPROVALS_REMEDY }),
    v.evidenceOk ? gate(config, 'evidence', 'pass', `${what}: ${v.evidenceMessage}`, extra) : gate(config, 'evidence', 'fail', `${what}: ${v.evidenceMessage}`, { ...extra, remedy: EVIDENCE_REMEDY }),
  ];
}

async function versionGates(ctx: MergeContext, sha: string, model: string, version: string): Promise<GateResult[]> {
  const extra = { model, version };
  const reg = await registeringCommit(ctx, sha, model, version);
  let verdict: MergeVerdict | null = reg ? await verifyMerge(ctx, reg) : null;
  const ok = (v: MergeVerdict | null) => v !== null && v.approved === true && v.evidenceOk;
  if (!ok(verdict)) {
    const bl = await baselineCommit(ctx, sha, model, version);
    // The baseline path is only for versions registered before adoption (merges.ts `beforeAdoption`).
    const adoption = bl && reg ? await beforeAdoption(ctx, reg, verdict) : { ok: true, why: '' };
    if (bl && !adoption.ok && verdict) {
      return mergeGates(ctx.config, `registration of ${model} ${version} (${verdict.pull ? `pull request #${verdict.pull}` : verdict.commit.slice(0, 12)}; its \`status: baseline\` mark does not count: ${adoption.why})`, verdict, extra);
    }
    if (bl) {
      const b = await verifyMerge(ctx, bl);
      if (ok(b)) {
        return mergeGates(ctx.config, `${model} ${version} (registered before adoption; baseline recorded by ${b.pull ? `pull request #${b.pull}` : bl.slice(0, 12)})`, b, extra);
      }
      verdict = verdict && verdict.approved !== null ? verdict : b;
    }
  }
  if (!verdict) {
    return [gate(ctx.config, 'approvals', 'fail', `${model} ${version}: no commit on the default branch's first-parent history added ${cardPath(model, version)}`, { ...extra, remedy: 'Register the version through a pull request before serving it.' })];
  }
  return mergeGates(ctx.config, `registration of ${model} ${version} (${verdict.pull ? `pull request #${verdict.pull}` : verdict.commit.slice(0, 12)})`, verdict, extra);
}

function summaryOf(r: Omit<DeployRun, 'summary'>, plan: Plan | null): string {
  const head =
    r.status === 'deployed'
      ? `**Deployed to ${r.environment}**`
      : r.status === 'awaiting-rollout'
        ? `**Gates passed for ${r.environment}: the rollout step reports next (deploy-status)**`
        : r.status === 'nothing-to-deploy'
          ? `**Nothing to deploy to ${r.environment}**`
          : r.status === 'blocked'
            ? `**Deployment to ${r.environment} blocked by a gate**`
            : `**The rollout to ${r.environment} failed**`;
  const lines = [head, ''];
  if (r.commit) lines.push(`Manifest change: \`${r.commit.slice(0, 12)}\`${r.deploymentId ? ` — GitHub Deployment ${r.deploymentId}` : ''}`, '');
  for (const c of plan?.changes.filter((c) => c.change !== 'unchanged') ?? []) {
    lines.push(`- ${c.model}: ${c.versionsIn.length ? `in ${c.versionsIn.join(', ')}` : ''}${c.versionsOut.length ? ` out ${c.versionsOut.join(', ')}` : ''} → ${JSON.stringify(c.trafficAfter)}`);
  }
  if (r.gates.length) {
    lines.push('', '| gate | result | detail |', '|---|---|---|');
    for (const g of r.gates) {
      const mark = g.outcome === 'pass' ? 'pass' : g.blocking ? '**FAIL**' : g.outcome === 'fail' ? 'fail (advisory)' : 'later';
      lines.push(`| ${g.gate} | ${mark} | ${(g.message + (g.remedy && g.outcome !== 'pass' ? ` — fix: ${g.remedy}` : '')).replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
    }
  }
  if (r.rollout) lines.push('', `Rollout: ${r.rollout.message}.`);
  for (const w of r.written) lines.push(`- ${w.status === 'written' ? 'recorded' : 'already recorded'} ${w.record.seq} \`${w.record.kind}\` ${w.record.subject}`);
  if (r.failure) lines.push('', r.failure);
  lines.push('');
  return lines.join('\n');
}

function finish(r: Omit<DeployRun, 'summary'>, plan: Plan | null): DeployRun {
  return { ...r, summary: summaryOf(r, plan) };
}

export async function findOrCreateDeployment(client: GitHubClient, repo: RepoRef, o: { sha: string; environment: string; production: boolean; description: string }): Promise<{ deployment: DeploymentInfo; created: boolean }> {
  const existing = (await listDeployments(client, repo, { sha: o.sha, environment: o.environment, task: DEPLOY_TASK })).filter((d) => {
    const mg = object(object(d.payload)?.modelgate);
    return d.sha === o.sha && d.environment === o.environment && mg?.manifestCommit === o.sha;
  });
  // The oldest is the one: should two ever exist (a lost race), every run converges on the same.
  const oldest = existing.sort((a, b) => a.id - b.id)[0];
  if (oldest) return { deployment: oldest, created: false };
  const deployment = await createDeployment(client, repo, {
    sha: o.sha,
    environment: o.environment,
    task: DEPLOY_TASK,
    description: o.description,
    productionEnvironment: o.production,
    payload: { modelgate: { schemaVersion: 1, environment: o.environment, manifestCommit: o.sha } },
  });
  return { deployment, created: true };
}

/** Appends one `deployment` record per model of the attempt; a re-run of the same attempt finds them. */
export async function recordAttempt(
  state: DeployState,
  outcome: DeploymentData['outcome'],
  message: string,
  o: { client: GitHubClient; repo: RepoRef; branch: string; run: RunEvidence; runUrl: string | undefined; now: () => Date; sleep?: (ms: number) => Promise<void> },
): Promise<AppendResult[]> {
  const finishedAt = outcome === 'in_progress' ? null : o.now().toISOString();
  const attempt = `${o.run.id ?? 'local'}.${o.run.attempt ?? 1}`;
  const written: AppendResult[] = [];
  for (const m of state.models) {
    const draft: RecordDraft<'deployment'> = {
      kind: 'deployment',
      subject: `deploy/${state.environment}/${m.model}@${state.manifestCommit}#${attempt}`,
      decidedAt: o.now().toISOString(),
      summary: `${state.environment}: ${m.model} ${m.serving.strategy} ${m.serving.stable}${m.serving.candidate ? ` → ${m.serving.candidate} at ${m.serving.traffic ?? 0}%` : ''}: ${outcome} (${message})`.slice(0, 2000),
      commits: { decision: state.manifestCommit },
      // Optional in states written before these fields existed (a deploy-status reading an older run's file).
      pullRequest: state.pullRequest ?? null,
      approvals: state.approvals ?? null,
      policyPackDigest: state.policyPackDigest,
      cards: state.cards.filter((c) => c.model === m.model),
      models: [...new Set([m.serving.stable, ...(m.serving.candidate ? [m.serving.candidate] : [])])].map((version) => ({ model: m.model, version, environment: state.environment })),
      run: o.run,
      data: {
        environment: state.environment,
        model: m.model,
        serving: m.serving,
        outcome,
        startedAt: state.startedAt,
        finishedAt,
        manifestCommit: state.manifestCommit,
        deploymentId: state.deploymentId,
        target: state.target,
        message: `${message}\n\n${state.summary}`.slice(0, 20_000),
      },
    };
    written.push(await appendRecord(draft, { client: o.client, repo: o.repo, branch: o.branch, now: o.now, ...(o.sleep ? { sleep: o.sleep } : {}), ...(o.runUrl ? { anchorUrl: o.runUrl } : {}) }));
  }
  return written;
}

/**
 * A re-run of an old workflow run must not roll back a newer manifest: the manifest deployed must be
 * the one the default branch has now (the branch may have moved on for other files).
 */
async function latestGate(client: GitHubClient, repo: RepoRef, config: ConfigDoc, o: { repoDir: string; branch: string; sha: string; file: string; auth: GitAuth }): Promise<GateResult> {
  const tip = await getBranchHead(client, repo, o.branch);
  if (tip === o.sha) return gate(config, 'latest', 'pass', `${o.sha.slice(0, 12)} is the tip of ${o.branch}`);
  await ensureCommit(o.repoDir, tip, `the tip of ${o.branch}`, o.auth);
  const blob = async (commit: string) => (await git(o.repoDir, ['rev-parse', '--verify', '--quiet', `${commit}:${o.file}`]).catch(() => '')).trim();
  if ((await blob(tip)) === (await blob(o.sha))) return gate(config, 'latest', 'pass', `${o.branch} has moved on to ${tip.slice(0, 12)}, with the same ${o.file}`);
  return gate(config, 'latest', 'fail', `${o.file} has changed on ${o.branch} since ${o.sha.slice(0, 12)} (now ${tip.slice(0, 12)}): deploying this older manifest would undo a newer change`, {
    remedy: `Nothing to re-run here: the workflow run of ${tip.slice(0, 12)} deploys the current manifest. To serve this state again, merge a manifest change that returns to it (a rollback).`,
  });
}

async function packDigest(source: GitSource, config: ConfigDoc, log: DeployLog): Promise<string | null> {
  try {
    return (await loadPolicyPacks(source, config.policies?.packs ?? ['modelgate:default'])).digest;
  } catch (err) {
    log.warning(`the policy pack digest could not be computed for the record: ${describeError(err)}`);
    return null;
  }
}

/**
 * What the default branch held before this push: the push event's `before`, so every commit a
 * rebase or fast-forward push brought in is judged as one change (as the record job does), not only
 * the last one against its first parent. `before` counts when it is a real commit that is an
 * ancestor of the pushed one (with `fetch-depth: 0` it is then in the checkout); otherwise (the
 * branch's first push, a force push, an event without it) the first parent is used, with a notice.
 */
export async function pushBase(repoDir: string, sha: string, before: unknown, log: Pick<DeployLog, 'notice'>): Promise<string | undefined> {
  const parent = (await git(repoDir, ['rev-list', '--parents', '-n', '1', sha])).trim().split(/\s+/)[1];
  if (typeof before === 'string' && SHA.test(before) && !/^0+$/.test(before)) {
    if (before === sha) return parent;
    const ancestor = await git(repoDir, ['merge-base', '--is-ancestor', before, sha]).then(
      () => true,
      () => false,
    );
    if (ancestor) return before;
    log.notice(`the push's \`before\` commit ${before.slice(0, 12)} is not an ancestor of ${sha.slice(0, 12)} in this checkout (a force push, or it was not fetched): the change is judged against the pushed commit's first parent${parent ? ` ${parent.slice(0, 12)}` : ''} instead`, 'modelgate deploy: `before` not usable');
  } else if (parent) {
    log.notice(`the push event names no earlier commit (\`before\`): the change is judged against the pushed commit's first parent ${parent.slice(0, 12)}`, 'modelgate deploy: `before` not usable');
  }
  return parent;
}

export async function runDeploy(inputs: DeployInputs, deps: DeployDeps): Promise<DeployRun> {
  const { event, client, log } = deps;
  const now = deps.now ?? (() => new Date());
  const env = inputs.environment;
  const empty = { environment: env, gates: [] as GateResult[], artifacts: [] as DeployRun['artifacts'], deploymentId: null, outDir: null, rollout: null, written: [] as AppendResult[], failure: null };
  if (event.name !== 'push') throw new UsageError(`the deploy action runs on push to the default branch (a job of modelgate-push.yml after record); this run is ${event.name}`);
  const defaultBranch = object(event.payload.repository)?.default_branch;
  const sha = event.payload.after;
  if (typeof sha !== 'string' || !SHA.test(sha) || /^0+$/.test(sha)) throw new ToolError('the push payload has no pushed commit (`after`)');
  if (typeof defaultBranch !== 'string' || event.payload.ref !== `refs/heads/${defaultBranch}`) {
    return finish({ ...empty, status: 'nothing-to-deploy', commit: sha, failure: null }, null);
  }

  const loc = await where(event.workspace, inputs.registryPath);
  const auth: GitAuth = { serverUrl: event.serverUrl, token: inputs.token };
  await ensureCommit(loc.repoDir, sha, 'the pushed commit', auth);
  await assertFullHistory(loc.repoDir);
  const base = await pushBase(loc.repoDir, sha, event.payload.before, log);
  const prefix = loc.prefix ? `${loc.prefix}/` : '';
  const file = `${prefix}${manifestPath(env)}`;

  // The base side's configuration decides, as for the merge gate: a change cannot relax its own gates.
  const baseSource = base ? new GitSource(loc.repoDir, base, loc.prefix) : null;
  const headSource = new GitSource(loc.repoDir, sha, loc.prefix);
  const configDoc = (baseSource ? await loadDocument(baseSource, CONFIG_FILE, 'config') : null) ?? (await loadDocument(headSource, CONFIG_FILE, 'config'));
  const config = (configDoc?.value as ConfigDoc | undefined) ?? null;
  if (!config) throw new UsageError(`${prefix}${CONFIG_FILE} is missing or invalid on the base side of ${sha.slice(0, 12)}: the deploy gates cannot be read`);
  const envConfig = config.environments.find((e) => e.name === env);
  if (!envConfig) throw new UsageError(`the environment input '${env}' is not an environment of ${CONFIG_FILE} (${config.environments.map((e) => e.name).join(', ')})`);
  if (base && (await git(loc.repoDir, ['diff', '--name-only', base, sha, '--', file])).trim() === '') {
    log.notice(`the push ${base.slice(0, 12)}..${sha.slice(0, 12)} does not change ${file}: nothing to deploy to ${env}`, 'modelgate deploy: nothing to deploy');
    return finish({ ...empty, status: 'nothing-to-deploy', commit: sha }, null);
  }
  const audit = auditSettings(config, inputs.auditBranch);
  const startedAt = now().toISOString();

  const plan = await buildPlan({ repoDir: path.join(loc.repoDir, loc.prefix), env, head: sha, ...(base ? { base } : {}), now: now(), today: now().toISOString().slice(0, 10) });
  const gates: GateResult[] = [];
  const manifestDoc = await loadDocument(headSource, manifestPath(env), 'manifest');
  if (!manifestDoc) gates.push(gate(config, 'environment', 'fail', `${file} does not exist at ${sha.slice(0, 12)}: there is nothing to deploy to ${env}`, { remedy: 'Restore the manifest; to stop serving, list no models (`models: {}`).' }));
  gates.push(await latestGate(client, event.repo, config, { repoDir: loc.repoDir, branch: defaultBranch, sha, file, auth }));
  // The plan's environment gate (the manifest names this environment) is kept; the gates it defers
  // (approvals, evidence, artifact, and a hot fix's approval requirement) are decided below.
  gates.push(...plan.gates.filter((g) => g.outcome !== 'deferred'));

  const ctx: MergeContext = {
    client,
    teams: new TeamDirectory(deps.teamsClient, { tokenInput: "the deploy action's `teams-token` input", given: inputs.teamsToken !== undefined }),
    repo: event.repo,
    repoDir: loc.repoDir,
    prefix: loc.prefix,
    defaultBranch,
    auth,
    audit,
    config,
  };
  const manifestVerdict = await verifyMerge(ctx, sha, { requireHigh: plan.hotfix !== null });
  gates.push(...mergeGates(config, `the manifest change ${manifestVerdict.pull ? `(pull request #${manifestVerdict.pull})` : sha.slice(0, 12)}${plan.hotfix ? ' [hot fix: the high-risk rule applies]' : ''}`, manifestVerdict, {}));

  const artifacts: DeployRun['artifacts'] = [];
  const root = path.join(loc.repoDir, loc.prefix);
  for (const c of plan.changes) {
    if (c.change === 'unchanged' || c.change === 'remove') continue;
    for (const version of c.versionsIn) {
      gates.push(...(await versionGates(ctx, sha, c.model, version)));
      const a = plan.serving.find((s) => s.model === c.model)?.artifacts[version];
      const check = await verifyArtifact(a, { root, maxBytes: inputs.artifactMaxBytes, ...(deps.fetch ? { fetch: deps.fetch } : {}) });
      artifacts.push({ ...check, model: c.model, version });
      const extra = { model: c.model, version };
      if (check.status === 'verified') gates.push(gate(config, 'artifact', 'pass', `${c.model} ${version}: ${check.message}`, extra));
      else if (check.status === 'not-verified') gates.push(gate(config, 'artifact', 'pass', `${c.model} ${version}: NOT VERIFIED — ${check.message}`, extra));
      else gates.push(gate(config, 'artifact', 'fail', `${c.model} ${version}: ${check.message}`, { ...extra, remedy: check.status === 'mismatch' ? 'Serve the artifact the card names, or register a new version whose card carries the new digest.' : 'Make the artifact reachable at the card\'s artifact.uri (or raise `artifact-max-bytes`), then re-run this job.' }));
    }
  }

  const outDir = deployDir(event.runnerTemp, env);
  await mkdir(outDir, { recursive: true });
  const rendered: RenderResult[] = inputs.render.map((p) => render(p, { env, serving: plan.serving }));
  for (const r of rendered) {
    if (r.unsupported.length === 0) gates.push(gate(config, 'render', 'pass', `${r.platform}: ${r.files.map((f) => f.path).join(', ') || 'nothing to render'}`));
    for (const u of r.unsupported) gates.push(gate(config, 'render', 'fail', `${r.platform} cannot express ${u.model} (${u.strategy}): ${u.reason}`, { model: u.model, remedy: `Choose a strategy ${r.platform} can express, or drop ${r.platform} from the \`render\` input.` }));
    for (const f of r.files) {
      await mkdir(path.dirname(path.join(outDir, f.path)), { recursive: true });
      await writeFile(path.join(outDir, f.path), f.content);
    }
  }
  const verdict = planVerdict(gates);
  await writeFile(path.join(outDir, 'plan.json'), `${JSON.stringify({ ...plan, gates, verdict, artifacts, rendered: rendered.map((r) => ({ platform: r.platform, files: r.files.map((f) => f.path), unsupported: r.unsupported, notes: r.notes })) }, null, 2)}\n`);
  for (const g of gates.filter((g) => g.outcome === 'pass' && g.warning)) log.warning(g.message, `modelgate deploy: gate ${g.gate} warns`);
  for (const g of gates.filter((g) => g.outcome === 'fail')) {
    const text = `${g.message}${g.remedy ? `\nFix: ${g.remedy}` : ''}`;
    if (g.blocking) log.error(text, `modelgate deploy: gate ${g.gate} failed`);
    else log.warning(text, `modelgate deploy: gate ${g.gate} failed (advisory)`);
  }

  // The Deployment and the state the records and deploy-status need.
  const changed = plan.changes.filter((c) => c.change !== 'unchanged');
  // A model the change removes serves nothing afterwards: a deployment record (which says what serves)
  // is written for the models that serve after the change.
  const models = changed.filter((c) => c.after).map((c) => ({ model: c.model, serving: servingState(c.after!) }));
  const cards: CardEvidence[] = [];
  for (const c of changed) {
    for (const v of c.after ? [c.after.stable, ...(c.after.candidate ? [c.after.candidate] : [])] : []) {
      const doc = await loadDocument(headSource, cardPath(c.model, v), 'card');
      if (doc?.digest) cards.push({ model: c.model, version: v, path: `${prefix}${cardPath(c.model, v)}`, digest: doc.digest });
    }
  }
  const { deployment, created } = await findOrCreateDeployment(client, event.repo, { sha, environment: env, production: envConfig.production === true, description: `modelgate: ${changed.map((c) => c.model).join(', ') || 'manifest change'} at ${sha.slice(0, 12)}` });
  log.info(`${created ? 'created' : 'found again'} GitHub Deployment ${deployment.id} for ${env} at ${sha.slice(0, 12)}`);
  const failed = gates.filter((g) => g.blocking);
  const state: DeployState = {
    schemaVersion: 1,
    environment: env,
    manifestCommit: sha,
    deploymentId: deployment.id,
    startedAt,
    finished: false,
    registryPath: inputs.registryPath,
    auditBranch: audit.branch,
    target: inputs.render.length ? inputs.render.join(',') : null,
    models,
    cards,
    policyPackDigest: await packDigest(baseSource ?? headSource, config, log),
    pullRequest: manifestVerdict.approvalsAtMerge?.pull ?? null,
    approvals: manifestVerdict.approvalsAtMerge?.approvals ?? null,
    summary: gates.map((g) => `${g.outcome === 'pass' ? 'pass' : g.blocking ? 'FAIL' : g.outcome === 'fail' ? 'fail (advisory)' : 'later'} ${g.gate}: ${g.message}`).join('\n'),
  };
  const recordOptions = { client, repo: event.repo, branch: audit.branch, run: event.run, runUrl: event.runUrl, now, ...(deps.sleep ? { sleep: deps.sleep } : {}) };
  const setStatus = (s: DeploymentState, description: string) => createDeploymentStatus(client, event.repo, deployment.id, { state: s, description, ...(event.runUrl ? { logUrl: event.runUrl } : {}) });
  const saveState = (s: DeployState) => writeFile(statePath(event.runnerTemp, env), `${JSON.stringify(s, null, 2)}\n`);
  const base0 = { environment: env, commit: sha, gates, artifacts, deploymentId: deployment.id, outDir };

  const proceed = async (): Promise<DeployRun> => {
    if (verdict === 'fail') {
      const message = `blocked by gate${failed.length === 1 ? '' : 's'} ${[...new Set(failed.map((g) => g.gate))].join(', ')}`;
      await setStatus('failure', `modelgate: ${message}`);
      const written = await recordAttempt(state, 'failure', message, recordOptions);
      await saveState({ ...state, finished: true });
      return finish({ ...base0, status: 'blocked', rollout: null, written, failure: `the deployment to ${env} is ${message}: ${failed.map((g) => `${g.gate}: ${g.message}${g.remedy ? ` Fix: ${g.remedy}` : ''}`).join(' | ')}` }, plan);
    }

    await setStatus('in_progress', `modelgate: gates passed, rolling out ${sha.slice(0, 12)}`);
    await saveState(state);
    if (!inputs.rolloutCommand) {
      return finish({ ...base0, status: 'awaiting-rollout', rollout: null, written: [], failure: null }, plan);
    }

    let rollout: RolloutResult;
    try {
      rollout = await runRollout(inputs.rolloutCommand, {
        cwd: event.workspace,
        env: rolloutEnv(deps.env, {
          MODELGATE_ENVIRONMENT: env,
          MODELGATE_MANIFEST_COMMIT: sha,
          MODELGATE_DEPLOYMENT_ID: String(deployment.id),
          MODELGATE_PLAN: path.join(outDir, 'plan.json'),
          MODELGATE_RENDERED_DIR: outDir,
        }),
      });
    } catch (err) {
      rollout = { outcome: 'failure', exitCode: null, signal: null, message: `the rollout command could not run: ${describeError(err)}` };
    }
    const outcome = rollout.outcome;
    await setStatus(outcome, `modelgate: ${rollout.message}`);
    const written = await recordAttempt(state, outcome, rollout.message, recordOptions);
    await saveState({ ...state, finished: true });
    return finish({ ...base0, status: outcome === 'success' ? 'deployed' : 'rollout-failed', rollout, written, failure: outcome === 'success' ? null : `the rollout to ${env} failed: ${rollout.message}; GitHub Deployment ${deployment.id} is marked failure` }, plan);
  };

  try {
    return await proceed();
  } catch (err) {
    // Whatever broke once the Deployment exists: it must not stay in_progress (or success) as if all
    // went well, and the attempt is recorded if the audit branch can still be written.
    const why = `modelgate could not finish the deployment: ${describeError(err)}`;
    await setStatus('error', why).catch(() => undefined);
    await recordAttempt(state, 'error', why, recordOptions).catch(() => undefined);
    await saveState({ ...state, finished: true }).catch(() => undefined);
    throw err;
  }
}

export { DEFAULT_ARTIFACT_MAX_BYTES };
