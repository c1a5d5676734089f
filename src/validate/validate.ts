/**
 * `modelgate validate`: the registry's documents against their schemas, the structural rules of
 * DESIGN §1, card immutability, and the policy packs, as one list of findings.
 */
import type { Finding } from '../findings.js';
import { compareFindings, countFindings, type FindingCounts } from '../findings.js';
import { evaluateContext, violationToFinding, type CompiledPack, type ContextLocator } from '../policy/engine.js';
import { environmentContext, type PolicyContext } from '../policy/context.js';
import { loadPolicyPacks, type PolicyPack } from '../policy/pack.js';
import { applyWaivers } from '../policy/waivers.js';
import { compilePackCached } from '../policy/standalone.js';
import { loadDocument, type LoadedDocument } from '../registry/document.js';
import { cardPath, loadConfig, loadRegistry, manifestPath, modelPath, registryFindings, type ModelEntry, type Registry } from '../registry/loader.js';
import { nameProblem } from '../registry/names.js';
import { DEFAULT_MAX_BYTES } from '../yaml/strict.js';
import { modelKey, sha256, type PackMemo, type ResultCache } from './cache.js';
import type { RegistrySource } from '../registry/source.js';
import { gateMode, type CardDoc, type ChangeKind, type ConfigDoc, type ManifestDoc, type ModelDoc } from '../registry/types.js';
import { UsageError } from '../errors.js';
import type { ChangeScope } from './scope.js';

export interface ValidateInput {
  /** The registry's documents (working tree, or a git commit). */
  source: RegistrySource;
  /** Where the policy packs and modelgate.yaml come from; the gate passes the base branch here. Default: `source`. */
  policySource?: RegistrySource;
  /** The target environment: its manifest decides baselines and the `promote` kind. */
  env?: string;
  /** --changed-since: validate only what changed since the merge base with `ref`, and check immutability. */
  changedSince?: { repoDir: string; ref: string };
  /** A scope computed elsewhere (the gate builds it from the pull request's file list with `scopeFromChanges`). */
  scope?: ChangeScope;
  today: string;
  author?: string;
  /** The result cache (CLI and unprivileged runs only; the gate never passes one). Used for full runs. */
  cache?: ResultCache;
  /**
   * Remembers policy packs (by digest) that passed the meta-schema check, so it is not repeated on
   * every run; the gate passes none and always checks.
   */
  packMemo?: PackMemo;
  /** Worker threads for large registries: undefined = automatic, 0 or 1 = in this thread. */
  workers?: number;
}

export interface ValidationReport {
  cards: number;
  findings: Finding[];
  counts: FindingCounts;
  policyDigest: string;
  rules: PolicyPack['rules'];
  scope: 'full' | 'changed';
  env?: string;
  /** From modelgate.yaml `policies.failOn` (default deny). */
  failOn: 'deny' | 'warn';
  /** How the work was done, for --verbose and the benchmark. */
  stats: { cacheHits: number; evaluatedModels: number; workers: number };
}

/** What evaluating one model produced; `key` is its cache key when every input could be hashed. */
export interface ModelResult {
  cards: number;
  findings: Finding[];
  key?: string;
}

export interface EvaluateOptions {
  env?: string;
  scope?: ChangeScope;
  today: string;
  author?: string;
  /** For cache keys: the policy pack and modelgate.yaml digests. */
  packDigest: string;
  configDigest: string;
}

