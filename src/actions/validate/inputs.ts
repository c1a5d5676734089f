/** The validate action's inputs, parsed once into one typed object (actions/validate/action.yml declares them). */
import * as core from '@actions/core';
import { isCalendarDate } from '../../policy/keywords.js';
import { getEnumInput, getOptionalInput, InputError, throwOnRenamedInputs } from '../common/inputs.js';

export const FAIL_ON = ['deny', 'warn'] as const;
export const SCOPES = ['changed', 'full'] as const;
export const COMMENT_MODES = ['on-findings', 'always', 'never'] as const;

export interface ValidateInputs {
  /** Needed by the gate only; the feedback role makes no API call. */
  token: string | undefined;
  /** The registry's directory inside the repository, relative, '' for the top level. */
  registryPath: string;
  environment: string | undefined;
  /** undefined: modelgate.yaml `policies.failOn` (the base branch's, in the gate). */
  failOn: (typeof FAIL_ON)[number] | undefined;
  scope: (typeof SCOPES)[number];
  comment: (typeof COMMENT_MODES)[number];
  sarifFile: string | undefined;
  today: string | undefined;
}

/**
 * Names other actions use for the same thing. A workflow that sets one would otherwise run on the
 * default without a word (a composite action only sees the inputs it maps), so they stay declared
 * in action.yml and fail with the right name.
 */
export const RENAMED_INPUTS = {
  'github-token': { to: 'token' },
} as const;

/** A relative path inside the repository, with forward slashes: refuses absolute paths and `..`. */
export function parseRegistryPath(raw: string | undefined): string {
  const value = (raw ?? '.').trim().replaceAll('\\', '/');
  const parts = value.split('/').filter((p) => p !== '' && p !== '.');
  if (value.startsWith('/') || /^[A-Za-z]:/.test(value) || parts.includes('..')) {
    throw new InputError(`Input "registry-path" must be a directory inside the repository, relative to it (e.g. "." or "ml/registry"); got "${raw}".`);
  }
  return parts.join('/');
}

export function readValidateInputs(): ValidateInputs {
  throwOnRenamedInputs(RENAMED_INPUTS);
  const today = getOptionalInput('today');
  if (today !== undefined && !isCalendarDate(today)) throw new InputError(`Input "today" must be a date YYYY-MM-DD; got "${today}".`);
  const environment = getOptionalInput('environment');
  if (environment !== undefined && !/^[a-z0-9][a-z0-9._-]{0,62}$/.test(environment)) {
    throw new InputError(`Input "environment" must be an environment name of modelgate.yaml (lower case, digits, . _ -); got "${environment}".`);
  }
  const inputs: ValidateInputs = {
    token: getOptionalInput('token'),
    registryPath: parseRegistryPath(getOptionalInput('registry-path')),
    environment,
    failOn: getEnumInput('fail-on', FAIL_ON),
    scope: getEnumInput('scope', SCOPES, 'changed'),
    comment: getEnumInput('comment', COMMENT_MODES, 'on-findings'),
    sarifFile: getOptionalInput('sarif-file'),
    today,
  };
  core.debug(`inputs: ${JSON.stringify({ ...inputs, token: inputs.token ? '***' : undefined })}`);
  return inputs;
}
