/**
 * The two roles of the validate action (DESIGN §2), each producing one judgement.
 *
 * feedback (`pull_request`, or any other event): the checked-out working tree, as the author wrote
 * it, policies and modelgate.yaml included. Unprivileged: no API call, no token needed.
 *
 * gate (`pull_request_target`): configuration and policies from the base branch's git objects; the
 * pull request's files read as data from the git objects of its head commit, fetched into a local
 * ref and never checked out; the scope from the pull request's file list in the API.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import { ToolError, UsageError } from '../../errors.js';
import { ensureCommit, fetchPullHead, headParents, type GitAuth } from '../../git/fetch.js';
import { git, repoTopLevel, type ChangedFile } from '../../git/git.js';
import type { GitHubClient } from '../../github/client.js';
import { assertCompleteFileList, getPullRequest, listPullRequestFiles, MAX_LISTED_FILES, toChangedFiles, type RepoRef } from '../../github/pulls.js';
import { GitSource } from '../../registry/git-source.js';
import { CONFIG_FILE, loadConfig } from '../../registry/loader.js';
import { FsSource } from '../../registry/source.js';
import { computeScope, existsAt, scopeFromChanges, type ChangeScope } from '../../validate/scope.js';
import { validateRegistry, type ValidationReport } from '../../validate/validate.js';
import { pullRequestOf, type ActionEvent, type PullRequestRef } from '../common/event.js';
import type { Role } from './render.js';

export interface Judgement {
  role: Role;
  report: ValidationReport;
  /** Prefix that turns registry-relative paths into repository-relative ones: '' or 'ml/registry/'. */
  pathPrefix: string;
  /** Registry-relative paths the change touched (annotations in these come first). */
  changedFiles: Set<string>;
  /** Changed modelgate.yaml and policy files (the gate judged with the base branch's instead). */
  governanceChanges: string[];
  subject: string;
  /** The gate's pull request and the commit it judged. */
  pull?: { number: number; headSha: string };
}

export interface JudgeOptions {
  event: ActionEvent;
  registryPath: string;
  environment: string | undefined;
  today: string;
  scope: 'changed' | 'full';
}

async function prefixOf(repoTop: string, workspace: string, registryPath: string): Promise<string> {
  const rel = path.relative(await realpath(repoTop), await realpath(workspace)).split(path.sep).join('/');
  if (rel.startsWith('..')) throw new UsageError(`the workspace ${workspace} is outside the git repository ${repoTop}`);
  const joined = [rel, registryPath].filter((p) => p !== '').join('/');
  return joined === '' ? '' : `${joined}/`;
}

function governance(scope: ChangeScope | undefined, packDirs: readonly string[]): string[] {
  if (!scope) return [];
  const packs = packDirs.map((d) => `${d.replace(/\/+$/, '')}/`);
  return scope.files.map((f) => f.path).filter((p) => p === CONFIG_FILE || packs.some((d) => p.startsWith(d)));
}

async function workspaceRepo(workspace: string): Promise<string> {
  try {
    return await repoTopLevel(workspace);
  } catch {
    throw new UsageError(`${workspace} is not a git repository: check the repository out with actions/checkout before this step.`);
  }
}

/** The commit the feedback role compares against, or undefined when there is none to be had. */
async function feedbackBase(event: ActionEvent, repoTop: string, pr: PullRequestRef | undefined): Promise<string | undefined> {
  if (!pr) return undefined;
  const head = (await git(repoTop, ['rev-parse', 'HEAD'])).trim();
  // actions/checkout's test merge commit (GITHUB_SHA on pull_request): its first parent is the base tip.
  if (head === event.sha) {
    const parents = await headParents(repoTop);
    if (parents.length === 2) return parents[0];
  }
  try {
    await git(repoTop, ['cat-file', '-e', `${pr.baseSha}^{commit}`]);
    return pr.baseSha;
  } catch {
    return undefined;
  }
}

export async function judgeFeedback(o: JudgeOptions): Promise<Judgement> {
  const repoTop = await workspaceRepo(o.event.workspace);
  const registryDir = path.join(o.event.workspace, o.registryPath);
  const pathPrefix = await prefixOf(repoTop, o.event.workspace, o.registryPath);
  const source = new FsSource(registryDir);
  const pr = pullRequestOf(o.event);
  let scope: ChangeScope | undefined;
  let packDirs: string[] = [];
  if (o.scope === 'changed' && pr) {
    const base = await feedbackBase(o.event, repoTop, pr);
    if (base) {
      packDirs = (await loadConfig(source)).value.policies?.packs ?? ['policies'];
      scope = await computeScope(registryDir, base, packDirs);
      core.info(`Validating the change since ${base.slice(0, 12)} and what it affects.`);
    } else {
      core.warning(
        'The base commit of this pull request is not in the checkout, so the whole registry is validated and card immutability is not checked. ' +
          'Give actions/checkout `fetch-depth: 2` (its test merge commit then brings the base along).',
        { title: 'modelgate validate: whole registry' },
      );
    }
  }
  const report = await validateRegistry({ source, today: o.today, ...(scope ? { scope } : {}), ...(o.environment ? { env: o.environment } : {}), ...(pr?.author ? { author: pr.author } : {}) });
  return {
    role: 'feedback',
    report,
    pathPrefix,
    changedFiles: new Set(scope?.files.map((f) => f.path) ?? []),
    governanceChanges: governance(scope, packDirs),
    subject: pr ? `pull request #${pr.number}` : `${o.event.name} at ${(o.event.sha ?? 'HEAD').slice(0, 12)}`,
  };
}

