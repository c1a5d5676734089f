// The deploy and deploy-status actions run the way the runner runs them: their entries in-process,
// GitHub's push webhook payload, real git repositories (a bare origin, a full checkout of the pushed
// merge) with dated merges of real pull request branches, and every API call through the
// OpenAPI-checked harness: the merged pull requests and their reviews, a stateful Git Data API for
// the audit branch (registration records anchored by the trusted writer) and a stateful Deployments API.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run as runDeployAction } from '../../src/actions/deploy/main.js';
import { run as runStatusAction } from '../../src/actions/deploy-status/main.js';
import { verifyChain } from '../../src/audit/chain.js';
import { DEFAULT_AUDIT_BRANCH, parseRecordText } from '../../src/audit/log.js';
import { mergeSubject, type DeploymentData } from '../../src/audit/records.js';
import { appendRecord } from '../../src/audit/writer.js';
import { installGitHubHarness, mockGitHub, testClient, type GitHubMock } from '../harness/github.js';
import { API, EXAMPLE_REPO, runEntry, webhookExample } from '../actions/helpers.js';
import { apiFile, apiPermission, apiPull, apiPullItem, apiPullRequestRule, apiReview, apiRef } from '../approvals/api-fixtures.js';
import { FakeGitData } from '../audit/fake-git-data.js';
import { cardYaml, git, modelYaml, removeDir, tempDir, writeFiles } from '../helpers/registry.js';
import { FakeDeployments } from './fake-deployments.js';
import { DEPLOY_CONFIG, commitFilesAt, gitAt, manifestYaml, type Entry } from './helpers.js';

installGitHubHarness();
const cleanup: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  cleanup.splice(0).forEach(removeDir);
});

const NOW = new Date('2026-01-03T02:00:00Z');
const bytes = (v: string) => Buffer.from(`weights of demo ${v}\n`.repeat(100));
const digest = (v: string) => createHash('sha256').update(bytes(v)).digest('hex');
const card = (v: string, sha256 = digest(v)) =>
  cardYaml('demo', v).replace(`uri: s3://bucket/demo/${v}/model.onnx`, `uri: artifacts/demo-${v}.onnx\n  format: onnx`).replace(`sha256: "${'a'.repeat(64)}"`, `sha256: "${sha256}"`);
const ROLLBACK = 'rollback:\n  rules:\n    - { name: accuracy-online, provider: prometheus, query: "avg(acc)", min: 0.8 }\n';

interface Merge {
  number: number;
  merge: string;
  base: string;
  head: string;
  files: string[];
}

interface Repo {
  workspace: string;
  /** PR #10 registering demo 1.1.0. */
  register: Merge;
  /** PR #11 changing deployments/staging.yaml (or marking 1.0.0 a baseline). */
  promote: Merge;
  then?: Merge;
}

interface RepoOptions {
  config?: string;
  /** The registering card's digest (default: the artifact's real one). */
  cardDigest?: string;
  /** The staging manifest after PR #11. */
  after?: Record<string, Entry>;
  /** The `environment:` the manifest says. */
  manifestEnv?: string;
  /** PR #11 instead marks 1.0.0 (registered before adoption) as a baseline, and a later direct push serves it. */
  baselineMark?: boolean;
  /** The version PR #11 marks `status: baseline` (default 1.0.0). */
  baselineVersion?: string;
  /** The manifest of PR #11 declares a hot fix. */
  hotfix?: { reason: string };
  /** PR #12 after PR #11, changing these files. */
  then?: Record<string, string>;
}

function mergeBranch(dir: string, when: string, number: number, branch: string, files: Record<string, string | Buffer>): Merge {
  const base = gitAt(dir, when, 'rev-parse', 'HEAD').trim();
  gitAt(dir, when, 'checkout', '-q', '-b', branch);
  writeFiles(dir, files);
  gitAt(dir, when, 'add', '-A');
  gitAt(dir, when, 'commit', '-q', '-m', `${branch}`);
  const head = gitAt(dir, when, 'rev-parse', 'HEAD').trim();
  gitAt(dir, when, 'checkout', '-q', 'main');
  gitAt(dir, when, 'merge', '-q', '--no-ff', '-m', `Merge pull request #${number} from acme/${branch}`, branch);
  return { number, merge: gitAt(dir, when, 'rev-parse', 'HEAD').trim(), base, head, files: Object.keys(files) };
}

/**
 * main: a root commit (before adoption) with demo 1.0.0 serving staging; PR #10 registers 1.1.0
 * with its artifact; PR #11 serves 1.1.0 in staging. A bare origin and a full clone as the workspace.
 */
