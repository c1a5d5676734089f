/** The deploy action's inputs, parsed once into one typed object (actions/deploy/action.yml declares them). */
import * as core from '@actions/core';
import { DEFAULT_ARTIFACT_MAX_BYTES } from '../../deploy/artifact.js';
import type { DeployInputs } from '../../deploy/deploy.js';
import { PLATFORMS, type Platform } from '../../deploy/render/index.js';
import { checkRef } from '../../git/git.js';
import { nameProblem } from '../../registry/names.js';
import { getOptionalInput, getRequiredInput, InputError } from '../common/inputs.js';
import { parseRegistryPath } from '../validate/inputs.js';

export function parsePlatforms(text: string | undefined): Platform[] {
  if (text === undefined) return [];
  const list = [...new Set(text.split(/[\s,]+/).filter(Boolean))];
  const bad = list.filter((p) => !(PLATFORMS as readonly string[]).includes(p));
  if (bad.length) throw new InputError(`Input "render" lists ${bad.map((b) => `"${b}"`).join(', ')}; it accepts ${PLATFORMS.map((p) => `"${p}"`).join(', ')} (comma- or space-separated).`);
  return list as Platform[];
}

export function parseMaxBytes(text: string | undefined): number {
  if (text === undefined) return DEFAULT_ARTIFACT_MAX_BYTES;
  const m = /^([0-9]+)\s*(B|KiB|MiB|GiB)?$/.exec(text.trim());
  const n = m ? Number(m[1]) * { B: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 }[(m[2] ?? 'B') as 'B'] : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new InputError(`Input "artifact-max-bytes" must be a positive size such as 2147483648, 500MiB or 4GiB; got "${text}".`);
  return n;
}

export function readDeployInputs(): DeployInputs {
  const token = getOptionalInput('token');
  if (token === undefined) throw new InputError('Input "token" is empty: the deploy action reads the merged pull requests and the audit branch and writes the GitHub Deployment with it (default: github.token).');
  const environment = getRequiredInput('environment', 'Name the environment this job deploys, the same as the job\'s `environment:` (e.g. production).');
  const problem = nameProblem(environment, 'environment');
  if (problem) throw new InputError(`Input "environment": ${problem}`);
  const auditBranch = getOptionalInput('audit-branch');
  if (auditBranch !== undefined) checkRef(auditBranch, 'Input "audit-branch"');
  const inputs: DeployInputs = {
    token,
    teamsToken: getOptionalInput('teams-token'),
    registryPath: parseRegistryPath(getOptionalInput('registry-path')),
    environment,
    rolloutCommand: getOptionalInput('rollout-command'),
    render: parsePlatforms(getOptionalInput('render')),
    artifactMaxBytes: parseMaxBytes(getOptionalInput('artifact-max-bytes')),
    auditBranch,
  };
  core.debug(`inputs: ${JSON.stringify({ ...inputs, token: '***', teamsToken: inputs.teamsToken ? '***' : undefined })}`);
  return inputs;
}
