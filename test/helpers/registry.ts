/** Registries on disk for tests: real files in a temp directory, optionally a real git repository. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export const CONFIG = `schemaVersion: 1
environments:
  - name: staging
    bakeTime: 24h
  - name: production
    production: true
    bakeTime: 72h
policies:
  packs: ["modelgate:default"]
`;

export function modelYaml(name: string, extra = ''): string {
  return `schemaVersion: 1
name: ${name}
inventoryId: INV-1
owner: { team: "@acme/ds" }
riskTier: low
commercialUse: true
${extra}`;
}

export interface CardOptions {
  metrics?: string;
  extra?: string;
  version?: string;
  model?: string;
}

/** A card that passes every deny rule of the default pack for a low-risk model. */
export function cardYaml(model: string, version: string, o: CardOptions = {}): string {
  return `schemaVersion: 1
model: ${o.model ?? model}
version: ${o.version ?? `"${version}"`}
created: "2026-01-15"
intendedUse:
  primaryUses: [ranking]
  outOfScope: [credit decisions]
trainingData:
  - { id: lake/events, revision: abc123def, license: internal }
evaluation:
  results:
    - task: { type: tabular-classification }
      dataset: { name: events, split: test }
      metrics:
${o.metrics ?? '        - { type: accuracy, value: 0.9 }'}
limitations: [none known]
artifact:
  uri: s3://bucket/${model}/${version}/model.onnx
  sha256: "${'a'.repeat(64)}"
${o.extra ?? ''}`;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

export function tempDir(prefix = 'modelgate-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A small valid registry: config, one model with one version. Files in `files` are added or replace these. */
export function makeRegistry(files: Record<string, string | Buffer> = {}, options: { base?: boolean } = {}): string {
  const dir = tempDir();
  const base: Record<string, string> = options.base === false ? {} : {
    'modelgate.yaml': CONFIG,
    'models/demo/model.yaml': modelYaml('demo'),
    'models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0'),
  };
  writeFiles(dir, { ...base, ...files });
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com' },
  });
}

/** Turns `dir` into a git repository with everything committed on `main`. */
export function gitInit(dir: string): string {
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'initial');
  return git(dir, 'rev-parse', 'HEAD').trim();
}

export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', message);
  return git(dir, 'rev-parse', 'HEAD').trim();
}