function repo(o: RepoOptions = {}): Repo {
  const dir = tempDir('modelgate-deploy-author-');
  cleanup.push(dir);
  gitAt(dir, '2026-01-01T00:00:00Z', 'init', '-q', '-b', 'main');
  writeFiles(dir, {
    'modelgate.yaml': o.config ?? DEPLOY_CONFIG(),
    '.github/CODEOWNERS': '*  @alice\n',
    'models/demo/model.yaml': modelYaml('demo', ROLLBACK),
    'models/demo/1.0.0/card.yaml': card('1.0.0'),
    'artifacts/demo-1.0.0.onnx': bytes('1.0.0'),
    'deployments/staging.yaml': manifestYaml('staging', { demo: { strategy: 'direct', stable: '1.0.0' } }),
  });
  gitAt(dir, '2026-01-01T00:00:00Z', 'add', '-A');
  gitAt(dir, '2026-01-01T00:00:00Z', 'commit', '-q', '-m', 'before adoption');
  const register = mergeBranch(dir, '2026-01-02T00:00:00Z', 10, 'register', { 'models/demo/1.1.0/card.yaml': card('1.1.0', o.cardDigest), 'artifacts/demo-1.1.0.onnx': bytes('1.1.0') });
  let promote: Merge;
  if (o.baselineMark) {
    promote = mergeBranch(dir, '2026-01-03T00:00:00Z', 11, 'baseline', { 'models/demo/model.yaml': modelYaml('demo', `${ROLLBACK}versions:\n  "${o.baselineVersion ?? '1.0.0'}": { status: baseline, reason: "registered before modelgate" }\n`) });
  } else {
    const manifest = manifestYaml('staging', o.after ?? { demo: { strategy: 'direct', stable: '1.1.0' } }, o.hotfix).replace('environment: staging', `environment: ${o.manifestEnv ?? 'staging'}`);
    promote = mergeBranch(dir, '2026-01-03T00:00:00Z', 11, 'promote', { 'deployments/staging.yaml': manifest });
  }
  const then = o.then ? mergeBranch(dir, '2026-01-03T00:30:00Z', 12, 'then', o.then) : undefined;
  const root = tempDir('modelgate-deploy-origin-');
  cleanup.push(root);
  const origin = path.join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', dir, origin);
  const workspace = path.join(root, 'workspace');
  git(root, 'clone', '-q', '--branch', 'main', `file://${origin}`, workspace);
  return { workspace, register, promote, ...(then ? { then } : {}) };
}

function pushPayload(sha: string, before?: string): Record<string, unknown> {
  const p = webhookExample('push');
  return { ...p, ref: 'refs/heads/main', after: sha, ...(before ? { before } : {}), repository: { ...(p.repository as object), default_branch: 'main' } };
}

/** The API calls that re-verify one merged pull request's approvals (merged after the fixtures' reviews of 2026-03-01, which count only when given before the merge). */
function mockMerge(gh: GitHubMock, m: Merge, reviews: unknown[] = [apiReview(m.number * 10, 'alice', 'APPROVED', m.head)]): void {
  gh.route('GET', `${API}/commits/${m.merge}/pulls`, { status: 200, body: [{ ...apiPullItem({ number: m.number, headSha: m.head, state: 'closed' }), merged_at: '2026-03-02T01:00:00Z', merge_commit_sha: m.merge }] });
  gh.route('GET', `${API}/pulls/${m.number}`, { status: 200, body: { ...apiPull({ number: m.number, headSha: m.head, baseSha: m.base, changedFiles: m.files.length, state: 'closed', author: 'carol' }), merged_at: '2026-03-02T01:00:00Z' } });
  gh.route('GET', `${API}/pulls/${m.number}/files`, { status: 200, body: m.files.map((f) => apiFile(f, 'modified')) });
  gh.route('GET', `${API}/rules/branches/main`, { status: 200, body: [apiPullRequestRule(5, { dismiss_stale_reviews_on_push: true })] });
  gh.route('GET', `${API}/pulls/${m.number}/reviews`, { status: 200, body: reviews });
  if (reviews.some((x) => (x as { state: string }).state === 'APPROVED')) gh.route('GET', `${API}/collaborators/alice/permission`, { status: 200, body: apiPermission('alice', 'write') });
}

/** The record job's registration record of a merge, anchored by the trusted writer. */
async function recordMerge(gh: GitHubMock, m: Merge, outcome: 'approved' | 'bypassed' = 'approved'): Promise<void> {
  await appendRecord(
    {
      kind: 'registration',
      subject: mergeSubject(m.number, m.merge),
      decidedAt: '2026-01-03T00:30:00Z',
      summary: `${outcome}: pull request #${m.number}`,
      commits: { decision: m.merge, base: m.base, head: m.head },
      pullRequest: null,
      approvals: { approved: outcome === 'approved', rule: {}, counted: [], requirements: [], teams: [], missing: [], blockers: [], reasons: [], baseCommit: m.base, codeownersFile: '.github/CODEOWNERS' },
      policyPackDigest: null,
      cards: [],
      models: [],
      run: { id: '1', url: null, actor: 'carol', event: 'push', workflow: 'modelgate push', attempt: 1 },
      data: { outcome, changedFiles: m.files, manifests: [] },
    },
    { client: testClient(gh), repo: EXAMPLE_REPO, branch: DEFAULT_AUDIT_BRANCH, sleep: () => Promise.resolve() },
  );
}

interface World {
  gh: GitHubMock;
  audit: FakeGitData;
  deployments: FakeDeployments;
}

