/**
 * Last known-good on real git histories (manifest merges with controlled dates) and real audit
 * branches: served fully for the bake time, a healthy verdict, not rejected; "none" says why and
 * never guesses. Then the plan per strategy and the manual path's refusals.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { MonitorVerdictData } from '../../src/audit/records.js';
import { lastKnownGood, verdictsFromRecords } from '../../src/rollback/known-good.js';
import { rollbackContext } from '../../src/rollback/context.js';
import { planRollback, type RollbackRequest } from '../../src/rollback/plan.js';
import type { ConfigDoc, ServingEntry } from '../../src/registry/types.js';
import { chainOf, commitOnBranch, draft, writeAuditBranch } from '../helpers/audit.js';
import { removeDir } from '../helpers/registry.js';
import { exampleResponse, installGitHubHarness, mockGitHub, testClient } from '../harness/github.js';
import { anchorDescription } from '../../src/audit/chain.js';
import { commitFilesAt, deployRegistry, manifestYaml, type Entry } from '../deploy/helpers.js';

installGitHubHarness();
const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));

const CONFIG = { schemaVersion: 1, environments: [{ name: 'staging', bakeTime: '24h' }, { name: 'production', bakeTime: '72h' }] } as unknown as ConfigDoc;
const NOW = Date.parse('2026-02-01T00:00:00Z');

/** A registry whose production manifest serves `demo` as given at each date (oldest first). */
function history(steps: [string, Entry][]): string {
  const dir = deployRegistry('2026-01-01T00:00:00Z');
  dirs.push(dir);
  for (const [when, entry] of steps) commitFilesAt(dir, when, { 'deployments/production.yaml': manifestYaml('production', { demo: entry }) });
  return dir;
}

function verdict(version: string, v: MonitorVerdictData['verdict'], decidedAt: string, results: ('pass' | 'fail' | 'skipped' | 'inconclusive')[] = ['pass']) {
  return draft('monitor-verdict', `monitor/production/demo@${version}/${decidedAt}`, { environment: 'production', model: 'demo', version, verdict: v, rules: results.map((result, i) => ({ name: `r${i}`, result })), window: null }, { decidedAt });
}

const direct = (stable: string): Entry => ({ strategy: 'direct', stable });

async function knownGood(dir: string, failing: string, marks: Record<string, { status: 'rejected' | 'active' }> = {}) {
  const ctx = await rollbackContext({ repoDir: dir, ref: 'main', env: 'production', config: CONFIG, auditBranch: 'modelgate-audit' });
  return { ctx, result: lastKnownGood({ env: 'production', model: 'demo', failing, spans: ctx.spans, bakeMs: ctx.bakeMs, now: NOW, verdicts: ctx.verdicts, marks }) };
}

