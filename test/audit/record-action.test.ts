// The record action run the way the runner runs it: its entry in-process, GitHub's push webhook
// payload, real git repositories (a bare origin, a depth-2 checkout of the pushed commit) and every
// API call through the OpenAPI-checked harness, with a stateful Git Data API for the audit branch.
import { readdirSync } from 'node:fs';
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
  /** The default branch's tip before the push (the push event's `before`). */
  before: string;
  headSha?: string;
}

/** main with a registry; a pull request adding card 1.1.0 merged with a merge commit (or pushed directly). */
function pushedRepo(direct: boolean | 'rebase', config = CONFIG): Pushed {
  const author = makeRegistry({ '.github/CODEOWNERS': '*  @alice\n', 'modelgate.yaml': config });
  cleanup.push(author);
  const before = gitInit(author);
  let headSha: string | undefined;
  if (direct === 'rebase') {
    // Rebase merge of two commits: the card, then a README edit; the pushed tip touches no registry file.
    git(author, 'checkout', '-q', '-b', 'feature');
    writeFiles(author, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0') });
    git(author, 'add', '-A');
    git(author, 'commit', '-q', '-m', 'register demo 1.1.0');
    writeFiles(author, { 'NOTES.md': 'demo 1.1.0\n' });
    git(author, 'add', '-A');
    git(author, 'commit', '-q', '-m', 'notes');
    headSha = git(author, 'rev-parse', 'HEAD').trim();
    git(author, 'checkout', '-q', 'main');
    git(author, 'cherry-pick', 'feature~1', 'feature');
  } else if (direct) {
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
  return { workspace, pushed, before, ...(headSha ? { headSha } : {}) };
}

function pushPayload(sha: string, before: string): Record<string, unknown> {
  const p = webhookExample('push');
  return { ...p, ref: 'refs/heads/main', before, after: sha, repository: { ...(p.repository as object), default_branch: 'main' } };
}

function setup(r: Pushed, pulls: unknown[]): { gh: GitHubMock; fake: FakeGitData } {
  const gh = mockGitHub();
  const fake = new FakeGitData(EXAMPLE_REPO.owner, EXAMPLE_REPO.repo);
  fake.install(gh);
  gh.route('GET', `${API}/commits/${r.pushed}/pulls`, { status: 200, body: pulls, times: 2, optional: true });
  return { gh, fake };
}

const MERGED_AT = '2026-03-01T11:00:00Z';

/** GET /pulls/{n} of the merged pull request: merged by @dave at MERGED_AT. */
function mergedPull(r: Pushed): Record<string, unknown> {
  const body = pullBody({ baseSha: '0'.repeat(40), headSha: r.headSha!, changedFiles: 1, author: 'carol' });
  return { ...body, state: 'closed', merged: true, merged_at: MERGED_AT, merged_by: { ...(body.user as object), login: 'dave' } };
}

function action(r: Pushed) {
  return runEntry(() => run({ client: { waitScale: 0.001 }, sleep: () => Promise.resolve() }), {
    event: 'push',
    payload: pushPayload(r.pushed, r.before),
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
      gh.route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: mergedPull(r) });
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
    expect(rec.pullRequest).toMatchObject({ mergedAt: MERGED_AT, mergedBy: 'dave' });
    expect(rec.pullRequest!.reviews).toEqual([{ id: 11, login: 'alice', state: 'APPROVED', commitId: r.headSha, submittedAt: '2026-03-01T10:00:00Z' }]);
    expect(rec.cards).toEqual([expect.objectContaining({ model: 'demo', version: '1.1.0', digest: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    expect(rec.policyPackDigest).toMatch(/^[0-9a-f]{64}$/);
    // The base side's default pack applied to the merged card: every rule of the pack has a result.
    const results = (rec.data as RegistrationData).policyResults!;
    const packRules = readdirSync(path.join(process.cwd(), 'policies')).filter((f) => f.endsWith('.yaml')).length;
    expect(new Set(results.map((p) => p.rule)).size).toBeGreaterThanOrEqual(packRules);
    expect(results.some((p) => p.passed)).toBe(true);
    for (const p of results.filter((x) => !x.passed)) expect(p.message).toMatch(/^models\/demo\/1\.1\.0\/card\.yaml:\d+: /);
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
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: mergedPull(r) });
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

  test('an approval given after the merge does not count: a re-run after it still records the bypass', async () => {
    const r = pushedRepo(false);
    const { gh, fake } = setup(r, [{ ...apiPullItem({ number: EXAMPLE_PR, headSha: r.headSha!, state: 'closed' }), merged_at: MERGED_AT, merge_commit_sha: r.pushed }]);
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: mergedPull(r) });
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/files`, { status: 200, body: fileEntries([{ filename: 'models/demo/1.1.0/card.yaml', status: 'added' }]) });
    gh.route('GET', `${API}/rules/branches/main`, { status: 200, body: [apiPullRequestRule(5, { dismiss_stale_reviews_on_push: true })] });
    // @alice approves the merged head an hour after the admin merge.
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/reviews`, { status: 200, body: [{ ...apiReview(13, 'alice', 'APPROVED', r.headSha!), submitted_at: '2026-03-01T12:00:00Z' }] });
    gh.route('GET', `${API}/collaborators/alice/permission`, { status: 200, body: apiPermission('alice', 'write'), optional: true });
    const res = await action(r);
    expect(res.failed).toBe(true);
    expect(res.outputs.outcome).toBe('bypassed');
    const rec = branchRecords(fake)[0]!.record;
    expect(rec.approvals).toMatchObject({ approved: false, counted: [] });
    expect(rec.approvals!.reasons.join('\n')).toMatch(/1 review was submitted after the merge at 2026-03-01T11:00:00Z and did not count: @alice APPROVED at 2026-03-01T12:00:00Z/);
    // The late review is still shown, with its commit and time.
    expect(rec.pullRequest!.reviews).toEqual([{ id: 13, login: 'alice', state: 'APPROVED', commitId: r.headSha, submittedAt: '2026-03-01T12:00:00Z' }]);
  });

  test('an audit.anchor other than commit-status is not silently ignored: a warning says how records are anchored', async () => {
    const r = pushedRepo(true, `${CONFIG}audit:\n  branch: modelgate-audit\n  anchor: check-run\n`);
    const { fake } = setup(r, []);
    const res = await action(r);
    expect(res.stdout).toMatch(/::warning title=modelgate record%3A audit\.anchor::modelgate\.yaml audit\.anchor is 'check-run', but the record action anchors records as `modelgate\/audit` commit statuses only/);
    expect(fake.statuses.get(r.pushed)).toHaveLength(1);
  });

  test('a rebase merge whose last commit touches no registry file: the whole push is the change, and it is recorded', async () => {
    const r = pushedRepo('rebase');
    const { gh, fake } = setup(r, [{ ...apiPullItem({ number: EXAMPLE_PR, headSha: r.headSha!, state: 'closed' }), merged_at: MERGED_AT, merge_commit_sha: r.pushed }]);
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}`, { status: 200, body: { ...mergedPull(r), changed_files: 2 } });
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/files`, { status: 200, body: fileEntries([{ filename: 'models/demo/1.1.0/card.yaml', status: 'added' }, { filename: 'NOTES.md', status: 'added' }]) });
    gh.route('GET', `${API}/rules/branches/main`, { status: 200, body: [apiPullRequestRule(5, { dismiss_stale_reviews_on_push: true })] });
    gh.route('GET', `${API}/pulls/${EXAMPLE_PR}/reviews`, { status: 200, body: [apiReview(11, 'alice', 'APPROVED', r.headSha!)] });
    gh.route('GET', `${API}/collaborators/alice/permission`, { status: 200, body: apiPermission('alice', 'write') });
    const res = await action(r);
    expect(res.failed).toBe(false);
    expect(res.outputs).toMatchObject({ status: 'recorded', outcome: 'approved' });
    const rec = branchRecords(fake)[0]!.record;
    expect(rec).toMatchObject({ kind: 'registration', commits: { decision: r.pushed, base: r.before }, data: { changedFiles: ['NOTES.md', 'models/demo/1.1.0/card.yaml'] } });
    // Without `before` the change would be the README commit alone, and the card would go unrecorded.
    expect(rec.cards.map((c) => c.version)).toEqual(['1.1.0']);
  });
});