async function world(r: Repo, o: { record?: ('register' | 'promote' | 'then')[]; tip?: string } = {}): Promise<World> {
  const gh = mockGitHub();
  const audit = new FakeGitData(EXAMPLE_REPO.owner, EXAMPLE_REPO.repo);
  audit.install(gh);
  const deployments = new FakeDeployments(API);
  deployments.install(gh);
  const tip = o.tip ?? git(r.workspace, 'rev-parse', 'HEAD').trim();
  gh.route('GET', `${API}/git/ref/heads/main`, { status: 200, times: 100, optional: true, body: apiRef('main', tip) });
  for (const which of o.record ?? ['register', 'promote']) await recordMerge(gh, r[which]!);
  return { gh, audit, deployments };
}

function deploy(r: Repo, sha: string, inputs: Record<string, string> = {}, attempt = 1, before?: string) {
  return runEntry(() => runDeployAction({ client: { waitScale: 0.001 }, sleep: () => Promise.resolve(), now: () => NOW }), {
    event: 'push',
    payload: pushPayload(sha, before),
    env: {
      GITHUB_WORKSPACE: r.workspace,
      GITHUB_SHA: sha,
      GITHUB_ACTOR: 'carol',
      GITHUB_WORKFLOW: 'modelgate push',
      GITHUB_RUN_ATTEMPT: String(attempt),
      INPUT_TOKEN: 'ghs_test_token',
      INPUT_ENVIRONMENT: 'staging',
      'INPUT_ARTIFACT-MAX-BYTES': '1MiB',
      ...inputs,
    },
    cleanup,
  });
}

