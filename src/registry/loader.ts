/**
 * The registry read from a source: modelgate.yaml, models/<model>/model.yaml,
 * models/<model>/<version>/card.yaml and deployments/<environment>.yaml, each validated, plus the
 * structural checks of DESIGN §1 (names, version = directory, symlinks refused).
 */
import { ConfigError } from '../errors.js';
import { compareFindings, type Finding } from '../findings.js';
import type { StrictYamlOptions } from '../yaml/strict.js';
import { loadDocument, type LoadedDocument } from './document.js';
import { nameProblem, versionProblem } from './names.js';
import type { RegistrySource, SourceEntry } from './source.js';
import type { CardDoc, ConfigDoc, ManifestDoc, ModelDoc } from './types.js';

export const CONFIG_FILE = 'modelgate.yaml';
export const MODELS_DIR = 'models';
export const DEPLOYMENTS_DIR = 'deployments';

export interface ModelEntry {
  name: string;
  dir: string;
  model: LoadedDocument<ModelDoc> | null;
  versions: Map<string, LoadedDocument<CardDoc>>;
}

export interface Registry {
  source: RegistrySource;
  config: LoadedDocument<ConfigDoc> & { value: ConfigDoc };
  models: Map<string, ModelEntry>;
  manifests: Map<string, LoadedDocument<ManifestDoc>>;
  /** Structural findings that belong to no single document's schema. */
  findings: Finding[];
  limits: StrictYamlOptions;
  /** What is on disk under models/ and deployments/, whether or not it was loaded. */
  layout: Layout;
}

export interface LoadOptions {
  /** Load only these models (all when absent): incremental validation reads nothing else. */
  models?: ReadonlySet<string>;
  /** Load only these versions of a model (all of that model's when absent for it). */
  versions?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Load manifests (default true). */
  manifests?: boolean;
  /** Also load the versions serving in these environments' manifests (a changed manifest needs its cards). */
  servingIn?: ReadonlySet<string>;
  /**
   * List only these model directories instead of all of models/: an incremental run touches a few
   * models in a registry of thousands, and walking every directory would cost more than the work.
   */
  listOnly?: ReadonlySet<string>;
}

export function cardPath(model: string, version: string): string {
  return `${MODELS_DIR}/${model}/${version}/card.yaml`;
}

export function modelPath(model: string): string {
  return `${MODELS_DIR}/${model}/model.yaml`;
}

export function manifestPath(env: string): string {
  return `${DEPLOYMENTS_DIR}/${env}.yaml`;
}

function structural(ruleId: string, file: string, message: string, remediation: string, extra: Partial<Finding> = {}): Finding {
  return { ruleId, severity: 'deny', file, line: 1, column: 1, message, remediation, ...extra };
}