describe('last known-good on real git histories', () => {
  // 1.0.0 serves 10 days, 1.1.0 serves 5 days, 1.2.0 (failing) since Jan 20.
  const STEPS: [string, Entry][] = [
    ['2026-01-05T00:00:00Z', direct('1.0.0')],
    ['2026-01-15T00:00:00Z', direct('1.1.0')],
    ['2026-01-20T00:00:00Z', direct('1.2.0')],
  ];

  it('the newest version that served for the bake time with a healthy verdict', async () => {
    const dir = history(STEPS);
    writeAuditBranch(dir, 'modelgate-audit', chainOf([verdict('1.0.0', 'healthy', '2026-01-08T00:00:00Z'), verdict('1.1.0', 'healthy', '2026-01-17T00:00:00Z')]));
    const { result } = await knownGood(dir, '1.2.0');
    expect(result).toMatchObject({ found: true, version: '1.1.0', source: 'manifest-merge' });
  });

  it('skips a version marked rejected, one without a healthy verdict, one that served less than the bake time', async () => {
    const dir = history([
      ['2026-01-02T00:00:00Z', direct('1.0.0')],
      ['2026-01-10T00:00:00Z', direct('1.1.0')],
      ['2026-01-11T00:00:00Z', direct('1.0.0')],
      ['2026-01-20T00:00:00Z', direct('1.2.0')],
    ]);
    writeAuditBranch(dir, 'modelgate-audit', chainOf([verdict('1.0.0', 'healthy', '2026-01-05T00:00:00Z'), verdict('1.1.0', 'healthy', '2026-01-10T12:00:00Z')]));
    // 1.0.0's second span (Jan 11 → 20) is its newest; it qualifies by its first span of 8 days as well.
    expect((await knownGood(dir, '1.2.0')).result).toMatchObject({ found: true, version: '1.0.0' });
    const rejected = await knownGood(dir, '1.2.0', { '1.0.0': { status: 'rejected' } });
    expect(rejected.result.found).toBe(false);
    const reasons = Object.fromEntries(rejected.result.checked.map((c) => [c.version, c.reasons.join('; ')]));
    expect(reasons['1.0.0']).toMatch(/marked rejected/);
    expect(reasons['1.1.0']).toMatch(/served fully for 1d, less than the bake time 3d/);
  });

  it('in the actions, a healthy verdict counts only when a trusted writer anchored it on GitHub', async () => {
    const dir = history(STEPS);
    const records = chainOf([verdict('1.0.0', 'healthy', '2026-01-08T00:00:00Z'), verdict('1.1.0', 'healthy', '2026-01-17T00:00:00Z')]);
    writeAuditBranch(dir, 'modelgate-audit', records);
    const gh = mockGitHub();
    const example = (exampleResponse('GET', '/repos/{owner}/{repo}/commits/{ref}/statuses') as Record<string, unknown>[])[0]!;
    const status = (seq: number, hash: string, login: string) => ({ ...example, context: 'modelgate/audit', description: anchorDescription(seq, hash), creator: { ...(example.creator as object), login }, created_at: `2026-01-0${seq}T00:00:00Z` });
    // 1.1.0's verdict (seq 2) was anchored by someone who is not a trusted writer; 1.0.0's (seq 1) by the writer.
    gh.route('GET', `/repos/acme/registry/commits/${'a'.repeat(40)}/statuses`, { status: 200, body: [status(1, records[0]!.hash, 'github-actions[bot]'), status(2, records[1]!.hash, 'mallory')] });
    const ctx = await rollbackContext({ repoDir: dir, ref: 'main', env: 'production', config: CONFIG, auditBranch: 'modelgate-audit', online: { client: testClient(gh), repo: { owner: 'acme', repo: 'registry' }, trustedWriters: ['github-actions[bot]'] } });
    const result = lastKnownGood({ env: 'production', model: 'demo', failing: '1.2.0', spans: ctx.spans, bakeMs: ctx.bakeMs, now: NOW, verdicts: ctx.verdicts, marks: {} });
    expect(result).toMatchObject({ found: true, version: '1.0.0' });
    expect(result.checked[0]).toMatchObject({ version: '1.1.0', eligible: false, reasons: ['no monitor verdict recorded for it in production'] });
    expect(ctx.notes.join('\n')).toMatch(/record 2 \(monitor-verdict .*\) is not used: no anchor from a trusted writer/);
  });

  it('a healthy verdict with a warning rule not passing, or followed by a rollback verdict, does not count', async () => {
    const dir = history(STEPS);
    writeAuditBranch(dir, 'modelgate-audit', chainOf([
      verdict('1.1.0', 'healthy', '2026-01-16T00:00:00Z', ['pass', 'inconclusive']),
      verdict('1.0.0', 'healthy', '2026-01-06T00:00:00Z'),
      verdict('1.0.0', 'rollback', '2026-01-09T00:00:00Z', ['fail']),
    ]));
    const { result } = await knownGood(dir, '1.2.0');
    expect(result.found).toBe(false);
    const reasons = Object.fromEntries(result.checked.map((c) => [c.version, c.reasons.join('; ')]));
    expect(reasons['1.1.0']).toMatch(/no healthy verdict/);
    expect(reasons['1.0.0']).toMatch(/a rollback verdict \(2026-01-09T00:00:00Z\) came after its healthy verdict/);
  });

  it('only verdicts recorded while the version served fully count (not one from before or after)', async () => {
    // 1.1.0 served Jan 15 → 20; its healthy verdicts are from Jan 10 (before) and Jan 25 (after, while 1.2.0 served).
    const dir = history(STEPS);
    writeAuditBranch(dir, 'modelgate-audit', chainOf([
      verdict('1.1.0', 'healthy', '2026-01-10T00:00:00Z'),
      verdict('1.1.0', 'healthy', '2026-01-25T00:00:00Z'),
      verdict('1.0.0', 'healthy', '2026-01-08T00:00:00Z'),
    ]));
    const { result } = await knownGood(dir, '1.2.0');
    expect(result).toMatchObject({ found: true, version: '1.0.0' });
    const reasons = Object.fromEntries(result.checked.map((c) => [c.version, c.reasons.join('; ')]));
    expect(reasons['1.1.0']).toMatch(/no monitor verdict recorded for it in production while it served there fully \(2 from outside its serving spans do not count\)/);
  });

  it('a healthy verdict whose rule passed only by tolerating failures (failureLimit) does not count', () => {
    const records = chainOf([
      draft('monitor-verdict', 'monitor/production/demo@1.1.0/2026-01-16T00:00:00Z', {
        environment: 'production', model: 'demo', version: '1.1.0', verdict: 'healthy', window: null,
        rules: [{ name: 'errors', result: 'pass', message: '5 points, last 0.01, threshold <= 0.02; 2 failure(s) tolerated by failureLimit 2 (thresholds: <= 0.02)' }],
      }, { decidedAt: '2026-01-16T00:00:00Z' }),
    ]);
    expect(verdictsFromRecords(records).map((v) => v.allPassed)).toEqual([false]);
  });

  it('none: only the failing version ever served', async () => {
    const dir = history([['2026-01-05T00:00:00Z', direct('1.2.0')]]);
    const { result, ctx } = await knownGood(dir, '1.2.0');
    expect(result).toMatchObject({ found: false, checked: [] });
    expect(result.found === false && result.reason).toMatch(/no version of demo other than 1.2.0 has served production fully/);
    expect(ctx.notes.join('\n')).toMatch(/no audit branch 'modelgate-audit'/);
  });

  it('none: versions served but the clone has no audit branch (no verdicts known) — never a guess', async () => {
    const dir = history(STEPS);
    const { result } = await knownGood(dir, '1.2.0');
    expect(result.found).toBe(false);
    expect(result.checked.map((c) => [c.version, c.reasons.at(-1)])).toEqual([
      ['1.1.0', 'no monitor verdict recorded for it in production'],
      ['1.0.0', 'no monitor verdict recorded for it in production'],
    ]);
  });

  it('a canary at less than 100% is not "served fully"; a candidate at 100% is', async () => {
    const dir = history([
      ['2026-01-02T00:00:00Z', direct('1.0.0')],
      ['2026-01-03T00:00:00Z', { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 50 }],
      ['2026-01-10T00:00:00Z', { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 100 }],
      ['2026-01-20T00:00:00Z', direct('1.2.0')],
    ]);
    writeAuditBranch(dir, 'modelgate-audit', chainOf([verdict('1.1.0', 'healthy', '2026-01-12T00:00:00Z'), verdict('1.0.0', 'healthy', '2026-01-05T00:00:00Z')]));
    const { result } = await knownGood(dir, '1.2.0');
    expect(result.found && result.check).toMatchObject({ version: '1.1.0', since: '2026-01-10T00:00:00.000Z', until: '2026-01-20T00:00:00.000Z' });
  });

  it('an audit log that fails verification is not believed: the search refuses', async () => {
    const dir = history(STEPS);
    const records = chainOf([verdict('1.1.0', 'healthy', '2026-01-17T00:00:00Z')]);
    writeAuditBranch(dir, 'modelgate-audit', records);
    const forged = { ...records[0]!, data: { ...(records[0]!.data as MonitorVerdictData), version: '1.0.0' } };
    commitOnBranch(dir, 'modelgate-audit', 'edit', { write: { [`records/${'1'.padStart(8, '0')}-x.json`]: JSON.stringify(forged) } });
    await expect(knownGood(dir, '1.2.0')).rejects.toThrow(/fails verification/);
  });

  it('deployment records, where a model has them, decide what served when (DESIGN §5); failed deployments do not count', async () => {
    // By the manifest, 1.0.0 served only Jan 5 → Jan 7 (2 days < 3 days' bake): not known-good.
    const dir = history([
      ['2026-01-05T00:00:00Z', direct('1.0.0')],
      ['2026-01-07T00:00:00Z', direct('1.1.0')],
      ['2026-01-20T00:00:00Z', direct('1.2.0')],
    ]);
    const deployed = (version: string, finishedAt: string, outcome: 'success' | 'failure' = 'success') =>
      draft('deployment', `deploy/production/demo@${version}/${finishedAt}`, { environment: 'production', model: 'demo', serving: { strategy: 'direct', stable: version }, outcome, startedAt: finishedAt, finishedAt, manifestCommit: 'c'.repeat(40) }, { decidedAt: finishedAt });
    const v = verdict('1.0.0', 'healthy', '2026-01-06T00:00:00Z');
    writeAuditBranch(dir, 'modelgate-audit', chainOf([v]));
    expect((await knownGood(dir, '1.2.0')).result.found).toBe(false);
    // The deployments really ran Jan 5 (1.0.0) and Jan 12 (1.1.0; an earlier attempt on Jan 7 failed): 7 days.
    const dir2 = history([
      ['2026-01-05T00:00:00Z', direct('1.0.0')],
      ['2026-01-07T00:00:00Z', direct('1.1.0')],
      ['2026-01-20T00:00:00Z', direct('1.2.0')],
    ]);
    writeAuditBranch(dir2, 'modelgate-audit', chainOf([deployed('1.0.0', '2026-01-05T01:00:00Z'), v, deployed('1.1.0', '2026-01-07T01:00:00Z', 'failure'), deployed('1.1.0', '2026-01-12T01:00:00Z'), deployed('1.2.0', '2026-01-20T01:00:00Z')]));
    const { result, ctx } = await knownGood(dir2, '1.2.0');
    expect(result).toMatchObject({ found: true, version: '1.0.0', source: 'deployment-record', check: { since: '2026-01-05T01:00:00.000Z', until: '2026-01-12T01:00:00.000Z' } });
    expect(ctx.notes[0]).toMatch(/deployment records of production/);
  });

  it('serving start (for initialDelay): the newest unbroken run of the version in the entry', async () => {
    const canary = (traffic: number): Entry => ({ strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic });
    const dir = history([
      ['2026-01-02T00:00:00Z', direct('1.0.0')],
      ['2026-01-03T00:00:00Z', canary(10)],
      ['2026-01-05T00:00:00Z', canary(50)],
      ['2026-01-06T00:00:00Z', direct('1.0.0')],
      ['2026-01-08T00:00:00Z', canary(10)],
      ['2026-01-09T00:00:00Z', canary(25)],
    ]);
    const { ctx } = await knownGood(dir, '1.1.0');
    // A traffic step does not restart the clock; leaving and coming back does.
    expect(ctx.servingSince('demo', '1.1.0')).toBe(Date.parse('2026-01-08T00:00:00Z'));
    expect(ctx.servingSince('demo', '1.0.0')).toBe(Date.parse('2026-01-02T00:00:00Z'));
    expect(ctx.servingSince('demo', '1.2.0')).toBeUndefined();
  });

  it('verdicts are read from monitor-verdict records only', () => {
    const records = chainOf([verdict('1.0.0', 'healthy', '2026-01-08T00:00:00Z'), draft('deployment', 'd', { environment: 'production', model: 'demo', serving: { strategy: 'direct', stable: '1.0.0' }, outcome: 'success', startedAt: 'x', finishedAt: 'y', manifestCommit: 'c' })]);
    expect(verdictsFromRecords(records)).toEqual([expect.objectContaining({ version: '1.0.0', verdict: 'healthy', allPassed: true, seq: 1 })]);
  });
});

