/**
 * Which approval rule governs a change (DESIGN §2): the tier of the change is the highest among the
 * models it touches, each model at the stricter of its base and head tiers; the owner team comes
 * from the base `model.yaml` (a new model, absent at base, uses its head tier and owner); files
 * matched by `approvals.paths` add their own rules; everything is combined field by field, strictest
 * wins. Pure: the caller reads base and head documents (from git objects) and hands in the facts.
 */
import { ConfigError } from '../errors.js';
import { RISK_ORDER, type ApprovalRule, type ConfigDoc, type RiskTier } from '../registry/types.js';
import { compileCodeownersPattern, type PatternMatcher } from './codeowners.js';
import { combineRules, resolveRule, type EffectiveRule } from './rules.js';

/** A model's `model.yaml` on one side of the change. */
export type ModelSide =
  | { state: 'present'; riskTier: RiskTier; ownerTeam: string }
  | { state: 'absent' }
  /** The file exists but does not parse or fails its schema: nothing in it can be trusted. */
  | { state: 'invalid'; problem: string };

export interface TouchedModel {
  name: string;
  base: ModelSide;
  head: ModelSide;
  /** Why the model counts as touched (changed files, manifest entries), for the explanation. */
  via: string[];
}

export interface ScopeExplanation {
  /** `model fraud-detector`, `path /policies/`, `other files`. */
  scope: string;
  rule: EffectiveRule;
  detail: string;
}

export interface ChangeRule {
  rule: EffectiveRule;
  /** The tier of the change; null when it touches no model. */
  tier: RiskTier | null;
  /** Teams whose approvals do not count as independent: the touched models' owners. */
  ownerTeams: string[];
  /** Touched models whose owner team cannot be read on either side: independence cannot be proven for them. */
  unknownOwners: string[];
  scopes: ScopeExplanation[];
  notes: string[];
}

const MODEL_FILE = /^models\/([^/]+)\//;
const MANIFEST_FILE = /^deployments\/([^/]+)\.yaml$/;

/** The model a registry-relative path belongs to, or null. */
export function modelOfPath(path: string): string | null {
  return MODEL_FILE.exec(path)?.[1] ?? null;
}