export async function validateRegistry(input: ValidateInput): Promise<ValidationReport> {
  const policySource = input.policySource ?? input.source;
  const policyConfigDoc = await loadConfig(policySource);
  const policyConfig = policyConfigDoc.value;
  const packDirs = policyConfig.policies?.packs ?? ['policies'];
  const scope = input.scope ?? (input.changedSince ? await (await import('./scope.js')).computeScope(input.changedSince.repoDir, input.changedSince.ref, packDirs) : undefined);
  // The layout, modelgate.yaml and the manifests; documents of models are read by whoever evaluates them.
  // A change lists only the models it touches and those its changed manifests serve.
  const listOnly = scope?.models ? await touchedModels(input.source, scope) : undefined;
  const [main, pack] = await Promise.all([loadRegistry(input.source, { models: new Set(), ...(listOnly ? { listOnly } : {}) }), loadPolicyPacks(policySource, packDirs)]);
  if (input.env && !main.config.value.environments.some((e) => e.name === input.env)) {
    throw new UsageError(`--env '${input.env}' is not an environment of modelgate.yaml (${main.config.value.environments.map((e) => e.name).join(', ')})`);
  }
  const candidates = candidateModels(main, scope);
  const options: EvaluateOptions = { today: input.today, packDigest: pack.digest, configDigest: main.config.digest ?? '', ...(input.env ? { env: input.env } : {}), ...(scope ? { scope } : {}), ...(input.author ? { author: input.author } : {}) };
  const cache = scope ? undefined : input.cache;

  const results = new Map<string, ModelResult>();
  let misses = [...candidates];
  if (cache?.warm) {
    const keys = await modelKeys(main, misses, options);
    misses = misses.filter((m) => {
      const key = keys.get(m);
      const hit = key ? cache.lookup(key) : undefined;
      if (hit) results.set(m, hit);
      return !hit;
    });
  }
  const cacheHits = results.size;
  const packMemo = input.packMemo ?? input.cache;
  const verified = packMemo?.packVerified(pack.digest) ?? false;
  const { results: evaluated, workers } = await evaluateMisses(input, policySource, pack, packDirs, main, misses, options, verified, packMemo?.dir);
  for (const [m, r] of evaluated) {
    results.set(m, r);
    if (cache && r.key) cache.store(r.key, { cards: r.cards, findings: r.findings });
  }
  if (packMemo && !verified) packMemo.markPackVerified(pack.digest);
  if (cache || (packMemo && !verified)) await (cache ?? packMemo)!.save();

  const candidateSet = new Set(candidates);
  const findings = registryFindings(main).filter((f) => f.model === undefined || !candidateSet.has(f.model));
  let cards = 0;
  for (const r of results.values()) {
    cards += r.cards;
    findings.push(...r.findings);
  }
  findings.push(...(await manifestFindings(main, scope?.models ? scope.manifests : null)));
  if (scope) findings.push(...immutabilityFindings(scope, policyConfig));
  const gated = applyGateModes(findings, policyConfig);
  gated.sort(compareFindings);
  return {
    cards,
    findings: gated,
    counts: countFindings(gated),
    policyDigest: pack.digest,
    rules: pack.rules,
    scope: scope ? 'changed' : 'full',
    failOn: policyConfig.policies?.failOn ?? 'deny',
    stats: { cacheHits, evaluatedModels: evaluated.size, workers },
    ...(input.env ? { env: input.env } : {}),
  };
}

/** The models a change touches: its own, and every model a changed manifest serves (read from those manifests alone). */
async function touchedModels(source: RegistrySource, scope: ChangeScope): Promise<Set<string>> {
  const models = new Set(scope.models ?? []);
  for (const env of scope.manifests) {
    const doc = await loadDocument(source, manifestPath(env), 'manifest');
    for (const m of Object.keys((doc?.raw as { models?: object } | undefined)?.models ?? {})) models.add(m);
  }
  return models;
}

/** Valid model directories to evaluate: all of them, or what a change touches plus what its manifests serve. */
function candidateModels(main: Registry, scope: ChangeScope | undefined): string[] {
  const valid = [...main.layout.modelDirs.keys()].filter((m) => nameProblem(m, 'model') === null);
  if (!scope?.models) return valid;
  const wanted = new Set(scope.models);
  for (const env of scope.manifests) {
    for (const m of Object.keys((main.manifests.get(env)?.raw as { models?: object } | undefined)?.models ?? {})) wanted.add(m);
  }
  return valid.filter((m) => wanted.has(m));
}