function deploymentRecords(audit: FakeGitData) {
  return [...audit.filesAt(DEFAULT_AUDIT_BRANCH)]
    .filter(([p]) => p.startsWith('records/'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([p, t]) => ({ where: p, record: parseRecordText(t) }))
    .filter((e) => e.record.kind === 'deployment');
}

type Gate = { gate: string; outcome: string; blocking: boolean; mode: string; message: string };
const gatesOf = (outputs: Record<string, string>): Gate[] => JSON.parse(outputs.gates ?? '[]');
const failed = (outputs: Record<string, string>) => gatesOf(outputs).filter((g) => g.outcome === 'fail');

describe('the deploy action', () => {
  test('every gate passes: one Deployment, in_progress then success from the rollout command, a record; a re-run reuses the Deployment', async () => {
    const r = repo();
    const w = await world(r);
    mockMerge(w.gh, r.promote);
    mockMerge(w.gh, r.register);
    const rollout = 'test -f "$MODELGATE_PLAN" && test -z "${INPUT_TOKEN:-}" && cp "$MODELGATE_RENDERED_DIR/kserve/demo.yaml" "$RUNNER_TEMP/applied.yaml" && echo "$MODELGATE_ENVIRONMENT $MODELGATE_DEPLOYMENT_ID $MODELGATE_MANIFEST_COMMIT" > "$RUNNER_TEMP/rolled"';
    const first = await deploy(r, r.promote.merge, { INPUT_RENDER: 'kserve,table', 'INPUT_ROLLOUT-COMMAND': rollout });
    expect(first.annotations.filter((a) => a.level === 'error')).toEqual([]);
    expect(first.failed).toBe(false);
    expect(first.outputs.status).toBe('deployed');
    expect(failed(first.outputs)).toEqual([]);
    const names = gatesOf(first.outputs).map((g) => g.gate);
    for (const g of ['environment', 'latest', 'promotionOrder', 'registration', 'strategy', 'policy', 'approvals', 'evidence', 'artifact', 'render']) expect(names, g).toContain(g);
    expect(gatesOf(first.outputs).filter((g) => g.gate === 'approvals').map((g) => g.message)).toEqual([
      expect.stringMatching(/^the manifest change \(pull request #11\): pull request #11 had the approvals its rule requires .*@alice/),
      expect.stringMatching(/^registration of demo 1\.1\.0 \(pull request #10\): pull request #10 had the approvals/),
    ]);
    expect(gatesOf(first.outputs).find((g) => g.gate === 'artifact')!.message).toMatch(/artifacts\/demo-1\.1\.0\.onnx: .*sha256 [0-9a-f]{16}… matches the card/);

    const id = Number(first.outputs['deployment-id']);
    expect(w.deployments.deployments).toEqual([expect.objectContaining({ id, sha: r.promote.merge, environment: 'staging', task: 'deploy:modelgate', payload: { modelgate: { schemaVersion: 1, environment: 'staging', manifestCommit: r.promote.merge } } })]);
    expect(w.deployments.states(id)).toEqual(['in_progress', 'success']);
    expect(readFileSync(path.join(first.dir, 'rolled'), 'utf8').trim()).toBe(`staging ${id} ${r.promote.merge}`);
    expect(readFileSync(path.join(first.dir, 'applied.yaml'), 'utf8')).toContain('storageUri: artifacts/demo-1.1.0.onnx');
    expect(JSON.parse(readFileSync(first.outputs.plan!, 'utf8'))).toMatchObject({ kind: 'modelgate-plan', env: 'staging', verdict: 'pass' });

    const records = deploymentRecords(w.audit);
    expect(records).toHaveLength(1);
    const rec = records[0]!.record;
    expect(rec.subject).toBe(`deploy/staging/demo@${r.promote.merge}#4242.1`);
    expect(rec.data as DeploymentData).toMatchObject({ environment: 'staging', model: 'demo', serving: { strategy: 'direct', stable: '1.1.0' }, outcome: 'success', manifestCommit: r.promote.merge, deploymentId: id, target: 'kserve,table' });
    expect(rec.cards.map((c) => c.version)).toEqual(['1.1.0']);
    expect(rec.policyPackDigest).toMatch(/^[0-9a-f]{64}$/);
    // The record holds the manifest change's pull request, its reviews and how its approvals were satisfied.
    expect(rec.pullRequest).toMatchObject({ number: 11, headSha: r.promote.head, mergedAt: '2026-03-02T01:00:00Z', reviews: [{ login: 'alice', state: 'APPROVED', commitId: r.promote.head }] });
    expect(rec.approvals).toMatchObject({ approved: true, counted: [{ login: 'alice', commitId: r.promote.head }], baseCommit: r.promote.base });
    expect(w.audit.statuses.get(r.promote.merge)!.map((s) => s.description)).toContain(`audit record ${rec.seq} sha256:${rec.hash}`);

    // Re-run (attempt 2): the same Deployment, a new attempt's statuses and record; nothing else.
    mockMerge(w.gh, r.promote);
    mockMerge(w.gh, r.register);
    const again = await deploy(r, r.promote.merge, { INPUT_RENDER: 'kserve,table', 'INPUT_ROLLOUT-COMMAND': rollout }, 2);
    expect(again.failed).toBe(false);
    expect(again.outputs['deployment-id']).toBe(String(id));
    expect(w.deployments.created).toBe(1);
    expect(w.deployments.states(id)).toEqual(['in_progress', 'success', 'in_progress', 'success']);
    const after = deploymentRecords(w.audit);
    expect(after.map((e) => e.record.subject)).toEqual([rec.subject, `deploy/staging/demo@${r.promote.merge}#4242.2`]);
    expect(after[0]!.record.hash).toBe(rec.hash);
    const all = [...w.audit.filesAt(DEFAULT_AUDIT_BRANCH)].filter(([p]) => p.startsWith('records/')).sort(([a], [b]) => (a < b ? -1 : 1)).map(([p, t]) => ({ where: p, record: parseRecordText(t) }));
    expect(verifyChain(all).ok).toBe(true);
  });

  test('a failed rollout marks the Deployment failure, records it, and fails the step', async () => {
    const r = repo();
    const w = await world(r);
    mockMerge(w.gh, r.promote);
    mockMerge(w.gh, r.register);
    const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'echo applying; exit 3' });
    expect(res.failed).toBe(true);
    expect(res.outputs.status).toBe('rollout-failed');
    expect(res.stdout).toMatch(/::error::modelgate deploy: the rollout to staging failed: the rollout command exited 3/);
    const id = Number(res.outputs['deployment-id']);
    expect(w.deployments.states(id)).toEqual(['in_progress', 'failure']);
    const rec = deploymentRecords(w.audit)[0]!.record;
    expect(rec.data).toMatchObject({ outcome: 'failure', message: expect.stringMatching(/^the rollout command exited 3/) });
  });

  test('an audit branch the token cannot reach: the Deployment ends in error, never success, and the step names the permission', async () => {
    const r = repo();
    const gh = mockGitHub();
    const deployments = new FakeDeployments(API);
    deployments.install(gh);
    gh.route('GET', `${API}/git/ref/heads/main`, { status: 200, body: apiRef('main', r.promote.merge) });
    gh.route('GET', `${API}/git/ref/heads/${DEFAULT_AUDIT_BRANCH}`, { status: 403, global: true, times: 20, optional: true, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/git/refs#get-a-reference' } });
    mockMerge(gh, r.promote);
    mockMerge(gh, r.register);
    const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
    expect(res.failed).toBe(true);
    // The evidence could not be read (blocked), and the attempt could not be recorded (error).
    expect(res.annotations.filter((a) => a.props.title === 'modelgate deploy: gate evidence failed')).toHaveLength(2);
    const id = deployments.deployments[0]!.id;
    expect(deployments.states(id)).toEqual(['failure', 'error']);
    expect(res.stdout).toMatch(/::error::modelgate deploy: The workflow token lacks the `contents: read` permission/);
  });

  describe('each gate failing alone stops the deploy with its name and remedy', () => {
    test('approvals: the manifest change was merged without an approval (recomputed from its reviews)', async () => {
      const r = repo();
      const w = await world(r);
      mockMerge(w.gh, r.promote, [apiReview(5, 'alice', 'COMMENTED', r.promote.head)]);
      mockMerge(w.gh, r.register);
      const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'touch "$RUNNER_TEMP/rolled"' });
      expect(res.failed).toBe(true);
      expect(res.outputs.status).toBe('blocked');
      expect(failed(res.outputs).map((g) => g.gate)).toEqual(['approvals']);
      expect(failed(res.outputs)[0]!.message).toMatch(/pull request #11 was merged without the approvals its rule requires/);
      expect(res.annotations.find((a) => a.level === 'error' && a.props.title === 'modelgate deploy: gate approvals failed')!.message).toMatch(/Fix: A merge that reached the default branch without its approvals/);
      expect(existsSync(path.join(res.dir, 'rolled'))).toBe(false);
      expect(w.deployments.states(Number(res.outputs['deployment-id']))).toEqual(['failure']);
      expect(deploymentRecords(w.audit)[0]!.record.data).toMatchObject({ outcome: 'failure', message: expect.stringMatching(/^blocked by gate approvals/) });
    });

    test('evidence: no anchored registration record of the manifest merge (the record job did not run)', async () => {
      const r = repo();
      const w = await world(r, { record: ['register'] });
      mockMerge(w.gh, r.promote);
      mockMerge(w.gh, r.register);
      const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(res.outputs.status).toBe('blocked');
      expect(failed(res.outputs).map((g) => g.gate)).toEqual(['evidence']);
      expect(failed(res.outputs)[0]!.message).toBe(`the manifest change (pull request #11): no registration record for ${mergeSubject(11, r.promote.merge)} on ${DEFAULT_AUDIT_BRANCH}`);
      expect(res.stdout).toMatch(/needs: record/);
    });

    test('evidence: a record anchored by someone who is not a trusted writer is not accepted', async () => {
      const r = repo();
      const w = await world(r, { record: ['register'] });
      w.audit.actor = 'mallory';
      await recordMerge(w.gh, r.promote);
      mockMerge(w.gh, r.promote);
      mockMerge(w.gh, r.register);
      const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(failed(res.outputs).map((g) => g.gate)).toEqual(['evidence']);
      expect(failed(res.outputs)[0]!.message).toMatch(/record 2 \(registration pr\/11@[0-9a-f]+\) has no modelgate\/audit anchor from a trusted writer \(github-actions\[bot\]\)/);
    });

    test('latest: a re-run of an older run would undo a newer manifest change', async () => {
      const r = repo({ then: { 'deployments/staging.yaml': manifestYaml('staging', { demo: { strategy: 'direct', stable: '1.0.0' } }) } });
      const w = await world(r);
      mockMerge(w.gh, r.promote);
      mockMerge(w.gh, r.register);
      const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(failed(res.outputs).map((g) => g.gate)).toEqual(['latest']);
      expect(failed(res.outputs)[0]!.message).toBe(`deployments/staging.yaml has changed on main since ${r.promote.merge.slice(0, 12)} (now ${r.then!.merge.slice(0, 12)}): deploying this older manifest would undo a newer change`);
    });

    test('artifact: the bytes do not hash to the card', async () => {
      const r = repo({ cardDigest: 'c'.repeat(64) });
      const w = await world(r);
      mockMerge(w.gh, r.promote);
      mockMerge(w.gh, r.register);
      const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(failed(res.outputs).map((g) => g.gate)).toEqual(['artifact']);
      expect(failed(res.outputs)[0]!.message).toContain(`sha256 is ${digest('1.1.0')}, the card says ${'c'.repeat(64)}`);
    });

    test('environment: the manifest names another environment than the job deploys', async () => {
      const r = repo({ manifestEnv: 'production' });
      const w = await world(r);
      mockMerge(w.gh, r.promote);
      mockMerge(w.gh, r.register);
      const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(failed(res.outputs).map((g) => g.gate)).toContain('environment');
      expect(failed(res.outputs).find((g) => g.gate === 'environment')!.message).toBe('deployments/staging.yaml says `environment: production`, but it is the manifest of staging');
    });

    test('render: the platform cannot express the strategy', async () => {
      const r = repo({ after: { demo: { strategy: 'shadow', stable: '1.0.0', candidate: '1.1.0', traffic: 20 } } });
      const w = await world(r);
      mockMerge(w.gh, r.promote);
      mockMerge(w.gh, r.register);
      const res = await deploy(r, r.promote.merge, { INPUT_RENDER: 'kserve', 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(failed(res.outputs).map((g) => g.gate)).toEqual(['render']);
      expect(failed(res.outputs)[0]!.message).toMatch(/^kserve cannot express demo \(shadow\): .*no traffic mirroring/);
    });
  });

  test('advisory gates report without blocking: the deploy goes ahead with a warning', async () => {
    const r = repo({ config: DEPLOY_CONFIG('gates:\n  evidence: advisory\n') });
    const w = await world(r, { record: ['register'] });
    mockMerge(w.gh, r.promote);
    mockMerge(w.gh, r.register);
    const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
    expect(res.failed).toBe(false);
    expect(res.outputs.status).toBe('deployed');
    expect(failed(res.outputs)).toEqual([expect.objectContaining({ gate: 'evidence', mode: 'advisory', blocking: false, message: expect.stringMatching(/^\[advisory\] /) })]);
    expect(res.annotations.some((a) => a.level === 'warning' && a.props.title === 'modelgate deploy: gate evidence failed (advisory)')).toBe(true);
    expect(w.deployments.states(Number(res.outputs['deployment-id']))).toEqual(['in_progress', 'success']);
  });

  test('an approval given after the merge does not count: the approvals are recomputed as they stood at merge time', async () => {
    const r = repo();
    const w = await world(r);
    const late = { ...apiReview(110, 'alice', 'APPROVED', r.promote.head), submitted_at: '2026-03-05T00:00:00Z' };
    mockMerge(w.gh, r.promote, [late]);
    mockMerge(w.gh, r.register);
    const res = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
    expect(failed(res.outputs).map((g) => g.gate)).toEqual(['approvals']);
    expect(failed(res.outputs)[0]!.message).toMatch(/pull request #11 was merged without the approvals its rule requires/);
    expect(res.outputs.status).toBe('blocked');
  });

  test('a hot fix answers to the high-risk approval rule, whatever the model\'s tier', async () => {
    const config = DEPLOY_CONFIG('approvals:\n  tiers:\n    low: { minApprovals: 1 }\n    high: { minApprovals: 2 }\n');
    const r = repo({ config, hotfix: { reason: 'INC-9: 1.0.0 mislabels the new fraud pattern' } });
    const w = await world(r);
    mockMerge(w.gh, r.promote);
    mockMerge(w.gh, r.register);
    const one = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
    expect(failed(one.outputs).map((g) => g.gate)).toEqual(['approvals']);
    expect(failed(one.outputs)[0]!.message).toMatch(/^the manifest change \(pull request #11\) \[hot fix: the high-risk rule applies\]: .*\(with the high-risk rule, for the hot fix\)/);
    // The registration of 1.1.0 is judged by its own (low) rule: one approval was enough there.
    expect(gatesOf(one.outputs).filter((g) => g.gate === 'approvals')[1]!.outcome).toBe('pass');

    mockMerge(w.gh, r.promote, [apiReview(111, 'alice', 'APPROVED', r.promote.head), apiReview(112, 'bob', 'APPROVED', r.promote.head)]);
    w.gh.route('GET', `${API}/collaborators/bob/permission`, { status: 200, body: apiPermission('bob', 'write') });
    mockMerge(w.gh, r.register);
    const two = await deploy(r, r.promote.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' }, 2);
    expect(failed(two.outputs)).toEqual([]);
    expect(two.outputs.status).toBe('deployed');
  });

  describe('versions registered before adoption: the one-time baseline path', () => {
    const config = DEPLOY_CONFIG().replace('bakeTime: 72h', 'bakeTime: 24h');
    const prod = { 'deployments/production.yaml': manifestYaml('production', { demo: { strategy: 'direct', stable: '1.0.0' } }) };

    test('an approved, recorded pull request that marked the version `status: baseline` stands in for its registration', async () => {
      const r = repo({ config, baselineMark: true, then: prod });
      const w = await world(r, { record: ['then'] });
      await recordMerge(w.gh, r.promote);
      mockMerge(w.gh, r.then!);
      mockMerge(w.gh, r.promote);
      const res = await deploy(r, r.then!.merge, { INPUT_ENVIRONMENT: 'production', 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(failed(res.outputs)).toEqual([]);
      expect(res.outputs.status).toBe('deployed');
      const approvals = gatesOf(res.outputs).filter((g) => g.gate === 'approvals').map((g) => g.message);
      expect(approvals[1]).toMatch(/^demo 1\.0\.0 \(registered before adoption; baseline recorded by pull request #11\): pull request #11 had the approvals/);
    });

    test('without the mark it is blocked, and the remedy names the baseline path', async () => {
      const r = repo({ config, then: prod });
      const w = await world(r, { record: ['then'] });
      mockMerge(w.gh, r.then!);
      const res = await deploy(r, r.then!.merge, { INPUT_ENVIRONMENT: 'production', 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(res.outputs.status).toBe('blocked');
      expect(failed(res.outputs).map((g) => [g.gate, g.message])).toEqual([
        ['approvals', expect.stringMatching(/^registration of demo 1\.0\.0 \([0-9a-f]{12}\): commit [0-9a-f]{12} is a root commit/)],
        ['evidence', expect.stringMatching(/no registration record can exist for a root commit/)],
      ]);
      expect(res.stdout).toMatch(/marks it `status: baseline` under `versions:` in its model.yaml/);
    });

    // 1.1.0 was registered by PR #10, after adoption; PR #11 marks it a baseline; PR #12 serves it in staging.
    const staging11 = { 'deployments/staging.yaml': manifestYaml('staging', { demo: { strategy: 'direct', stable: '1.1.0' } }) };
    const unapproved = (r: Repo) => [apiReview(100, 'alice', 'COMMENTED', r.register.head)];

    test('not for a version whose registering merge modelgate recorded as bypassed', async () => {
      const r = repo({ config, baselineMark: true, baselineVersion: '1.1.0', then: staging11 });
      const w = await world(r, { record: ['then'] });
      await recordMerge(w.gh, r.register, 'bypassed');
      await recordMerge(w.gh, r.promote);
      mockMerge(w.gh, r.then!);
      mockMerge(w.gh, r.register, unapproved(r));
      const res = await deploy(r, r.then!.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(res.outputs.status).toBe('blocked');
      expect(failed(res.outputs).map((g) => g.gate)).toEqual(['approvals', 'evidence']);
      expect(failed(res.outputs)[0]!.message).toMatch(/^registration of demo 1\.1\.0 \(pull request #10; its `status: baseline` mark does not count: the merge that registered it \([0-9a-f]{12}\) has a registration record on modelgate-audit \(record 2, bypassed\)/);
    });

    test('not for a version registered after the audit log\'s first record (adoption), even without a record of its own', async () => {
      const r = repo({ config, baselineMark: true, baselineVersion: '1.1.0', then: staging11 });
      const rootSha = git(r.workspace, 'rev-list', '--max-parents=0', 'HEAD').trim();
      const w = await world(r, { record: [] });
      // Record 1 (adoption): a merge at the root commit, before PR #10.
      await recordMerge(w.gh, { number: 9, merge: rootSha, base: rootSha, head: rootSha, files: [] });
      await recordMerge(w.gh, r.then!);
      await recordMerge(w.gh, r.promote);
      mockMerge(w.gh, r.then!);
      mockMerge(w.gh, r.register);
      const res = await deploy(r, r.then!.merge, { 'INPUT_ROLLOUT-COMMAND': 'true' });
      expect(res.outputs.status).toBe('blocked');
      expect(failed(res.outputs).map((g) => g.gate)).toEqual(['evidence']);
      expect(failed(res.outputs)[0]!.message).toMatch(new RegExp(`its \`status: baseline\` mark does not count: the merge that registered it \\(${r.register.merge.slice(0, 12)}\\) does not precede ${rootSha.slice(0, 12)}, the decision of the audit log's first record`));
    });
  });
});

describe('a push of several commits (rebase or fast-forward) is judged from the push\'s `before`', () => {
  const config = DEPLOY_CONFIG().replace('  - name: staging\n    bakeTime: 24h', '  - name: staging\n    bakeTime: 24h\n    trafficSteps: [5, 25, 50]');
  /** On top of PR #11 (staging: direct 1.1.0): c0 registers 1.2.0, then the pushed commits. */
  function pushed(r: Repo, commits: Record<string, string>[]): { before: string; shas: string[] } {
    const before = commitFilesAt(r.workspace, '2026-01-03T00:40:00Z', { 'models/demo/1.2.0/card.yaml': card('1.2.0'), 'artifacts/demo-1.2.0.onnx': bytes('1.2.0') }, 'c0');
    const shas = commits.map((files, i) => commitFilesAt(r.workspace, `2026-01-03T01:0${i}:00Z`, files, `c${i + 1}`));
    return { before, shas };
  }
  const canary = (traffic: number) => ({ 'deployments/staging.yaml': manifestYaml('staging', { demo: { strategy: 'canary', stable: '1.1.0', candidate: '1.2.0', traffic } }) });
  const direct = (gh: GitHubMock, ...shas: string[]) => {
    for (const sha of shas) gh.route('GET', `${API}/commits/${sha}/pulls`, { status: 200, times: 5, optional: true, body: [] });
  };

  test('c1 sets a canary at 5%, c2 raises it to 25%: the push moves 0 → 25 and trafficSteps fails', async () => {
    const r = repo({ config });
    const { before, shas } = pushed(r, [canary(5), canary(25)]);
    const w = await world(r);
    direct(w.gh, before, ...shas);
    const res = await deploy(r, shas[1]!, { 'INPUT_ROLLOUT-COMMAND': 'true' }, 1, before);
    expect(res.outputs.status).toBe('blocked');
    const steps = failed(res.outputs).filter((g) => g.gate === 'trafficSteps');
    expect(steps.map((g) => g.message)).toEqual([expect.stringContaining('demo 1.2.0 goes from 0% to 25%')]);
    expect(res.stdout).not.toMatch(/`before` not usable/);
  });

  test('c1 changes the manifest, c2 something else: the push still deploys the manifest change (not "nothing to deploy")', async () => {
    const r = repo({ config });
    const { before, shas } = pushed(r, [canary(5), { 'README.md': 'docs\n' }]);
    const w = await world(r);
    direct(w.gh, before, ...shas);
    const res = await deploy(r, shas[1]!, { 'INPUT_ROLLOUT-COMMAND': 'true' }, 1, before);
    expect(res.outputs.status).not.toBe('nothing-to-deploy');
    expect(gatesOf(res.outputs).find((g) => g.gate === 'trafficSteps')).toMatchObject({ outcome: 'pass' });
    // Pushed directly, without pull requests: the approvals gate refuses them.
    expect(failed(res.outputs).map((g) => g.gate)).toContain('approvals');
  });

  test('a `before` that is not an ancestor (a force push) falls back to the first parent, with a notice', async () => {
    const r = repo({ config });
    const { shas } = pushed(r, [canary(5), { 'README.md': 'docs\n' }]);
    const w = await world(r);
    direct(w.gh, ...shas);
    const res = await deploy(r, shas[1]!, { 'INPUT_ROLLOUT-COMMAND': 'true' }, 1, 'f'.repeat(40));
    expect(res.outputs.status).toBe('nothing-to-deploy');
    expect(res.stdout).toMatch(/::notice title=modelgate deploy%3A `before` not usable::the push's `before` commit ffffffffffff is not an ancestor/);
  });
});

describe('deploy then deploy-status: the rollout is the user\'s own step', () => {
  async function gatesPassed() {
    const r = repo();
    const w = await world(r);
    mockMerge(w.gh, r.promote);
    mockMerge(w.gh, r.register);
    const d = await deploy(r, r.promote.merge);
    expect(d.outputs.status).toBe('awaiting-rollout');
    const id = Number(d.outputs['deployment-id']);
    expect(w.deployments.states(id)).toEqual(['in_progress']);
    expect(deploymentRecords(w.audit)).toHaveLength(0);
    return { r, w, d, id };
  }

  function status(r: Repo, runnerTemp: string, outcome: string) {
    return runEntry(() => runStatusAction({ client: { waitScale: 0.001 }, sleep: () => Promise.resolve(), now: () => NOW }), {
      event: 'push',
      payload: pushPayload(r.promote.merge),
      env: { GITHUB_WORKSPACE: r.workspace, RUNNER_TEMP: runnerTemp, GITHUB_RUN_ATTEMPT: '1', INPUT_TOKEN: 'ghs_test_token', INPUT_ENVIRONMENT: 'staging', 'INPUT_ROLLOUT-OUTCOME': outcome },
      cleanup,
    });
  }

  test.each([
    ['success', 'success', 'success', false],
    ['failure', 'failure', 'failure', true],
    ['cancelled', 'error', 'cancelled', true],
  ] as const)('rollout %s → Deployment %s, record %s', async (outcome, state, recorded, fails) => {
    const { r, w, d, id } = await gatesPassed();
    const s = await status(r, d.dir, outcome);
    expect(s.failed).toBe(fails);
    expect(s.outputs).toMatchObject({ status: 'reported', state, 'deployment-id': String(id) });
    expect(w.deployments.states(id)).toEqual(['in_progress', state]);
    expect(deploymentRecords(w.audit).map((e) => (e.record.data as DeploymentData).outcome)).toEqual([recorded]);
    // Run again (a re-run of the step): the deploy state says it is reported; nothing changes.
    const again = await status(r, d.dir, 'success');
    expect(again.outputs.status).toBe('already-reported');
    expect(w.deployments.states(id)).toEqual(['in_progress', state]);
  });

  test('without a deploy step in the job it fails with the fix', async () => {
    const r = repo();
    const empty = tempDir('modelgate-empty-');
    cleanup.push(empty);
    const s = await status(r, empty, 'success');
    expect(s.failed).toBe(true);
    expect(s.stdout).toMatch(/run the deploy action for environment staging earlier in the same job/);
  });
});

describe('bad input: a clear error, nothing deployed', () => {
  test.each([
    [{ INPUT_ENVIRONMENT: '' }, /Input "environment" is required/],
    [{ INPUT_ENVIRONMENT: '../prod' }, /Input "environment": environment name '..\/prod'/],
    [{ INPUT_RENDER: 'kserve,helm' }, /Input "render" lists "helm"; it accepts "kserve", "sagemaker", "table"/],
    [{ 'INPUT_ARTIFACT-MAX-BYTES': 'lots' }, /Input "artifact-max-bytes" must be a positive size/],
    [{ INPUT_ENVIRONMENT: 'qa' }, /the environment input 'qa' is not an environment of modelgate.yaml \(staging, production\)/],
  ])('%o', async (inputs, message) => {
    const r = repo();
    const w = await world(r, { record: [] });
    const res = await deploy(r, r.promote.merge, inputs as Record<string, string>);
    expect(res.failed).toBe(true);
    expect(res.stdout).toMatch(message);
    expect(w.deployments.created).toBe(0);
  });

  test('a shallow checkout fails closed: bake time and registering merges need the history', async () => {
    const r = repo();
    const shallow = path.join(path.dirname(r.workspace), 'shallow');
    git(path.dirname(r.workspace), 'clone', '-q', '--depth=2', '--branch', 'main', `file://${path.join(path.dirname(r.workspace), 'origin.git')}`, shallow);
    const w = await world(r, { record: [] });
    const res = await deploy({ ...r, workspace: shallow }, r.promote.merge);
    expect(res.failed).toBe(true);
    expect(res.stdout).toMatch(/the checkout is shallow.*fetch-depth: 0/);
    expect(w.deployments.created).toBe(0);
  });

  test('a push that does not change this environment\'s manifest deploys nothing', async () => {
    const r = repo();
    const w = await world(r, { record: [] });
    const res = await deploy(r, r.register.merge);
    expect(res.failed).toBe(false);
    expect(res.outputs.status).toBe('nothing-to-deploy');
    expect(w.deployments.created).toBe(0);
  });
});