/** Reads and validates modelgate.yaml; a missing or invalid one is a configuration error (exit 2). */
export async function loadConfig(source: RegistrySource): Promise<LoadedDocument<ConfigDoc> & { value: ConfigDoc }> {
  const doc = (await loadDocument(source, CONFIG_FILE, 'config')) as LoadedDocument<ConfigDoc> | null;
  if (!doc) {
    throw new ConfigError(`${CONFIG_FILE} not found in ${source.label}: this is not a modelgate registry (pass --repo <dir>, or run \`modelgate init\`)`);
  }
  const errors = doc.findings.filter((f) => f.severity === 'deny');
  if (errors.length > 0 || !doc.value) {
    const first = errors[0];
    throw new ConfigError(
      `${CONFIG_FILE} is invalid:\n${errors.map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}`).join('\n')}`,
      undefined,
      first?.line,
    );
  }
  const names = new Set<string>();
  for (const [i, env] of doc.value.environments.entries()) {
    if (names.has(env.name)) throw new ConfigError(`environment '${env.name}' is listed twice`, CONFIG_FILE, doc.locate(['environments', i, 'name']).line);
    if (env.requires && !doc.value.environments.slice(0, i).some((e) => e.name === env.requires)) {
      throw new ConfigError(`environment '${env.name}' requires '${env.requires}', which is not an earlier environment`, CONFIG_FILE, doc.locate(['environments', i, 'requires']).line);
    }
    names.add(env.name);
  }
  return doc as LoadedDocument<ConfigDoc> & { value: ConfigDoc };
}

export interface Layout {
  modelDirs: Map<string, { modelFile: boolean; versionDirs: Map<string, boolean> }>;
  manifestFiles: string[];
  findings: Finding[];
}

/** A FIFO, socket, device or submodule where a document may be: never opened (a FIFO would block). */
function specialFile(file: string): Finding {
  return structural('registry.special-file', file, `${file} is not a regular file (a FIFO, socket, device or submodule); the registry reads plain files only`, 'Replace it with a plain file, or remove it.');
}

/** Classifies every entry under models/ and deployments/ without reading any file. */
export function classifyLayout(modelEntries: SourceEntry[], deploymentEntries: SourceEntry[]): Layout {
  const layout: Layout = { modelDirs: new Map(), manifestFiles: [], findings: [] };
  const dirOf = (name: string) => {
    let d = layout.modelDirs.get(name);
    if (!d) layout.modelDirs.set(name, (d = { modelFile: false, versionDirs: new Map() }));
    return d;
  };
  for (const e of modelEntries) {
    if (e.kind === 'symlink') {
      layout.findings.push(structural('registry.symlink', e.path, `${e.path} is a symbolic link; the registry refuses links (they can point outside the repository)`, 'Replace the link with the file itself.'));
      continue;
    }
    if (e.kind === 'other') {
      layout.findings.push(specialFile(e.path));
      continue;
    }
    const parts = e.path.split('/');
    const [, model, second, third] = parts;
    if (!model || !second) continue;
    if (parts.length === 3 && second === 'model.yaml') dirOf(model).modelFile = true;
    else if (parts.length === 3) continue; // README.md or other docs beside model.yaml
    else if (parts.length === 4 && third === 'card.yaml') dirOf(model).versionDirs.set(second, true);
    else {
      const d = dirOf(model);
      if (!d.versionDirs.has(second)) d.versionDirs.set(second, false);
    }
  }
  for (const e of deploymentEntries) {
    if (e.kind === 'symlink') {
      layout.findings.push(structural('registry.symlink', e.path, `${e.path} is a symbolic link; the registry refuses links`, 'Replace the link with the file itself.'));
    } else if (e.kind === 'other') {
      layout.findings.push(specialFile(e.path));
    } else if (/^deployments\/[^/]+\.yaml$/.test(e.path)) {
      layout.manifestFiles.push(e.path);
    } else if (/\.ya?ml$/.test(e.path)) {
      layout.findings.push({ ...structural('registry.unexpected-file', e.path, `${e.path} is not read: manifests are deployments/<environment>.yaml`, 'Rename it to deployments/<environment>.yaml.'), severity: 'warn' });
    }
  }
  return layout;
}

export async function loadRegistry(source: RegistrySource, options: LoadOptions = {}): Promise<Registry> {
  const config = await loadConfig(source);
  const limits: StrictYamlOptions = { maxBytes: config.value.limits?.maxFileBytes, maxAliasCount: config.value.limits?.maxAliasCount };
  const listModels = options.listOnly
    ? Promise.all([...options.listOnly].filter((m) => safeSegment(m)).map((m) => source.list(`${MODELS_DIR}/${m}`))).then((lists) => lists.flat())
    : source.list(MODELS_DIR);
  const [modelEntries, deploymentEntries] = await Promise.all([listModels, options.manifests === false ? [] : source.list(DEPLOYMENTS_DIR)]);
  const layout = classifyLayout(modelEntries, deploymentEntries);
  const registry: Registry = { source, config, models: new Map(), manifests: new Map(), findings: [...layout.findings], limits, layout };
  const envNames = new Set(config.value.environments.map((e) => e.name));

  const manifestLoads: Promise<void>[] = [];
  for (const file of layout.manifestFiles) {
    const env = file.slice(DEPLOYMENTS_DIR.length + 1, -'.yaml'.length);
    manifestLoads.push(
      loadDocument(source, file, 'manifest', {}, limits).then((doc) => {
        if (!doc) return;
        registry.manifests.set(env, doc as LoadedDocument<ManifestDoc>);
        if (!envNames.has(env)) {
          doc.findings.push(structural('registry.unknown-environment', file, `environment '${env}' is not declared in ${CONFIG_FILE}`, `Add it under \`environments:\` in ${CONFIG_FILE}, or rename the file.`));
        }
        const declared = (doc.raw as { environment?: unknown } | undefined)?.environment;
        if (typeof declared === 'string' && declared !== env) {
          doc.findings.push({ ...structural('registry.environment-mismatch', file, `manifest says environment '${declared}' but the file is ${file}`, `Set \`environment: ${env}\`.`), ...doc.locate(['environment']) });
        }
      }),
    );
  }
  await Promise.all(manifestLoads);
  const selection = widenSelection(options, registry.manifests);

  const loads: Promise<void>[] = [];
  for (const [name, dir] of layout.modelDirs) {
    const modelDir = `${MODELS_DIR}/${name}`;
    const problem = nameProblem(name, 'model');
    if (problem) {
      registry.findings.push(structural('registry.invalid-name', modelDir, problem, `Rename the directory ${modelDir}/ to a valid name such as '${name.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[^a-z0-9]+/, '').replace(/\.\.+/g, '.') || 'my-model'}'.`, { model: name }));
      continue;
    }
    if (selection.models && !selection.models.has(name)) continue;
    const entry: ModelEntry = { name, dir: modelDir, model: null, versions: new Map() };
    registry.models.set(name, entry);
    if (!dir.modelFile) {
      registry.findings.push(structural('registry.model-missing', modelPath(name), `model '${name}' has no ${modelPath(name)}`, 'Add model.yaml with the owner team and risk tier (see schemas/model-v1.schema.json).', { model: name }));
    } else {
      loads.push(
        loadDocument(source, modelPath(name), 'model', { model: name }, limits).then((doc) => {
          entry.model = doc as LoadedDocument<ModelDoc> | null;
          const declared = (doc?.raw as { name?: unknown } | undefined)?.name;
          if (doc && typeof declared === 'string' && declared !== name) {
            doc.findings.push({ ...structural('registry.model-mismatch', doc.file, `model.yaml says name '${declared}' but it lives in ${modelDir}/`, `Set \`name: ${name}\` or move the file.`, { model: name }), ...doc.locate(['name']) });
          }
        }),
      );
    }
    const wanted = selection.models ? selection.versions.get(name) : undefined;
    for (const [version, hasCard] of dir.versionDirs) {
      if (wanted && !wanted.has(version)) continue;
      const vProblem = versionProblem(version);
      if (vProblem) {
        registry.findings.push(structural('registry.invalid-version', `${modelDir}/${version}`, `directory ${modelDir}/${version}/: ${vProblem}`, 'Name version directories by semantic version, e.g. 1.4.0.', { model: name, version }));
        continue;
      }
      if (!hasCard) {
        registry.findings.push(structural('registry.card-missing', cardPath(name, version), `version directory ${modelDir}/${version}/ has no card.yaml`, 'Add card.yaml for this version, or remove the directory.', { model: name, version }));
        continue;
      }
      loads.push(
        loadDocument(source, cardPath(name, version), 'card', { model: name, version }, limits).then((doc) => {
          if (!doc) return;
          entry.versions.set(version, doc as LoadedDocument<CardDoc>);
          checkCardIdentity(doc as LoadedDocument<CardDoc>, name, version);
        }),
      );
    }
  }
  await Promise.all(loads);
  return registry;
}

