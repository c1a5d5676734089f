/**
 * The monitor and rollback actions run the way the runner runs them: their entries in-process,
 * INPUT_* variables, a real git checkout with history (and a shallow one), a metrics file from an
 * earlier step, and every GitHub call through the OpenAPI-checked harness on a stateful fake.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run as runMonitor } from '../../src/actions/monitor/main.js';
import { run as runRollback } from '../../src/actions/rollback/main.js';
import { parseRecordText } from '../../src/audit/log.js';
import { WORKFLOW_TOKEN_NOTE } from '../../src/actions/monitor/shared.js';
import { installGitHubHarness, mockGitHub } from '../harness/github.js';
import { EXAMPLE_REPO, runEntry } from '../actions/helpers.js';
import { git, removeDir, tempDir } from '../helpers/registry.js';
import { commitFilesAt, deployRegistry, manifestYaml } from '../deploy/helpers.js';
import { modelYaml } from '../helpers/registry.js';
import { FakeRepo } from './fake-github.js';

installGitHubHarness();
const cleanup: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  cleanup.splice(0).forEach(removeDir);
});

const RULES = `rollback:\n  rules:\n    - { name: errors, provider: file, path: metrics.json, selector: /errors, max: 0.05 }\n`;
const CANARY = { demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 } };
const BRANCH = 'modelgate/rollback/production/demo/1.1.0';
const TOKEN = 'ghs_workflow_token_value';

/** A registry clone with history: demo 1.0.0 served production, then a canary of 1.1.0. */
function checkout(): { workspace: string; fake: FakeRepo } {
  const dir = deployRegistry('2026-01-01T00:00:00Z', { modelExtra: '' });
  cleanup.push(dir);
  commitFilesAt(dir, '2026-01-02T00:00:00Z', {
    'models/demo/model.yaml': modelYaml('demo', RULES),
    '.github/CODEOWNERS': '/deployments/ @Codertocat\n',
    'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'direct', stable: '1.0.0' } }),
  });
  commitFilesAt(dir, '2026-01-10T00:00:00Z', { 'deployments/production.yaml': manifestYaml('production', CANARY) });
  const files: Record<string, string> = {};
  for (const f of git(dir, 'ls-files').trim().split('\n')) files[f] = git(dir, 'show', `HEAD:${f}`);
  return { workspace: dir, fake: new FakeRepo(EXAMPLE_REPO.owner, EXAMPLE_REPO.repo, files) };
}

function harness(fake: FakeRepo) {
  const gh = mockGitHub();
  fake.install(gh, [BRANCH, 'modelgate-audit']);
  return gh;
}

const PAYLOAD = { repository: { full_name: `${EXAMPLE_REPO.owner}/${EXAMPLE_REPO.repo}`, default_branch: 'main' } };

function monitor(workspace: string, inputs: Record<string, string> = {}, token = TOKEN) {
  return runEntry(() => runMonitor({ client: { waitScale: 0.001 }, sleep: async () => {}, now: Date.parse('2026-01-20T00:00:00Z') }), {
    event: 'schedule',
    payload: PAYLOAD,
    cleanup,
    env: { GITHUB_WORKSPACE: workspace, INPUT_TOKEN: token, MODELGATE_WORKFLOW_TOKEN: TOKEN, INPUT_ENVIRONMENT: 'production', 'INPUT_REGISTRY-PATH': '.', INPUT_LABELS: 'modelgate,rollback', ...inputs },
  });
}

function records(fake: FakeRepo) {
  return [...fake.filesAt('modelgate-audit')].filter(([p]) => p.startsWith('records/')).sort().map(([, t]) => parseRecordText(t));
}

