/** Outputs, the job summary and the final failure of an action step, through @actions/core. */
import { appendFile } from 'node:fs/promises';
import { EOL } from 'node:os';
import * as core from '@actions/core';
import { ConfigError, describeError } from '../../errors.js';
import type { RunEvidence } from '../../audit/records.js';
import type { CoreLog } from '../../github/action-context.js';
import type { GitHubClientOptions, GitHubLog } from '../../github/client.js';
import { explainGitHubError, type GitHubErrorContext } from '../../github/errors.js';

/**
 * What every action's entry needs besides its inputs: the environment and extra client options
 * (tests pass a scaled-down waitScale).
 */
export interface ActionDeps {
  env: NodeJS.ProcessEnv;
  client: Partial<GitHubClientOptions>;
}

/**
 * The GitHub client's log goes to the step log only: core.warning would turn a retried rate limit
 * into an annotation and spend one of the ten a step may show on something that is not a finding.
 */
export const clientLog: GitHubLog = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warn: (m) => core.info(`warning: ${m}`),
  error: (m) => core.info(`error: ${m}`),
};

/** The cores' log (info, notice, warning, error) as annotations and step-log lines through @actions/core. */
export const stepLog: CoreLog & { error(message: string, title?: string): void } = {
  info: (m) => core.info(m),
  notice: (m, title) => core.notice(m, title ? { title } : {}),
  warning: (m, title) => core.warning(m, title ? { title } : {}),
  error: (m, title) => core.error(m, title ? { title } : {}),
};

/** The workflow run an evidence record names, from the runner's environment. */
export function runEvidence(env: NodeJS.ProcessEnv, event: { name: string; runUrl: string | undefined }): RunEvidence {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  return {
    id: env.GITHUB_RUN_ID ?? null,
    url: event.runUrl ?? null,
    actor: env.GITHUB_ACTOR ?? null,
    event: event.name,
    workflow: env.GITHUB_WORKFLOW ?? null,
    attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : null,
  };
}

export function setOutputs(outputs: Record<string, string | number | boolean>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, String(value));
}

/** GitHub refuses a step summary over 1 MiB; leave room for what other steps add. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

/** Appends Markdown to the job summary; outside a runner (no GITHUB_STEP_SUMMARY) it only logs that. */
export async function writeJobSummary(markdown: string, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.info('GITHUB_STEP_SUMMARY is not set: no job summary written.');
    return false;
  }
  // Appended directly, as core.summary.write() does; core.summary caches the first file path it
  // sees for the life of the process, which is wrong for anything that runs more than one step.
  await appendFile(env.GITHUB_STEP_SUMMARY, markdown.endsWith(EOL) ? markdown : markdown + EOL, 'utf8');
  return true;
}

/** A REST error from octokit (it carries an HTTP status), as opposed to modelgate's own errors. */
export function isGitHubApiError(err: unknown): boolean {
  const e = err as { status?: unknown; name?: unknown; request?: unknown } | null;
  return !!e && typeof e === 'object' && typeof e.status === 'number' && (e.name === 'HttpError' || e.request !== undefined);
}

/** The message a failed step ends with: what happened and what to change. */
export function failureMessage(err: unknown, context: GitHubErrorContext = {}): string {
  if (isGitHubApiError(err)) {
    const e = explainGitHubError(err, context);
    return [`${e.title}.`, e.message, e.fix].filter(Boolean).join('\n');
  }
  const prefix = context.action ? `modelgate ${context.action}: ` : '';
  if (err instanceof ConfigError) return `${prefix}${describeError(err)}\nFix the registry configuration on the branch this run reads it from.`;
  return `${prefix}${describeError(err)}`;
}

/** Ends the step as failed, with the message naming the fix; the stack only in debug logs. */
export function failStep(err: unknown, context: GitHubErrorContext = {}): void {
  if (err instanceof Error && err.stack) core.debug(err.stack);
  core.setFailed(failureMessage(err, context));
}
