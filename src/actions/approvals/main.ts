/**
 * The approvals action: reads its inputs and the event, decides (src/approvals/action.ts) and
 * reports through @actions/core: outputs, job summary, and a failed step when the change is not
 * approved and the gate enforces (so an organisation ruleset that requires this workflow blocks).
 */
import * as core from '@actions/core';
import { runApprovals, type ApprovalsDeps } from '../../approvals/action.js';
import { VERSION } from '../../cli/version.js';
import { createGitHubClient } from '../../github/client.js';
import { readEvent } from '../common/event.js';
import { clientLog, failStep, setOutputs, stepLog, writeJobSummary, type ActionDeps } from '../common/report.js';
import { readApprovalsInputs } from './inputs.js';

export type ApprovalsActionDeps = ActionDeps;

export async function run(deps: Partial<ApprovalsActionDeps> = {}): Promise<void> {
  const env = deps.env ?? process.env;
  try {
    const inputs = readApprovalsInputs();
    const event = readEvent(env);
    core.info(`modelgate approvals ${VERSION} on ${event.name}`);
    const client = createGitHubClient({ token: inputs.token, log: clientLog, ...deps.client });
    const teamsClient = inputs.teamsToken ? createGitHubClient({ token: inputs.teamsToken, log: clientLog, ...deps.client }) : client;
    const actionDeps: ApprovalsDeps = {
      event,
      client,
      teamsClient,
      log: stepLog,
    };
    const result = await runApprovals(inputs, actionDeps);
    await writeJobSummary(`## modelgate approvals\n\n${result.summary}`, env);
    setOutputs({
      approved: result.approved,
      conclusion: result.conclusion,
      decision: result.decision ? JSON.stringify(result.decision) : '',
      decisions: JSON.stringify(result.decisions.map((d) => ({ pullRequest: d.number, headSha: d.headSha, ...(d.error ? { error: d.error } : {}), ...d.result }))),
      'pull-requests': result.decisions.map((d) => d.number).join(' '),
      'head-sha': result.headSha ?? '',
      'check-run-url': result.checkRun?.url ?? '',
    });
    if (result.conclusion === 'failure') {
      const missing = result.decisions.flatMap((d) => d.result.missing.map((m) => `#${d.number}: ${m}`));
      const blockers = result.decisions.flatMap((d) => d.result.blockers.map((b) => `#${d.number}: changes requested by @${b}`));
      core.setFailed(`modelgate approvals: not approved.\n${[...blockers, ...missing].map((l) => `- ${l}`).join('\n')}`);
    }
  } catch (err) {
    failStep(err, { action: 'approvals' });
  }
}
