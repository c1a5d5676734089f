/**
 * The validate action: reads its inputs and the event, judges the registry in the role the event
 * calls for (judge.ts), and reports: annotations, job summary, SARIF file, outputs and, as the gate,
 * the `modelgate/policy` check run on the pull request's head and its own pull request comment.
 *
 * Everything heavy (the policy engine, the GitHub client) is imported once the inputs are known to
 * be good and only by the role that needs it: a bad input fails in milliseconds, and the feedback
 * role never loads the GitHub client.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { VERSION } from '../../cli/version.js';
import type { GitHubClient } from '../../github/client.js';
import { utcToday } from '../../policy/context.js';
import { emitAnnotations, rankAnnotations } from '../common/annotations.js';
import { readEvent, type ActionEvent } from '../common/event.js';
import { InputError } from '../common/inputs.js';
import { clientLog, failStep, isGitHubApiError, setOutputs, writeJobSummary, type ActionDeps } from '../common/report.js';
import { readValidateInputs, type ValidateInputs } from './inputs.js';
import type { Judgement } from './judge.js';
import { roleOf, summaryMarkdown, type RenderContext } from './render.js';

export type ValidateDeps = ActionDeps;

export async function run(deps: Partial<ValidateDeps> = {}): Promise<void> {
  const env = deps.env ?? process.env;
  try {
    const inputs = readValidateInputs();
    const event = readEvent(env);
    const role = roleOf(event.name);
    core.info(`modelgate validate ${VERSION}: ${role === 'gate' ? 'gate (pull_request_target)' : `feedback (${event.name})`}`);
    const today = inputs.today ?? utcToday();
    const common = { event, registryPath: inputs.registryPath, environment: inputs.environment, today, scope: inputs.scope };
    const { judgeFeedback, judgeGate } = await import('./judge.js');

    if (role === 'feedback') {
      await publish(await judgeFeedback(common), inputs, event, undefined);
      return;
    }
    if (!inputs.token) throw new InputError('Input "token" is empty: the gate needs a token to read the pull request and write its check run (default: github.token).');
    const { createGitHubClient } = await import('../../github/client.js');
    const client = createGitHubClient({ token: inputs.token, log: clientLog, ...deps.client });
    let headSha: string | undefined;
    let judgement: Judgement;
    try {
      judgement = await judgeGate({ ...common, client, repo: event.repo, auth: { serverUrl: event.serverUrl, token: inputs.token }, onHead: (sha) => (headSha = sha) });
    } catch (err) {
      // Fail closed where people look: the pull request's checks, not only this run's log.
      if (headSha && !isGitHubApiError(err)) await (await import('./gate.js')).reportGateError(client, event, headSha, err);
      throw err;
    }
    await publish(judgement, inputs, event, client);
  } catch (err) {
    failStep(err, { action: 'validate' });
  }
}

function sarifPath(inputs: ValidateInputs, event: ActionEvent): string {
  if (inputs.sarifFile) return path.resolve(event.workspace, inputs.sarifFile);
  return path.join(event.runnerTemp ?? os.tmpdir(), 'modelgate', 'validate.sarif');
}

async function publish(j: Judgement, inputs: ValidateInputs, event: ActionEvent, client: GitHubClient | undefined): Promise<void> {
  const { formatSarif, verdict } = await import('../../validate/format.js');
  const { report } = j;
  const failOn = inputs.failOn ?? report.failOn;
  const passed = verdict(report, failOn) === 'pass';
  const format = { label: j.pathPrefix || '.', pathPrefix: j.pathPrefix, toolVersion: VERSION, failOn };

  const sarifFile = sarifPath(inputs, event);
  await mkdir(path.dirname(sarifFile), { recursive: true });
  await writeFile(sarifFile, formatSarif(report, format));

  // A failed step adds one error annotation of its own (core.setFailed): keep a slot for it.
  const { annotations, omitted } = rankAnnotations(report.findings, { changedFiles: j.changedFiles, pathPrefix: j.pathPrefix, reserved: passed ? {} : { error: 1 } });
  const ctx: RenderContext = { role: j.role, report, format, subject: j.subject, governanceChanges: j.governanceChanges, omitted, sarifFile, ...(event.runUrl ? { runUrl: event.runUrl } : {}) };
  await writeJobSummary(summaryMarkdown(ctx));

  const outputs: Record<string, string | number> = {
    verdict: passed ? 'pass' : 'fail',
    'deny-count': report.counts.deny,
    'warn-count': report.counts.warn,
    'info-count': report.counts.info,
    cards: report.cards,
    'sarif-file': sarifFile,
    role: j.role,
    'check-run-url': '',
    'comment-url': '',
  };

  if (j.role === 'gate' && client && j.pull) {
    const gate = await import('./gate.js');
    outputs['check-run-url'] = await gate.writeCheckRun(client, event, { ...j, pull: j.pull }, ctx, failOn, passed);
    outputs['comment-url'] = await gate.keepComment(client, event, j, ctx, inputs.comment);
  }

  setOutputs(outputs);
  emitAnnotations(annotations);
  const c = report.counts;
  core.info(`${c.deny} deny, ${c.warn} warn, ${c.info} info in ${report.cards} card(s): ${passed ? 'PASS' : 'FAIL'}`);
  if (!passed) {
    const left = omitted.deny ? ` (${omitted.deny} of them not annotated: see the job summary)` : '';
    const why = failOn === 'warn' && c.deny === 0 ? `${c.warn} warn finding(s) with fail-on: warn` : `${c.deny} deny finding(s)${left}`;
    core.setFailed(`modelgate policy: ${why}. Fix what the annotations and the job summary name, or add a waiver a code owner approves.`);
  }
}
