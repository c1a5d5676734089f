/**
 * Everything the approvals decision needs, gathered from GitHub and from git objects (DESIGN §2):
 * CODEOWNERS, modelgate.yaml and the base `model.yaml` files from the BASE commit; the head
 * `model.yaml`, manifests and cards from the HEAD commit, read as data (no checkout, nothing run);
 * the changed files, reviews, permissions, team memberships and branch rules from the REST API.
 * Then the pure core decides (evaluate.ts).
 */
import type { GitHubClient } from '../github/client.js';
import { headCommitAccounts } from '../github/pull-commits.js';
import { assertCompleteFileList, listPullRequestFiles, toChangedFiles, type RepoRef } from '../github/pulls.js';
import { getWriteAccess } from '../github/permissions.js';
import { listAllReviews } from '../github/reviews.js';
import { getBranchReviewSettings } from '../github/rules.js';
import type { TeamDirectory } from '../github/teams.js';
import { ConfigError } from '../errors.js';
import { loadDocument, type LoadedDocument } from '../registry/document.js';
import { GitSource } from '../registry/git-source.js';
import { CONFIG_FILE, MODELS_DIR, modelPath } from '../registry/loader.js';
import type { CardDoc, ConfigDoc, ModelDoc } from '../registry/types.js';
import type { StrictYamlOptions } from '../yaml/strict.js';
import { findCodeowners, matchOwners, ownerKind, parseCodeowners } from './codeowners.js';
import { evaluateApprovals, type ApprovalFacts, type ApprovalInput, type ApprovalResult, type Membership, type ReviewSettings, type WaiverClaim, type WriteAccess } from './evaluate.js';
import { latestDecisiveReviews, sameCommit, sameLogin } from './reviews.js';
import { environmentOfPath, manifestModels, modelOfPath, modelsChangedInManifest, resolveChangeRule, type ChangeRule, type ManifestSide, type ModelSide, type TouchedModel } from './scope.js';

export interface PullFacts {
  number: number;
  /** The pull request's author; undefined when GitHub shows a deleted account. */
  author: string | undefined;
  /** The base branch: its rules give the stale-review settings. */
  baseRef: string;
  /** The base commit whose CODEOWNERS and modelgate.yaml decide (the base branch's tip). */
  baseSha: string;
  headSha: string;
  /** GitHub's count of changed files, to detect a truncated listing. */
  changedFiles: number;
}

export interface GatherOptions {
  client: GitHubClient;
  /** Resolves team membership, usually with a separate token that can read the organisation. */
  teams: TeamDirectory;
  repo: RepoRef;
  /** A local git repository holding both the base and the head commit. */
  repoDir: string;
  /** The registry's directory inside the repository ('' for the top level). */
  registryPath?: string;
  pull: PullFacts;
}

export interface GatheredApprovals {
  input: ApprovalInput;
  change: ChangeRule;
  config: ConfigDoc | null;
  codeownersFile: string | null;
  settingsSource: string;
}

const CARD_FILE = /^models\/[^/]+\/[^/]+\/card\.yaml$/;

function firstProblem(doc: LoadedDocument): string {
  return doc.findings.find((f) => f.severity === 'deny')?.message ?? 'it does not match its schema';
}

async function loadConfigAt(source: GitSource): Promise<ConfigDoc | null> {
  const doc = await loadDocument(source, CONFIG_FILE, 'config');
  if (!doc) return null;
  if (!doc.value) {
    const errors = doc.findings.filter((f) => f.severity === 'deny').map((f) => `  ${f.file}:${f.line}:${f.column}: ${f.message}`);
    throw new ConfigError(`${CONFIG_FILE} on the base branch (${source.label}) is invalid, so no approval rule can be read:\n${errors.join('\n')}`, CONFIG_FILE);
  }
  return doc.value as ConfigDoc;
}

async function modelSide(source: GitSource, name: string, limits: StrictYamlOptions): Promise<ModelSide> {
  const doc = await loadDocument(source, modelPath(name), 'model', { model: name }, limits);
  if (!doc) return { state: 'absent' };
  const value = doc.value as ModelDoc | undefined;
  if (!value) return { state: 'invalid', problem: firstProblem(doc) };
  return { state: 'present', riskTier: value.riskTier, ownerTeam: value.owner.team };
}

async function manifestSide(source: GitSource, file: string, limits: StrictYamlOptions): Promise<ManifestSide> {
  const doc = await loadDocument(source, file, 'manifest', {}, limits);
  if (!doc) return null;
  return manifestModels(doc.raw);
}

async function modelNames(sources: GitSource[]): Promise<string[]> {
  const names = new Set<string>();
  for (const source of sources) {
    for (const e of await source.list(MODELS_DIR)) {
      const name = modelOfPath(e.path);
      if (name) names.add(name);
    }
  }
  return [...names];
}

