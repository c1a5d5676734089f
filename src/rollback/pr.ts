/**
 * The rollback pull request through the Git Data API (no local git, no checkout to push from),
 * idempotent per incident (DESIGN §6), in the manner of peter-evans/create-pull-request:
 *
 * - one deterministic branch per incident (`modelgate/rollback/<env>/<model>/<version>`);
 * - an open pull request for it is updated (branch rebuilt on the current base, title and body
 *   rewritten), never duplicated; a merged one means the incident is resolved; one a person closed
 *   is respected: not reopened, not opened again;
 * - two runs racing: the loser of POST /git/refs (422 "Reference already exists") moves the branch
 *   to its own identical change, and the loser of POST /pulls (422 "A pull request already exists")
 *   looks the winner's pull request up and updates it;
 * - calls right after creating a branch or pull request are retried on GitHub's eventual-consistency
 *   422/404 answers.
 *
 * The files are read at the base branch's tip through the API and edited there, so a base that
 * moved since the workflow's checkout is never overwritten.
 */
import { ToolError } from '../errors.js';
import { findCodeowners, matchOwners, ownerKind, parseCodeowners } from '../approvals/codeowners.js';
import { resetBranch } from '../github/branch-reset.js';
import type { GitHubClient } from '../github/client.js';
import { GITHUB_ERROR_MESSAGES } from '../github/errors.js';
import { createBranchRef, createCommit, createTree, findBranchRef, getBlobText, getCommitTree, getTree } from '../github/git-data.js';
import { addLabels } from '../github/issues.js';
import { createPull, listPullsForBranch, requestReviewers, updatePull, type PullSummary } from '../github/pull-write.js';
import type { RepoRef } from '../github/pulls.js';
import { parseDocumentBytes } from '../registry/document.js';
import { manifestPath, modelPath } from '../registry/loader.js';
import type { ManifestDoc, ServingEntry } from '../registry/types.js';
import { editManifest, markVersion } from './edit.js';
import type { RollbackPlan } from './plan.js';

export interface PullOptions {
  client: GitHubClient;
  repo: RepoRef;
  /** The branch the pull request targets (the registry's default branch). */
  base: string;
  /** Where the registry lives in the repository ('' for the root). */
  prefix?: string;
  title: string;
  body: string;
  labels: string[];
  /** Waits between retries (injected so tests do not sleep). */
  sleep?: (ms: number) => Promise<void>;
  /** Attempts for calls that GitHub's eventual consistency can refuse at first (default 5). */
  attempts?: number;
}

export type PullAction = 'created' | 'updated' | 'unchanged' | 'respected-closed' | 'already-merged' | 'nothing-to-change' | 'base-changed';

export interface PullResult {
  action: PullAction;
  branch: string;
  pull: PullSummary | null;
  /** The commit the branch points at, when this run wrote or found it. */
  commit: string | null;
  reviewers: { users: string[]; teams: string[] };
  warnings: string[];
}

const message = (err: unknown): string => String((err as { message?: unknown }).message ?? err);
const status = (err: unknown): number | undefined => (err as { status?: number }).status;

/** 422 answers that mean "not visible yet" right after a branch or pull request was created. */
export function isEventualConsistency(err: unknown): boolean {
  const s = status(err);
  if (s === 404) return true;
  if (s !== 422) return false;
  const m = message(err);
  if (m.includes(GITHUB_ERROR_MESSAGES.pullRequestExists) || m.includes(GITHUB_ERROR_MESSAGES.reviewersNotCollaborators)) return false;
  return /No commits between|head (?:sha )?(?:is )?invalid|"field":\s*"head"|field: head|Could not resolve|not (?:yet )?(?:found|available)/i.test(m);
}

async function withRetry<T>(what: () => Promise<T>, o: PullOptions): Promise<T> {
  const attempts = o.attempts ?? 5;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await what();
    } catch (err) {
      if (attempt >= attempts || !isEventualConsistency(err)) throw err;
      await sleep(Math.min(8000, 500 * 2 ** (attempt - 1)));
    }
  }
}

