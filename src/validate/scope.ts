/**
 * What an incremental validation (--changed-since) must look at: the changed cards, every card of
 * a model whose model.yaml changed, the manifests that changed, and everything when a policy or
 * modelgate.yaml changed. Also the immutability verdicts: a merged card may not be edited or deleted.
 */
import path from 'node:path';
import { changedFiles, git, mergeBase, repoTopLevel, resolveCommit, type ChangedFile } from '../git/git.js';
import { CONFIG_FILE, DEPLOYMENTS_DIR, MODELS_DIR } from '../registry/loader.js';
import type { ChangeKind } from '../registry/types.js';

export interface ChangeScope {
  /** The commit compared against (the merge base of the ref and HEAD). */
  base: string;
  files: ChangedFile[];
  /** null = validate everything (a policy or modelgate.yaml changed). */
  models: Set<string> | null;
  /** Versions to validate per model; a model absent here but present in `models` = all its versions. */
  versions: Map<string, Set<string>>;
  manifests: Set<string>;
  /** Cards that existed at the base and were modified or deleted. */
  immutableViolations: ChangedFile[];
  kind: ChangeKind;
}

const CARD = /^models\/([^/]+)\/([^/]+)\/card\.yaml$/;
const MODEL = /^models\/([^/]+)\/model\.yaml$/;
const MANIFEST = /^deployments\/([^/]+)\.yaml$/;

/** Paths relative to the registry root, from git's paths relative to the top level. */
async function registryPrefix(registryDir: string): Promise<string> {
  const top = await repoTopLevel(registryDir);
  const rel = path.relative(top, path.resolve(registryDir)).split(path.sep).join('/');
  return rel === '' ? '' : `${rel}/`;
}

export async function existsAt(repoDir: string, commit: string, file: string): Promise<boolean> {
  try {
    await git(repoDir, ['cat-file', '-e', `${commit}:${file}`]);
    return true;
  } catch {
    return false;
  }
}

export async function computeScope(registryDir: string, ref: string, packDirs: readonly string[]): Promise<ChangeScope> {
  const commit = await resolveCommit(registryDir, ref, '--changed-since');
  const head = await resolveCommit(registryDir, 'HEAD', 'HEAD');
  const base = (await mergeBase(registryDir, commit, head)) ?? commit;
  const prefix = await registryPrefix(registryDir);
  const files = (await changedFiles(registryDir, base))
    .filter((f) => f.path.startsWith(prefix))
    .map((f) => ({ ...f, path: f.path.slice(prefix.length) }));
  return scopeFromChanges(files, packDirs, base, async (file) => existsAt(registryDir, base, `${prefix}${file}`));
}

export async function scopeFromChanges(files: ChangedFile[], packDirs: readonly string[], base: string, existedAtBase: (file: string) => Promise<boolean>): Promise<ChangeScope> {
  const scope: ChangeScope = { base, files, models: new Set(), versions: new Map(), manifests: new Set(), immutableViolations: [], kind: 'register' };
  const packPrefixes = packDirs.map((d) => `${d.replace(/\/+$/, '')}/`);
  let everything: ChangeKind | null = null;
  for (const f of files) {
    if (f.path === CONFIG_FILE) everything = 'config';
    else if (packPrefixes.some((p) => f.path.startsWith(p))) everything ??= 'policy';
  }
  for (const f of files) {
    const card = CARD.exec(f.path);
    const model = MODEL.exec(f.path);
    const manifest = MANIFEST.exec(f.path);
    if (card) {
      const [, m, v] = card as unknown as [string, string, string];
      if (f.status !== 'added' && (await existedAtBase(f.path))) scope.immutableViolations.push(f);
      if (f.status === 'deleted') continue;
      scope.models!.add(m);
      if (!scope.versions.has(m) || scope.versions.get(m)!.size > 0) {
        const set = scope.versions.get(m) ?? new Set<string>();
        set.add(v);
        scope.versions.set(m, set);
      }
    } else if (model && f.status !== 'deleted') {
      // Every card of the model is judged again against the changed model.yaml.
      scope.models!.add(model[1]!);
      scope.versions.set(model[1]!, new Set());
    } else if (manifest && f.status !== 'deleted') {
      scope.manifests.add(manifest[1]!);
    } else if (f.path.startsWith(`${MODELS_DIR}/`) && f.status !== 'deleted') {
      const m = f.path.split('/')[1];
      if (m) scope.models!.add(m);
    } else if (f.path.startsWith(`${DEPLOYMENTS_DIR}/`)) {
      scope.manifests.add(f.path.slice(DEPLOYMENTS_DIR.length + 1).replace(/\.ya?ml$/, ''));
    }
  }
  // An empty version set means "all versions of that model".
  for (const [m, set] of [...scope.versions]) if (set.size === 0) scope.versions.delete(m);
  if (everything) {
    scope.models = null;
    scope.kind = everything;
  } else if (scope.manifests.size > 0 && scope.versions.size === 0) {
    scope.kind = 'promote';
  }
  return scope;
}
