/**
 * The rollback action (workflow_dispatch): a person asks for a rollback of one model in one
 * environment, with a reason and optionally the version to return to. The same plan, pull request
 * and evidence path as the monitor's (src/rollback); a target that is rejected or never served there
 * is refused with the reason.
 */
import * as core from '@actions/core';
import { VERSION } from '../../cli/version.js';
import { Redactor } from '../../monitor/redact.js';
import { actOnPlan, emptyOutcome } from '../../rollback/act.js';
import { planManual } from '../../rollback/request.js';
import { failStep, setOutputs, writeJobSummary, type ActionDeps } from '../common/report.js';
import { readRollbackInputs } from '../monitor/inputs.js';
import { actOptions, outcomeSummary, prepare, reportPullRequests } from '../monitor/shared.js';

export async function run(deps: Partial<ActionDeps> & { sleep?: (ms: number) => Promise<void>; now?: number } = {}): Promise<void> {
  const env = deps.env ?? process.env;
  try {
    const inputs = readRollbackInputs(env);
    core.info(`modelgate rollback ${VERSION}: ${inputs.model} in ${inputs.environment}${inputs.version ? ` to ${inputs.version}` : ''}`);
    const redactor = new Redactor();
    redactor.add(inputs.token);
    const p = await prepare(inputs, inputs.environment, deps);
    const now = deps.now ?? Date.now();
    const plan = planManual(p.registry, p.ctx, { env: inputs.environment, model: inputs.model, reason: inputs.reason, now, ...(inputs.version ? { version: inputs.version } : {}) });
    const out = emptyOutcome(inputs.model, inputs.environment, 'manual');
    await actOnPlan(actOptions(p, inputs, redactor, now, deps.sleep ? { sleep: deps.sleep } : {}), plan, out);
    reportPullRequests([out], inputs.isWorkflowToken);
    await writeJobSummary(`## modelgate rollback: ${inputs.model} in ${inputs.environment}\n\n${outcomeSummary([out])}\n`, env);
    setOutputs({
      status: plan.kind === 'no-target' ? 'no-target' : out.pull?.action ?? 'none',
      'pull-request': out.pull?.pull?.number ?? '',
      issue: out.issue?.issue.number ?? '',
      target: plan.kind === 'rollback' ? plan.target : '',
    });
    if (plan.kind === 'no-target') core.setFailed(`modelgate rollback: no rollback target for ${inputs.model} in ${inputs.environment}: ${plan.knownGood.reason}. Name a version with the \`version\` input, or fix forward. See issue #${out.issue?.issue.number ?? '?'}.`);
  } catch (err) {
    failStep(err, { action: 'rollback' });
  }
}
