/**
 * What only the gate writes to GitHub: the `modelgate/policy` check run on the pull request's head
 * and the gate's own pull request comment. Loaded only in the gate role, so feedback runs never
 * load the GitHub client.
 */
import * as core from '@actions/core';
import { describeError } from '../../errors.js';
import { createCheckRun } from '../../github/checks.js';
import type { GitHubClient } from '../../github/client.js';
import { commentMarker, upsertMarkedComment } from '../../github/comments.js';
import { explainGitHubError } from '../../github/errors.js';
import { checkRunAnnotations } from '../common/annotations.js';
import type { ActionEvent } from '../common/event.js';
import { failureMessage } from '../common/report.js';
import type { ValidateInputs } from './inputs.js';
import type { Judgement } from './judge.js';
import { allClear, checkRunSummary, checkRunTitle, commentBody, type RenderContext } from './render.js';

export const CHECK_NAME = 'modelgate/policy';

export async function writeCheckRun(client: GitHubClient, event: ActionEvent, j: Judgement & { pull: NonNullable<Judgement['pull']> }, ctx: RenderContext, failOn: 'deny' | 'warn', passed: boolean): Promise<string> {
  const check = await createCheckRun(client, event.repo, {
    name: CHECK_NAME,
    headSha: j.pull.headSha,
    conclusion: passed ? 'success' : 'failure',
    title: checkRunTitle(j.report, failOn),
    summary: checkRunSummary(ctx),
    annotations: checkRunAnnotations(j.report.findings, { changedFiles: j.changedFiles, pathPrefix: j.pathPrefix }),
    ...(event.runUrl ? { detailsUrl: event.runUrl } : {}),
  });
  core.info(`Check run ${CHECK_NAME} on ${j.pull.headSha.slice(0, 12)}: ${passed ? 'success' : 'failure'}${check.url ? ` (${check.url})` : ''}`);
  return check.url ?? '';
}

export async function keepComment(client: GitHubClient, event: ActionEvent, j: Judgement, ctx: RenderContext, mode: ValidateInputs['comment']): Promise<string> {
  if (mode === 'never' || !j.pull) return '';
  const marker = commentMarker(j.pathPrefix ? `validate path=${j.pathPrefix.replace(/\/$/, '')}` : 'validate');
  try {
    const result = await upsertMarkedComment(client, event.repo, j.pull.number, {
      marker,
      body: commentBody(ctx, marker),
      create: mode === 'always' || !allClear(j.report),
    });
    core.info(`Pull request comment: ${result.action}${result.comment ? ` (${result.comment.url})` : ''}`);
    return result.comment?.url ?? '';
  } catch (err) {
    // The check run carries the verdict; a comment the token may not write is skipped, not fatal.
    if ((err as { status?: number }).status === 403) {
      const e = explainGitHubError(err, { action: 'validate', permission: 'pull-requests: write' });
      core.notice(`${e.message}\n${e.fix}`, { title: 'modelgate validate: pull request comment skipped' });
      return '';
    }
    throw err;
  }
}

export async function reportGateError(client: GitHubClient, event: ActionEvent, headSha: string, err: unknown): Promise<void> {
  try {
    await createCheckRun(client, event.repo, {
      name: CHECK_NAME,
      headSha,
      conclusion: 'failure',
      title: 'modelgate could not judge this pull request',
      summary: `${failureMessage(err, { action: 'validate' })}\n\nThe gate fails closed: nothing passes that it could not judge.`,
      ...(event.runUrl ? { detailsUrl: event.runUrl } : {}),
    });
  } catch (reportErr) {
    core.info(`Could not report the failure as a check run either: ${describeError(reportErr)}`);
  }
}
