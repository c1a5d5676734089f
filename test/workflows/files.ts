/** Every workflow and action definition in the repository: the project's own and the templates users copy. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/registry.js';

export interface YamlFile {
  /** Repository-relative. */
  name: string;
  content: string;
}

function list(dir: string, test: (name: string) => boolean): YamlFile[] {
  const abs = path.join(REPO_ROOT, dir);
  return readdirSync(abs, { recursive: true, encoding: 'utf8' })
    .filter(test)
    .sort()
    .map((f) => ({ name: `${dir}/${f.split(path.sep).join('/')}`, content: readFileSync(path.join(abs, f), 'utf8') }));
}

export function actionFiles(): YamlFile[] {
  return list('actions', (f) => path.basename(f) === 'action.yml');
}

export function projectWorkflows(): YamlFile[] {
  return list('.github/workflows', (f) => /\.ya?ml$/.test(f));
}

export function templateWorkflows(): YamlFile[] {
  return list('templates/workflows', (f) => /\.ya?ml$/.test(f));
}

export function allWorkflows(): YamlFile[] {
  return [...projectWorkflows(), ...templateWorkflows()];
}