export interface GateOptions extends JudgeOptions {
  client: GitHubClient;
  repo: RepoRef;
  auth: GitAuth;
  /** Told the head commit as soon as it is known, so a failure can still be reported on it. */
  onHead?: (headSha: string) => void;
}

/** Paths below the registry's directory, made registry-relative. */
export function registryChanges(files: readonly ChangedFile[], pathPrefix: string): ChangedFile[] {
  return files.filter((f) => f.path.startsWith(pathPrefix)).map((f) => ({ ...f, path: f.path.slice(pathPrefix.length) }));
}

export async function judgeGate(o: GateOptions): Promise<Judgement> {
  const { event } = o;
  const pr = pullRequestOf(event);
  if (!pr) throw new UsageError(`the ${event.name} event carries no pull request`);
  if (!event.sha) throw new UsageError('GITHUB_SHA is not set: the gate reads the base branch at that commit.');
  const repoTop = await workspaceRepo(event.workspace);
  const pathPrefix = await prefixOf(repoTop, event.workspace, o.registryPath);
  const baseSha = event.sha;
  await ensureCommit(repoTop, baseSha, 'the base branch commit', o.auth);
  const checkedOut = (await git(repoTop, ['rev-parse', 'HEAD'])).trim();
  if (checkedOut !== baseSha) {
    core.warning(
      `The workspace is at ${checkedOut.slice(0, 12)}, not the base branch commit ${baseSha.slice(0, 12)}. The gate reads the base branch from git objects whatever is checked out, ` +
        'but never check out pull request code in a pull_request_target job: remove `ref:` from actions/checkout.',
      { title: 'modelgate validate: unexpected checkout' },
    );
  }

  const info = await getPullRequest(o.client, o.repo, pr.number);
  const headSha = info.headSha;
  o.onHead?.(headSha);
  if (headSha !== pr.headSha) core.info(`Pull request #${pr.number} moved from ${pr.headSha.slice(0, 12)} (the event) to ${headSha.slice(0, 12)}; judging ${headSha.slice(0, 12)}.`);
  // Fail closed before any work when the API cannot show the whole change.
  if (info.changedFiles > MAX_LISTED_FILES) assertCompleteFileList(0, info.changedFiles, pr.number);

  const fetched = await fetchPullHead(repoTop, pr.number, o.auth);
  if (fetched !== headSha) await ensureCommit(repoTop, headSha, `the head of pull request #${pr.number}`, o.auth);
  const listed = await listPullRequestFiles(o.client, o.repo, pr.number);
  assertCompleteFileList(listed.length, info.changedFiles, pr.number);
  const again = await getPullRequest(o.client, o.repo, pr.number);
  if (again.headSha !== headSha) {
    throw new ToolError(`pull request #${pr.number} moved to ${again.headSha.slice(0, 12)} while ${headSha.slice(0, 12)} was being judged; the run for the new commit decides.`);
  }

  const registryDir = pathPrefix.replace(/\/$/, '');
  const policySource = new GitSource(repoTop, baseSha, registryDir);
  const source = new GitSource(repoTop, headSha, registryDir);
  const packDirs = (await loadConfig(policySource)).value.policies?.packs ?? ['policies'];
  const changed = registryChanges(toChangedFiles(listed), pathPrefix);
  const scope = await scopeFromChanges(changed, packDirs, baseSha, (file) => existsAt(repoTop, baseSha, `${pathPrefix}${file}`));
  const report = await validateRegistry({
    source,
    policySource,
    scope,
    today: o.today,
    ...(o.environment ? { env: o.environment } : {}),
    ...(info.author ? { author: info.author } : {}),
  });
  return {
    role: 'gate',
    report,
    pathPrefix,
    changedFiles: new Set(changed.map((f) => f.path)),
    governanceChanges: governance(scope, packDirs),
    subject: `pull request #${pr.number} at \`${headSha.slice(0, 12)}\``,
    pull: { number: pr.number, headSha },
  };
}