describe('the plan per strategy', () => {
  const base = (current: ServingEntry, extra: Partial<RollbackRequest> = {}): RollbackRequest => ({
    env: 'production',
    model: 'demo',
    current,
    trigger: 'monitor',
    reason: 'critical rule(s) failed: errors',
    spans: [],
    bakeMs: 0,
    now: NOW,
    verdicts: [],
    marks: undefined,
    ...extra,
  });

  it.each([
    ['canary', { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 }],
    ['ab', { strategy: 'ab', stable: '1.0.0', candidate: '1.1.0', traffic: 50 }],
    ['shadow', { strategy: 'shadow', stable: '1.0.0', candidate: '1.1.0', traffic: 100 }],
    ['blue-green', { strategy: 'blue-green', stable: '1.0.0', candidate: '1.1.0', traffic: 100 }],
  ] as [string, ServingEntry][])('%s: the candidate fails, the stable serves alone, no known-good search needed', (_name, current) => {
    const p = planRollback(base(current));
    expect(p).toMatchObject({ kind: 'rollback', failing: '1.1.0', target: '1.0.0', targetFrom: 'stable-kept', to: { strategy: 'direct', stable: '1.0.0' }, incident: 'rollback/production/demo/1.1.0', branch: 'modelgate/rollback/production/demo/1.1.0', mark: { status: 'rejected', incident: 'rollback/production/demo/1.1.0', date: '2026-02-01' } });
  });

  it('direct: the last known-good, or no target (an issue, never a guess)', () => {
    const spans = [{ env: 'production', model: 'demo', version: '1.0.0', since: '2026-01-01T00:00:00.000Z', commit: 'c1', until: '2026-01-20T00:00:00.000Z', untilCommit: 'c2', timeAdjusted: false, source: 'manifest-merge' as const }];
    const healthy = [{ environment: 'production', model: 'demo', version: '1.0.0', verdict: 'healthy' as const, allPassed: true, decidedAt: '2026-01-05T00:00:00Z', seq: 1, hash: 'h' }];
    expect(planRollback(base({ strategy: 'direct', stable: '1.2.0' }, { spans, verdicts: healthy }))).toMatchObject({ kind: 'rollback', failing: '1.2.0', target: '1.0.0', targetFrom: 'last-known-good' });
    expect(planRollback(base({ strategy: 'direct', stable: '1.2.0' }, { spans }))).toMatchObject({ kind: 'no-target', failing: '1.2.0' });
  });

  it('a canary whose stable is itself rejected falls back to the known-good search', () => {
    expect(planRollback(base({ strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 10 }, { marks: { '1.0.0': { status: 'rejected' } } }))).toMatchObject({ kind: 'no-target' });
  });

  describe('manual rollback to a named version', () => {
    const spans = [{ env: 'production', model: 'demo', version: '1.0.0', since: '2026-01-01T00:00:00.000Z', commit: 'c1', until: null, untilCommit: null, timeAdjusted: false, source: 'manifest-merge' as const }];
    const manual = (version: string, marks?: RollbackRequest['marks']) => planRollback(base({ strategy: 'direct', stable: '1.2.0' }, { trigger: 'manual', version, spans, ...(marks ? { marks } : {}) }));
    it('accepted when it served there and is not rejected', () => {
      expect(manual('1.0.0')).toMatchObject({ kind: 'rollback', target: '1.0.0', targetFrom: 'requested', trigger: 'manual' });
    });
    it('refuses a version marked rejected', () => {
      expect(() => manual('1.0.0', { '1.0.0': { status: 'rejected', reason: 'bias found' } })).toThrow(/marked rejected .*\(bias found\)/);
    });
    it('refuses a version that never served there', () => {
      expect(() => manual('1.1.0')).toThrow(/never served production fully/);
    });
    it('refuses the failing version itself', () => {
      expect(() => manual('1.2.0')).toThrow(/that is the version being rolled back/);
    });
  });
});
