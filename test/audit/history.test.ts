import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryAnswer } from '../../src/audit/history.js';
import type { ApprovalEvidence, DeploymentData, ServingState } from '../../src/audit/records.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../../src/cli/io.js';
import { chainOf, draft, writeAuditBranch } from '../helpers/audit.js';
import { CONFIG, cardYaml, modelYaml, removeDir, tempDir, writeFiles } from '../helpers/registry.js';

function gitAt(dir: string, date: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
}

function manifest(models: Record<string, ServingState>): string {
  const lines = ['schemaVersion: 1', 'environment: production', 'models:'];
  for (const [name, s] of Object.entries(models)) {
    lines.push(`  ${name}:`, `    strategy: ${s.strategy}`, `    stable: "${s.stable}"`);
    if (s.candidate) lines.push(`    candidate: "${s.candidate}"`);
    if (s.traffic !== undefined) lines.push(`    traffic: ${s.traffic}`);
  }
  return `${lines.join('\n')}\n`;
}

const APPROVALS: ApprovalEvidence = {
  approved: true,
  rule: { tier: 'low', minApprovals: 1 },
  counted: [{ login: 'alice', reviewId: 11, commitId: 'b'.repeat(40), submittedAt: '2026-03-01T10:50:00Z', onHead: true }],
  requirements: [{ requirement: '1 approval', satisfied: true, by: ['@alice'] }],
  teams: [{ team: '@acme/ds', login: 'alice', status: 'member' }],
  missing: [],
  blockers: [],
  reasons: [],
  baseCommit: null,
  codeownersFile: '.github/CODEOWNERS',
};

let dir = '';
const c: string[] = [];

