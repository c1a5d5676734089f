/**
 * `modelgate plan`'s core: read the manifest before and after a change (git objects or the
 * working tree), the serving history at the base, the registry's versions, and evaluate every gate
 * offline. The result is plain data (schemaVersion 1) that the deploy action consumes as is.
 */
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Finding } from '../findings.js';
import { mergeBase, repoTopLevel, resolveCommit } from '../git/git.js';
import { loadDocument } from '../registry/document.js';
import { GitSource } from '../registry/git-source.js';
import { CONFIG_FILE, loadConfig, loadRegistry, manifestPath } from '../registry/loader.js';
import { FsSource, type RegistrySource } from '../registry/source.js';
import type { CardDoc, ConfigDoc, ManifestDoc, ModelDoc, ServingEntry, VersionMark } from '../registry/types.js';
import { validateRegistry } from '../validate/validate.js';
import { DEFAULT_AUDIT_BRANCH } from '../audit/log.js';
import { EMPTY_HISTORY, GitServingHistory, fullyServing, withDeploymentRecords, type EntryState, type ServingHistory, type ServingSpan } from './history.js';
import { declaredHotfix, evaluatePromotion, gate, planVerdict, trafficShares, type GateResult, type ModelChange, type VersionInfo } from './promotion.js';

export interface ArtifactInfo {
  uri?: string;
  sha256?: string;
  format?: string;
}

export interface Plan {
  schemaVersion: 1;
  kind: 'modelgate-plan';
  env: string;
  base: { ref: string; commit: string | null };
  /** `commit: null` is the working tree. */
  head: { ref: string; commit: string | null };
  now: string;
  /** Where serving history came from (today: manifest merge times on the base branch). */
  history: string;
  hotfix: { reason: string; incident?: string } | null;
  changes: ModelChange[];
  gates: GateResult[];
  verdict: 'pass' | 'fail';
  /** The policy findings behind the policy gate (the served versions of changed models, and the manifest). */
  policyFindings: Finding[];
  /** Present when the manifest on either side does not pass its schema (the gates say why). */
  manifestInvalid?: { base: boolean; head: boolean };
  /** After the change: each model's entry and its versions' artifacts, what renderers need. */
  serving: { model: string; entry: ServingEntry; artifacts: Record<string, ArtifactInfo> }[];
}

export interface PlanOptions {
  repoDir: string;
  env: string;
  base?: string;
  head?: string;
  now: Date;
  today: string;
}

interface Refs {
  top: string;
  prefix: string;
  base: { ref: string; commit: string | null };
  head: { ref: string; commit: string | null };
}

async function tryResolve(top: string, ref: string): Promise<string | null> {
  try {
    return await resolveCommit(top, ref, '--base');
  } catch {
    return null;
  }
}

async function hasCommits(top: string): Promise<boolean> {
  return (await tryResolve(top, 'HEAD')) !== null;
}

/**
 * Base default: the merge base of the head with the default branch (origin/<branch>, else
 * <branch>), as a pull request sees it. When that is the head commit itself (planning on the
 * default branch, e.g. the push workflow after a merge), the base is its first parent, so the plan
 * shows what the last merge changed. Without --head, the working tree is compared with the merge
 * base, so uncommitted edits on the default branch are planned against HEAD.
 */
