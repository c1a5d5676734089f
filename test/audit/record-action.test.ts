// The record action run the way the runner runs it: its entry in-process, GitHub's push webhook
// payload, real git repositories (a bare origin, a depth-2 checkout of the pushed commit) and every
// API call through the OpenAPI-checked harness, with a stateful Git Data API for the audit branch.
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { run } from '../../src/actions/record/main.js';
import { verifyChain } from '../../src/audit/chain.js';
import { DEFAULT_AUDIT_BRANCH, parseRecordText } from '../../src/audit/log.js';
import type { RegistrationData } from '../../src/audit/records.js';
import { installGitHubHarness, mockGitHub, type GitHubMock } from '../harness/github.js';
import { API, EXAMPLE_PR, EXAMPLE_REPO, fileEntries, pullBody, runEntry, webhookExample } from '../actions/helpers.js';
import { apiPermission, apiPullItem, apiPullRequestRule, apiReview } from '../approvals/api-fixtures.js';
import { cardYaml, CONFIG, git, gitInit, makeRegistry, removeDir, tempDir, writeFiles } from '../helpers/registry.js';
import { FakeGitData } from './fake-git-data.js';

installGitHubHarness();
const cleanup: string[] = [];
afterEach(() => {
  vi.unstubAllEnvs();
  cleanup.splice(0).forEach(removeDir);
});

interface Pushed {
  workspace: string;
  pushed: string;
  headSha?: string;
}