/** A file's text at a tree, walking one level per path segment; null when absent. */
export async function readFileAt(client: GitHubClient, repo: RepoRef, rootTree: string, file: string): Promise<string | null> {
  const parts = file.split('/');
  let tree = rootTree;
  for (let i = 0; i < parts.length; i++) {
    const item = (await getTree(client, repo, tree)).find((t) => t.path === parts[i]);
    if (!item) return null;
    if (i === parts.length - 1) return item.type === 'blob' ? getBlobText(client, repo, item.sha) : null;
    if (item.type !== 'tree') return null;
    tree = item.sha;
  }
  return null;
}

/** Code owners of the changed files, from the CODEOWNERS GitHub would use at the base. */
export async function ownersOf(client: GitHubClient, repo: RepoRef, rootTree: string, files: readonly string[]): Promise<{ users: string[]; teams: string[]; warnings: string[] }> {
  const found = await findCodeowners(async (p) => {
    const text = await readFileAt(client, repo, rootTree, p);
    return text === null ? null : Buffer.from(text, 'utf8');
  });
  if (!found) return { users: [], teams: [], warnings: ['no CODEOWNERS file at the base: no reviewers requested'] };
  if (found.error) return { users: [], teams: [], warnings: [found.error] };
  const { rules } = parseCodeowners(found.text);
  const users = new Set<string>();
  const teams = new Set<string>();
  const warnings: string[] = [];
  for (const f of files) {
    for (const owner of matchOwners(rules, f).owners) {
      const kind = ownerKind(owner);
      if (kind === 'user') users.add(owner.slice(1));
      else if (kind === 'team') {
        const [org, slug] = owner.slice(1).split('/') as [string, string];
        if (org.toLowerCase() === repo.owner.toLowerCase()) teams.add(slug);
        else warnings.push(`${owner} owns ${f} but belongs to another organisation: not requested`);
      } else warnings.push(`${owner} owns ${f}: e-mail owners cannot be requested as reviewers`);
    }
  }
  return { users: [...users].sort(), teams: [...teams].sort(), warnings };
}

function join(prefix: string | undefined, file: string): string {
  return prefix ? `${prefix.replace(/\/+$/, '')}/${file}` : file;
}