beforeAll(() => {
  dir = tempDir('modelgate-history-');
  writeFiles(dir, {
    'modelgate.yaml': CONFIG,
    'models/demo/model.yaml': modelYaml('demo'),
    'models/demo/1.0.0/card.yaml': cardYaml('demo', '1.0.0'),
    'deployments/production.yaml': manifest({ demo: { strategy: 'direct', stable: '1.0.0' } }),
  });
  gitAt(dir, '2026-03-01T10:00:00Z', 'init', '-q', '-b', 'main');
  gitAt(dir, '2026-03-01T10:00:00Z', 'add', '-A');
  gitAt(dir, '2026-03-01T10:00:00Z', 'commit', '-q', '-m', 'initial');
  c.push(gitAt(dir, '2026-03-01T10:00:00Z', 'rev-parse', 'HEAD').trim());
  // PR #7 on a branch, committed before it was merged; the merge commit is what lands on main.
  gitAt(dir, '2026-03-01T10:30:00Z', 'checkout', '-q', '-b', 'canary');
  writeFiles(dir, { 'models/demo/1.1.0/card.yaml': cardYaml('demo', '1.1.0'), 'deployments/production.yaml': manifest({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 } }) });
  gitAt(dir, '2026-03-01T10:30:00Z', 'add', '-A');
  gitAt(dir, '2026-03-01T10:30:00Z', 'commit', '-q', '-m', 'register 1.1.0, canary 10%');
  gitAt(dir, '2026-03-01T10:30:00Z', 'checkout', '-q', 'main');
  gitAt(dir, '2026-03-01T11:00:00Z', 'merge', '-q', '--no-ff', '-m', 'Merge pull request #7 from acme/canary', 'canary');
  c.push(gitAt(dir, '2026-03-01T11:00:00Z', 'rev-parse', 'HEAD').trim());
  const step = (date: string, m: Record<string, ServingState>, msg: string) => {
    writeFiles(dir, { 'deployments/production.yaml': manifest(m) });
    gitAt(dir, date, 'commit', '-q', '-am', msg);
    c.push(gitAt(dir, date, 'rev-parse', 'HEAD').trim());
  };
  step('2026-03-01T12:00:00Z', { demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 50 } }, 'Canary demo to 50% (#8)');
  // Clock skew: merged after the 12:00 commit but stamped 11:30.
  step('2026-03-01T11:30:00Z', { demo: { strategy: 'direct', stable: '1.1.0' } }, 'Promote demo 1.1.0 (#9)');
  step('2026-03-01T13:00:00Z', { demo: { strategy: 'direct', stable: '1.1.0' }, other: { strategy: 'shadow', stable: '2.0.0', candidate: '2.1.0', traffic: 5 } }, 'Add other (#10)');

  const dep = (commit: string, serving: ServingState, outcome: DeploymentData['outcome'], finishedAt: string, n: number) =>
    draft('deployment', `deploy/production/demo@${commit}#${n}`, { environment: 'production', model: 'demo', serving, outcome, startedAt: finishedAt, finishedAt, manifestCommit: commit }, { commits: { decision: commit } });
  const records = chainOf([
    draft('registration', `pr/7@${c[1]}`, { outcome: 'approved', changedFiles: ['models/demo/1.1.0/card.yaml', 'deployments/production.yaml'], manifests: [] }, {
      commits: { decision: c[1]! },
      models: [{ model: 'demo', version: '1.1.0' }],
      approvals: APPROVALS,
      pullRequest: { number: 7, title: 'canary', author: 'bob', url: 'https://github.com/acme/registry/pull/7', baseRef: 'main', headSha: 'b'.repeat(40), mergedAt: '2026-03-01T11:00:00Z', mergedBy: 'carol', reviews: [] },
    }),
    dep(c[1]!, { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 }, 'success', '2026-03-01T11:10:00.000Z', 1),
    dep(c[2]!, { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 50 }, 'success', '2026-03-01T12:10:00.000Z', 2),
    dep(c[3]!, { strategy: 'direct', stable: '1.1.0' }, 'failure', '2026-03-01T12:20:00.000Z', 3),
    draft('rollback', `rollback/production/demo@${c[3]}`, { environment: 'production', model: 'demo', from: { strategy: 'direct', stable: '1.1.0' }, to: { strategy: 'direct', stable: '1.0.0' }, outcome: 'success', reason: 'error rate', evidence: [], pullRequest: null }, { commits: { decision: c[3]! }, decidedAt: '2026-03-01T12:40:00.000Z' }),
    // Skewed runner clock: written after the rollback, stamped earlier.
    dep(c[3]!, { strategy: 'direct', stable: '1.1.0' }, 'success', '2026-03-01T12:30:00.000Z', 4),
  ]);
  writeAuditBranch(dir, 'modelgate-audit', records);
});

afterAll(() => removeDir(dir));

async function history(at: string, ...extra: string[]): Promise<{ code: number; answer: HistoryAnswer }> {
  const io = memoryIO(dir);
  const code = await main(['history', '--env', 'production', '--at', at, '--format', 'json', ...extra], io);
  expect(io.err()).toBe('');
  return { code, answer: JSON.parse(io.out()) as HistoryAnswer };
}

const demo = (a: HistoryAnswer) => a.entries.find((e) => e.model === 'demo');

