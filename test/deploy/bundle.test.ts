// The deploy and deploy-status bundles executed the way the runner executes them (`node
// dist/actions/<name>/index.js` in a child process with only a runner's environment), on Node 24 and
// on the Node running these tests: a push that changes no manifest of the environment, and a
// deploy-status with no deploy before it. Neither needs the API; both go through input parsing,
// the event, git and the outputs.
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { parseOutputs, webhookExample } from '../actions/helpers.js';
import { findNode24 } from '../helpers/node24.js';
import { REPO_ROOT, git, gitInit, makeRegistry, removeDir, tempDir } from '../helpers/registry.js';

const cleanup: string[] = [];
afterEach(() => cleanup.splice(0).forEach(removeDir));

const node24 = findNode24();
const SKIP_24 = !node24 && !process.env.CI;

function runBundle(node: string, action: string, sha: string, workspace: string, inputs: Record<string, string>): Promise<{ code: number; stdout: string; outputs: Record<string, string> }> {
  const dir = tempDir('modelgate-deploy-bundle-');
  cleanup.push(dir);
  const p = webhookExample('push');
  writeFileSync(path.join(dir, 'event.json'), JSON.stringify({ ...p, ref: 'refs/heads/main', after: sha, repository: { ...(p.repository as object), default_branch: 'main' } }));
  writeFileSync(path.join(dir, 'output'), '');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
    GITHUB_OUTPUT: path.join(dir, 'output'),
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: dir,
    INPUT_TOKEN: 'ghs_test_token',
    ...inputs,
  };
  return new Promise((resolve) => {
    execFile(node, [path.join(REPO_ROOT, `dist/actions/${action}/index.js`)], { env, encoding: 'utf8', timeout: 60_000 }, (err, stdout) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, outputs: parseOutputs(readFileSync(path.join(dir, 'output'), 'utf8')) });
    });
  });
}

const runtimes: [string, string | undefined, boolean][] = [
  ['Node 24', node24, SKIP_24],
  [`Node ${process.versions.node.split('.')[0]} (this test run)`, process.execPath, false],
];

describe.each(runtimes)('the deploy bundles on %s', (_label, node, skip) => {
  test.skipIf(skip)('deploy: a push that does not change the manifest deploys nothing and says so', async () => {
    const repo = makeRegistry();
    cleanup.push(repo);
    gitInit(repo);
    const sha = git(repo, 'rev-parse', 'HEAD').trim();
    git(repo, 'commit', '-q', '--allow-empty', '-m', 'second');
    const head = git(repo, 'rev-parse', 'HEAD').trim();
    expect(head).not.toBe(sha);
    const r = await runBundle(node!, 'deploy', head, repo, { INPUT_ENVIRONMENT: 'staging', 'INPUT_ARTIFACT-MAX-BYTES': '2GiB' });
    expect(r.stdout).not.toMatch(/::error/);
    expect(r.code).toBe(0);
    expect(r.outputs.status).toBe('nothing-to-deploy');
    expect(r.stdout).toContain(`does not change deployments/staging.yaml: nothing to deploy to staging`);
  });

  test.skipIf(skip)('deploy-status: without a deploy step in the job it fails with the fix', async () => {
    const repo = tempDir('modelgate-empty-');
    cleanup.push(repo);
    const r = await runBundle(node!, 'deploy-status', 'a'.repeat(40), repo, { INPUT_ENVIRONMENT: 'staging', 'INPUT_ROLLOUT-OUTCOME': 'success' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*run the deploy action for environment staging earlier in the same job/);
  });
});