export async function resolveRefs(repoDir: string, base: string | undefined, head: string | undefined, defaultBranch: string): Promise<Refs> {
  const top = await repoTopLevel(repoDir).catch(() => {
    throw new UsageError(`${repoDir} is not inside a git repository: modelgate plan reads the serving history from git`);
  });
  const prefix = path.relative(top, path.resolve(repoDir)).split(path.sep).join('/');
  const headCommit = head ? await resolveCommit(top, head, '--head') : null;
  const headRef = head ?? 'working tree';
  if (base) return { top, prefix, base: { ref: base, commit: await resolveCommit(top, base, '--base') }, head: { ref: headRef, commit: headCommit } };
  if (!headCommit && !(await hasCommits(top))) return { top, prefix, base: { ref: '(none: no commits yet)', commit: null }, head: { ref: headRef, commit: null } };
  const from = headCommit ?? 'HEAD';
  let branchRef: string | null = null;
  for (const candidate of [`origin/${defaultBranch}`, defaultBranch]) {
    if (await tryResolve(top, candidate)) {
      branchRef = candidate;
      break;
    }
  }
  let mb = branchRef ? await mergeBase(top, branchRef, from) : null;
  let label = branchRef ? `merge base with ${branchRef}` : 'HEAD';
  if (!mb) mb = headCommit ? null : await resolveCommit(top, 'HEAD', '--head');
  if (headCommit && (mb === null || mb === headCommit)) {
    const parent = await tryResolve(top, `${headCommit}^1`);
    label = `${head}^1 (first parent)`;
    mb = parent;
    if (!parent) return { top, prefix, base: { ref: '(none: the head is a root commit)', commit: null }, head: { ref: headRef, commit: headCommit } };
  }
  return { top, prefix, base: { ref: label, commit: mb }, head: { ref: headRef, commit: headCommit } };
}

async function defaultBranchOf(repoDir: string, head: string | undefined): Promise<string> {
  try {
    const top = await repoTopLevel(repoDir);
    const prefix = path.relative(top, path.resolve(repoDir)).split(path.sep).join('/');
    const source: RegistrySource = head ? new GitSource(top, await resolveCommit(top, head, '--head'), prefix) : new FsSource(repoDir);
    return (await loadConfig(source)).value.registry?.defaultBranch ?? 'main';
  } catch {
    return 'main';
  }
}

async function manifestAt(source: RegistrySource | null, env: string): Promise<{ value: ManifestDoc | null; findings: Finding[]; exists: boolean }> {
  if (!source) return { value: null, findings: [], exists: false };
  const doc = await loadDocument(source, manifestPath(env), 'manifest');
  if (!doc) return { value: null, findings: [], exists: false };
  return { value: (doc.value as ManifestDoc | undefined) ?? null, findings: doc.findings, exists: true };
}

async function hasFile(source: RegistrySource, file: string): Promise<boolean> {
  return (await source.size(file)) !== null;
}

