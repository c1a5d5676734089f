/**
 * Reading the audit log for an answer (history, audit show, evidence, and the deploy gate): the
 * chain is verified offline first, and with `online` only records anchored by a trusted writer are
 * accepted (DESIGN §2: checks can be spoofed, so the evidence is re-derived). Without `online` the
 * answer says that the anchors were not checked.
 */
import { UsageError } from '../errors.js';
import { git } from '../git/git.js';
import { createGitHubClient, resolveBaseUrl, type GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/pulls.js';
import { acceptAnchored, checkAnchors, type Anchor, type ChainProblem } from './chain.js';
import { verifyLocal } from './local.js';
import { collectAnchors, repoFromRemoteUrl } from './online.js';
import type { AuditRecord } from './records.js';

export interface OnlineAccess {
  client: GitHubClient;
  repo: RepoRef;
  trustedWriters: readonly string[];
}

export interface ReadLog {
  /** The records the answer may use: all verified ones offline, the anchored ones online. */
  records: AuditRecord[];
  /** Every record of the verified chain. */
  all: AuditRecord[];
  refused: { record: AuditRecord; reason: string }[];
  anchorsChecked: boolean;
  commit: string;
  ref: string;
  problem: ChainProblem | null;
  notes: string[];
}

/** The GitHub repository of a clone: --github-repo, else the origin remote. */
export async function githubRepoOf(flag: string | undefined, repoDir: string): Promise<RepoRef> {
  if (flag) {
    const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(flag);
    if (!m) throw new UsageError(`--github-repo must be owner/name; got '${flag}'`);
    return { owner: m[1]!, repo: m[2]! };
  }
  let url = '';
  try {
    url = (await git(repoDir, ['remote', 'get-url', 'origin'])).trim();
  } catch {
    // reported below
  }
  const repo = repoFromRemoteUrl(url);
  if (!repo) throw new UsageError(`cannot tell the GitHub repository from the origin remote ('${url || 'none'}'): pass --github-repo owner/name`);
  return repo;
}

/** The client and repository for `--online`: token GITHUB_TOKEN, API GITHUB_API_URL. */
export async function onlineAccess(env: Record<string, string | undefined>, repoDir: string, githubRepoFlag: string | undefined, trustedWriters: readonly string[]): Promise<OnlineAccess> {
  const repo = await githubRepoOf(githubRepoFlag, repoDir);
  const client = createGitHubClient({ token: env.GITHUB_TOKEN ?? '', baseUrl: resolveBaseUrl(undefined, env as NodeJS.ProcessEnv) });
  return { client, repo, trustedWriters };
}

/** Commits after the last recorded one on `ref`'s first-parent line, where a truncated tail's anchors sit. */
export async function laterCommits(repoDir: string, last: string | undefined, ref: string): Promise<string[]> {
  if (!last) return [];
  try {
    return (await git(repoDir, ['rev-list', '--first-parent', '--max-count=200', `${last}..${ref}`, '--'])).split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

export interface OnlineVerdict {
  anchors: Anchor[];
  /** What `audit verify --online` reports: the first record unanchored, rewritten or missing. */
  strict: ChainProblem | null;
  /** What readers refuse on: a record whose anchor names another hash, an anchor with no record. */
  reader: ChainProblem | null;
  accepted: AuditRecord[];
  refused: { record: AuditRecord; reason: string }[];
}

/**
 * The anchor checks, one read of GitHub for verify and the readers alike: the anchors on every
 * commit a record names and on `laterRef`'s commits after the last one (a truncated tail's).
 */
export async function checkOnline(repoDir: string, records: readonly AuditRecord[], access: OnlineAccess, laterRef: string): Promise<OnlineVerdict> {
  const commits = [...records.map((r) => r.commits.decision), ...(await laterCommits(repoDir, records[records.length - 1]?.commits.decision, laterRef))];
  const anchors = await collectAnchors(access.client, access.repo, commits);
  const strict = checkAnchors(records, anchors, access.trustedWriters);
  const reader = strict && strict.kind !== 'unanchored' ? strict : checkAnchors(records, anchors, access.trustedWriters, { allowUnanchored: true });
  return { anchors, strict, reader, ...acceptAnchored(records, anchors, access.trustedWriters) };
}

/**
 * The verified log of a clone, and with `online` only its anchored records. A chain that fails
 * verification yields no records and the problem: no answer is given from a tampered log. Online,
 * a record whose anchor names another hash, or an anchor whose record is gone (a force-pushed
 * truncation), is such a failure too; a record with no anchor at all is left out and named.
 */
export async function readVerifiedLog(
  repoDir: string,
  branch: string,
  options: { online?: OnlineAccess; /** default true */ history?: boolean; /** where a truncated tail's anchors are looked for (default HEAD) */ laterRef?: string } = {},
): Promise<ReadLog> {
  // The branch history is checked too (cheap: read beside the records): a tail truncated on top is no answer.
  const v = await verifyLocal(repoDir, branch, { history: options.history ?? true });
  const base = { all: v.records, commit: v.commit, ref: v.ref, problem: v.problem };
  if (v.problem) return { ...base, records: [], refused: [], anchorsChecked: false, notes: [] };
  if (!options.online) {
    return { ...base, records: v.records, refused: [], anchorsChecked: false, notes: [`${v.records.length} audit records from ${branch} (chain verified offline; anchors not checked: add --online)`] };
  }
  const { trustedWriters } = options.online;
  const o = await checkOnline(repoDir, v.records, options.online, options.laterRef ?? 'HEAD');
  if (o.reader) return { ...base, problem: o.reader, records: [], refused: [], anchorsChecked: true, notes: [] };
  const notes = [`${o.accepted.length} of ${v.records.length} audit records from ${branch} accepted: anchored on GitHub by ${trustedWriters.join(' or ')}`];
  for (const r of o.refused) notes.push(`record ${r.record.seq} (${r.record.kind} ${r.record.subject}) is not used: ${r.reason}`);
  return { ...base, records: o.accepted, refused: o.refused, anchorsChecked: true, notes };
}