const AUTO_WORKER_MIN_CARDS = 400;

async function evaluateMisses(
  input: ValidateInput,
  policySource: RegistrySource,
  pack: PolicyPack,
  packDirs: string[],
  main: Registry,
  misses: string[],
  options: EvaluateOptions,
  verified: boolean,
  packDir: string | undefined,
): Promise<{ results: Map<string, ModelResult>; workers: number }> {
  if (misses.length === 0) return { results: new Map(), workers: 0 };
  const cardCount = misses.reduce((n, m) => n + (main.layout.modelDirs.get(m)?.versionDirs.size ?? 0), 0);
  const { workerPlan, runInWorkers } = await import('./parallel.js');
  const plan = workerPlan(input.workers, cardCount, AUTO_WORKER_MIN_CARDS, input.source, policySource);
  if (plan) {
    const sizes = new Map(misses.map((m) => [m, main.layout.modelDirs.get(m)?.versionDirs.size ?? 0]));
    return { results: await runInWorkers(plan, misses, sizes, { packDirs, options, verified, ...(packDir ? { packDir } : {}) }), workers: plan.workers };
  }
  const compiled = await compilePackCached(pack, packDir, !verified);
  return { results: await evaluateModels(input.source, compiled, new Set(misses), options), workers: 0 };
}

/** Loads and evaluates the given models: every card against its schema and the policies. Shared by the main thread and workers. */
export async function evaluateModels(source: RegistrySource, compiled: CompiledPack, models: ReadonlySet<string>, options: EvaluateOptions): Promise<Map<string, ModelResult>> {
  const scope = options.scope;
  const servingIn = new Set([...(scope?.manifests ?? []), ...(options.env ? [options.env] : [])]);
  // In a change, only the changed models are loaded whole (or the changed versions of them); the
  // loader adds the versions the changed manifests serve. Results are kept for this group only.
  const direct = scope?.models ? new Set([...models].filter((m) => scope.models!.has(m))) : models;
  const versions = scope?.models ? new Map([...scope.versions].filter(([m]) => models.has(m))) : undefined;
  const registry = await loadRegistry(source, { models: direct, servingIn, ...(versions ? { versions } : {}), ...(scope?.models ? { listOnly: models } : {}) });
  const results = new Map<string, ModelResult>();
  for (const name of models) results.set(name, { cards: 0, findings: [] });
  for (const f of registryFindings(registry)) if (f.model && results.has(f.model)) results.get(f.model)!.findings.push(f);
  for (const entry of registry.models.values()) {
    const result = results.get(entry.name);
    if (!result) continue;
    for (const [version, card] of entry.versions) {
      result.cards++;
      result.findings.push(...evaluateCard(compiled, registry, entry.model, card, version, options));
    }
    if (!scope) {
      const key = keyFromLoaded(registry, entry, options);
      if (key) result.key = key;
    }
  }
  return results;
}

function envEntry(registry: Registry, env: string | undefined, model: string): unknown {
  return env ? ((registry.manifests.get(env)?.raw as { models?: Record<string, unknown> } | undefined)?.models?.[model] ?? null) : null;
}

function keyFromLoaded(registry: Registry, entry: ModelEntry, options: EvaluateOptions): string | undefined {
  const dirs = registry.layout.modelDirs.get(entry.name)?.versionDirs ?? new Map<string, boolean>();
  const cards: [string, string | null][] = [];
  for (const [version, hasCard] of dirs) {
    if (!hasCard) {
      cards.push([version, null]);
      continue;
    }
    const digest = entry.versions.get(version)?.digest;
    if (!digest) return undefined;
    cards.push([version, digest]);
  }
  if (entry.model && !entry.model.digest) return undefined;
  return modelKey({ ...keyBase(options), model: entry.name, modelDigest: entry.model?.digest ?? null, envEntry: envEntry(registry, options.env, entry.name), cards });
}

