/**
 * One monitor run over an environment: which versions serve (the manifest), which rules apply
 * (model.yaml with the environment's overrides), what the providers say (live, or recorded bodies
 * for --responses), and the decision per model. The live and recorded paths share the parsers and
 * the rule evaluation; they differ only in where a body comes from.
 */
import { ConfigError, UsageError } from '../errors.js';
import type { Registry } from '../registry/loader.js';
import type { ServingEntry } from '../registry/types.js';
import { decide, judgedVersions, strategyEffect } from './decide.js';
import { observe, parseResponse, queryText, type ObserveContext, type QueryRole } from './providers/index.js';
import type { Redactor } from './redact.js';
import { describeThreshold, evaluateRule, resolveRules, type EffectiveRule } from './rules.js';
import { renderTemplate, TemplateError, type TemplateVars } from './template.js';
import type { ModelDecision, Observation, RuleResult } from './types.js';

/** Recorded provider bodies: rule name (plus `#baseline` / `#samples`) → the raw body. */
export type Responses = Record<string, unknown>;

export interface MonitorRun {
  registry: Registry;
  env: string;
  model?: string;
  now: number;
  servingSince?: number;
  /** Per judged version, when it started serving (e.g. from the manifest's history); wins over servingSince. */
  servingSinceFor?: (model: string, version: string) => number | undefined;
  responses?: Responses;
  processEnv: Record<string, string | undefined>;
  cwd: string;
  redactor: Redactor;
  retryDelayMs?: number;
}

export function responseKey(rule: string, role: QueryRole): string {
  return role === 'query' ? rule : `${rule}#${role}`;
}

function recorded(rule: EffectiveRule, role: QueryRole, responses: Responses, redactor: Redactor): Observation {
  const key = responseKey(rule.name, role);
  if (!Object.prototype.hasOwnProperty.call(responses, key)) {
    throw new UsageError(`the responses file has no entry '${key}' for rule '${rule.name}'`);
  }
  const value = responses[key];
  // {"$error": "..."} records a provider that did not answer (a timeout, a refused connection).
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { $error?: unknown }).$error === 'string' && Object.keys(value).length === 1) {
    return { kind: 'error', message: redactor.redact((value as { $error: string }).$error) };
  }
  const body = typeof value === 'string' ? value : JSON.stringify(value);
  return parseResponse(rule, body, queryText(rule, role), redactor);
}

function describeQuery(rule: EffectiveRule, role: QueryRole, vars: TemplateVars, redactor: Redactor): string {
  const raw = queryText(rule, role);
  const target = rule.provider === 'prometheus' ? 'promql' : rule.provider === 'datadog' ? 'datadog' : 'plain';
  try {
    return redactor.redact(renderTemplate(raw, role === 'baseline' ? { ...vars, version: vars.baseline ?? vars.version } : vars, target));
  } catch (err) {
    if (err instanceof TemplateError) return `${raw} (${err.message})`;
    throw err;
  }
}

async function judgeRule(run: MonitorRun, rule: EffectiveRule, vars: TemplateVars): Promise<RuleResult> {
  const servingSince = run.servingSinceFor?.(vars.model, vars.version) ?? run.servingSince;
  const ctx: ObserveContext = { env: run.processEnv, cwd: run.cwd, redactor: run.redactor, now: run.now, vars, ...(run.retryDelayMs !== undefined ? { retryDelayMs: run.retryDelayMs } : {}) };
  const queries: string[] = [];
  const get = async (role: QueryRole): Promise<Observation> => {
    if (run.responses) {
      queries.push(describeQuery(rule, role, vars, run.redactor));
      return recorded(rule, role, run.responses, run.redactor);
    }
    const o = await observe(rule, role, ctx);
    queries.push(o.rendered);
    return o.observation;
  };
  const candidate = await get('query');
  // Without a version serving beside the judged one there is no baseline to ask for.
  const baseline = rule.compare && vars.baseline !== undefined ? await get('baseline') : undefined;
  const samples = rule.samplesQuery ? await get('samples') : undefined;
  const evaluation = evaluateRule({
    rule,
    candidate,
    ...(baseline ? { baseline } : {}),
    ...(samples ? { samples } : {}),
    now: run.now,
    ...(servingSince !== undefined ? { servingSince } : {}),
  });
  const note = rule.initialDelay && servingSince === undefined && evaluation.outcome !== 'skipped' ? ' (serving start unknown: initialDelay not applied)' : '';
  return {
    name: rule.name,
    provider: rule.provider,
    severity: rule.severity,
    mode: rule.mode,
    outcome: evaluation.outcome,
    reason: run.redactor.redact(evaluation.reason) + note,
    threshold: describeThreshold(rule),
    values: evaluation.values,
    queries,
    ...(evaluation.tolerated ? { tolerated: evaluation.tolerated } : {}),
  };
}

