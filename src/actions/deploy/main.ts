/**
 * The deploy action: reads its inputs and the push event, enforces the deploy gates, keeps one
 * GitHub Deployment per (environment, manifest change), runs the rollout command if one is given
 * and records every attempt (src/deploy/deploy.ts). A blocked gate or a failed rollout fails the
 * step, after the Deployment status and the record say so.
 */
import * as core from '@actions/core';
import { VERSION } from '../../cli/version.js';
import { runDeploy } from '../../deploy/deploy.js';
import { createGitHubClient } from '../../github/client.js';
import { readEvent } from '../common/event.js';
import { clientLog, failStep, runEvidence, setOutputs, stepLog, writeJobSummary, type ActionDeps } from '../common/report.js';
import { readDeployInputs } from './inputs.js';


export async function run(deps: Partial<ActionDeps> & { sleep?: (ms: number) => Promise<void>; fetch?: typeof fetch; now?: () => Date } = {}): Promise<void> {
  const env = deps.env ?? process.env;
  try {
    const inputs = readDeployInputs();
    const event = readEvent(env);
    core.info(`modelgate deploy ${VERSION} on ${event.name}: ${inputs.environment}`);
    const client = createGitHubClient({ token: inputs.token, log: clientLog, ...deps.client });
    const teamsClient = inputs.teamsToken ? createGitHubClient({ token: inputs.teamsToken, log: clientLog, ...deps.client }) : client;
    const result = await runDeploy(inputs, {
      event: { ...event, run: runEvidence(env, event) },
      client,
      teamsClient,
      log: stepLog,
      env,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
      ...(deps.fetch ? { fetch: deps.fetch } : {}),
      ...(deps.now ? { now: deps.now } : {}),
    });
    await writeJobSummary(`## modelgate deploy\n\n${result.summary}`, env);
    setOutputs({
      status: result.status,
      'deployment-id': result.deploymentId ?? '',
      plan: result.outDir ? `${result.outDir}/plan.json` : '',
      'rendered-dir': result.outDir ?? '',
      gates: JSON.stringify(result.gates.map((g) => ({ gate: g.gate, outcome: g.outcome, mode: g.mode, blocking: g.blocking, message: g.message, ...(g.model ? { model: g.model } : {}), ...(g.version ? { version: g.version } : {}) }))),
      records: JSON.stringify(result.written.map((w) => ({ seq: w.record.seq, kind: w.record.kind, subject: w.record.subject, hash: w.record.hash, status: w.status }))),
    });
    if (result.failure) core.setFailed(`modelgate deploy: ${result.failure}`);
  } catch (err) {
    failStep(err, { action: 'deploy' });
  }
}