function keyBase(options: EvaluateOptions) {
  return { packDigest: options.packDigest, configDigest: options.configDigest, today: options.today, env: options.env ?? null };
}

/** Cache keys from the files' bytes alone, without parsing: what makes a warm run fast. */
async function modelKeys(main: Registry, models: string[], options: EvaluateOptions): Promise<Map<string, string>> {
  const keys = new Map<string, string>();
  const max = main.limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const digestOf = async (file: string): Promise<string | null | undefined> => {
    const read = await main.source.readLimited(file, max);
    if (read === null) return null;
    return 'bytes' in read ? sha256(read.bytes) : undefined;
  };
  await forEachLimit(models, 32, async (name) => {
    const dir = main.layout.modelDirs.get(name);
    if (!dir) return;
    const modelDigest = dir.modelFile ? await digestOf(modelPath(name)) : null;
    if (modelDigest === undefined) return;
    const cards: [string, string | null][] = [];
    for (const [version, hasCard] of dir.versionDirs) {
      const d = hasCard ? await digestOf(cardPath(name, version)) : null;
      if (d === undefined) return;
      cards.push([version, d]);
    }
    keys.set(name, modelKey({ ...keyBase(options), model: name, modelDigest, envEntry: envEntry(main, options.env, name), cards }));
  });
  return keys;
}

async function forEachLimit<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function evaluateCard(
  compiled: CompiledPack,
  registry: Registry,
  modelDoc: LoadedDocument<ModelDoc> | null,
  card: LoadedDocument<CardDoc>,
  version: string,
  options: EvaluateOptions,
): Finding[] {
  const scope = options.scope;
  const input = options;
  const raw = card.raw;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const cardValue = raw as CardDoc;
  const model = cardValue.model && typeof cardValue.model === 'string' ? cardValue.model : card.file.split('/')[1]!;
  // What model.yaml says even when it fails its schema (reported on its own), so rules judge its
  // content ("inventoryId is missing") instead of its absence.
  const modelRaw = modelDoc?.raw;
  const modelValue = (modelRaw && typeof modelRaw === 'object' && !Array.isArray(modelRaw) ? modelRaw : null) as ModelDoc | null;
  const envConfig = input.env ? registry.config.value.environments.find((e) => e.name === input.env) : undefined;
  const manifest = input.env ? registry.manifests.get(input.env) : undefined;
  const serving = (manifest?.value as ManifestDoc | undefined)?.models[model] ?? null;
  const servesHere = serving !== null && (serving.stable === version || serving.candidate === version);
  let kind: ChangeKind = scope?.kind ?? 'register';
  let baseline: LoadedDocument<CardDoc> | undefined;
  if (envConfig && servesHere && serving && serving.stable !== version) {
    kind = 'promote';
    baseline = registry.models.get(model)?.versions.get(serving.stable);
  }
  const context: PolicyContext = {
    card: cardValue,
    model: modelValue,
    baseline: (baseline?.value ?? null) as CardDoc | null,
    environment: envConfig ? environmentContext(envConfig, serving) : null,
    change: { kind, files: scope ? scope.files.map((f) => f.path) : [], ...(input.author ? { author: input.author } : {}) },
    today: input.today,
  };
  const locator: ContextLocator = {
    card: { file: card.file, locate: card.locate },
    ...(modelDoc ? { model: { file: modelDoc.file, locate: modelDoc.locate } } : {}),
    ...(baseline ? { baseline: { file: baseline.file, locate: baseline.locate } } : {}),
    ...(manifest ? { manifest: { file: manifest.file, locate: manifest.locate, entryPath: ['models', model] } } : {}),
  };
  const ids = { model, version };
  const found = evaluateContext(compiled, context).map((v) => violationToFinding(v, locator, ids));
  const waivers = Array.isArray(cardValue.waivers) && card.value ? cardValue.waivers : [];
  return applyWaivers(found, { waivers, file: card.file, locate: card.locate, ...ids }, compiled, input.today);
}

