// The committed monitor and rollback bundles executed the way the runner executes them: `node
// dist/actions/<name>/index.js` in a child process with only the runner's environment, on Node 24
// and on the Node running these tests, in a real checkout. Paths that need no GitHub API: a dry-run
// decision, and a refused manual rollback.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findNode24 } from '../helpers/node24.js';
import { modelYaml, REPO_ROOT, removeDir, tempDir } from '../helpers/registry.js';
import { commitFilesAt, deployRegistry, manifestYaml } from '../deploy/helpers.js';
import { parseAnnotations, parseOutputs } from '../actions/helpers.js';

const cleanup: string[] = [];
afterEach(() => cleanup.splice(0).forEach(removeDir));

const node24 = findNode24();
const runtimes = [
  ['Node 24', node24],
  [`Node ${process.versions.node.split('.')[0]} (this test run)`, process.execPath],
] as const;

function workspace(): string {
  const dir = deployRegistry('2026-01-01T00:00:00Z');
  cleanup.push(dir);
  commitFilesAt(dir, '2026-01-02T00:00:00Z', {
    'models/demo/model.yaml': modelYaml('demo', 'rollback:\n  rules:\n    - { name: errors, provider: file, path: metrics.json, selector: /errors, max: 0.05 }\n'),
    'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 } }),
  });
  writeFileSync(path.join(dir, 'metrics.json'), JSON.stringify({ errors: 0.3 }));
  return dir;
}

function runBundle(node: string, name: string, ws: string, inputs: Record<string, string>): Promise<{ code: number; stdout: string; outputs: Record<string, string> }> {
  const dir = tempDir('modelgate-bundle-');
  cleanup.push(dir);
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  writeFileSync(files.event, JSON.stringify({ repository: { full_name: 'Codertocat/Hello-World', default_branch: 'main' } }));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_WORKSPACE: ws,
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'ghs_not_used',
    INPUT_ENVIRONMENT: 'production',
    'INPUT_REGISTRY-PATH': '.',
    ...inputs,
  };
  return new Promise((resolve) => {
    execFile(node, [path.join(REPO_ROOT, `dist/actions/${name}/index.js`)], { env, encoding: 'utf8', timeout: 60_000 }, (err, stdout) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, outputs: parseOutputs(readFileSync(files.output, 'utf8')) });
    });
  });
}

describe.each(runtimes)('%s', (_label, node) => {
  test.skipIf(!node && !process.env.CI)('monitor bundle: a dry-run rollback decision', async () => {
    const r = await runBundle(node!, 'monitor', workspace(), { 'INPUT_DRY-RUN': 'true' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs.decision).toBe('rollback');
    expect(r.stdout).toContain('demo 1.1.0: rollback - critical rule(s) failed: errors');
  });

  test.skipIf(!node && !process.env.CI)('rollback bundle: a refused version fails the step with the reason', async () => {
    const r = await runBundle(node!, 'rollback', workspace(), { INPUT_MODEL: 'demo', INPUT_REASON: 'customers report wrong scores', INPUT_VERSION: '1.2.0' });
    expect(r.code).toBe(1);
    expect(parseAnnotations(r.stdout).find((a) => a.level === 'error')?.message).toContain('never served production fully');
  });
});
