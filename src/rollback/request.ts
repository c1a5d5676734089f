/**
 * Building a rollback request from a loaded registry: the model's manifest entry and version marks,
 * plus the clone's history (context.ts). Used by the monitor (a rollback decision), the manual
 * rollback action and `modelgate rollback`, so all three plan identically.
 */
import { ConfigError, UsageError } from '../errors.js';
import type { ModelDecision } from '../monitor/types.js';
import type { Registry } from '../registry/loader.js';
import type { ServingEntry, VersionMark } from '../registry/types.js';
import type { RollbackContext } from './context.js';
import { planRollback, type Plan } from './plan.js';

export function servingEntry(registry: Registry, env: string, model: string): ServingEntry {
  const doc = registry.manifests.get(env);
  if (!doc) throw new ConfigError(`no manifest for environment '${env}' (deployments/${env}.yaml)`);
  if (!doc.value) throw new ConfigError(`invalid manifest: ${doc.findings.map((f) => f.message).join('; ')}`, doc.file);
  const entry = doc.value.models[model];
  if (!entry) throw new UsageError(`model '${model}' does not serve in '${env}' (deployments/${env}.yaml)`);
  return entry;
}

export function versionMarks(registry: Registry, model: string): Record<string, VersionMark> | undefined {
  const loaded = registry.models.get(model)?.model;
  if (!loaded?.value) throw new ConfigError(`models/${model}/model.yaml is missing or invalid`, loaded?.file);
  return loaded.value.versions;
}

export function planForDecision(registry: Registry, ctx: RollbackContext, d: ModelDecision, now: number): Plan {
  return planRollback({
    env: d.environment,
    model: d.model,
    current: servingEntry(registry, d.environment, d.model),
    trigger: 'monitor',
    reason: d.reason,
    decision: d,
    spans: ctx.spans,
    bakeMs: ctx.bakeMs,
    now,
    verdicts: ctx.verdicts,
    marks: versionMarks(registry, d.model),
  });
}

export function planManual(registry: Registry, ctx: RollbackContext, o: { env: string; model: string; reason: string; version?: string; now: number }): Plan {
  if (o.reason.trim().length < 10) throw new UsageError('a manual rollback needs a reason of at least 10 characters (it is written into model.yaml and the evidence record)');
  return planRollback({
    env: o.env,
    model: o.model,
    current: servingEntry(registry, o.env, o.model),
    trigger: 'manual',
    reason: o.reason.trim(),
    ...(o.version !== undefined ? { version: o.version } : {}),
    spans: ctx.spans,
    bakeMs: ctx.bakeMs,
    now: o.now,
    verdicts: ctx.verdicts,
    marks: versionMarks(registry, o.model),
  });
}