export async function buildPlan(options: PlanOptions): Promise<Plan> {
  const defaultBranch = await defaultBranchOf(options.repoDir, options.head);
  const refs = await resolveRefs(options.repoDir, options.base, options.head, defaultBranch);
  const baseSource = refs.base.commit ? new GitSource(refs.top, refs.base.commit, refs.prefix) : null;
  const headSource: RegistrySource = refs.head.commit ? new GitSource(refs.top, refs.head.commit, refs.prefix) : new FsSource(options.repoDir);
  // Rules come from the base, as the merge gate reads them (DESIGN §2): a change cannot relax its own gates.
  const trusted = baseSource && (await hasFile(baseSource, CONFIG_FILE)) ? baseSource : headSource;
  const config: ConfigDoc = (await loadConfig(trusted)).value;
  if (!config.environments.some((e) => e.name === options.env)) {
    throw new UsageError(`--env '${options.env}' is not an environment of ${CONFIG_FILE} (${config.environments.map((e) => e.name).join(', ')})`);
  }
  const [before, after] = await Promise.all([manifestAt(baseSource, options.env), manifestAt(headSource, options.env)]);
  const gitHistory: ServingHistory = refs.base.commit ? new GitServingHistory(refs.top, refs.base.commit, refs.prefix) : EMPTY_HISTORY;
  const history = refs.base.commit ? await withDeploymentRecords(gitHistory, refs.top, config.audit?.branch ?? DEFAULT_AUDIT_BRANCH, options.now.getTime()) : gitHistory;
  const spans = new Map<string, ServingSpan[]>();
  for (const e of config.environments) spans.set(e.name, await history.spans(e.name));

  const served = after.value?.models ?? {};
  const versions = new Map(Object.entries(served).map(([m, e]) => [m, new Set([e.stable, ...(e.candidate ? [e.candidate] : [])])]));
  const load = (source: RegistrySource) => loadRegistry(source, { models: new Set(versions.keys()), versions, manifests: false });
  const [headReg, baseReg] = await Promise.all([load(headSource), baseSource && trusted === baseSource ? load(baseSource) : null]);
  const markIn = (reg: typeof headReg | null, model: string, version: string): VersionMark | undefined => (reg?.models.get(model)?.model?.value as ModelDoc | undefined)?.versions?.[version];
  const versionInfo = (model: string, version: string): VersionInfo => {
    const registered = headReg.layout.modelDirs.get(model)?.versionDirs.get(version) === true;
    // The stricter mark of base and head: a change cannot clear a rejection and use the version at once.
    const marks = [markIn(baseReg, model, version), markIn(headReg, model, version)].filter((m): m is VersionMark => m !== undefined);
    const mark = marks.find((m) => m.status === 'rejected') ?? marks.at(-1);
    return { registered, ...(mark ? { mark } : {}) };
  };

  const { changes, gates } = after.exists && !after.value ? { changes: [], gates: [] as GateResult[] } : evaluatePromotion({ config, env: options.env, before: before.value, after: after.value, spans, now: options.now, versionInfo });
  if (before.exists && !before.value) {
    // Fail closed: an unreadable base is not "nothing serves" (which would let any traffic jump pass).
    const problems = before.findings.filter((f) => f.severity === 'deny').map((f) => `${f.line}:${f.column} ${f.message}`);
    gates.unshift(
      gate(config, 'trafficSteps', 'fail', `the base's ${manifestPath(options.env)} (${refs.base.commit?.slice(0, 12) ?? refs.base.ref}) is invalid, so what served before cannot be known and no traffic change can be judged: ${problems.join('; ') || 'it does not pass its schema'}`, {
        remedy: `Restore a valid ${manifestPath(options.env)} that keeps serving what served last, then change traffic in a later pull request; if the invalid manifest is already on the default branch, a reviewed change setting \`gates.trafficSteps: advisory\` in modelgate.yaml lets the repair through.`,
      }),
    );
  }
  const { gate: policyGate, findings: policyFindings } = await policyGateFor(options, config, headSource, trusted, changes, after);
  gates.push(policyGate);
  gates.push(...onlineGates(config, options.env, after.value, changes));

  const serving = Object.entries(served)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([model, entry]) => {
      const artifacts: Record<string, ArtifactInfo> = {};
      for (const v of versions.get(model) ?? []) {
        const card = headReg.models.get(model)?.versions.get(v)?.raw as CardDoc | undefined;
        const a = card?.artifact;
        artifacts[v] = { ...(typeof a?.uri === 'string' ? { uri: a.uri } : {}), ...(typeof a?.sha256 === 'string' ? { sha256: a.sha256 } : {}), ...(typeof a?.format === 'string' ? { format: a.format } : {}) };
      }
      return { model, entry, artifacts };
    });
  const hotfix = declaredHotfix(before.value, after.value);
  const invalidBase = before.exists && !before.value;
  const invalidHead = after.exists && !after.value;
  return {
    schemaVersion: 1,
    kind: 'modelgate-plan',
    env: options.env,
    base: refs.base,
    head: refs.head,
    now: options.now.toISOString(),
    history: history.description,
    hotfix: hotfix ?? null,
    changes,
    gates,
    verdict: planVerdict(gates),
    policyFindings,
    serving,
    ...(invalidBase || invalidHead ? { manifestInvalid: { base: invalidBase, head: invalidHead } } : {}),
  };
}

/**
 * The gates only the deploy job can decide, listed so the plan answers for every gate: whether the
 * manifest names its own environment (decided here), and, left to the deploy job as `deferred`,
 * the approvals and audit evidence recomputed from GitHub's data and each entering version's
 * artifact digest (downloads are the deploy job's, not a local plan's).
 */
