/**
 * Promotion rules from modelgate.yaml, as pure functions of (config, manifest before, manifest
 * after, serving history, time, what the registry knows about each version). Every rule yields a
 * gate result the deploy action can consume as data: which gate, whether it passed, whether it
 * blocks (enforce) or only reports (advisory), and how to satisfy it.
 */
import { gateMode, type ConfigDoc, type EnvironmentConfig, type GateMode, type GateName, type ManifestDoc, type ServingEntry, type VersionMark } from '../registry/types.js';
import { formatDuration, parseDuration } from './duration.js';
import type { ServingSpan } from './history.js';

/**
 * The offline gates (plan) and those only the deploy action can decide: approvals recomputed from
 * GitHub, the audit evidence, the artifact digest, the job's environment, whether the manifest is
 * still the default branch's, and the rendering. Every gate but `environment`, `latest` and `render`
 * (consistency checks, not governance choices) takes its mode from modelgate.yaml `gates`.
 */
export type GateId = 'promotionOrder' | 'bakeTime' | 'trafficSteps' | 'strategy' | 'registration' | 'policy' | 'approvals' | 'evidence' | 'artifact' | 'environment' | 'latest' | 'render';

/** `deferred`: not decidable offline; the named later step (the approvals gate) must satisfy it. */
export type GateOutcome = 'pass' | 'fail' | 'deferred';

export interface GateResult {
  gate: GateId;
  outcome: GateOutcome;
  passed: boolean;
  mode: GateMode;
  /** A failed enforced gate: the change must not deploy. Advisory failures and deferred gates never block here. */
  blocking: boolean;
  message: string;
  /** How to satisfy the gate; present whenever it did not pass. */
  remedy?: string;
  model?: string;
  version?: string;
  /** A passing gate that still warns (e.g. a deprecated version promoted): shown as WARN, never blocking. */
  warning?: boolean;
  /** What a deferred gate asks of the later step, e.g. `{ approvalTier: 'high' }` for a hot fix. */
  requirement?: { approvalTier: 'high'; reason: string; incident?: string };
}

export interface VersionInfo {
  /** Its card exists in the registry being deployed. */
  registered: boolean;
  mark?: VersionMark;
}

export interface PromotionInput {
  config: ConfigDoc;
  env: string;
  before: ManifestDoc | null;
  after: ManifestDoc | null;
  /** Serving spans per environment as of the base (what had served before this change). */
  spans: ReadonlyMap<string, readonly ServingSpan[]>;
  now: Date;
  versionInfo: (model: string, version: string) => VersionInfo;
}

export interface ModelChange {
  model: string;
  change: 'add' | 'remove' | 'change' | 'unchanged';
  before: ServingEntry | null;
  after: ServingEntry | null;
  versionsIn: string[];
  versionsOut: string[];
  /** % of live traffic per version. */
  trafficBefore: Record<string, number>;
  trafficAfter: Record<string, number>;
  /** A shadow candidate's mirrored %, which is not live traffic. */
  mirroredBefore: Record<string, number>;
  mirroredAfter: Record<string, number>;
  /** Entering versions that served this environment fully before: returning to them is a rollback. */
  rollbackTo: string[];
  /** The model served this environment at some point of its history (it is not new here, even if the base lists it no more). */
  servedBefore: boolean;
}

const GATE_CONFIG: Record<GateId, GateName | null> = {
  promotionOrder: 'promotionOrder',
  bakeTime: 'bakeTime',
  trafficSteps: 'trafficSteps',
  strategy: 'strategy',
  registration: 'registration',
  policy: 'policy',
  approvals: 'approvals',
  evidence: 'evidence',
  artifact: 'artifact',
  environment: null,
  latest: null,
  render: null,
};

export function gate(config: ConfigDoc, id: GateId, outcome: GateOutcome, message: string, extra: Partial<GateResult> = {}): GateResult {
  const name = GATE_CONFIG[id];
  const mode = name ? gateMode(config, name) : 'enforce';
  const passed = outcome === 'pass';
  const result: GateResult = { gate: id, outcome, passed, mode, blocking: outcome === 'fail' && mode === 'enforce', message, ...extra };
  if (outcome === 'fail' && mode === 'advisory') result.message = `[advisory] ${message}`;
  return result;
}

/** The environment a version must have served in first: `requires`, else the previous one listed; null for the first. */
export function requiredEnvironment(config: ConfigDoc, env: string): EnvironmentConfig | null {
  const i = config.environments.findIndex((e) => e.name === env);
  if (i < 0) return null;
  const own = config.environments[i]!;
  if (own.requires) return config.environments.find((e) => e.name === own.requires) ?? null;
  return i > 0 ? config.environments[i - 1]! : null;
}

