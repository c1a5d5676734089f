/** Names and versions as DESIGN §1 fixes them: safe as path segments and in branch names. */
import { valid as semverValid } from 'semver';

export const NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,62}$/;

export function nameProblem(name: string, what: 'model' | 'environment'): string | null {
  if (name.includes('..')) return `${what} name '${name}' contains '..'`;
  if (!NAME_PATTERN.test(name)) {
    return `${what} name '${name}' is not valid: use 1-63 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit`;
  }
  return null;
}

export function versionProblem(version: string): string | null {
  // semver.valid also accepts a leading 'v' and surrounding spaces; the registry wants the canonical form.
  if (semverValid(version) !== version) {
    return `version '${version}' is not a semantic version such as 1.2.0 (no leading 'v', no spaces)`;
  }
  return null;
}
