/** The deploy-status action's inputs (actions/deploy-status/action.yml declares them). */
import * as core from '@actions/core';
import { ROLLOUT_OUTCOMES, type DeployStatusInputs } from '../../deploy/status.js';
import { checkRef } from '../../git/git.js';
import { nameProblem } from '../../registry/names.js';
import { getEnumInput, getOptionalInput, getRequiredInput, InputError } from '../common/inputs.js';

export function readDeployStatusInputs(): DeployStatusInputs {
  const token = getOptionalInput('token');
  if (token === undefined) throw new InputError('Input "token" is empty: deploy-status writes the Deployment status and the audit records with it (default: github.token).');
  const environment = getRequiredInput('environment', 'The same environment as the deploy step of this job.');
  const problem = nameProblem(environment, 'environment');
  if (problem) throw new InputError(`Input "environment": ${problem}`);
  const outcome = getEnumInput('rollout-outcome', ROLLOUT_OUTCOMES);
  if (outcome === undefined) throw new InputError('Input "rollout-outcome" is required: pass `${{ steps.<your rollout step id>.outcome }}` and run this step with `if: always()`.');
  const auditBranch = getOptionalInput('audit-branch');
  if (auditBranch !== undefined) checkRef(auditBranch, 'Input "audit-branch"');
  const inputs: DeployStatusInputs = { token, environment, outcome, auditBranch };
  core.debug(`inputs: ${JSON.stringify({ ...inputs, token: '***' })}`);
  return inputs;
}