/** Live traffic per version. A shadow receives copies, not traffic; blue-green switches all at once. */
export function trafficShares(entry: ServingEntry | null | undefined): Record<string, number> {
  if (!entry) return {};
  const t = entry.traffic ?? 0;
  const c = entry.candidate;
  switch (entry.strategy) {
    case 'direct':
      return { [entry.stable]: 100 };
    case 'canary':
    case 'ab':
      return c ? { [entry.stable]: 100 - t, [c]: t } : { [entry.stable]: 100 };
    case 'blue-green':
      return c ? (t === 100 ? { [entry.stable]: 0, [c]: 100 } : { [entry.stable]: 100, [c]: 0 }) : { [entry.stable]: 100 };
    case 'shadow':
      return c ? { [entry.stable]: 100, [c]: 0 } : { [entry.stable]: 100 };
  }
}

function mirrored(entry: ServingEntry | null | undefined): Record<string, number> {
  return entry?.strategy === 'shadow' && entry.candidate ? { [entry.candidate]: entry.traffic ?? 0 } : {};
}

function versionsOf(entry: ServingEntry | null | undefined): string[] {
  return entry ? [entry.stable, ...(entry.candidate ? [entry.candidate] : [])] : [];
}

function sameEntry(a: ServingEntry | undefined, b: ServingEntry | undefined): boolean {
  return JSON.stringify([a?.strategy, a?.stable, a?.candidate, a?.traffic]) === JSON.stringify([b?.strategy, b?.stable, b?.candidate, b?.traffic]);
}

export function describeChanges(env: string, before: ManifestDoc | null, after: ManifestDoc | null, spans: ReadonlyMap<string, readonly ServingSpan[]>): ModelChange[] {
  const models = [...new Set([...Object.keys(before?.models ?? {}), ...Object.keys(after?.models ?? {})])].sort();
  const servedHere = spans.get(env) ?? [];
  return models.map((model) => {
    const b = before?.models[model];
    const a = after?.models[model];
    const inB = versionsOf(b);
    const inA = versionsOf(a);
    const versionsIn = inA.filter((v) => !inB.includes(v));
    return {
      model,
      change: !b ? 'add' : !a ? 'remove' : sameEntry(a, b) ? 'unchanged' : 'change',
      before: b ?? null,
      after: a ?? null,
      versionsIn,
      versionsOut: inB.filter((v) => !inA.includes(v)),
      trafficBefore: trafficShares(b),
      trafficAfter: trafficShares(a),
      mirroredBefore: mirrored(b),
      mirroredAfter: mirrored(a),
      rollbackTo: versionsIn.filter((v) => servedHere.some((s) => s.model === model && s.version === v)),
      servedBefore: b !== undefined || servedHere.some((s) => s.model === model),
    };
  });
}

/** A hot fix is declared by this change: a `hotfix` block carried over unchanged from the base does not count again. */
export function declaredHotfix(before: ManifestDoc | null, after: ManifestDoc | null): ManifestDoc['hotfix'] | undefined {
  const h = after?.hotfix;
  // As the schema requires: a reason of at least 10 non-blank characters (whitespace alone declares nothing).
  if (!h || typeof h.reason !== 'string' || h.reason.replace(/\s/g, '').length < 10) return undefined;
  return JSON.stringify(h) === JSON.stringify(before?.hotfix) ? undefined : h;
}

export function evaluatePromotion(input: PromotionInput): { changes: ModelChange[]; gates: GateResult[] } {
  const { config, env } = input;
  const envConfig = config.environments.find((e) => e.name === env);
  const changes = describeChanges(env, input.before, input.after, input.spans);
  const gates: GateResult[] = [];
  const hotfix = declaredHotfix(input.before, input.after);
  for (const c of changes) {
    if (c.change === 'remove' && c.before) {
      // Legitimate (a retired model), but never silent: the plan and the deploy summary show it.
      gates.push(gate(config, 'strategy', 'pass', `${c.model} stops serving in ${env} (it served ${[c.before.stable, ...(c.before.candidate ? [c.before.candidate] : [])].join(' and ')} with ${c.before.strategy}); returning it later follows the traffic steps like any version new to its traffic`, { model: c.model }));
      continue;
    }
    if (c.change === 'unchanged' || !c.after) continue;
    gates.push(strategyGate(config, envConfig, c));
    gates.push(...registrationGates(input, c));
    for (const version of c.versionsIn) {
      if (c.rollbackTo.includes(version)) {
        gates.push(gate(config, 'promotionOrder', 'pass', `${c.model} ${version} served ${env} before: returning to it is a rollback, not a promotion`, { model: c.model, version }));
        continue;
      }
      gates.push(...orderAndBake(input, c.model, version, hotfix));
    }
    const steps = trafficStepsGate(config, envConfig, c);
    if (steps) gates.push(steps);
  }
  if (hotfix) {
    gates.push(
      gate(config, 'approvals', 'deferred', `hot fix declared (${hotfix.reason}): bake time is skipped, so the change needs the high-risk approval rule (approvals.tiers.high) whatever the models' tiers`, {
        remedy: 'Have the approvers of the high-risk rule approve the pull request; the approvals gate checks this.',
        requirement: { approvalTier: 'high', reason: hotfix.reason, ...(hotfix.incident ? { incident: hotfix.incident } : {}) },
      }),
    );
  }
  return { changes, gates };
}

