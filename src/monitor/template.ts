/**
 * `{{model}}`, `{{version}}`, `{{env}}` and `{{baseline}}` in queries and URLs. Values are
 * registry names and semver strings, already constrained by the schema, but a query is code in the
 * provider's language, so each target escapes for its own syntax rather than trusting that.
 */
export type TemplateTarget = 'promql' | 'datadog' | 'url' | 'plain';

export interface TemplateVars {
  model: string;
  version: string;
  env: string;
  baseline?: string;
}

export class TemplateError extends Error {
  override name = 'TemplateError';
}

/** PromQL string literals follow Go's escaping; a label value is always written inside quotes. */
export function escapePromqlLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

// Datadog tag values have no escape syntax; anything outside this set would change the query's meaning.
const DATADOG_SAFE = /^[A-Za-z0-9._:/+-]*$/;

export function renderTemplate(template: string, vars: TemplateVars, target: TemplateTarget): string {
  return template.replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) => {
    if (!(name in vars) || (vars as unknown as Record<string, string | undefined>)[name] === undefined) {
      throw new TemplateError(`unknown or unavailable template variable ${whole} (use {{model}}, {{version}}, {{env}}, {{baseline}})`);
    }
    const value = (vars as unknown as Record<string, string>)[name]!;
    switch (target) {
      case 'promql':
        return escapePromqlLabelValue(value);
      case 'datadog':
        if (!DATADOG_SAFE.test(value)) throw new TemplateError(`value of ${whole} cannot be used in a Datadog query: ${JSON.stringify(value)}`);
        return value;
      case 'url':
        return encodeURIComponent(value);
      default:
        return value;
    }
  });
}