describe('history --at from deployment records, falling back to the merged manifest', () => {
  it.each([
    ['2026-03-01T10:59:59Z', 'manifest-merge', 'direct', '1.0.0', null, 0],
    ['2026-03-01T11:00:00Z', 'manifest-merge', 'canary', '1.0.0', 10, 1],
    ['2026-03-01T11:09:59Z', 'manifest-merge', 'canary', '1.0.0', 10, 1],
    ['2026-03-01T11:00:01Z', 'manifest-merge', 'canary', '1.0.0', 10, 1],
    ['2026-03-01T11:10:00Z', 'deployment-record', 'canary', '1.0.0', 10, 1],
    ['2026-03-01T11:10:01Z', 'deployment-record', 'canary', '1.0.0', 10, 1],
    ['2026-03-01T12:09:59Z', 'deployment-record', 'canary', '1.0.0', 10, 1],
    ['2026-03-01T12:10:00Z', 'deployment-record', 'canary', '1.0.0', 50, 2],
    ['2026-03-01T12:10:01Z', 'deployment-record', 'canary', '1.0.0', 50, 2],
    // The failed deployment at 12:20 changes nothing.
    ['2026-03-01T12:20:00Z', 'deployment-record', 'canary', '1.0.0', 50, 2],
    ['2026-03-01T12:39:59Z', 'deployment-record', 'canary', '1.0.0', 50, 2],
    // The rollback and the skewed deployment after it both count from 12:40; the later record wins.
    ['2026-03-01T12:40:00Z', 'deployment-record', 'direct', '1.1.0', null, 3],
    ['2026-03-01T12:40:01Z', 'deployment-record', 'direct', '1.1.0', null, 3],
    ['2026-03-02T00:00:00Z', 'deployment-record', 'direct', '1.1.0', null, 3],
  ] as const)('at %s: %s %s stable %s traffic %s', async (at, source, strategy, stable, traffic, commitIndex) => {
    const { code, answer } = await history(at, '--model', 'demo');
    expect(code).toBe(0);
    expect(answer.entries).toHaveLength(1);
    expect(demo(answer)).toMatchObject({ source, strategy, stable, traffic, commit: c[commitIndex] });
  });

  it('names the pull request and approvals that put a version there', async () => {
    const { answer } = await history('2026-03-01T11:30:00Z');
    expect(demo(answer)!.pullRequest).toMatchObject({ number: 7, mergedBy: 'carol' });
    expect(demo(answer)!.approvals?.counted.map((a) => a.login)).toEqual(['alice']);
  });

  it('says so when a model has no deployment record and the manifest merge time answers', async () => {
    const before = await history('2026-03-01T12:59:59Z', '--model', 'other');
    expect(before.code).toBe(1);
    expect(before.answer.entries).toEqual([]);
    const at = await history('2026-03-01T13:00:00Z', '--model', 'other');
    expect(at.answer.entries[0]).toMatchObject({ source: 'manifest-merge', strategy: 'shadow', candidate: '2.1.0', traffic: 5, commit: c[4], pullRequest: { number: 10 } });
    expect(at.answer.entries[0]!.note).toMatch(/no successful deployment record for other/);
  });
});

describe('history from the merge history alone (no audit branch)', () => {
  it.each([
    ['2026-03-01T10:59:59Z', 'direct', 0, null],
    ['2026-03-01T11:00:00Z', 'canary', 1, 7],
    // The commit stamped 11:30 landed after the 12:00 one: it cannot count before 12:00.
    ['2026-03-01T11:45:00Z', 'canary', 1, 7],
    ['2026-03-01T12:00:00Z', 'direct', 3, 9],
    ['2026-03-01T12:00:01Z', 'direct', 3, 9],
  ] as const)('at %s: %s from commit %s', async (at, strategy, commitIndex, pr) => {
    const { answer } = await history(at, '--branch', 'no-such-audit-branch', '--model', 'demo');
    expect(demo(answer)).toMatchObject({ source: 'manifest-merge', strategy, commit: c[commitIndex] });
    expect(demo(answer)!.pullRequest?.number ?? null).toBe(pr);
    expect(answer.notes.join('\n')).toMatch(/no audit branch no-such-audit-branch/);
  });

  it('prints a readable answer in text format', async () => {
    const io = memoryIO(dir);
    expect(await main(['history', '--env', 'production', '--at', '2026-03-01T13:00:00Z'], io)).toBe(0);
    expect(io.out()).toMatch(/demo {2}direct 1\.1\.0/);
    expect(io.out()).toMatch(/other {2}shadow 2\.0\.0 → 2\.1\.0 at 5%/);
  });

  it('refuses a time without a zone (exit 2)', async () => {
    const io = memoryIO(dir);
    expect(await main(['history', '--env', 'production', '--at', '2026-03-01 12:00'], io)).toBe(2);
    expect(io.err()).toMatch(/ISO 8601 time with a zone/);
  });
});
