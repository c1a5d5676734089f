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
  // Build metadata does not take part in semver precedence, so 1.0.0+a and 1.0.0+b would be two
  // directories for what every comparison (no-regression, promotion order) sees as one version.
  if (version.includes('+') && semverValid(version.slice(0, version.indexOf('+'))) !== null) {
    return `version '${version}' carries build metadata ('+${version.slice(version.indexOf('+') + 1)}'), which semantic versioning ignores when ordering versions; use a pre-release such as ${version.slice(0, version.indexOf('+'))}${version.slice(0, version.indexOf('+')).includes('-') ? '.' : '-'}${version.slice(version.indexOf('+') + 1).replace(/[^0-9A-Za-z.-]/g, '')} instead`;
  }
  // semver.valid also accepts a leading 'v' and surrounding spaces; the registry wants the canonical form.
  if (semverValid(version) !== version) {
    return `version '${version}' is not a semantic version such as 1.2.0 (no leading 'v', no spaces)`;
  }
  return null;
}
