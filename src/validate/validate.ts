/**
 * `modelgate validate`: the registry's documents against their schemas, the structural rules of
 * DESIGN §1, card immutability, and the policy packs, as one list of findings.
 */
import type { Finding } from '../findings.js';
import { compareFindings, countFindings, type FindingCounts } from '../findings.js';
import { compilePack, evaluateContext, violationToFinding, type CompiledPack, type ContextLocator } from '../policy/engine.js';
import { environmentContext, type PolicyContext } from '../policy/context.js';
import { loadPolicyPacks } from '../policy/pack.js';
import { applyWaivers } from '../policy/waivers.js';
import type { LoadedDocument } from '../registry/document.js';
import { cardPath, loadConfig, loadRegistry, manifestPath, modelPath, registryFindings, type Registry } from '../registry/loader.js';
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
}

export interface ValidationReport {
  cards: number;
  findings: Finding[];
  counts: FindingCounts;
  policyDigest: string;
  rules: CompiledPack['rules'];
  scope: 'full' | 'changed';
  env?: string;
  /** From modelgate.yaml `policies.failOn` (default deny). */
  failOn: 'deny' | 'warn';
}

export async function validateRegistry(input: ValidateInput): Promise<ValidationReport> {
  const policySource = input.policySource ?? input.source;
  const policyConfig = (await loadConfig(policySource)).value;
  const packDirs = policyConfig.policies?.packs ?? ['policies'];
  const scope = input.scope ?? (input.changedSince ? await (await import('./scope.js')).computeScope(input.changedSince.repoDir, input.changedSince.ref, packDirs) : undefined);
  const [registry, pack] = await Promise.all([
    loadRegistry(input.source, scope?.models ? { models: scope.models, versions: scope.versions, servingIn: scope.manifests } : {}),
    loadPolicyPacks(policySource, packDirs),
  ]);
  if (input.env && !registry.config.value.environments.some((e) => e.name === input.env)) {
    throw new UsageError(`--env '${input.env}' is not an environment of modelgate.yaml (${registry.config.value.environments.map((e) => e.name).join(', ')})`);
  }
  const compiled = compilePack(pack);
  const findings = registryFindings(registry);
  findings.push(...manifestFindings(registry, scope?.models ? scope.manifests : null));
  let cards = 0;
  for (const entry of registry.models.values()) {
    for (const [version, card] of entry.versions) {
      cards++;
      findings.push(...evaluateCard(compiled, registry, entry.model, card, version, input, scope));
    }
  }
  if (scope) findings.push(...immutabilityFindings(scope, policyConfig));
  const gated = applyGateModes(findings, policyConfig);
  gated.sort(compareFindings);
  return { cards, findings: gated, counts: countFindings(gated), policyDigest: pack.digest, rules: compiled.rules, scope: scope ? 'changed' : 'full', failOn: policyConfig.policies?.failOn ?? 'deny', ...(input.env ? { env: input.env } : {}) };
}

function evaluateCard(
  compiled: CompiledPack,
  registry: Registry,
  modelDoc: LoadedDocument<ModelDoc> | null,
  card: LoadedDocument<CardDoc>,
  version: string,
  input: ValidateInput,
  scope: ChangeScope | undefined,
): Finding[] {
  const raw = card.raw;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const cardValue = raw as CardDoc;
  const model = cardValue.model && typeof cardValue.model === 'string' ? cardValue.model : card.file.split('/')[1]!;
  const modelValue = (modelDoc?.value ?? null) as ModelDoc | null;
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
 * registered, and no candidate is marked rejected. The loader has loaded every version these
 * manifests name, so a version missing from the registry really is unregistered.
 */
function manifestFindings(registry: Registry, envs: ReadonlySet<string> | null): Finding[] {
  const out: Finding[] = [];
  for (const [env, doc] of registry.manifests) {
    const manifest = doc.value;
    if (!manifest || (envs && !envs.has(env))) continue;
    for (const [model, entry] of Object.entries(manifest.models)) {
      const entryPath = ['models', model];
      const modelEntry = registry.models.get(model);
      if (!modelEntry) {
        out.push({ ruleId: 'manifest.unknown-model', severity: 'deny', file: doc.file, ...doc.locate(entryPath, 'key'), message: `model '${model}' in ${manifestPath(env)} is not registered under models/`, remediation: 'Register the model first, or correct its name.', model });
        continue;
      }
      for (const role of ['stable', 'candidate'] as const) {
        const version = entry[role];
        if (!version) continue;
        if (!modelEntry.versions.has(version)) {
          out.push({ ruleId: 'manifest.unknown-version', severity: 'deny', file: doc.file, ...doc.locate([...entryPath, role]), message: `${role} ${model} ${version} in ${env} is not registered: ${cardPath(model, version)} does not exist`, remediation: 'Register the version first (a pull request adding its card), or correct the version.', model, version });
        }
        const mark = (modelEntry.model?.value as ModelDoc | undefined)?.versions?.[version];
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