/** The models and versions to load: the requested ones plus what serves in `servingIn` environments. */
function widenSelection(options: LoadOptions, manifests: Map<string, LoadedDocument<ManifestDoc>>): { models: Set<string> | null; versions: Map<string, Set<string>> } {
  if (!options.models) return { models: null, versions: new Map() };
  const models = new Set(options.models);
  const versions = new Map([...(options.versions ?? new Map<string, ReadonlySet<string>>())].map(([m, v]) => [m, new Set(v)]));
  for (const env of options.servingIn ?? []) {
    const served = (manifests.get(env)?.raw as { models?: Record<string, { stable?: unknown; candidate?: unknown }> } | undefined)?.models;
    if (!served || typeof served !== 'object') continue;
    for (const [model, entry] of Object.entries(served)) {
      const wanted = [entry?.stable, entry?.candidate].filter((v): v is string => typeof v === 'string');
      const already = models.has(model);
      models.add(model);
      // A model already selected with no version list means all versions; keep it that way.
      if (already && !versions.has(model)) continue;
      const set = versions.get(model) ?? new Set<string>();
      for (const v of wanted) set.add(v);
      versions.set(model, set);
    }
  }
  return { models, versions };
}

function checkCardIdentity(doc: LoadedDocument<CardDoc>, model: string, version: string): void {
  const raw = doc.raw as { model?: unknown; version?: unknown } | undefined;
  if (!raw || typeof raw !== 'object') return;
  if (raw.model !== undefined && raw.model !== model) {
    doc.findings.push({
      ...structural('registry.model-mismatch', doc.file, `card says model ${JSON.stringify(raw.model)} but it lives in ${MODELS_DIR}/${model}/`, `Set \`model: ${model}\`, or move the card.`, { model, version }),
      ...doc.locate(['model']),
    });
  }
  if (raw.version !== undefined && String(raw.version) !== version) {
    doc.findings.push({
      ...structural('registry.version-mismatch', doc.file, `card says version ${JSON.stringify(raw.version)} but its directory is ${version}/`, `Set \`version: "${version}"\` (quoted), or move the card to ${MODELS_DIR}/${model}/${String(raw.version)}/.`, { model, version }),
      ...doc.locate(['version']),
    });
  } else if (typeof raw.version === 'number') {
    // `version: 1.10` parsed as 1.1 never equals its directory; a number that happens to match still deserves quoting.
    doc.findings.push({ ...structural('registry.version-mismatch', doc.file, `card version ${raw.version} is a number; write it as a quoted string`, `Set \`version: "${version}"\`.`, { model, version }), ...doc.locate(['version']) });
  }
}

/** A directory name that can be joined under models/ without leaving it. */
function safeSegment(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\') && !name.includes('\0');
}

/** Every finding of the loaded documents plus the structural ones. */
export function registryFindings(registry: Registry): Finding[] {
  const out = [...registry.findings];
  for (const m of registry.models.values()) {
    if (m.model) out.push(...m.model.findings);
    for (const c of m.versions.values()) out.push(...c.findings);
  }
  for (const doc of registry.manifests.values()) out.push(...doc.findings);
  // Documents load concurrently: sort so the order never depends on which read finished first.
  return out.sort(compareFindings);
}
