/**
 * `modelgate init`: the files a repository needs to become a modelgate registry, from the templates
 * shipped in the package (templates/): the workflows, a starter modelgate.yaml using the default
 * policy pack, and a CODEOWNERS skeleton. Nothing is overwritten unless asked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { packageRoot } from '../package/root.js';

export interface InitFile {
  /** Relative to the repository root, forward slashes. */
  path: string;
  content: string;
}

/** Where the modelgate actions come from, pinned: `owner/repo@<full commit SHA>`. */
export interface ActionRef {
  owner: string;
  repo: string;
  sha: string;
}

/** The placeholders the templates carry until a user (or --action-ref) fills them in. */
export const PLACEHOLDER_OWNER = 'OWNER';
export const PLACEHOLDER_SHA = 'COMMIT_SHA';
const PLACEHOLDER_USES = new RegExp(`uses:\\s*${PLACEHOLDER_OWNER}/modelgate/actions/[a-z-]+@${PLACEHOLDER_SHA}\\b`);

export function parseActionRef(text: string): ActionRef {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9_.-]{1,100})@([0-9a-f]{40})$/.exec(text.trim());
  if (!m) {
    throw new UsageError(`--action-ref must be <owner>/<repo>@<full 40-character commit SHA>, e.g. acme/modelgate@${'0'.repeat(40)}; got '${text}'. A tag or branch would let whoever moves it change what your gate runs.`);
  }
  return { owner: m[1]!, repo: m[2]!, sha: m[3]! };
}

/** Points the templates' `OWNER/modelgate/…@COMMIT_SHA` references (actions and schema URLs) at `ref`. */
export function applyActionRef(content: string, ref: ActionRef): string {
  return content
    .replace(/\bOWNER\/modelgate\/actions\/([a-z-]+)@COMMIT_SHA\b/g, `${ref.owner}/${ref.repo}/actions/$1@${ref.sha}`)
    .replace(/\/OWNER\/modelgate\/COMMIT_SHA\//g, `/${ref.owner}/${ref.repo}/${ref.sha}/`)
    // The instruction to fill the placeholders in is done with once they are.
    .replace(/^# Replace OWNER and COMMIT_SHA[^\n]*\n# from and the full commit you trust[^\n]*\n/m, `# modelgate is pinned to ${ref.owner}/${ref.repo}@${ref.sha} (modelgate init --action-ref).\n`);
}

export function templatesDir(): string {
  return path.join(packageRoot(), 'templates');
}

/** Every file init writes, in order, with the action reference applied when given. */
export function planInit(templates: string, actionRef?: ActionRef): InitFile[] {
  const read = (rel: string) => readFileSync(path.join(templates, rel), 'utf8');
  const workflows = readdirSync(path.join(templates, 'workflows'))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => ({ path: `.github/workflows/${f}`, content: read(`workflows/${f}`) }));
  const files = [{ path: 'modelgate.yaml', content: read('modelgate.yaml') }, { path: '.github/CODEOWNERS', content: read('CODEOWNERS') }, ...workflows];
  return actionRef ? files.map((f) => ({ ...f, content: applyActionRef(f.content, actionRef) })) : files;
}

/** GitHub reads the first CODEOWNERS of .github/, the root, docs/: any of them is "the" CODEOWNERS. */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

export function existingFiles(repo: string, files: readonly InitFile[]): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const candidates = f.path === '.github/CODEOWNERS' ? CODEOWNERS_LOCATIONS : [f.path];
    for (const c of candidates) if (existsSync(path.join(repo, c))) out.add(c);
  }
  return [...out];
}

export interface InitResult {
  written: string[];
  /** Files still holding OWNER / COMMIT_SHA placeholders. */
  placeholders: string[];
}

export async function init(repo: string, o: { force: boolean; actionRef?: ActionRef; templates?: string }): Promise<InitResult> {
  if (!existsSync(repo)) throw new UsageError(`--repo ${repo} does not exist`);
  const files = planInit(o.templates ?? templatesDir(), o.actionRef);
  const existing = existingFiles(repo, files);
  if (existing.length > 0 && !o.force) {
    throw new UsageError(`${existing.map((f) => path.join(repo, f)).join(', ')} already exist${existing.length === 1 ? 's' : ''}; nothing was written. Pass --force to overwrite.`);
  }
  for (const f of files) {
    const abs = path.join(repo, f.path);
    await mkdir(path.dirname(abs), { recursive: true });
    await writeFile(abs, f.content);
  }
  return {
    written: files.map((f) => f.path),
    placeholders: files.filter((f) => PLACEHOLDER_USES.test(f.content)).map((f) => f.path),
  };
}
