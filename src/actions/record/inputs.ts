/** The record action's inputs, parsed once into one typed object (actions/record/action.yml declares them). */
import * as core from '@actions/core';
import { checkRef } from '../../git/git.js';
import type { RecordInputs } from '../../audit/record.js';
import { getOptionalInput, InputError } from '../common/inputs.js';
import { parseRegistryPath } from '../validate/inputs.js';

export function readRecordInputs(): RecordInputs {
  const token = getOptionalInput('token');
  if (token === undefined) throw new InputError('Input "token" is empty: the record action reads the merged pull request and writes the audit branch with it (default: github.token).');
  const branch = getOptionalInput('audit-branch');
  if (branch !== undefined) checkRef(branch, 'Input "audit-branch"');
  const inputs: RecordInputs = { token, teamsToken: getOptionalInput('teams-token'), registryPath: parseRegistryPath(getOptionalInput('registry-path')), branch };
  core.debug(`inputs: ${JSON.stringify({ ...inputs, token: '***', teamsToken: inputs.teamsToken ? '***' : undefined })}`);
  return inputs;
}
