/** The approvals action's inputs, parsed once into one typed object (actions/approvals/action.yml declares them). */
import * as core from '@actions/core';
import type { ApprovalsInputs } from '../../approvals/action.js';
import { getEnumInput, getOptionalInput, InputError, throwOnRenamedInputs } from '../common/inputs.js';
import { parseRegistryPath } from '../validate/inputs.js';

export const COMMENT_MODES = ['always', 'never'] as const;

export const RENAMED_INPUTS = {
  'github-token': { to: 'token' },
} as const;

export function readApprovalsInputs(): ApprovalsInputs {
  throwOnRenamedInputs(RENAMED_INPUTS);
  const token = getOptionalInput('token');
  if (token === undefined) {
    throw new InputError('Input "token" is empty: the approvals gate reads the pull request and writes its check run with it (default: github.token).');
  }
  const rawPull = getOptionalInput('pull-request');
  let pullRequest: number | undefined;
  if (rawPull !== undefined) {
    pullRequest = Number(rawPull);
    if (!/^[1-9][0-9]*$/.test(rawPull) || !Number.isSafeInteger(pullRequest)) throw new InputError(`Input "pull-request" must be a pull request number; got "${rawPull}".`);
  }
  const inputs: ApprovalsInputs = {
    token,
    teamsToken: getOptionalInput('teams-token'),
    registryPath: parseRegistryPath(getOptionalInput('registry-path')),
    comment: getEnumInput('comment', COMMENT_MODES, 'always'),
    pullRequest,
  };
  core.debug(`inputs: ${JSON.stringify({ ...inputs, token: '***', teamsToken: inputs.teamsToken ? '***' : undefined })}`);
  return inputs;
}
