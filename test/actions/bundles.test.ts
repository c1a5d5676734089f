// The committed bundles, executed (not only built) the way the runner executes them: `node
// dist/actions/<name>/index.js` in a child process with the runner's environment, on Node 24 (what
// the actions are meant for) and on the Node 20 running these tests, against a loopback GitHub API.
import { findNode24 } from '../helpers/node24.js';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { cardYaml, REPO_ROOT, removeDir, tempDir } from '../helpers/registry.js';
import { checkRunCreated, commentEntry, EXAMPLE_PR, fileEntries, parseAnnotations, parseOutputs, pullBody, pullRequestRepos, webhookExample } from './helpers.js';
import { startGitHubStub, type GitHubStub } from './stub-server.js';

const API = '/repos/Codertocat/Hello-World';
const cleanup: string[] = [];
const stubs: GitHubStub[] = [];
afterEach(async () => {
  cleanup.splice(0).forEach(removeDir);
  await Promise.all(stubs.splice(0).map((s) => s.close()));
});

const node24 = findNode24();
const inCI = !!process.env.CI;
const SKIP_24 = !node24 && !inCI;
if (SKIP_24) console.warn('Node 24 not found (set MODELGATE_NODE24 or run `npm install --prefix .node24 --no-save node@24`): the Node 24 bundle tests are skipped. In CI they fail instead.');

const BAD_CARD = cardYaml('demo', '2.0.0').replace(/artifact:[\s\S]*$/, '');

interface Exec {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
}

function execNode(node: string, script: string, env: Record<string, string>): Promise<Exec> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(node, [script], { env, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0;
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
  });
}

interface BundleRun extends Exec {
  outputs: Record<string, string>;
  summary: string;
}

async function runBundle(node: string, event: string, payload: unknown, env: Record<string, string>): Promise<BundleRun> {
  const dir = tempDir('modelgate-bundle-');
  cleanup.push(dir);
  const files = { event: path.join(dir, 'event.json'), output: path.join(dir, 'output'), summary: path.join(dir, 'summary') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const result = await execNode(node, path.join(REPO_ROOT, 'dist/actions/validate/index.js'), {
    // Only what a runner gives a step: no NODE_OPTIONS, no vitest variables.
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_REPOSITORY: 'Codertocat/Hello-World',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: dir,
    INPUT_TODAY: '2026-12-03',
    INPUT_SCOPE: 'changed',
    INPUT_COMMENT: 'on-findings',
    ...env,
  });
  return { ...result, outputs: parseOutputs(readFileSync(files.output, 'utf8')), summary: readFileSync(files.summary, 'utf8') };
}

const runtimes: [string, string | undefined][] = [
  ['Node 24', node24],
  [`Node ${process.versions.node.split('.')[0]} (this test run)`, process.execPath],
];

test('every action has a committed bundle', () => {
  const actions = readdirSync(path.join(REPO_ROOT, 'actions'));
  for (const name of actions) expect(existsSync(path.join(REPO_ROOT, 'dist/actions', name, 'index.js')), `dist/actions/${name}/index.js (npm run build)`).toBe(true);
});

test('Node 24 is available in CI', () => {
  if (!inCI) return;
  expect(node24, 'CI must provide Node 24 (MODELGATE_NODE24, set by .ci/run)').toBeDefined();
});

describe.each(runtimes)('the validate bundle on %s', (label, node) => {
  const skip = label === 'Node 24' && SKIP_24;

  test.skipIf(skip)('is the runtime it claims to be', async () => {
    const version = await new Promise<string>((resolve) => execFile(node!, ['--version'], (_e, out) => resolve(String(out).trim())));
    if (label === 'Node 24') expect(version).toMatch(/^v24\./);
    else expect(version).toBe(process.version);
  });

  test.skipIf(skip)('gate: judges a pull request against a loopback GitHub API, writes the check run, the comment and the outputs', async () => {
    const r = pullRequestRepos({}, { 'models/demo/2.0.0/card.yaml': BAD_CARD }, cleanup);
    const stub = await startGitHubStub([
      { method: 'GET', path: `${API}/pulls/${EXAMPLE_PR}`, status: 200, body: pullBody({ ...r, changedFiles: r.files.length }) },
      { method: 'GET', path: `${API}/pulls/${EXAMPLE_PR}/files`, status: 200, body: fileEntries(r.files) },
      { method: 'POST', path: `${API}/check-runs`, status: 201, body: checkRunCreated(5) },
      { method: 'GET', path: `${API}/issues/${EXAMPLE_PR}/comments`, status: 200, body: [] },
      { method: 'POST', path: `${API}/issues/${EXAMPLE_PR}/comments`, status: 201, body: commentEntry({ id: 6, body: '<!-- modelgate:validate -->' }) },
    ]);
    stubs.push(stub);
    const out = await runBundle(node!, 'pull_request_target', webhookExample('pull_request', 'synchronize'), {
      GITHUB_API_URL: stub.url,
      GITHUB_WORKSPACE: r.workspace,
      GITHUB_SHA: r.baseSha,
      INPUT_TOKEN: 'ghs_bundle_token',
    });
    expect(stub.problems).toEqual([]);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1);
    expect(out.outputs).toMatchObject({ verdict: 'fail', role: 'gate', cards: '1', 'check-run-url': 'https://github.com/Codertocat/Hello-World/runs/5' });
    expect(Number(out.outputs['deny-count'])).toBeGreaterThan(0);
    expect(out.outputs['comment-url']).toContain('#issuecomment-6');
    expect(stub.requests.map((q) => q.operationId)).toEqual(['pulls/get', 'pulls/list-files', 'pulls/get', 'checks/create', 'issues/list-comments', 'issues/create-comment']);
    expect(stub.requests.every((q) => q.authorization === 'token ghs_bundle_token')).toBe(true);
    const check = stub.requests.find((q) => q.operationId === 'checks/create')?.body as { head_sha: string; conclusion: string; name: string };
    expect(check).toMatchObject({ name: 'modelgate/policy', head_sha: r.headSha, conclusion: 'failure' });
    expect(out.summary).toContain('### modelgate policy: ❌ fail');
    expect(parseAnnotations(out.stdout).some((a) => a.level === 'error' && a.props.file === 'models/demo/2.0.0/card.yaml')).toBe(true);
    expect(JSON.parse(readFileSync(out.outputs['sarif-file']!, 'utf8')).version).toBe('2.1.0');
  });

  test.skipIf(skip)('feedback: validates the checkout with no API at all', async () => {
    const out = await runBundle(node!, 'push', webhookExample('push'), { GITHUB_WORKSPACE: REPO_ROOT, 'INPUT_REGISTRY-PATH': 'examples/registry', GITHUB_API_URL: 'http://127.0.0.1:9' });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.outputs).toMatchObject({ verdict: 'pass', role: 'feedback', cards: '6', 'deny-count': '0', 'warn-count': '2', 'info-count': '1' });
    expect(out.summary).toMatch(/^### modelgate policy: ✅ pass\n\n6 cards checked/);
  });

  test.skipIf(skip)('a bad input ends in a clear failure, not a stack trace', async () => {
    const out = await runBundle(node!, 'push', webhookExample('push'), { GITHUB_WORKSPACE: REPO_ROOT, INPUT_SCOPE: 'everything' });
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('::error::modelgate validate: Input "scope" must be one of "changed", "full"; got "everything".');
    expect(out.stdout + out.stderr).not.toMatch(/\n\s+at /);
  });
});
