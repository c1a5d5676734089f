/** The deploy-status action: reports the user's rollout step as the Deployment's final status and records it. */
import * as core from '@actions/core';
import { VERSION } from '../../cli/version.js';
import { runDeployStatus } from '../../deploy/status.js';
import { createGitHubClient } from '../../github/client.js';
import { readEvent } from '../common/event.js';
import { clientLog, failStep, runEvidence, setOutputs, stepLog, writeJobSummary, type ActionDeps } from '../common/report.js';
import { readDeployStatusInputs } from './inputs.js';

export async function run(deps: Partial<ActionDeps> & { sleep?: (ms: number) => Promise<void>; now?: () => Date } = {}): Promise<void> {
  const env = deps.env ?? process.env;
  try {
    const inputs = readDeployStatusInputs();
    const event = readEvent(env);
    core.info(`modelgate deploy-status ${VERSION}: ${inputs.environment}, rollout ${inputs.outcome}`);
    const client = createGitHubClient({ token: inputs.token, log: clientLog, ...deps.client });
    const result = await runDeployStatus(inputs, { event: { ...event, run: runEvidence(env, event) }, client, log: stepLog, ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.now ? { now: deps.now } : {}) });
    await writeJobSummary(`## modelgate deploy-status\n\n${result.summary}`, env);
    setOutputs({
      status: result.status,
      state: result.state ?? '',
      'deployment-id': result.deploymentId ?? '',
      records: JSON.stringify(result.written.map((w) => ({ seq: w.record.seq, kind: w.record.kind, subject: w.record.subject, hash: w.record.hash, status: w.status }))),
    });
    if (result.failure) core.setFailed(`modelgate deploy-status: ${result.failure}`);
  } catch (err) {
    failStep(err, { action: 'deploy-status' });
  }
}