/** main with a registry; a pull request adding card 1.1.0 merged with a merge commit (or pushed directly). */
function pushedRepo(direct: boolean): Pushed {
  const author = makeRegistry({ '.github/CODEOWNERS': '*  @alice\n', 'modelgate.yaml': CONFIG });
  cleanup.push(author);
  gitInit(author);
  let headSha: string | undefined;
  if (direct) {
    writeFiles(author, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') });
    git(author, 'add', '-A');
    git(author, 'commit', '-q', '-m', 'push straight to main');
  } else {
    git(author, 'checkout', '-q', '-b', 'feature');
    writeFiles(author, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') });
    git(author, 'add', '-A');
    git(author, 'commit', '-q', '-m', 'register demo 1.1.0');
    headSha = git(author, 'rev-parse', 'HEAD').trim();
    git(author, 'checkout', '-q', 'main');
    git(author, 'merge', '-q', '--no-ff', '-m', `Merge pull request #${EXAMPLE_PR} from acme/feature`, 'feature');
  }
  const pushed = git(author, 'rev-parse', 'HEAD').trim();
  const root = tempDir('modelgate-origin-');
  cleanup.push(root);
  const origin = path.join(root, 'origin.git');
  git(root, 'clone', '-q', '--bare', author, origin);
  if (headSha) git(origin, 'update-ref', `refs/pull/${EXAMPLE_PR}/head`, headSha);
  const workspace = path.join(root, 'workspace');
  git(root, 'clone', '-q', '--depth=2', '--branch', 'main', `file://${origin}`, workspace);
  return { workspace, pushed, ...(headSha ? { headSha } : {}) };
}

function pushPayload(sha: string): Record<string, unknown> {
  const p = webhookExample('push');
  return { ...p, ref: 'refs/heads/main', after: sha, repository: { ...(p.repository as object), default_branch: 'main' } };
}

function setup(r: Pushed, pulls: unknown[]): { gh: GitHubMock; fake: FakeGitData } {
  const gh = mockGitHub();
  const fake = new FakeGitData(EXAMPLE_REPO.owner, EXAMPLE_REPO.repo);
  fake.install(gh);
  gh.route('GET', `${API}/commits/${r.pushed}/pulls`, { status: 200, body: pulls, times: 2, optional: true });
  return { gh, fake };
}

function action(r: Pushed) {
  return runEntry(() => run({ client: { waitScale: 0.001 }, sleep: () => Promise.resolve() }), {
    event: 'push',
    payload: pushPayload(r.pushed),
    env: { GITHUB_WORKSPACE: r.workspace, GITHUB_SHA: r.pushed, INPUT_TOKEN: 'ghs_test_token', GITHUB_ACTOR: 'carol', GITHUB_WORKFLOW: 'modelgate push', GITHUB_RUN_ATTEMPT: '1' },
    cleanup,
  });
}

function branchRecords(fake: FakeGitData) {
  return [...fake.filesAt(DEFAULT_AUDIT_BRANCH)]
    .filter(([p]) => p.startsWith('records/'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([p, t]) => ({ where: p, record: parseRecordText(t) }));
}

describe('the record action', () => {
  test('an approved merge: re-evaluated at merge time, recorded and anchored; a re-run writes nothing new', async () => {
    const r = pushedRepo(false);
    const { gh, fake } = setup(r, [{ ...apiPullItem({ number: EXAMPLE_PR, headSha: r.headSha!, state: 'closed' }), merged_at: '2026-03-01T11:00:00Z', merge_commit_sha: r.pushed }]);
    for (let i = 0; i < 2; i++) {
      gh.route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: { ...pullBody({ baseSha: '0'.repeat(40), headSha: r.headSha!, changedFiles: 1, author: 'carol' }), state: 'closed' } });
      gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/files`, { status: 200, body: fileEntries([{ filename: 'models/demo/1.1.0/card.yaml', status: 'added' }]) });
      gh.route('GET', `${API}/rules/branches/main`, { status: 200, body: [apiPullRequestRule(5, { dismiss_stale_reviews_on_push: true })] });
      gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/reviews`, { status: 200, body: [apiReview(11, 'alice', 'APPROVED', r.headSha!)] });
      gh.route('GET', `${API}/collaborators/alice/permission`, { status: 200, body: apiPermission('alice', 'write') });
    }

    const first = await action(r);
    expect(first.failed).toBe(false);
    expect(first.outputs).toMatchObject({ status: 'recorded', outcome: 'approved', 'pull-request': String(EXAMPLE_PR) });
    const entries = branchRecords(fake);
    expect(entries).toHaveLength(1);
    const rec = entries[0]!.record;
    expect(rec).toMatchObject({ kind: 'registration', subject: `pr/${EXAMPLE_PR}@${r.pushed}`, commits: { decision: r.pushed, head: r.headSha } });
    expect((rec.data as RegistrationData).outcome).toBe('approved');
    expect(rec.approvals).toMatchObject({ approved: true, counted: [{ login: 'alice', commitId: r.headSha, onHead: true }] });
    expect(rec.pullRequest!.reviews).toEqual([{ id: 11, login: 'alice', state: 'APPROVED', commitId: r.headSha, submittedAt: '2026-03-01T10:00:00Z' }]);
    expect(rec.cards).toEqual([expect.objectContaining({ model: 'demo', version: '1.1.0', digest: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(rec.policyPackDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(rec.run).toMatchObject({ id: '4242', actor: 'carol', event: 'push', attempt: 1 });
    expect(fake.statuses.get(r.pushed)!.map((s) => s.description)).toEqual([`audit record 1 sha256:${rec.hash}`]);

    const again = await action(r);
    expect(again.failed).toBe(false);
    expect(JSON.parse(again.outputs.records!)).toEqual([expect.objectContaining({ seq: 1, status: 'exists', hash: rec.hash })]);
    expect(branchRecords(fake)).toHaveLength(1);
    expect(fake.statuses.get(r.pushed)).toHaveLength(1);
  });

  test('a direct push of a registry change: recorded as a bypass, and the job fails loudly', async () => {
    const r = pushedRepo(true);
    const { fake } = setup(r, []);
    const res = await action(r);
    expect(res.failed).toBe(true);
    expect(res.outputs).toMatchObject({ status: 'recorded', outcome: 'bypassed', 'pull-request': '' });
    expect(res.stdout).toMatch(/::error::modelgate record: BYPASS: commit [0-9a-f]{12} changed the registry on main without a merged pull request/);
    const entries = branchRecords(fake);
    expect(verifyChain(entries).ok).toBe(true);
    expect(entries[0]!.record).toMatchObject({ kind: 'registration', subject: `push@${r.pushed}`, pullRequest: null, approvals: null, data: { outcome: 'bypassed', changedFiles: ['models/demo/1.1.0/card.yaml'] } });
    expect(res.summary).toMatch(/without its approvals/);
  });

  test('a pull request merged by an admin without the required approval: recorded as a bypass, the job fails', async () => {
    const r = pushedRepo(false);
    const { gh, fake } = setup(r, [{ ...apiPullItem({ number: EXAMPLE_PR, headSha: r.headSha!, state: 'closed' }), merged_at: '2026-03-01T11:00:00Z', merge_commit_sha: r.pushed }]);
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: { ...pullBody({ baseSha: '0'.repeat(40), headSha: r.headSha!, changedFiles: 1, author: 'carol' }), state: 'closed' } });
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/files`, { status: 200, body: fileEntries([{ filename: 'models/demo/1.1.0/card.yaml', status: 'added' }]) });
    gh.route('GET', `${API}/rules/branches/main`, { status: 200, body: [apiPullRequestRule(5, { dismiss_stale_reviews_on_push: true })] });
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/reviews`, { status: 200, body: [apiReview(12, 'carol', 'COMMENTED', r.headSha!)] });
    const res = await action(r);
    expect(res.failed).toBe(true);
    expect(res.outputs.outcome).toBe('bypassed');
    expect(res.stdout).toMatch(/::error::modelgate record: BYPASS: pull request #2 was merged without the approvals its rule requires/);
    const rec = branchRecords(fake)[0]!.record;
    expect(rec).toMatchObject({ pullRequest: { number: EXAMPLE_PR }, approvals: { approved: false, counted: [] }, data: { outcome: 'bypassed' } });
    expect(rec.approvals!.missing.length).toBeGreaterThan(0);
    expect(fake.statuses.get(r.pushed)).toHaveLength(1);
  });
});