function strategyGate(config: ConfigDoc, envConfig: EnvironmentConfig | undefined, c: ModelChange): GateResult {
  const entry = c.after!;
  const problems: string[] = [];
  const remedies: string[] = [];
  if (envConfig?.strategies && !envConfig.strategies.includes(entry.strategy)) {
    problems.push(`strategy '${entry.strategy}' is not allowed in ${envConfig.name} (allowed: ${envConfig.strategies.join(', ')})`);
    remedies.push(`use one of ${envConfig.strategies.join(', ')}, or allow '${entry.strategy}' under environments[].strategies in modelgate.yaml`);
  }
  if (entry.candidate !== undefined && entry.candidate === entry.stable) {
    problems.push(`candidate and stable are both ${entry.stable}`);
    remedies.push('name a different candidate, or use `strategy: direct` to serve one version');
  }
  if (problems.length === 0) return gate(config, 'strategy', 'pass', `${c.model}: ${entry.strategy} is allowed here`, { model: c.model });
  return gate(config, 'strategy', 'fail', `${c.model}: ${problems.join('; ')}`, { model: c.model, remedy: `${remedies.join('; ')}.` });
}

function registrationGates(input: PromotionInput, c: ModelChange): GateResult[] {
  const out: GateResult[] = [];
  const entry = c.after!;
  for (const [role, version] of [['stable', entry.stable], ['candidate', entry.candidate]] as const) {
    if (!version) continue;
    const info = input.versionInfo(c.model, version);
    const entering = c.versionsIn.includes(version);
    if (!info.registered) {
      out.push(gate(input.config, 'registration', 'fail', `${role} ${c.model} ${version} is not registered: models/${c.model}/${version}/card.yaml does not exist`, { model: c.model, version, remedy: 'Register the version first (a pull request adding its card), or correct the version.' }));
    } else if (info.mark?.status === 'rejected' && (entering || role === 'candidate')) {
      out.push(
        gate(input.config, 'registration', 'fail', `${role} ${c.model} ${version} is marked rejected in models/${c.model}/model.yaml${info.mark.reason ? ` (${info.mark.reason})` : ''}`, {
          model: c.model,
          version,
          remedy: 'Serve another version; a rejected version is not promoted again unless a reviewed change to model.yaml clears the mark.',
        }),
      );
    } else if (info.mark?.status === 'deprecated' && entering) {
      // Allowed (deprecation is a warning, not a ban), but said where it is seen.
      out.push(
        gate(input.config, 'registration', 'pass', `${role} ${c.model} ${version} is registered, but WARNING: it is marked deprecated in models/${c.model}/model.yaml${info.mark.reason ? ` (${info.mark.reason})` : ''}: promoting it is allowed, but check that a newer version would not serve better`, {
          model: c.model,
          version,
          warning: true,
        }),
      );
    } else {
      out.push(gate(input.config, 'registration', 'pass', `${role} ${c.model} ${version} is registered${info.mark ? ` (${info.mark.status})` : ''}`, { model: c.model, version }));
    }
  }
  return out;
}

