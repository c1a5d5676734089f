/** What the monitor and rollback actions share: the checkout, the registry, the history, the client, the summary. */
import path from 'node:path';
import * as core from '@actions/core';
import { DEFAULT_AUDIT_BRANCH, DEFAULT_TRUSTED_WRITERS } from '../../audit/log.js';
import type { RunEvidence } from '../../audit/records.js';
import { ConfigError } from '../../errors.js';
import { git } from '../../git/git.js';
import { createGitHubClient, type GitHubClient } from '../../github/client.js';
import { loadRegistry, type Registry } from '../../registry/loader.js';
import { FsSource } from '../../registry/source.js';
import type { Redactor } from '../../monitor/redact.js';
import type { ActOptions, ModelOutcome } from '../../rollback/act.js';
import { rollbackContext, type RollbackContext } from '../../rollback/context.js';
import { readEvent, type ActionEvent } from '../common/event.js';
import { clientLog, runEvidence, type ActionDeps } from '../common/report.js';
import type { GitHubSideInputs } from './inputs.js';

export interface Prepared {
  event: ActionEvent;
  registry: Registry;
  ctx: RollbackContext;
  client: GitHubClient;
  base: string;
  auditBranch: string;
  decisionCommit: string;
  run: RunEvidence;
}

export const WORKFLOW_TOKEN_NOTE =
  'The pull request was opened with the job\'s GITHUB_TOKEN: GitHub holds its pull_request workflow runs until someone with write access approves them, ' +
  'so its checks wait (older GitHub Enterprise Server versions start none). For checks that run unattended, give the action a GitHub App installation token as `token`. ' +
  'Opening pull requests with GITHUB_TOKEN also needs the setting "Allow GitHub Actions to create and approve pull requests".';

export async function prepare(inputs: GitHubSideInputs, env: string, deps: Partial<ActionDeps>): Promise<Prepared> {
  const processEnv = deps.env ?? process.env;
  const event = readEvent(processEnv);
  const repoDir = event.workspace;
  // The known-good search reads the manifest's whole history and the audit branch from the clone.
  if ((await git(repoDir, ['rev-parse', '--is-shallow-repository'])).trim() === 'true') {
    throw new ConfigError('the checkout is shallow: the rollback target comes from the manifest\'s history and the audit branch. Check out with `fetch-depth: 0` (actions/checkout) before this step.');
  }
  const registry = await loadRegistry(new FsSource(path.join(repoDir, inputs.registryPath)));
  const auditBranch = inputs.auditBranch ?? registry.config.value.audit?.branch ?? DEFAULT_AUDIT_BRANCH;
  const repository = event.payload.repository as { default_branch?: unknown } | undefined;
  const base = inputs.base ?? (typeof repository?.default_branch === 'string' ? repository.default_branch : undefined) ?? processEnv.GITHUB_REF_NAME;
  if (!base) throw new ConfigError('cannot tell the branch rollback pull requests target: set the `base` input');
  const decisionCommit = (await git(repoDir, ['rev-parse', 'HEAD'])).trim();
  const client = createGitHubClient({ token: inputs.token, log: clientLog, ...deps.client });
  // Verdicts count only when a trusted writer anchored them on GitHub.
  const trustedWriters = registry.config.value.audit?.trustedWriters ?? DEFAULT_TRUSTED_WRITERS;
  const ctx = await rollbackContext({ repoDir, ref: 'HEAD', env, config: registry.config.value, auditBranch, prefix: inputs.registryPath, online: { client, repo: event.repo, trustedWriters } });
  for (const note of ctx.notes) core.info(`note: ${note}`);
  const run = runEvidence(processEnv, event);
  return { event, registry, ctx, client, base, auditBranch, decisionCommit, run };
}

export function actOptions(p: Prepared, inputs: GitHubSideInputs, redactor: Redactor, now: number, extra: Partial<ActOptions> = {}): ActOptions {
  return {
    client: p.client,
    repo: p.event.repo,
    base: p.base,
    prefix: inputs.registryPath,
    auditBranch: p.auditBranch,
    decisionCommit: p.decisionCommit,
    run: p.run,
    serverUrl: p.event.serverUrl,
    redactor,
    labels: inputs.labels,
    now,
    log: { info: (m) => core.info(m), warning: (m) => core.warning(m) },
    ...extra,
  };
}

export function outcomeSummary(outcomes: readonly ModelOutcome[]): string {
  const lines = ['| model | environment | decision | pull request | issue | evidence |', '|---|---|---|---|---|---|'];
  for (const o of outcomes) {
    const pr = o.pull?.pull ? `[#${o.pull.pull.number}](${o.pull.pull.url}) (${o.pull.action})` : o.pull ? o.pull.action : '–';
    const issue = o.issue ? `[#${o.issue.issue.number}](${o.issue.issue.url}) (${o.issue.action})` : '–';
    const evidence = [o.verdictRecord, o.rollbackRecord].filter((r) => r !== null).map((r) => `[record ${r.seq}](${r.url})`).join(', ') || '–';
    lines.push(`| ${o.model} | ${o.environment} | ${o.decision} | ${pr} | ${issue} | ${evidence} |`);
  }
  const warnings = outcomes.flatMap((o) => o.warnings.map((w) => `- ${o.model}: ${w}`));
  return [...lines, ...(warnings.length ? ['', '**Warnings**', '', ...warnings] : [])].join('\n');
}

/** The notes every run that opened a pull request should show. */
export function reportPullRequests(outcomes: readonly ModelOutcome[], isWorkflowToken: boolean): void {
  const opened = outcomes.filter((o) => o.pull?.action === 'created' || o.pull?.action === 'updated');
  for (const o of opened) core.notice(`${o.pull!.action === 'created' ? 'Opened' : 'Updated'} ${o.pull!.pull!.url}`, { title: `modelgate rollback: ${o.model} in ${o.environment}` });
  if (opened.length && isWorkflowToken) core.notice(WORKFLOW_TOKEN_NOTE, { title: 'Rollback pull request checks will wait for approval' });
  for (const o of outcomes) for (const w of o.warnings) core.warning(w, { title: `modelgate: ${o.model} in ${o.environment}` });
}
