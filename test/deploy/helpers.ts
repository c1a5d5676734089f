/** Registries in real git repositories whose commits carry controlled dates. */
import { execFileSync } from 'node:child_process';
import { cardYaml, modelYaml, tempDir, writeFiles } from '../helpers/registry.js';

export const DEPLOY_CONFIG = (extra = '') => `schemaVersion: 1
registry: { defaultBranch: main }
environments:
  - name: staging
    bakeTime: 24h
  - name: production
    production: true
    bakeTime: 72h
    trafficSteps: [5, 25, 50]
    strategies: [direct, canary, shadow, blue-green]
policies:
  packs: ["modelgate:default"]
${extra}`;

const ROLLBACK = `rollback:
  rules:
    - { name: accuracy-online, provider: prometheus, query: "avg(acc)", min: 0.8 }
`;

export function gitAt(dir: string, when: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when },
  });
}

/** Writes files and commits them on the current branch at `when` (author and committer date). */
export function commitFilesAt(dir: string, when: string, files: Record<string, string | Buffer>, message = `change at ${when}`): string {
  writeFiles(dir, files);
  gitAt(dir, when, 'add', '-A');
  gitAt(dir, when, 'commit', '-q', '--allow-empty', '-m', message);
  return gitAt(dir, when, 'rev-parse', 'HEAD').trim();
}

export interface Entry {
  strategy: string;
  stable: string;
  candidate?: string;
  traffic?: number;
}

export function manifestYaml(env: string, models: Record<string, Entry>, hotfix?: { reason: string; incident?: string }): string {
  const lines = ['schemaVersion: 1', `environment: ${env}`, 'models:'];
  for (const [m, e] of Object.entries(models)) {
    lines.push(`  ${m}:`, `    strategy: ${e.strategy}`, `    stable: "${e.stable}"`);
    if (e.candidate) lines.push(`    candidate: "${e.candidate}"`);
    if (e.traffic !== undefined) lines.push(`    traffic: ${e.traffic}`);
  }
  if (Object.keys(models).length === 0) lines[2] = 'models: {}';
  if (hotfix) lines.push('hotfix:', `  reason: ${JSON.stringify(hotfix.reason)}`, ...(hotfix.incident ? [`  incident: ${hotfix.incident}`] : []));
  return `${lines.join('\n')}\n`;
}

/**
 * A registry with model `demo` (versions 1.0.0, 1.1.0, 1.2.0, each with a passing card and an
 * artifact format) committed at `when` on main.
 */
export function deployRegistry(when = '2026-01-01T00:00:00Z', options: { config?: string; modelExtra?: string } = {}): string {
  const dir = tempDir('modelgate-deploy-');
  const card = (v: string) => cardYaml('demo', v).replace('  sha256:', '  format: onnx\n  sha256:');
  writeFiles(dir, {
    'modelgate.yaml': options.config ?? DEPLOY_CONFIG(),
    'models/demo/model.yaml': modelYaml('demo', `${ROLLBACK}${options.modelExtra ?? ''}`),
    'models/demo/1.0.0/card.yaml': card('1.0.0'),
    'models/demo/1.1.0/card.yaml': card('1.1.0'),
    'models/demo/1.2.0/card.yaml': card('1.2.0'),
  });
  gitAt(dir, when, 'init', '-q', '-b', 'main');
  commitFilesAt(dir, when, {}, 'initial');
  return dir;
}