function orderAndBake(input: PromotionInput, model: string, version: string, hotfix: ManifestDoc['hotfix'] | undefined): GateResult[] {
  const { config, env } = input;
  const required = requiredEnvironment(config, env);
  if (!required) return [gate(config, 'promotionOrder', 'pass', `${model} ${version}: ${env} is the first environment; nothing must come before it`, { model, version })];
  const spans = (input.spans.get(required.name) ?? []).filter((s) => s.model === model && s.version === version);
  const out: GateResult[] = [];
  if (spans.length === 0) {
    out.push(
      gate(config, 'promotionOrder', 'fail', `${model} ${version} has not served in ${required.name}, which ${env} requires first`, {
        model,
        version,
        remedy: `Promote ${model} ${version} to ${required.name} (as stable or at 100%) first${required.bakeTime ? ` and let it bake for ${required.bakeTime}` : ''}.`,
      }),
    );
  } else {
    out.push(gate(config, 'promotionOrder', 'pass', `${model} ${version} served in ${required.name} (since ${spans[0]!.since}, commit ${spans[0]!.commit.slice(0, 12)})`, { model, version }));
  }
  const bake = parseDuration(required.bakeTime);
  if (bake === null || bake === 0) return out;
  if (hotfix) {
    out.push(gate(config, 'bakeTime', 'pass', `${model} ${version}: bake time in ${required.name} (${required.bakeTime}) skipped by the hot fix: ${hotfix.reason}`, { model, version }));
    return out;
  }
  const now = input.now.getTime();
  let best: { span: ServingSpan; ms: number } | undefined;
  for (const span of spans) {
    const ms = Math.max(0, (span.until ? Date.parse(span.until) : now) - Date.parse(span.since));
    if (!best || ms > best.ms) best = { span, ms };
  }
  if (best && best.ms >= bake) {
    const from = best.span.source === 'deployment-record' ? ' (its successful deployment)' : '';
    out.push(gate(config, 'bakeTime', 'pass', `${model} ${version} baked in ${required.name} for ${formatDuration(best.ms)} (needs ${required.bakeTime}) from ${best.span.since}${from}`, { model, version }));
    return out;
  }
  const skew = best?.span.timeAdjusted ? ' (its start was moved later because a commit time went backwards on the branch)' : '';
  const ready = best && !best.span.until ? `; it can be promoted from ${new Date(Date.parse(best.span.since) + bake).toISOString()}` : '';
  out.push(
    gate(config, 'bakeTime', 'fail', best ? `${model} ${version} has served in ${required.name} for ${formatDuration(best.ms)}${skew}; ${env} needs ${required.bakeTime} in ${required.name} (${required.name}'s bakeTime)${ready}` : `${model} ${version} has not served in ${required.name}, so it has not baked there for ${required.bakeTime} (${required.name}'s bakeTime)`, {
      model,
      version,
      remedy: `Wait until ${model} ${version} has served ${required.name} for ${required.bakeTime}, or, for an urgent fix, declare \`hotfix: {reason: ...}\` in the manifest (needs the high-risk approval rule).`,
    }),
  );
  return out;
}

/** The configured steps plus 100 (full promotion), ascending. */
function stepLadder(steps: readonly number[]): number[] {
  return [...new Set([...steps, 100])].filter((s) => s > 0).sort((a, b) => a - b);
}

function trafficStepsGate(config: ConfigDoc, envConfig: EnvironmentConfig | undefined, c: ModelChange): GateResult | undefined {
  if (!envConfig?.trafficSteps || envConfig.trafficSteps.length === 0) return undefined;
  // A blue-green switch moves all traffic at once by definition; a shadow takes none.
  if (c.after?.strategy === 'blue-green' || c.after?.strategy === 'shadow') return undefined;
  const ladder = stepLadder(envConfig.trafficSteps);
  // The version traffic moves away from; for a model new to the environment there is none to protect,
  // so its stable is the baseline. A model that served here before and was removed is not new: its
  // return is held to the steps, except for versions it served fully here before (a rollback).
  const baseline = c.before?.stable ?? (c.servedBefore ? undefined : c.after?.stable);
  const problems: string[] = [];
  const versions = new Set([...Object.keys(c.trafficBefore), ...Object.keys(c.trafficAfter)]);
  for (const v of versions) {
    if (v === baseline || c.rollbackTo.includes(v)) continue;
    const from = c.trafficBefore[v] ?? 0;
    const to = c.trafficAfter[v] ?? 0;
    if (to === from || to === 0) continue;
    const next = ladder.find((s) => s > from);
    if (to !== next) problems.push(`${c.model} ${v} goes from ${from}% to ${to}%, but traffic may only move to the next step (${next ?? 100}%) or back to 0%`);
  }
  if (problems.length === 0) return gate(config, 'trafficSteps', 'pass', `${c.model}: traffic follows the steps ${ladder.join(' → ')}`, { model: c.model });
  return gate(config, 'trafficSteps', 'fail', problems.join('; '), { model: c.model, remedy: `Move traffic one step at a time along ${ladder.join(' → ')} (configured under environments[].trafficSteps), or set it back to 0.` });
}

export function planVerdict(gates: readonly GateResult[]): 'pass' | 'fail' {
  return gates.some((g) => g.blocking) ? 'fail' : 'pass';
}