async function judgeModel(run: MonitorRun, name: string, entry: ServingEntry): Promise<ModelDecision | undefined> {
  const loaded = run.registry.models.get(name)?.model;
  if (!loaded) throw new ConfigError(`model '${name}' serves in '${run.env}' but has no models/${name}/model.yaml`);
  if (!loaded.value) throw new ConfigError(`invalid model.yaml: ${loaded.findings.map((f) => f.message).join('; ')}`, loaded.file);
  const rules = resolveRules(loaded.value, run.env);
  if (rules.length === 0) {
    if (run.model) throw new ConfigError(`model '${name}' has no rollback rules for '${run.env}' (rollback.rules in model.yaml)`, loaded.file);
    return undefined;
  }
  const { version, baseline } = judgedVersions(entry);
  const vars: TemplateVars = { model: name, version, env: run.env, ...(baseline ? { baseline } : {}) };
  const results: RuleResult[] = [];
  // Sequential on purpose: providers are rate-limited services and a run has a handful of rules.
  for (const rule of rules) {
    try {
      results.push(await judgeRule(run, rule, vars));
    } catch (err) {
      if (err instanceof ConfigError && !err.message.includes(`'${rule.name}'`)) throw new ConfigError(`rule '${rule.name}': ${err.message}`, loaded.file);
      if (err instanceof ConfigError && !err.file) throw new ConfigError(err.message, loaded.file);
      throw err;
    }
  }
  const d = decide(results);
  return {
    model: name,
    environment: run.env,
    strategy: entry.strategy,
    version,
    ...(baseline ? { baseline } : {}),
    decision: d.decision,
    reason: d.reason,
    rules: results,
    ...(d.decision === 'rollback' ? { effect: strategyEffect(entry), reject: version } : {}),
  };
}

export async function monitorEnvironment(run: MonitorRun): Promise<ModelDecision[]> {
  const manifestDoc = run.registry.manifests.get(run.env);
  if (!manifestDoc) throw new ConfigError(`no manifest for environment '${run.env}' (deployments/${run.env}.yaml)`);
  const manifest = manifestDoc.value;
  if (!manifest) throw new ConfigError(`invalid manifest: ${manifestDoc.findings.map((f) => f.message).join('; ')}`, manifestDoc.file);
  const names = run.model ? [run.model] : Object.keys(manifest.models).sort();
  if (run.model && !manifest.models[run.model]) throw new UsageError(`model '${run.model}' does not serve in '${run.env}' (deployments/${run.env}.yaml)`);
  const decisions: ModelDecision[] = [];
  for (const name of names) {
    const entry: ServingEntry = manifest.models[name]!;
    try {
      const d = await judgeModel(run, name, entry);
      if (d) decisions.push(d);
    } catch (err) {
      // One model's broken configuration must not leave the others unjudged: it holds (never a
      // rollback: nothing was measured), says why, and the run goes on.
      if (!(err instanceof ConfigError)) throw err;
      const { version, baseline } = judgedVersions(entry);
      const message = run.redactor.redact(err.file ? `${err.file}: ${err.message}` : err.message);
      decisions.push({
        model: name,
        environment: run.env,
        strategy: entry.strategy,
        version,
        ...(baseline ? { baseline } : {}),
        decision: 'hold',
        reason: `configuration error: ${message}; no rule judged, no change`,
        rules: [],
        configError: message,
      });
    }
  }
  if (decisions.length === 0) throw new ConfigError(`no model serving in '${run.env}' has rollback rules`);
  return decisions;
}
