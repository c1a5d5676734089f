/**
 * The record action: reads its inputs and the push event, writes the evidence records
 * (src/audit/record.ts) and fails the step loudly when the change reached the default branch
 * without its approvals — after recording that it did.
 */
import * as core from '@actions/core';
import { runRecord, type RecordDeps } from '../../audit/record.js';
import { VERSION } from '../../cli/version.js';
import { createGitHubClient } from '../../github/client.js';
import { readEvent } from '../common/event.js';
import { clientLog, failStep, runEvidence, setOutputs, stepLog, writeJobSummary, type ActionDeps } from '../common/report.js';
import { readRecordInputs } from './inputs.js';

export async function run(deps: Partial<ActionDeps> & { sleep?: (ms: number) => Promise<void> } = {}): Promise<void> {
  const env = deps.env ?? process.env;
  try {
    const inputs = readRecordInputs();
    const event = readEvent(env);
    core.info(`modelgate record ${VERSION} on ${event.name}`);
    const client = createGitHubClient({ token: inputs.token, log: clientLog, ...deps.client });
    const teamsClient = inputs.teamsToken ? createGitHubClient({ token: inputs.teamsToken, log: clientLog, ...deps.client }) : client;
    const recordDeps: RecordDeps = {
      event: { ...event, run: runEvidence(env, event) },
      client,
      teamsClient,
      log: stepLog,
      ...(deps.sleep ? { sleep: deps.sleep } : {}),
    };
    const result = await runRecord(inputs, recordDeps);
    await writeJobSummary(`## modelgate record\n\n${result.summary}`, env);
    setOutputs({
      status: result.status,
      outcome: result.outcome ?? '',
      'pull-request': result.pullRequest ?? '',
      records: JSON.stringify(result.written.map((w) => ({ seq: w.record.seq, kind: w.record.kind, subject: w.record.subject, hash: w.record.hash, status: w.status }))),
    });
    if (result.failure) core.setFailed(`modelgate record: ${result.failure}`);
  } catch (err) {
    failStep(err, { action: 'record' });
  }
}
