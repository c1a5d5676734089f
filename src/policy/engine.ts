/**
 * Compiles a policy pack once per run and evaluates it over evaluation contexts. Errors come back
 * as data (path + sentence); the caller maps them to file:line through the documents' locators.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Ajv2020 } from 'ajv/dist/2020.js';
import { ConfigError } from '../errors.js';
import type { Finding } from '../findings.js';
import type { RiskTier } from '../registry/types.js';
import { newAjv } from '../schema/documents.js';
import { describeAjvError, relevantErrors } from '../schema/errors.js';
import type { PathSegment, Position } from '../yaml/strict.js';
import type { PolicyContext } from './context.js';
import { addCustomKeywords } from './keywords.js';
import type { LoadedRule, PolicyPack, RuleSeverity, TierSeverity } from './pack.js';

/** A compiled schema: ajv's own function, or the same code loaded from the compiled-pack cache. */
export type Validator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

export interface CompiledRule {
  loaded: LoadedRule;
  appliesTo: Validator | null;
  schema: Validator;
}

export interface CompiledPack {
  pack: PolicyPack;
  rules: CompiledRule[];
  byId: Map<string, CompiledRule>;
}

/** Export names of a rule's validators in standalone code: by position, which the pack digest fixes. */
export function validatorKey(index: number, field: 'schema' | 'appliesTo'): string {
  return `r${index}${field === 'schema' ? 's' : 'a'}`;
}

export function assemblePack(pack: PolicyPack, validatorOf: (index: number, field: 'schema' | 'appliesTo') => Validator | null): CompiledPack {
  const rules: CompiledRule[] = pack.rules.map((loaded, i) => ({ loaded, appliesTo: loaded.rule.appliesTo === undefined ? null : validatorOf(i, 'appliesTo'), schema: validatorOf(i, 'schema')! }));
  return { pack, rules, byId: new Map(rules.map((r) => [r.loaded.rule.id, r])) };
}

/** Rule schemas may reference modelgate's own definitions (urn:modelgate:schema:defs:v1#/$defs/...). */
export interface CompileOptions {
  validateSchema?: boolean;
  /** Keep the generated source and hand the ajv instance and validator keys over (for standalone code). */
  onCompiled?: (ajv: Ajv2020, keys: Record<string, string>) => void;
}

export function compilePack(pack: PolicyPack, options: CompileOptions = {}): CompiledPack {
  const ajv = newAjv({ strict: true, validateSchema: options.validateSchema ?? true, source: options.onCompiled !== undefined });
  addCustomKeywords(ajv);
  const keys: Record<string, string> = {};
  const compiled = assemblePack(pack, (i, field) => {
    const loaded = pack.rules[i]!;
    const schema = loaded.rule[field];
    if (schema === undefined) return null;
    try {
      const key = validatorKey(i, field);
      ajv.addSchema(schema as object, key);
      keys[key] = key;
      return ajv.getSchema(key) as ValidateFunction;
    } catch (err) {
      throw new ConfigError(`rule '${loaded.rule.id}': its \`${field}\` does not compile: ${(err as Error).message}`, loaded.file, loaded.locate([field], 'key').line);
    }
  });
  options.onCompiled?.(ajv, keys);
  return compiled;
}

export function severityFor(rule: LoadedRule['rule'], tier: RiskTier | undefined): TierSeverity {
  if (typeof rule.severity === 'string') return rule.severity;
  return (tier ? rule.severity[tier] : undefined) ?? rule.severity.default;
}

export interface RuleViolation {
  rule: CompiledRule;
  severity: RuleSeverity;
  path: PathSegment[];
  which: 'key' | 'value';
  message: string;
}

const MAX_ERRORS_PER_RULE = 10;

/** Every violation of every applicable rule, for one context. Pure: no I/O, no positions. */
export function evaluateContext(compiled: CompiledPack, context: PolicyContext): RuleViolation[] {
  const tier = context.model?.riskTier;
  const out: RuleViolation[] = [];
  for (const rule of compiled.rules) {
    const r = rule.loaded.rule;
    if (r.kinds && !r.kinds.includes(context.change.kind)) continue;
    const severity = severityFor(r, tier);
    if (severity === 'off') continue;
    if (rule.appliesTo && !rule.appliesTo(context)) continue;
    if (rule.schema(context)) continue;
    const described = relevantErrors(rule.schema.errors ?? []).map((e) => describeError(e, context));
    const seen = new Set<string>();
    let kept = 0;
    for (const d of described) {
      const key = `${d.path.join('/')}|${d.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (kept === MAX_ERRORS_PER_RULE) {
        out.push({ rule, severity, path: d.path, which: d.which, message: `${r.message} (${described.length - kept} more problems not shown)` });
        break;
      }
      kept++;
      out.push({ rule, severity, path: d.path, which: d.which, message: `${r.message}: ${d.message}` });
    }
  }
  return out;
}

function describeError(e: ErrorObject, context: PolicyContext): { path: PathSegment[]; which: 'key' | 'value'; message: string } {
  const d = describeAjvError(e, context);
  const custom = (e.params as { mgMessage?: string } | undefined)?.mgMessage;
  return custom ? { ...d, message: custom } : d;
}

/** Where a context path lives: which document and which path inside it. */
export interface ContextLocator {
  card: { file: string; locate(path: readonly PathSegment[], which?: 'key' | 'value'): Position };
  model?: { file: string; locate(path: readonly PathSegment[], which?: 'key' | 'value'): Position };
  baseline?: { file: string; locate(path: readonly PathSegment[], which?: 'key' | 'value'): Position };
  /** The manifest, with the path of this model's entry. */
  manifest?: { file: string; locate(path: readonly PathSegment[], which?: 'key' | 'value'): Position; entryPath: PathSegment[] };
}

export function locateContextPath(loc: ContextLocator, path: readonly PathSegment[], which: 'key' | 'value'): { file: string } & Position {
  const [head, ...rest] = path;
  const at = (doc: { file: string; locate: ContextLocator['card']['locate'] }, p: readonly PathSegment[]) => ({ file: doc.file, ...doc.locate(p, which) });
  if (head === 'model' && loc.model) return at(loc.model, rest);
  if (head === 'baseline' && loc.baseline) return at(loc.baseline, rest);
  if (head === 'environment' && loc.manifest) {
    const inEntry = rest[0] === 'serving' ? rest.slice(1) : [];
    return at(loc.manifest, [...loc.manifest.entryPath, ...inEntry]);
  }
  if (head === 'card') return at(loc.card, rest);
  return at(loc.card, []);
}

export function violationToFinding(v: RuleViolation, loc: ContextLocator, extra: Pick<Finding, 'model' | 'version'>): Finding {
  const r = v.rule.loaded.rule;
  return {
    ruleId: r.id,
    severity: v.severity,
    ...locateContextPath(loc, v.path, v.which),
    message: v.message,
    remediation: r.remediation,
    ...(r.references?.length ? { references: r.references } : {}),
    ...extra,
  };
}