/**
 * The waivers a changed card carries. A card that fails its schema still makes its claims: every
 * entry that names an approver must be approved, so a malformed card cannot slip a waiver past.
 */
async function cardWaivers(source: GitSource, file: string, limits: StrictYamlOptions): Promise<WaiverClaim[]> {
  const doc = await loadDocument(source, file, 'card', {}, limits);
  if (!doc) return [];
  const list = (doc.value as CardDoc | undefined)?.waivers ?? (doc.raw as { waivers?: unknown } | undefined)?.waivers;
  if (!Array.isArray(list)) return [];
  const claims: WaiverClaim[] = [];
  for (const w of list as unknown[]) {
    const entry = (w ?? {}) as { rule?: unknown; approver?: unknown };
    if (typeof entry.approver !== 'string') continue;
    claims.push({ rule: typeof entry.rule === 'string' ? entry.rule : '(unnamed rule)', approver: entry.approver, file });
  }
  return claims;
}

async function reviewSettings(o: GatherOptions, config: ConfigDoc | null, notes: string[]): Promise<{ settings: ReviewSettings; source: string }> {
  const rules = await getBranchReviewSettings(o.client, o.repo, o.pull.baseRef);
  if (rules.status === 'found') {
    const { dismissStaleReviews, requireLastPushApproval, rulesets } = rules.settings;
    return { settings: { dismissStaleReviews, requireLastPushApproval }, source: `the rules of branch ${o.pull.baseRef} (ruleset${rulesets.length === 1 ? '' : 's'} ${rulesets.join(', ') || '?'})` };
  }
  if (rules.status === 'error') notes.push(`the rules of branch ${o.pull.baseRef} could not be read: ${rules.reason}`);
  const configured = config?.approvals?.settings;
  // Classic branch protection is invisible without admin rights: unless modelgate.yaml says how the
  // branch is set, the stricter reading is taken.
  const settings: ReviewSettings = {
    dismissStaleReviews: configured?.dismissStaleReviews ?? true,
    requireLastPushApproval: configured?.requireLastPushApproval ?? true,
  };
  const unset = (['dismissStaleReviews', 'requireLastPushApproval'] as const).filter((k) => configured?.[k] === undefined);
  if (unset.length > 0) {
    notes.push(
      `no ruleset on branch ${o.pull.baseRef} has a pull request rule, and modelgate.yaml approvals.settings does not set ${unset.join(' or ')}: taken as true (the stricter reading)`,
    );
  }
  return { settings, source: rules.status === 'none' ? 'modelgate.yaml approvals.settings (the branch has no pull request ruleset)' : 'modelgate.yaml approvals.settings' };
}