function onlineGates(config: ConfigDoc, env: string, after: ManifestDoc | null, changes: readonly ModelChange[]): GateResult[] {
  const out: GateResult[] = [];
  const file = manifestPath(env);
  if (after && after.environment !== env) {
    out.push(gate(config, 'environment', 'fail', `${file} says \`environment: ${after.environment}\`, but it is the manifest of ${env}`, { remedy: `Set \`environment: ${env}\` in ${file}.` }));
  } else if (after) {
    out.push(gate(config, 'environment', 'pass', `${file} is the manifest of ${env}`));
  }
  const entering = changes.filter((c) => c.change === 'add' || c.change === 'change').flatMap((c) => c.versionsIn.map((v) => ({ model: c.model, version: v })));
  if (changes.some((c) => c.change !== 'unchanged')) {
    out.push(gate(config, 'approvals', 'deferred', 'the deploy job recomputes from GitHub\'s data that the manifest change and the registration of each entering version were approved', { remedy: 'Merge through pull requests with the approvals their rules require.' }));
    out.push(gate(config, 'evidence', 'deferred', 'the deploy job cross-checks each of those merges with its anchored record in the audit log', { remedy: 'Let the record job run before the deploy jobs (`needs: record`).' }));
  }
  for (const e of entering) out.push(gate(config, 'artifact', 'deferred', `the deploy job verifies ${e.model} ${e.version}'s artifact against its card's sha256 where the runner can reach it`, { model: e.model, version: e.version, remedy: 'Keep the artifact at its card\'s artifact.uri, byte for byte.' }));
  return out;
}

/**
 * The policy gate: `validateRegistry` for the environment on the head, with the policies and
 * modelgate.yaml of the base. Only findings about what this change serves count: the served
 * versions of changed models, their model.yaml, and the manifest itself.
 */
async function policyGateFor(options: PlanOptions, config: ConfigDoc, headSource: RegistrySource, trusted: RegistrySource, changes: ModelChange[], after: { exists: boolean; value: ManifestDoc | null; findings: Finding[] }): Promise<{ gate: GateResult; findings: Finding[] }> {
  const file = manifestPath(options.env);
  if (after.exists && !after.value) {
    const findings = after.findings.filter((f) => f.severity === 'deny');
    return { gate: gate(config, 'policy', 'fail', `${file} is invalid: ${findings.map((f) => `${f.line}:${f.column} ${f.message}`).join('; ')}`, { remedy: `Fix ${file}; \`modelgate validate\` shows each problem at its line.` }), findings: after.findings };
  }
  const changed = changes.filter((c) => c.change === 'add' || c.change === 'change');
  if (changed.length === 0) return { gate: gate(config, 'policy', 'pass', `no model's serving changes in ${options.env}: nothing to check against policy`), findings: [] };
  const served = new Map(changed.map((c) => [c.model, new Set([c.after!.stable, ...(c.after!.candidate ? [c.after!.candidate] : [])])]));
  const report = await validateRegistry({ source: withReplacementsAsPromotions(headSource, file, after.value, changes), policySource: trusted, env: options.env, today: options.today });
  // manifest.unknown-version and manifest.rejected-version are the registration gate's: not counted twice.
  const findings = report.findings.filter((f) => !f.ruleId.startsWith('manifest.') && (f.file === file || (f.model !== undefined && served.has(f.model) && (f.version === undefined || served.get(f.model)!.has(f.version)))));
  const failOn = report.failOn;
  // In advisory mode validate has already turned denials into warnings marked [advisory]; they still fail this gate, without blocking.
  const failing = findings.filter((f) => f.severity === 'deny' || (f.severity === 'warn' && (failOn === 'warn' || f.message.startsWith('[advisory]'))));
  if (failing.length === 0) {
    return { gate: gate(config, 'policy', 'pass', `policy passes for ${[...served.keys()].join(', ')} in ${options.env} (${findings.filter((f) => f.severity === 'warn').length} warning(s))`), findings };
  }
  const shown = failing.slice(0, 3).map((f) => `${f.file}:${f.line} [${f.ruleId}] ${f.message.replace(/^\[advisory\] /, '')}`);
  return {
    gate: gate(config, 'policy', 'fail', `${failing.length} policy finding(s) fail in ${options.env}: ${shown.join('; ')}${failing.length > 3 ? '; …' : ''}`, { remedy: `Run \`modelgate validate --env ${options.env}\` and fix or waive each finding.` }),
    findings,
  };
}