/** The environment of a manifest path (`deployments/production.yaml` → `production`), or null. */
export function environmentOfPath(path: string): string | null {
  return MANIFEST_FILE.exec(path)?.[1] ?? null;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

/** A manifest as far as it can be read: its `models` mapping, `null` when absent, `'unreadable'` otherwise. */
export type ManifestSide = Record<string, unknown> | null | 'unreadable';

export function manifestModels(raw: unknown): Record<string, unknown> | 'unreadable' {
  const models = (raw as { models?: unknown } | null | undefined)?.models;
  if (raw === undefined || raw === null || typeof raw !== 'object' || Array.isArray(raw)) return 'unreadable';
  if (models === undefined) return {};
  if (!models || typeof models !== 'object' || Array.isArray(models)) return 'unreadable';
  return models as Record<string, unknown>;
}

/**
 * The models whose serving entry a manifest change adds, removes or alters. An unreadable side
 * (a manifest that does not parse) could hide anything, so every model named on the other side, and
 * `allModels` besides, counts as touched.
 */
export function modelsChangedInManifest(base: ManifestSide, head: ManifestSide, allModels: readonly string[]): string[] {
  if (base === 'unreadable' || head === 'unreadable') {
    const named = [base, head].flatMap((side) => (side && side !== 'unreadable' ? Object.keys(side) : []));
    return [...new Set([...named, ...allModels])].sort();
  }
  const names = new Set([...Object.keys(base ?? {}), ...Object.keys(head ?? {})]);
  return [...names].filter((name) => stableJson(base?.[name]) !== stableJson(head?.[name])).sort();
}

/** The stricter tier; an unreadable side counts as `high`, since the file could say anything. */
function modelTier(model: TouchedModel, notes: string[]): RiskTier {
  const tiers: RiskTier[] = [];
  for (const [label, side] of [['base', model.base], ['head', model.head]] as const) {
    if (side.state === 'present') tiers.push(side.riskTier);
    else if (side.state === 'invalid') {
      notes.push(`models/${model.name}/model.yaml at ${label} cannot be read (${side.problem}): the model is treated as high risk`);
      tiers.push('high');
    }
  }
  if (tiers.length === 0) {
    notes.push(`model ${model.name} has no model.yaml at base or head: it is treated as high risk`);
    return 'high';
  }
  return tiers.reduce((a, b) => (RISK_ORDER[b] > RISK_ORDER[a] ? b : a));
}

/** The owner team from the base; the head's only for a model absent at base. */
function ownerTeam(model: TouchedModel, notes: string[]): string | null {
  if (model.base.state === 'present') return model.base.ownerTeam;
  if (model.base.state === 'absent' && model.head.state === 'present') return model.head.ownerTeam;
  if (model.base.state === 'invalid' && model.head.state === 'present') {
    // An unreadable base names no owner; the head's claim is still excluded from independence,
    // which can only make the requirement harder to meet.
    notes.push(`models/${model.name}/model.yaml cannot be read at base: its head owner ${model.head.ownerTeam} is treated as the owner team`);
    return model.head.ownerTeam;
  }
  return null;
}

export interface CompiledPathRule {
  pattern: string;
  rule: EffectiveRule;
  matcher: PatternMatcher;
}

/** Compiles `approvals.paths` once; a pattern GitHub would reject is a configuration error. */
export function compilePathRules(config: ConfigDoc | null): CompiledPathRule[] {
  const out: CompiledPathRule[] = [];
  for (const [i, entry] of (config?.approvals?.paths ?? []).entries()) {
    const matcher = compileCodeownersPattern(entry.pattern);
    if ('error' in matcher) throw new ConfigError(`approvals.paths[${i}].pattern '${entry.pattern}': ${matcher.error}`, 'modelgate.yaml');
    out.push({ pattern: entry.pattern, rule: resolveRule(entry.rule), matcher });
  }
  return out;
}

function tierRule(config: ConfigDoc | null, tier: RiskTier): ApprovalRule | undefined {
  return config?.approvals?.tiers?.[tier];
}

export interface ChangeRuleInput {
  /** Registry-relative paths of every changed file (renamed files under both names). */
  changedFiles: readonly string[];
  /** modelgate.yaml from the base; null when the base has none. */
  config: ConfigDoc | null;
  /** Every touched model with its base and head facts. */
  models: readonly TouchedModel[];
  /** Changed files that belong to the registry's governed files only through the models they touch (manifests). */
  coveredByModels?: ReadonlySet<string>;
  /** Changed files outside the registry directory (repository-relative): governed like other files. */
  outsideRegistry?: readonly string[];
}

export function resolveChangeRule(input: ChangeRuleInput): ChangeRule {
  const notes: string[] = [];
  const scopes: ScopeExplanation[] = [];
  const { config } = input;
  if (config === null) notes.push('the base branch has no modelgate.yaml: every change needs the default rule');

  const ownerTeams = new Map<string, string>();
  const unknownOwners: string[] = [];
  let tier: RiskTier | null = null;
  const modelDetails: string[] = [];
  for (const model of [...input.models].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const t = modelTier(model, notes);
    if (tier === null || RISK_ORDER[t] > RISK_ORDER[tier]) tier = t;
    const owner = ownerTeam(model, notes);
    if (owner) ownerTeams.set(owner.toLowerCase(), owner);
    else unknownOwners.push(model.name);
    const sides = [model.base, model.head].map((s) => (s.state === 'present' ? s.riskTier : s.state)).join(' → ');
    modelDetails.push(`${model.name} (${sides}: ${t}${owner ? `, owner ${owner}` : ''})`);
  }
  if (tier !== null) {
    const rule = resolveRule(tierRule(config, tier));
    scopes.push({ scope: `tier ${tier}`, rule, detail: `models: ${modelDetails.join('; ')}` });
  }

  const pathRules = compilePathRules(config);
  const inModel = (path: string) => modelOfPath(path) !== null || input.coveredByModels?.has(path) === true;
  const uncovered: string[] = [];
  const matchedByPath = new Set<string>();
  for (const pr of pathRules) {
    const hits = input.changedFiles.filter((f) => pr.matcher.test(f));
    if (hits.length === 0) continue;
    for (const h of hits) matchedByPath.add(h);
    scopes.push({ scope: `path ${pr.pattern}`, rule: pr.rule, detail: `files: ${listSome(hits)}` });
  }
  for (const f of input.changedFiles) if (!inModel(f) && !matchedByPath.has(f)) uncovered.push(f);
  uncovered.push(...(input.outsideRegistry ?? []));
  if (uncovered.length > 0) {
    // Files outside models/ with no rule of their own are governed as a low-risk change would be.
    scopes.push({ scope: 'other files', rule: resolveRule(tierRule(config, 'low')), detail: `files: ${listSome(uncovered)} (the low tier's rule)` });
  }
  return { rule: combineRules(scopes.map((s) => s.rule)), tier, ownerTeams: [...ownerTeams.values()], unknownOwners, scopes, notes };
}

export function listSome(items: readonly string[], max = 5): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
