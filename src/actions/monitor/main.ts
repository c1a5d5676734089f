/**
 * The monitor action (schedule, workflow_dispatch): the registry's rollback rules against live
 * metrics for every model serving in one environment (src/monitor), then, per model, the evidence
 * record of the verdict and what the decision asks for: one rollback pull request per incident, one
 * issue per incident when it holds or notifies, the optional webhook (src/rollback/act.ts).
 * A rollback decided is the action working, not failing: the step succeeds and says so loudly.
 */
import * as core from '@actions/core';
import { VERSION } from '../../cli/version.js';
import { exitCodeFor } from '../../cli/commands/monitor.js';
import { redactorFor } from '../../monitor/redact.js';
import { monitorEnvironment } from '../../monitor/run.js';
import { actOnDecision, emptyOutcome, type ModelOutcome } from '../../rollback/act.js';
import { planForDecision } from '../../rollback/request.js';
import { failStep, setOutputs, writeJobSummary, type ActionDeps } from '../common/report.js';
import { readMonitorInputs } from './inputs.js';
import { actOptions, outcomeSummary, prepare, reportPullRequests } from './shared.js';

const DECISIONS = { 0: 'healthy', 1: 'rollback', 4: 'hold' } as Record<number, string>;

export async function run(deps: Partial<ActionDeps> & { sleep?: (ms: number) => Promise<void>; now?: number; fetch?: typeof fetch } = {}): Promise<void> {
  const env = deps.env ?? process.env;
  try {
    const inputs = readMonitorInputs(env);
    core.info(`modelgate monitor ${VERSION}: ${inputs.environment}${inputs.model ? `, model ${inputs.model}` : ''}${inputs.dryRun ? ' (dry run)' : ''}`);
    const processEnv = { ...env, ...inputs.credentials };
    const redactor = redactorFor(processEnv);
    redactor.add(inputs.token);
    redactor.add(inputs.webhookUrl);
    const p = await prepare(inputs, inputs.environment, deps);
    const now = deps.now ?? Date.now();
    const decisions = await monitorEnvironment({
      registry: p.registry,
      env: inputs.environment,
      ...(inputs.model ? { model: inputs.model } : {}),
      now,
      // initialDelay counts from when the judged version started serving, per the manifest's history.
      servingSinceFor: p.ctx.servingSince,
      processEnv,
      cwd: p.event.workspace,
      redactor,
    });
    const outcomes: ModelOutcome[] = [];
    const failures: { model: string; err: unknown }[] = [];
    const o = actOptions(p, inputs, redactor, now, { ...(inputs.webhookUrl ? { webhookUrl: inputs.webhookUrl } : {}), ...(deps.sleep ? { sleep: deps.sleep } : {}), ...(deps.fetch ? { fetch: deps.fetch } : {}) });
    for (const d of decisions) {
      core.info(redactor.redact(`${d.model} ${d.version}: ${d.decision} - ${d.reason}`));
      if (inputs.dryRun) {
        outcomes.push(emptyOutcome(d.model, d.environment, d.decision));
        continue;
      }
      try {
        const plan = d.decision === 'rollback' ? planForDecision(p.registry, p.ctx, d, now) : null;
        outcomes.push(await actOnDecision(o, d, plan));
      } catch (err) {
        // One model's failure (a refused API call, a manifest edited by hand) must not silence the others.
        failures.push({ model: d.model, err });
        const failed = emptyOutcome(d.model, d.environment, d.decision);
        failed.warnings.push(`could not act on the decision: ${redactor.redact((err as Error).message)}`);
        outcomes.push(failed);
      }
    }
    reportPullRequests(outcomes, inputs.isWorkflowToken);
    const code = exitCodeFor(decisions);
    await writeJobSummary(redactor.redact(`## modelgate monitor: ${inputs.environment}\n\n${outcomeSummary(outcomes)}\n`), env);
    setOutputs({
      decision: DECISIONS[code] ?? 'hold',
      results: redactor.redact(JSON.stringify(outcomes.map((x) => ({ model: x.model, decision: x.decision, pullRequest: x.pull?.pull?.number ?? null, pullRequestAction: x.pull?.action ?? null, issue: x.issue?.issue.number ?? null, records: [x.verdictRecord, x.rollbackRecord].filter((r) => r !== null).map((r) => r.hash) })))),
      'pull-requests': outcomes.flatMap((x) => (x.pull?.pull ? [x.pull.pull.number] : [])).join(' '),
    });
    if (failures.length) {
      failStep(failures[0]!.err, { action: `monitor (${failures.map((f) => f.model).join(', ')})` });
      return;
    }
    // A model whose rules could not run held without being judged: say so where it is seen.
    for (const d of decisions) if (d.configError !== undefined) core.error(redactor.redact(`${d.model}: configuration error: ${d.configError}`), { title: 'modelgate monitor' });
    if (code === 1) core.warning(`rollback decided for ${decisions.filter((d) => d.decision === 'rollback').map((d) => d.model).join(', ')}`, { title: 'modelgate monitor' });
  } catch (err) {
    failStep(err, { action: 'monitor' });
  }
}