describe('monitor action', () => {
  test('a failing canary: the verdict recorded, one rollback PR with code owners, the GITHUB_TOKEN note; a second run updates it', async () => {
    const { workspace, fake } = checkout();
    harness(fake);
    writeFileSync(path.join(workspace, 'metrics.json'), JSON.stringify({ errors: 0.2 }));
    const r = await monitor(workspace);
    expect(r.failed, r.stdout).toBe(false);
    expect(r.outputs.decision).toBe('rollback');
    expect(fake.pulls).toHaveLength(1);
    expect(fake.pulls[0]).toMatchObject({ head: BRANCH, base: 'main', reviewers: ['Codertocat'], labels: ['modelgate', 'rollback'] });
    expect(r.outputs['pull-requests']).toBe(String(fake.pulls[0]!.number));
    expect(fake.filesAt(BRANCH).get('deployments/production.yaml')).toBe(manifestYaml('production', { demo: { strategy: 'direct', stable: '1.0.0' } }));
    expect(records(fake).map((x) => x.kind)).toEqual(['monitor-verdict', 'rollback']);
    expect(r.annotations).toContainEqual(expect.objectContaining({ level: 'notice', message: WORKFLOW_TOKEN_NOTE }));
    expect(r.summary).toContain(`[#${fake.pulls[0]!.number}]`);

    const again = await monitor(workspace, {}, 'ghs_app_installation_token');
    expect(again.failed).toBe(false);
    expect(fake.pulls).toHaveLength(1);
    // A GitHub App token: no note about held checks.
    expect(again.annotations.map((a) => a.message)).not.toContain(WORKFLOW_TOKEN_NOTE);
  });

  test('a missing metrics file (the provider did not answer) holds: an incident issue, no PR', async () => {
    const { workspace, fake } = checkout();
    harness(fake);
    const r = await monitor(workspace);
    expect(r.failed).toBe(false);
    expect(r.outputs.decision).toBe('hold');
    expect(fake.pulls).toHaveLength(0);
    expect(fake.issues).toHaveLength(1);
    expect(fake.issues[0]!.labels).toEqual(['modelgate:incident', 'modelgate']);
    expect(records(fake).map((x) => x.kind)).toEqual(['monitor-verdict']);
  });

  test('initialDelay counts from when the canary started serving (manifest history): pending, nothing opened or recorded', async () => {
    const { workspace, fake } = checkout();
    // The canary started on Jan 10; the run is on Jan 20: a 30-day delay has not passed, a 5-day one has.
    writeFileSync(path.join(workspace, 'models/demo/model.yaml'), modelYaml('demo', RULES.replace('max: 0.05 }', 'max: 0.05, initialDelay: 30d }')));
    writeFileSync(path.join(workspace, 'metrics.json'), JSON.stringify({ errors: 0.2 }));
    harness(fake);
    const early = await monitor(workspace, { 'INPUT_DRY-RUN': 'true' });
    expect(early.outputs.decision).toBe('hold');
    expect(early.stdout).toContain('demo 1.1.0: pending - waiting for the initial delay of: errors');
    writeFileSync(path.join(workspace, 'models/demo/model.yaml'), modelYaml('demo', RULES.replace('max: 0.05 }', 'max: 0.05, initialDelay: 5d }')));
    const late = await monitor(workspace, { 'INPUT_DRY-RUN': 'true' });
    expect(late.outputs.decision).toBe('rollback');
  });

  test('one model failing to act (403 on POST /pulls) does not silence another; the step fails naming the permission', async () => {
    const { workspace, fake } = checkout();
    const other = modelYaml('other', RULES.replace('selector: /errors', 'selector: /other'));
    commitFilesAt(workspace, '2026-01-11T00:00:00Z', {
      'models/other/model.yaml': other,
      'deployments/production.yaml': manifestYaml('production', { ...CANARY, other: { strategy: 'direct', stable: '3.0.0' } }),
    });
    writeFileSync(path.join(workspace, 'metrics.json'), JSON.stringify({ errors: 0.2 }));
    harness(fake);
    fake.hooks.createPull = [() => ({ status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' }, global: true })];
    const r = await monitor(workspace);
    expect(r.failed).toBe(true);
    // `other` has no data (its metric is missing): held, with its issue, although demo's PR failed.
    expect(fake.issues.map((i) => i.title)).toEqual(['modelgate monitor: other 3.0.0 in production — hold (no change)']);
    expect(fake.pulls).toHaveLength(0);
    const error = r.annotations.find((a) => a.level === 'error')!.message;
    expect(error).toMatch(/pull-requests: write/);
    expect(r.summary).toContain('could not act on the decision');
  });

  test('dry-run: decides and reports, calls nothing', async () => {
    const { workspace } = checkout();
    mockGitHub();
    writeFileSync(path.join(workspace, 'metrics.json'), JSON.stringify({ errors: 0.2 }));
    const r = await monitor(workspace, { 'INPUT_DRY-RUN': 'true' });
    expect(r.failed).toBe(false);
    expect(r.outputs.decision).toBe('rollback');
    expect(r.outputs['pull-requests']).toBe('');
  });

  test('a shallow checkout fails and names the fix', async () => {
    const { workspace } = checkout();
    const shallow = path.join(tempDir('modelgate-shallow-'), 'ws');
    cleanup.push(path.dirname(shallow));
    git(path.dirname(shallow), 'clone', '-q', '--depth=1', `file://${workspace}`, shallow);
    mockGitHub();
    const r = await monitor(shallow);
    expect(r.failed).toBe(true);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toContain('fetch-depth: 0');
  });

  test.each([
    [{ INPUT_ENVIRONMENT: '' }, /Input "environment" is required/],
    [{ INPUT_ENVIRONMENT: '../prod' }, /Input "environment" must be a registry name/],
    [{ 'INPUT_WEBHOOK-URL': 'ftp://x' }, /"webhook-url" must be an http\(s\) URL/],
    [{ 'INPUT_DRY-RUN': 'maybe' }, /"dry-run" must be true or false/],
  ])('bad input %j fails with a clear message', async (inputs, message) => {
    const { workspace } = checkout();
    mockGitHub();
    const r = await monitor(workspace, inputs);
    expect(r.failed).toBe(true);
    expect(r.annotations.find((a) => a.level === 'error')?.message).toMatch(message);
  });
});

function rollback(workspace: string, inputs: Record<string, string>) {
  return runEntry(() => runRollback({ client: { waitScale: 0.001 }, sleep: async () => {}, now: Date.parse('2026-01-20T00:00:00Z') }), {
    event: 'workflow_dispatch',
    payload: PAYLOAD,
    cleanup,
    env: { GITHUB_WORKSPACE: workspace, INPUT_TOKEN: TOKEN, MODELGATE_WORKFLOW_TOKEN: TOKEN, INPUT_ENVIRONMENT: 'production', INPUT_MODEL: 'demo', INPUT_REASON: 'customers report wrong scores', 'INPUT_REGISTRY-PATH': '.', ...inputs },
  });
}

describe('rollback action', () => {
  test('the same PR path and a rollback record', async () => {
    const { workspace, fake } = checkout();
    harness(fake);
    const r = await rollback(workspace, {});
    expect(r.failed, r.stdout).toBe(false);
    expect(r.outputs).toMatchObject({ status: 'created', target: '1.0.0', 'pull-request': String(fake.pulls[0]!.number) });
    expect(fake.pulls[0]!.body).toContain('Rollback requested by hand: customers report wrong scores');
    expect(records(fake).map((x) => x.kind)).toEqual(['rollback']);
  });

  test('refuses a version that never served there, or is not semver', async () => {
    const { workspace } = checkout();
    mockGitHub();
    const never = await rollback(workspace, { INPUT_VERSION: '1.2.0' });
    expect(never.failed).toBe(true);
    expect(never.annotations.find((a) => a.level === 'error')?.message).toContain('never served production fully');
    const bad = await rollback(workspace, { INPUT_VERSION: 'latest' });
    expect(bad.annotations.find((a) => a.level === 'error')?.message).toContain('must be a semver version');
  });
});