/**
 * Cross-document checks of each manifest in scope: the models and versions it names are
 * registered (from the layout: a version is registered when its card exists), and no candidate
 * is marked rejected in its model.yaml.
 */
async function manifestFindings(registry: Registry, envs: ReadonlySet<string> | null): Promise<Finding[]> {
  const out: Finding[] = [];
  const marks = new Map<string, ModelDoc['versions']>();
  const markOf = async (model: string) => {
    if (!marks.has(model)) {
      const doc = await loadDocument(registry.source, modelPath(model), 'model', { model }, registry.limits);
      marks.set(model, (doc?.value as ModelDoc | undefined)?.versions);
    }
    return marks.get(model);
  };
  for (const [env, doc] of registry.manifests) {
    const manifest = doc.value;
    if (!manifest || (envs && !envs.has(env))) continue;
    for (const [model, entry] of Object.entries(manifest.models)) {
      const entryPath = ['models', model];
      const dir = registry.layout.modelDirs.get(model);
      if (!dir || nameProblem(model, 'model') !== null) {
        out.push({ ruleId: 'manifest.unknown-model', severity: 'deny', file: doc.file, ...doc.locate(entryPath, 'key'), message: `model '${model}' in ${manifestPath(env)} is not registered under models/`, remediation: 'Register the model first, or correct its name.', model });
        continue;
      }
      for (const role of ['stable', 'candidate'] as const) {
        const version = entry[role];
        if (!version) continue;
        if (dir.versionDirs.get(version) !== true) {
          out.push({ ruleId: 'manifest.unknown-version', severity: 'deny', file: doc.file, ...doc.locate([...entryPath, role]), message: `${role} ${model} ${version} in ${env} is not registered: ${cardPath(model, version)} does not exist`, remediation: 'Register the version first (a pull request adding its card), or correct the version.', model, version });
        }
        const mark = (await markOf(model))?.[version];
        if (mark?.status === 'rejected') {
          out.push({
            ruleId: 'manifest.rejected-version',
            severity: role === 'candidate' ? 'deny' : 'warn',
            file: doc.file,
            ...doc.locate([...entryPath, role]),
            message: `${role} ${model} ${version} is marked rejected in ${modelPath(model)}${mark.reason ? ` (${mark.reason})` : ''}`,
            remediation: 'Serve another version; a rejected version is never promoted again unless model.yaml clears the mark in a reviewed change.',
            model,
            version,
          });
        }
      }
    }
  }
  return out;
}

function immutabilityFindings(scope: ChangeScope, config: ConfigDoc): Finding[] {
  return scope.immutableViolations.map((f) => {
    const [, model, version] = f.path.split('/');
    return {
      ruleId: 'registry.card-immutable',
      severity: gateMode(config, 'immutability') === 'enforce' ? 'deny' : 'warn',
      file: f.path,
      line: 1,
      column: 1,
      message: `${f.path} was merged before ${scope.base.slice(0, 12)} and is immutable, but this change ${f.status === 'deleted' ? 'deletes' : 'edits'} it`,
      remediation: `Revert the change to ${f.path} and register a new version (models/${model}/<new version>/card.yaml); facts that change after merge belong in model.yaml.`,
      ...(model ? { model } : {}),
      ...(version ? { version } : {}),
    };
  });
}

/** In advisory mode the policy gate reports and does not block: its denials become warnings. */
function applyGateModes(findings: Finding[], config: ConfigDoc): Finding[] {
  if (gateMode(config, 'policy') === 'enforce') return findings;
  return findings.map((f) => (f.severity === 'deny' && !f.ruleId.startsWith('yaml.') && !f.ruleId.startsWith('schema.') && !f.ruleId.startsWith('registry.') ? { ...f, severity: 'warn', message: `[advisory] ${f.message}` } : f));
}
