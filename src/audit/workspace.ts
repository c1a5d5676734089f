/** Where the audit commands find things: the git repository, the registry inside it, the audit branch. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { checkRef, isGitRepo, repoTopLevel } from '../git/git.js';
import { CONFIG_FILE } from '../registry/loader.js';
import { parseYaml } from '../yaml/fast.js';
import { DEFAULT_AUDIT_BRANCH, DEFAULT_TRUSTED_WRITERS } from './log.js';

export interface AuditWorkspace {
  repoDir: string;
  /** The registry's directory inside the repository ('' at the top). */
  prefix: string;
  branch: string;
  trustedWriters: string[];
}

export async function auditWorkspace(registryDir: string, branchFlag: string | undefined): Promise<AuditWorkspace> {
  if (!(await isGitRepo(registryDir))) throw new UsageError(`${registryDir} is not inside a git repository: the audit log and the merge history live in git`);
  const repoDir = await repoTopLevel(registryDir);
  const prefix = path.relative(repoDir, registryDir).split(path.sep).join('/');
  let audit: { branch?: unknown; trustedWriters?: unknown } = {};
  try {
    const value = parseYaml(await readFile(path.join(registryDir, CONFIG_FILE), 'utf8')).value as { audit?: typeof audit } | undefined;
    audit = value?.audit ?? {};
  } catch {
    // No or unreadable modelgate.yaml: the defaults apply; `validate` reports the file itself.
  }
  const branch = branchFlag ?? (typeof audit.branch === 'string' ? audit.branch : DEFAULT_AUDIT_BRANCH);
  checkRef(branch, branchFlag ? '--branch' : `${CONFIG_FILE} audit.branch`);
  const trusted = Array.isArray(audit.trustedWriters) ? audit.trustedWriters.filter((w): w is string => typeof w === 'string') : [];
  return { repoDir, prefix, branch, trustedWriters: trusted.length ? trusted : DEFAULT_TRUSTED_WRITERS };
}

/** A path inside the registry, as a path inside the repository. */
export function inRepo(ws: AuditWorkspace, file: string): string {
  return ws.prefix ? `${ws.prefix}/${file}` : file;
}