/**
 * A new stable that replaces the version serving before it (`direct 1.2.0` → `direct 1.3.0`) is a
 * promotion over that version, but in the head manifest alone it looks like a first registration:
 * validate judges a version as `promote`, with a `baseline` for no-regression rules, only when it
 * is the candidate next to a stable. So the policy gate reads a manifest in which each such entry is
 * written as the promotion it is — the replaced version as stable, the new one as candidate at 100%
 * — and the no-regression rule compares it with what it replaces. Rollbacks are left as they are:
 * returning to a version that served before is not held to no-regression (DESIGN §1).
 */
export function replacementsAsPromotions(after: ManifestDoc, changes: readonly ModelChange[]): ManifestDoc | null {
  let touched = false;
  const models: Record<string, ServingEntry> = { ...after.models };
  for (const c of changes) {
    if (!c.before || !c.after || c.after.candidate !== undefined) continue;
    const entering = c.after.stable;
    if (!c.versionsIn.includes(entering) || c.rollbackTo.includes(entering)) continue;
    const replaced = fullyServing(c.before);
    if (replaced === entering) continue;
    models[c.model] = { strategy: 'canary', stable: replaced, candidate: entering, traffic: 100 };
    touched = true;
  }
  return touched ? { ...after, models } : null;
}

function withReplacementsAsPromotions(source: RegistrySource, file: string, after: ManifestDoc | null, changes: readonly ModelChange[]): RegistrySource {
  const rewritten = after ? replacementsAsPromotions(after, changes) : null;
  if (!rewritten) return source;
  const bytes = new TextEncoder().encode(JSON.stringify(rewritten, null, 2));
  return {
    label: source.label,
    list: (dir) => source.list(dir),
    read: async (f) => (f === file ? bytes : source.read(f)),
    size: async (f) => (f === file ? bytes.byteLength : source.size(f)),
    readLimited: async (f, max) => (f === file ? (bytes.byteLength > max ? { tooLarge: bytes.byteLength } : { bytes }) : source.readLimited(f, max)),
  };
}

/** What serves where now (`modelgate status`), from the history at `ref`. */
export interface ServingStatus {
  ref: string;
  commit: string | null;
  history: string;
  /** `invalid`: the manifest at `ref` does not pass its schema; what serves cannot be read from it (exit 1, as `validate`). */
  environments: { env: string; models: (EntryState & { traffic: Record<string, number> })[]; invalid?: Finding[] }[];
}

export async function servingStatus(repoDir: string, ref: string, envs: string[] | undefined): Promise<ServingStatus> {
  const top = await repoTopLevel(repoDir).catch(() => {
    throw new UsageError(`${repoDir} is not inside a git repository: modelgate status reads the serving history from git`);
  });
  const prefix = path.relative(top, path.resolve(repoDir)).split(path.sep).join('/');
  const commit = (await hasCommits(top)) ? await resolveCommit(top, ref, '--ref') : null;
  const source: RegistrySource = commit ? new GitSource(top, commit, prefix) : new FsSource(repoDir);
  const config = (await loadConfig(source)).value;
  const names = config.environments.map((e) => e.name);
  for (const e of envs ?? []) if (!names.includes(e)) throw new UsageError(`--env '${e}' is not an environment of ${CONFIG_FILE} (${names.join(', ')})`);
  const history: ServingHistory = commit ? new GitServingHistory(top, commit, prefix) : EMPTY_HISTORY;
  const environments = [];
  for (const env of envs ?? names) {
    const doc = await loadDocument(source, manifestPath(env), 'manifest');
    if (doc && !doc.value) {
      environments.push({ env, models: [], invalid: doc.findings.filter((f) => f.severity === 'deny') });
      continue;
    }
    const models = (await history.current(env)).map((s) => ({ ...s, traffic: trafficShares(s.entry) }));
    environments.push({ env, models });
  }
  return { ref, commit, history: history.description, environments };
}
