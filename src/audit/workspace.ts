/** Where the audit commands find things: the git repository, the registry inside it, the audit branch. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { checkRef, git, isGitRepo, repoTopLevel } from '../git/git.js';
import { CONFIG_FILE } from '../registry/loader.js';
import { parseYaml } from '../yaml/fast.js';
import { DEFAULT_AUDIT_BRANCH, DEFAULT_TRUSTED_WRITERS } from './log.js';

export interface AuditWorkspace {
  repoDir: string;
  /** The registry's directory inside the repository ('' at the top). */
  prefix: string;
  branch: string;
  trustedWriters: string[];
  /** modelgate.yaml registry.defaultBranch, when it says. */
  defaultBranch: string | null;
  /** The environments modelgate.yaml names (null when it cannot be read). */
  environments: string[] | null;
}

export async function auditWorkspace(registryDir: string, branchFlag: string | undefined): Promise<AuditWorkspace> {
  if (!(await isGitRepo(registryDir))) throw new UsageError(`${registryDir} is not inside a git repository: the audit log and the merge history live in git`);
  const repoDir = await repoTopLevel(registryDir);
  const prefix = path.relative(repoDir, registryDir).split(path.sep).join('/');
  let audit: { branch?: unknown; trustedWriters?: unknown } = {};
  let defaultBranch: string | null = null;
  let environments: string[] | null = null;
  try {
    const value = parseYaml(await readFile(path.join(registryDir, CONFIG_FILE), 'utf8')).value as { audit?: typeof audit; registry?: { defaultBranch?: unknown }; environments?: unknown } | undefined;
    audit = value?.audit ?? {};
    if (typeof value?.registry?.defaultBranch === 'string') defaultBranch = value.registry.defaultBranch;
    if (Array.isArray(value?.environments)) environments = value.environments.flatMap((e: unknown) => (e && typeof e === 'object' && typeof (e as { name?: unknown }).name === 'string' ? [(e as { name: string }).name] : []));
  } catch {
    // No or unreadable modelgate.yaml: the defaults apply; `validate` reports the file itself.
  }
  const branch = branchFlag ?? (typeof audit.branch === 'string' ? audit.branch : DEFAULT_AUDIT_BRANCH);
  checkRef(branch, branchFlag ? '--branch' : `${CONFIG_FILE} audit.branch`);
  const trusted = Array.isArray(audit.trustedWriters) ? audit.trustedWriters.filter((w): w is string => typeof w === 'string') : [];
  return { repoDir, prefix, branch, trustedWriters: trusted.length ? trusted : DEFAULT_TRUSTED_WRITERS, defaultBranch, environments };
}

/**
 * The registry's default branch as this clone has it: modelgate.yaml registry.defaultBranch, else
 * what origin/HEAD names, else main; the local branch, else origin's. Null when the clone has
 * neither (the caller falls back to HEAD and says so).
 */
export async function defaultBranchRef(ws: AuditWorkspace): Promise<{ name: string; ref: string; commit: string } | null> {
  let name = ws.defaultBranch;
  if (!name) {
    try {
      name = (await git(ws.repoDir, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'])).trim().replace(/^origin\//, '') || null;
    } catch {
      name = null;
    }
  }
  name ??= 'main';
  checkRef(name, `${CONFIG_FILE} registry.defaultBranch`);
  for (const ref of [`refs/heads/${name}`, `refs/remotes/origin/${name}`]) {
    try {
      const commit = (await git(ws.repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
      if (commit) return { name, ref, commit };
    } catch {
      // try the next place
    }
  }
  return null;
}

/** A path inside the registry, as a path inside the repository. */
export function inRepo(ws: AuditWorkspace, file: string): string {
  return ws.prefix ? `${ws.prefix}/${file}` : file;
}