export async function openRollbackPull(plan: RollbackPlan, o: PullOptions): Promise<PullResult> {
  const { client, repo } = o;
  const branch = plan.branch;
  const reviewers = { users: [] as string[], teams: [] as string[] };
  const warnings: string[] = [];
  const done = (action: PullAction, pull: PullSummary | null, commit: string | null): PullResult => ({ action, branch, pull, commit, reviewers, warnings });

  const earlier = await listPullsForBranch(client, repo, branch);
  let open = earlier.find((p) => p.state === 'open') ?? null;
  if (!open && earlier.length > 0) {
    const last = earlier[0]!;
    // A merged pull request resolved this incident; a closed one was a person's decision.
    return done(last.merged ? 'already-merged' : 'respected-closed', last, null);
  }

  const baseSha = await findBranchRef(client, repo, o.base);
  if (!baseSha) throw new ToolError(`the base branch '${o.base}' does not exist in ${repo.owner}/${repo.repo}`);
  const baseTree = await getCommitTree(client, repo, baseSha);
  const manifestFile = join(o.prefix, manifestPath(plan.env));
  const modelFile = join(o.prefix, modelPath(plan.model));
  const [manifestText, modelText] = await Promise.all([readFileAt(client, repo, baseTree, manifestFile), readFileAt(client, repo, baseTree, modelFile)]);
  if (manifestText === null) throw new ToolError(`${manifestFile} is not on ${o.base} (${baseSha.slice(0, 12)})`);
  if (modelText === null) throw new ToolError(`${modelFile} is not on ${o.base} (${baseSha.slice(0, 12)})`);
  // The decision was about what served at the checkout. If the base serves something else now (a fix
  // forward, a rollback by hand), this rollback would undo that change: leave it to the next run.
  const onBase = entryOf(manifestText, manifestFile, plan.model);
  if (!sameEntry(onBase, plan.from)) {
    warnings.push(`${manifestFile} on ${o.base} no longer serves what was judged (${describe(plan.from)}; now ${onBase ? describe(onBase) : 'nothing'}): no rollback proposed; the next run judges the new state`);
    return done('base-changed', open, null);
  }
  const newManifest = editManifest(manifestText, manifestFile, plan.model, plan.to);
  const newModel = markVersion(modelText, modelFile, plan.failing, plan.mark);
  if (newManifest === manifestText && newModel === modelText && !open) return done('nothing-to-change', null, null);

  const tree = await createTree(client, repo, baseTree, [
    { path: manifestFile, content: newManifest },
    { path: modelFile, content: newModel },
  ]);
  let commit: string | null = null;
  const writeCommit = async (): Promise<string> =>
    (commit ??= await createCommit(client, repo, {
      message: `Roll back ${plan.model} ${plan.failing} → ${plan.target} in ${plan.env}\n\nIncident: ${plan.incident}\nMarks ${plan.failing} rejected in ${modelFile}.`,
      tree,
      parents: [baseSha],
    }));

  let branchSha = await findBranchRef(client, repo, branch);
  let contentChanged = true;
  if (branchSha && (await getCommitTree(client, repo, branchSha)) === tree) {
    contentChanged = false;
  } else if (branchSha) {
    await resetBranch(client, repo, branch, await writeCommit());
  } else {
    try {
      await createBranchRef(client, repo, branch, await writeCommit());
    } catch (err) {
      if (!(status(err) === 422 && message(err).includes(GITHUB_ERROR_MESSAGES.referenceExists))) throw err;
      // Another run created the branch first: make it hold this change (the same edit on the same base).
      branchSha = await findBranchRef(client, repo, branch);
      if (branchSha && (await getCommitTree(client, repo, branchSha)) === tree) contentChanged = false;
      else await resetBranch(client, repo, branch, await writeCommit());
    }
  }
  const head = commit ?? branchSha;

  if (open) {
    const changed = open.title !== o.title || open.body !== o.body;
    if (changed) open = await updatePull(client, repo, open.number, { title: o.title, body: o.body });
    await ensureLabels(open.number, o);
    return done(changed || contentChanged ? 'updated' : 'unchanged', open, head);
  }

  let created: PullSummary;
  try {
    created = await withRetry(() => createPull(client, repo, { title: o.title, body: o.body, head: branch, base: o.base }), o);
  } catch (err) {
    if (!(status(err) === 422 && message(err).includes(GITHUB_ERROR_MESSAGES.pullRequestExists))) throw err;
    // Another run opened it a moment ago: find it (retrying while the listing catches up) and update it.
    const theirs = await withRetry(async () => {
      const found = (await listPullsForBranch(client, repo, branch)).find((p) => p.state === 'open');
      if (!found) throw Object.assign(new Error(`pull request for ${branch} not found yet`), { status: 404 });
      return found;
    }, o);
    const updated = theirs.title !== o.title || theirs.body !== o.body ? await updatePull(client, repo, theirs.number, { title: o.title, body: o.body }) : theirs;
    await ensureLabels(updated.number, o);
    return done('updated', updated, head);
  }
  await ensureLabels(created.number, o);
  const owners = await ownersOf(client, repo, baseTree, [manifestFile, modelFile]);
  warnings.push(...owners.warnings);
  if (owners.users.length || owners.teams.length) {
    try {
      await withRetry(() => requestReviewers(client, repo, created.number, { reviewers: owners.users, teamReviewers: owners.teams }), o);
      reviewers.users = owners.users;
      reviewers.teams = owners.teams;
    } catch (err) {
      // The pull request stands without them; say why instead of failing the rollback.
      warnings.push(`could not request reviewers ${[...owners.users.map((u) => `@${u}`), ...owners.teams.map((t) => `@${repo.owner}/${t}`)].join(', ')}: ${message(err)}`);
    }
  }
  return done('created', created, head);
}

function entryOf(text: string, file: string, model: string): ServingEntry | undefined {
  const doc = parseDocumentBytes(Buffer.from(text, 'utf8'), file, 'manifest', {});
  return (doc.value as ManifestDoc | undefined)?.models[model];
}

const describe = (e: ServingEntry): string => `${e.strategy} ${e.stable}${e.candidate ? ` + ${e.candidate} at ${e.traffic ?? 0}%` : ''}`;

function sameEntry(a: ServingEntry | undefined, b: ServingEntry): boolean {
  return !!a && a.strategy === b.strategy && a.stable === b.stable && (a.candidate ?? null) === (b.candidate ?? null) && (a.traffic ?? null) === (b.traffic ?? null);
}

async function ensureLabels(number: number, o: PullOptions): Promise<void> {
  if (o.labels.length === 0) return;
  await withRetry(() => addLabels(o.client, o.repo, number, o.labels), o);
}