export async function gatherApprovals(o: GatherOptions): Promise<GatheredApprovals> {
  const { pull } = o;
  const notes: string[] = [];
  const prefix = o.registryPath ? `${o.registryPath.replace(/\/+$/, '')}/` : '';
  const repoBase = new GitSource(o.repoDir, pull.baseSha);
  const regBase = new GitSource(o.repoDir, pull.baseSha, o.registryPath ?? '');
  const regHead = new GitSource(o.repoDir, pull.headSha, o.registryPath ?? '');

  // Ownership from the base commit only: a pull request cannot give itself owners.
  const found = await findCodeowners((path) => repoBase.read(path));
  const parsed = parseCodeowners(found?.text ?? '');
  if (!found) notes.push('the base branch has no CODEOWNERS file (.github/CODEOWNERS, CODEOWNERS, docs/CODEOWNERS): no file has code owners');
  else if (found.error) notes.push(`${found.path}: ${found.error}`);
  for (const e of parsed.errors) notes.push(`${found?.path ?? 'CODEOWNERS'} line ${e.line} is skipped, as GitHub skips it: ${e.message}`);

  const config = await loadConfigAt(regBase);
  const limits: StrictYamlOptions = { maxBytes: config?.limits?.maxFileBytes, maxAliasCount: config?.limits?.maxAliasCount };

  const listed = await listPullRequestFiles(o.client, o.repo, pull.number);
  assertCompleteFileList(listed.length, pull.changedFiles, pull.number);
  const changed = toChangedFiles(listed);
  const repoPaths = [...new Set(changed.map((f) => f.path))];
  const regFiles = repoPaths.filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length));
  const outside = repoPaths.filter((p) => !p.startsWith(prefix));

  const touched = new Map<string, string[]>();
  const touch = (model: string, via: string) => touched.set(model, [...(touched.get(model) ?? []), via]);
  for (const f of regFiles) {
    const model = modelOfPath(f);
    if (model) touch(model, f);
  }
  const coveredByModels = new Set<string>();
  let allModels: Promise<string[]> | undefined;
  for (const f of regFiles) {
    if (environmentOfPath(f) === null) continue;
    const [baseSide, headSide] = await Promise.all([manifestSide(regBase, f, limits), manifestSide(regHead, f, limits)]);
    const unreadable = baseSide === 'unreadable' || headSide === 'unreadable';
    if (unreadable) notes.push(`${f} cannot be read on one side of the change: every model counts as touched`);
    const models = modelsChangedInManifest(baseSide, headSide, unreadable ? await (allModels ??= modelNames([regBase, regHead])) : []);
    for (const m of models) touch(m, f);
    if (models.length > 0) coveredByModels.add(f);
  }
  const models: TouchedModel[] = await Promise.all(
    [...touched].map(async ([name, via]) => ({ name, via, base: await modelSide(regBase, name, limits), head: await modelSide(regHead, name, limits) })),
  );
  const change = resolveChangeRule({ changedFiles: regFiles, config, models, coveredByModels, outsideRegistry: outside });
  notes.push(...change.notes);

  const { settings, source: settingsSource } = await reviewSettings(o, config, notes);
  const reviews = await listAllReviews(o.client, o.repo, pull.number);
  const author = pull.author ?? 'ghost';

  // Write access of everyone whose latest decisive review could count or block; a stale approval
  // cannot count whatever the reviewer's access, so it costs no call.
  const headOnly = settings.dismissStaleReviews || change.rule.headCommitOnly;
  const access = new Map<string, WriteAccess>();
  const states = latestDecisiveReviews(reviews).filter(
    (s) =>
      !sameLogin(s.login, author) &&
      (s.state === 'CHANGES_REQUESTED' || (s.state === 'APPROVED' && !s.bot && (!headOnly || sameCommit(s.review.commit_id, pull.headSha)))),
  );
  await Promise.all(states.map(async (s) => access.set(s.key, await getWriteAccess(o.client, o.repo, s.login))));

  let lastPushers: string[] | undefined;
  if (settings.requireLastPushApproval) {
    const accounts = await headCommitAccounts(o.client, o.repo, pull.number, pull.headSha);
    if (accounts) lastPushers = [author, ...accounts.filter((a) => !sameLogin(a, author))];
    else notes.push(`the head commit's author and committer could not be linked to GitHub accounts: the author @${author} is taken as its pusher`);
  }

  const waivers = (await Promise.all(regFiles.filter((f) => CARD_FILE.test(f)).map((f) => cardWaivers(regHead, f, limits)))).flat().map((w) => ({ ...w, file: `${prefix}${w.file}` }));

  const files = repoPaths.map((path) => ({ path, owners: matchOwners(parsed.rules, path).owners }));
  const teams = new Map<string, string>();
  const addTeam = (t: string) => ownerKind(t) === 'team' && teams.set(t.toLowerCase(), t);
  for (const f of files) f.owners.forEach(addTeam);
  change.rule.requireTeams.forEach(addTeam);
  if (change.rule.independentOfOwner) change.ownerTeams.forEach(addTeam);
  waivers.forEach((w) => addTeam(w.approver));
  const approvers = states.filter((s) => s.state === 'APPROVED' && access.get(s.key)?.status === 'yes');
  const memberships = new Map<string, Membership>();
  const pairKey = (team: string, login: string) => `${team.toLowerCase()}\n${login.toLowerCase()}`;
  await Promise.all(
    [...teams.values()].flatMap((team) => approvers.map(async (a) => memberships.set(pairKey(team, a.login), await o.teams.membership(team, a.login)))),
  );

  const facts: ApprovalFacts = {
    membership: (team, login) =>
      memberships.get(pairKey(team, login)) ?? { status: 'unknown', reason: `the membership of @${login} in ${team} was not looked up` },
    writeAccess: (login) => access.get(login.toLowerCase()) ?? { status: 'unknown', reason: `the permission of @${login} was not looked up` },
  };

  notes.unshift(
    `rule: ${change.scopes.map((s) => `${s.scope} (${s.detail})`).join('; ') || 'no scope'}; read from ${config ? `${CONFIG_FILE} at base ${pull.baseSha.slice(0, 7)}` : 'the defaults'}`,
    `review settings from ${settingsSource}`,
  );
  const input: ApprovalInput = {
    files,
    author,
    headSha: pull.headSha,
    reviews,
    rule: change.rule,
    settings,
    facts,
    ownerTeams: change.ownerTeams,
    ...(lastPushers ? { lastPushers } : {}),
    waivers,
    notes,
    // Nobody can be shown to stand outside an owner team no file names.
    ...(change.rule.independentOfOwner && change.unknownOwners.length > 0
      ? { unmet: [`an independent approval cannot be proven: the owner team of ${change.unknownOwners.join(', ')} cannot be read from model.yaml at base or head`] }
      : {}),
  };
  return { input, change, config, codeownersFile: found?.path ?? null, settingsSource };
}

/** Gathers and decides in one call. */
export async function gatherAndEvaluate(o: GatherOptions): Promise<GatheredApprovals & { result: ApprovalResult }> {
  const gathered = await gatherApprovals(o);
  return { ...gathered, result: evaluateApprovals(gathered.input) };
}
