/** The monitor and rollback actions' inputs, parsed once into typed objects (actions/{monitor,rollback}/action.yml declare them). */
import * as core from '@actions/core';
import { checkRef } from '../../git/git.js';
import { getOptionalBooleanInput, getOptionalInput, getRequiredInput, InputError } from '../common/inputs.js';
import { parseRegistryPath } from '../validate/inputs.js';

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;

export interface GitHubSideInputs {
  token: string;
  registryPath: string;
  auditBranch: string | undefined;
  base: string | undefined;
  labels: string[];
  /** Set when the token is the job's GITHUB_TOKEN (the action compares it with github.token). */
  isWorkflowToken: boolean;
}

export interface MonitorInputs extends GitHubSideInputs {
  environment: string;
  model: string | undefined;
  webhookUrl: string | undefined;
  dryRun: boolean;
  /** Provider credentials, exposed to the providers under their environment variable names and redacted everywhere. */
  credentials: Record<string, string>;
}

export interface RollbackInputs extends GitHubSideInputs {
  environment: string;
  model: string;
  reason: string;
  version: string | undefined;
}

function name(input: string, value: string): string {
  if (!NAME.test(value)) throw new InputError(`Input "${input}" must be a registry name (lower-case letters, digits, '.', '_', '-'); got "${value}".`);
  return value;
}

/** Comma- or newline-separated, trimmed, empty entries dropped: one way everywhere. */
export function parseList(raw: string | undefined): string[] {
  return (raw ?? '').split(/[,\n]/).map((s) => s.trim()).filter(Boolean);
}

function common(env: NodeJS.ProcessEnv): GitHubSideInputs {
  const token = getOptionalInput('token');
  if (token === undefined) throw new InputError('Input "token" is empty: the action opens pull requests and issues and writes the audit branch with it (default: github.token).');
  const auditBranch = getOptionalInput('audit-branch');
  if (auditBranch !== undefined) checkRef(auditBranch, 'Input "audit-branch"');
  const base = getOptionalInput('base');
  if (base !== undefined) checkRef(base, 'Input "base"');
  const labels = parseList(getOptionalInput('labels') ?? 'modelgate,rollback');
  const workflowToken = env.MODELGATE_WORKFLOW_TOKEN;
  return { token, registryPath: parseRegistryPath(getOptionalInput('registry-path')), auditBranch, base, labels, isWorkflowToken: !!workflowToken && workflowToken === token };
}

const CREDENTIAL_INPUTS: Record<string, string> = {
  'prometheus-token': 'MODELGATE_PROMETHEUS_TOKEN',
  'http-token': 'MODELGATE_HTTP_TOKEN',
  'datadog-api-key': 'DD_API_KEY',
  'datadog-app-key': 'DD_APP_KEY',
};

export function readMonitorInputs(env: NodeJS.ProcessEnv = process.env): MonitorInputs {
  const credentials: Record<string, string> = {};
  for (const [input, variable] of Object.entries(CREDENTIAL_INPUTS)) {
    const value = getOptionalInput(input);
    if (value !== undefined) {
      core.setSecret(value);
      credentials[variable] = value;
    }
  }
  const webhookUrl = getOptionalInput('webhook-url');
  if (webhookUrl !== undefined) {
    core.setSecret(webhookUrl);
    if (!/^https?:\/\//.test(webhookUrl)) throw new InputError('Input "webhook-url" must be an http(s) URL.');
  }
  const model = getOptionalInput('model');
  const inputs: MonitorInputs = {
    ...common(env),
    environment: name('environment', getRequiredInput('environment', 'Name the environment whose deployments/<environment>.yaml is monitored.')),
    model: model === undefined ? undefined : name('model', model),
    webhookUrl,
    dryRun: getOptionalBooleanInput('dry-run', false),
    credentials,
  };
  core.debug(`inputs: ${JSON.stringify({ ...inputs, token: '***', webhookUrl: webhookUrl ? '***' : undefined, credentials: Object.keys(credentials) })}`);
  return inputs;
}

export function readRollbackInputs(env: NodeJS.ProcessEnv = process.env): RollbackInputs {
  const version = getOptionalInput('version');
  if (version !== undefined && !/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version)) throw new InputError(`Input "version" must be a semver version such as 1.2.0; got "${version}".`);
  const reason = getRequiredInput('reason', 'Say why the model is rolled back: it is written into model.yaml and the evidence record.');
  const inputs: RollbackInputs = {
    ...common(env),
    environment: name('environment', getRequiredInput('environment')),
    model: name('model', getRequiredInput('model')),
    reason,
    version,
  };
  core.debug(`inputs: ${JSON.stringify({ ...inputs, token: '***' })}`);
  return inputs;
}
