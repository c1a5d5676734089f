/**
 * The `deploy-status` action's logic: the second half of a deploy whose rollout is the user's own
 * step. The deploy step passed the gates, set the Deployment in_progress and left its state in
 * RUNNER_TEMP; this step (run with `if: always()` after the rollout step) reports that step's real
 * outcome — `${{ steps.<rollout>.outcome }}` — as the Deployment's final status and appends the
 * attempt's records. Only `success` marks it success: a failure, a cancellation or a skipped
 * rollout never does.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { AppendResult } from '../audit/writer.js';
import type { DeploymentData } from '../audit/records.js';
import { ToolError, UsageError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import { createDeploymentStatus, type DeploymentState } from '../github/deployment-status-create.js';
import { recordAttempt, statePath, type DeployEvent, type DeployLog, type DeployState } from './deploy.js';

export const ROLLOUT_OUTCOMES = ['success', 'failure', 'cancelled', 'skipped'] as const;
export type RolloutOutcome = (typeof ROLLOUT_OUTCOMES)[number];

export interface DeployStatusInputs {
  token: string;
  environment: string;
  outcome: RolloutOutcome;
  auditBranch: string | undefined;
}

export interface DeployStatusRun {
  status: 'reported' | 'already-reported';
  state: DeploymentState | null;
  deploymentId: number | null;
  written: AppendResult[];
  failure: string | null;
  summary: string;
}

const MAP: Record<RolloutOutcome, { state: DeploymentState; outcome: DeploymentData['outcome']; message: string }> = {
  success: { state: 'success', outcome: 'success', message: 'the rollout step succeeded' },
  failure: { state: 'failure', outcome: 'failure', message: 'the rollout step failed' },
  cancelled: { state: 'error', outcome: 'cancelled', message: 'the rollout step was cancelled' },
  skipped: { state: 'error', outcome: 'error', message: 'the rollout step was skipped, so nothing was rolled out' },
};

export async function runDeployStatus(inputs: DeployStatusInputs, deps: { event: DeployEvent; client: GitHubClient; log: DeployLog; now?: () => Date; sleep?: (ms: number) => Promise<void> }): Promise<DeployStatusRun> {
  const now = deps.now ?? (() => new Date());
  const file = statePath(deps.event.runnerTemp, inputs.environment);
  let state: DeployState;
  try {
    state = JSON.parse(await readFile(file, 'utf8')) as DeployState;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new UsageError(`no deploy state for ${inputs.environment} in this job (${file}): run the deploy action for environment ${inputs.environment} earlier in the same job, without rollout-command.`);
    }
    throw new ToolError(`the deploy state ${file} cannot be read: ${(err as Error).message}`);
  }
  if (state.schemaVersion !== 1 || state.environment !== inputs.environment || typeof state.deploymentId !== 'number') throw new ToolError(`the deploy state ${file} is not the deploy action's state for ${inputs.environment}`);
  if (state.finished) {
    const summary = `The deploy step already reported GitHub Deployment ${state.deploymentId} (its gates blocked, or its rollout-command ran): nothing to report.\n`;
    deps.log.info(summary.trim());
    return { status: 'already-reported', state: null, deploymentId: state.deploymentId, written: [], failure: null, summary };
  }
  const m = MAP[inputs.outcome];
  await createDeploymentStatus(deps.client, deps.event.repo, state.deploymentId, { state: m.state, description: `modelgate: ${m.message}`, ...(deps.event.runUrl ? { logUrl: deps.event.runUrl } : {}) });
  const written = await recordAttempt(state, m.outcome, m.message, {
    client: deps.client,
    repo: deps.event.repo,
    branch: inputs.auditBranch ?? state.auditBranch,
    run: deps.event.run,
    runUrl: deps.event.runUrl,
    now,
    ...(deps.sleep ? { sleep: deps.sleep } : {}),
  });
  await writeFile(file, `${JSON.stringify({ ...state, finished: true }, null, 2)}\n`);
  const summary = [`**${inputs.environment}: ${m.message}** — GitHub Deployment ${state.deploymentId} marked ${m.state}`, '', ...written.map((w) => `- ${w.status === 'written' ? 'recorded' : 'already recorded'} ${w.record.seq} \`${w.record.kind}\` ${w.record.subject}`), ''].join('\n');
  return { status: 'reported', state: m.state, deploymentId: state.deploymentId, written, failure: m.state === 'success' ? null : `${m.message}: GitHub Deployment ${state.deploymentId} is marked ${m.state}`, summary };
}
