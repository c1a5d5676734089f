/**
 * Promotion rules on real git histories: each gate failing alone with its message, advisory mode,
 * order and bake time from commit dates, the hot-fix path, rollbacks.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildPlan, type Plan } from '../../src/deploy/plan.js';
import type { GateResult } from '../../src/deploy/promotion.js';
import { cardYaml, removeDir } from '../helpers/registry.js';
import { DEPLOY_CONFIG, commitFilesAt, deployRegistry, gitAt, manifestYaml } from './helpers.js';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) removeDir(dirs.pop()!);
});

function registry(...args: Parameters<typeof deployRegistry>): string {
  const dir = deployRegistry(...args);
  dirs.push(dir);
  return dir;
}

const staging = (models: Parameters<typeof manifestYaml>[1]) => ({ 'deployments/staging.yaml': manifestYaml('staging', models) });
const production = (models: Parameters<typeof manifestYaml>[1], hotfix?: { reason: string }) => ({ 'deployments/production.yaml': manifestYaml('production', models, hotfix) });

async function plan(dir: string, env: string, now: string, extra: { base?: string; head?: string } = {}): Promise<Plan> {
  return buildPlan({ repoDir: dir, env, now: new Date(now), today: now.slice(0, 10), ...extra });
}

function failing(p: Plan): GateResult[] {
  return p.gates.filter((g) => g.outcome === 'fail');
}

/** staging: 1.0.0 from Jan 2; production: 1.0.0 from Jan 5; staging: 1.1.0 from Jan 10 12:00. */
function withHistory(options: Parameters<typeof deployRegistry>[1] = {}): string {
  const dir = registry('2026-01-01T00:00:00Z', options);
  commitFilesAt(dir, '2026-01-02T00:00:00Z', staging({ demo: { strategy: 'direct', stable: '1.0.0' } }));
  commitFilesAt(dir, '2026-01-05T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.0.0' } }));
  commitFilesAt(dir, '2026-01-10T12:00:00Z', staging({ demo: { strategy: 'direct', stable: '1.1.0' } }));
  return dir;
}

describe('promotion gates on a real git history', () => {
  it('passes a canary of a version that baked in staging, with every gate reported', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-20T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }));
    const p = await plan(dir, 'production', '2026-01-20T01:00:00Z', { head: 'HEAD' });
    expect(failing(p)).toEqual([]);
    expect(p.verdict).toBe('pass');
    expect(p.gates.map((g) => g.gate).sort()).toEqual(['approvals', 'artifact', 'bakeTime', 'environment', 'evidence', 'policy', 'promotionOrder', 'registration', 'registration', 'strategy', 'trafficSteps']);
    expect(p.gates.filter((g) => g.outcome === 'deferred').map((g) => g.gate).sort()).toEqual(['approvals', 'artifact', 'evidence']);
    const change = p.changes.find((c) => c.model === 'demo')!;
    expect(change.versionsIn).toEqual(['1.1.0']);
    expect(change.trafficBefore).toEqual({ '1.0.0': 100 });
    expect(change.trafficAfter).toEqual({ '1.0.0': 95, '1.1.0': 5 });
    expect(p.gates.find((g) => g.gate === 'bakeTime')!.message).toContain('baked in staging for 9d 13h (needs 24h)');
    // The default base on the default branch with --head is the head's first parent.
    expect(p.base.ref).toContain('first parent');
  });

  it('promotionOrder fails alone when the version never served in the required environment', async () => {
    // Staging has no bake time here, so only the order rule can fail.
    const dir = registry('2026-01-01T00:00:00Z', { config: DEPLOY_CONFIG().replace('bakeTime: 24h', 'bakeTime: 0s') });
    commitFilesAt(dir, '2026-01-02T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.0.0' } }));
    commitFilesAt(dir, '2026-01-03T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.2.0', traffic: 5 } }));
    const p = await plan(dir, 'production', '2026-02-01T00:00:00Z', { head: 'HEAD' });
    expect(failing(p).map((g) => g.gate)).toEqual(['promotionOrder']);
    const g = failing(p)[0]!;
    expect(g.message).toBe('demo 1.2.0 has not served in staging, which production requires first');
    expect(g.remedy).toContain('Promote demo 1.2.0 to staging');
    expect(g.blocking).toBe(true);
    expect(p.verdict).toBe('fail');
  });

  it('bakeTime fails alone while the version has served less than the bake time, and passes once it has', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-11T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }));
    const early = await plan(dir, 'production', '2026-01-11T00:00:00Z', { head: 'HEAD' });
    expect(failing(early).map((g) => g.gate)).toEqual(['bakeTime']);
    expect(failing(early)[0]!.message).toBe("demo 1.1.0 has served in staging for 12h; production needs 24h in staging (staging's bakeTime); it can be promoted from 2026-01-11T12:00:00.000Z");
    expect(failing(early)[0]!.remedy).toContain('hotfix');
    const later = await plan(dir, 'production', '2026-01-11T12:00:00Z', { head: 'HEAD' });
    expect(failing(later)).toEqual([]);
  });

  it('counts bake time from the merge on the first-parent chain, not from the branch commit', async () => {
    const dir = withHistory();
    // A branch written on Jan 1 (before everything) but merged on Jan 15: 1.2.0 serves staging from the merge.
    gitAt(dir, '2026-01-01T00:00:00Z', 'checkout', '-q', '-b', 'feature');
    commitFilesAt(dir, '2026-01-01T00:00:00Z', staging({ demo: { strategy: 'direct', stable: '1.2.0' } }), 'branch commit with an old date');
    gitAt(dir, '2026-01-15T00:00:00Z', 'checkout', '-q', 'main');
    gitAt(dir, '2026-01-15T00:00:00Z', 'merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
    commitFilesAt(dir, '2026-01-15T06:00:00Z', production({ demo: { strategy: 'direct', stable: '1.2.0' } }));
    const p = await plan(dir, 'production', '2026-01-15T12:00:00Z', { head: 'HEAD' });
    const bake = p.gates.find((g) => g.gate === 'bakeTime')!;
    expect(bake.outcome).toBe('fail');
    expect(bake.message).toContain('for 12h');
  });

  it('never lets a commit time go backwards on the chain (clock skew shortens spans, never lengthens them)', async () => {
    const dir = withHistory();
    // Committed "on Jan 3" after the Jan 10 commit: a skewed clock. It lands no earlier than Jan 10 12:00.
    commitFilesAt(dir, '2026-01-03T00:00:00Z', staging({ demo: { strategy: 'direct', stable: '1.2.0' } }));
    commitFilesAt(dir, '2026-01-11T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.2.0' } }));
    const p = await plan(dir, 'production', '2026-01-11T00:00:00Z', { head: 'HEAD' });
    const bake = p.gates.find((g) => g.gate === 'bakeTime')!;
    expect(bake.outcome).toBe('fail');
    expect(bake.message).toContain('for 12h (its start was moved later because a commit time went backwards on the branch)');
  });

  it('trafficSteps fails alone when traffic skips a step, and allows the next step or 0', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-20T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }));
    commitFilesAt(dir, '2026-01-21T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 50 } }));
    const skip = await plan(dir, 'production', '2026-01-21T00:00:00Z', { head: 'HEAD' });
    expect(failing(skip).map((g) => g.gate)).toEqual(['trafficSteps']);
    expect(failing(skip)[0]!.message).toBe('demo 1.1.0 goes from 5% to 50%, but traffic may only move to the next step (25%) or back to 0%');
    gitAt(dir, '2026-01-21T00:00:00Z', 'reset', '-q', '--hard', 'HEAD~1');
    for (const [traffic, ok] of [[25, true], [0, true], [100, false]] as const) {
      commitFilesAt(dir, '2026-01-22T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic } }));
      const p = await plan(dir, 'production', '2026-01-22T00:00:00Z', { base: 'HEAD~1', head: 'HEAD' });
      expect(p.gates.find((g) => g.gate === 'trafficSteps')!.passed, `5 → ${traffic}`).toBe(ok);
      gitAt(dir, '2026-01-22T00:00:00Z', 'reset', '-q', '--hard', 'HEAD~1');
    }
  });

  it('completes a canary at the last step by serving the candidate directly (50 → 100)', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-20T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 50 } }));
    commitFilesAt(dir, '2026-01-21T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.1.0' } }));
    const p = await plan(dir, 'production', '2026-01-21T00:00:00Z', { head: 'HEAD' });
    expect(failing(p)).toEqual([]);
    expect(p.changes[0]!.versionsOut).toEqual(['1.0.0']);
  });

  it('strategy fails alone for a strategy the environment does not allow', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-20T00:00:00Z', production({ demo: { strategy: 'ab', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }));
    const p = await plan(dir, 'production', '2026-01-20T00:00:00Z', { head: 'HEAD' });
    expect(failing(p).map((g) => g.gate)).toEqual(['strategy']);
    expect(failing(p)[0]!.message).toBe("demo: strategy 'ab' is not allowed in production (allowed: direct, canary, shadow, blue-green)");
  });

  it('registration fails alone for a candidate marked rejected in model.yaml', async () => {
    const dir = withHistory({ modelExtra: 'versions:\n  "1.1.0": { status: rejected, reason: "drift in January", incident: INC-7 }\n' });
    commitFilesAt(dir, '2026-01-20T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }));
    const p = await plan(dir, 'production', '2026-01-20T00:00:00Z', { head: 'HEAD' });
    expect(failing(p).map((g) => g.gate)).toEqual(['registration']);
    expect(failing(p)[0]!.message).toBe('candidate demo 1.1.0 is marked rejected in models/demo/model.yaml (drift in January)');
  });

  it('registration fails alone for a version that is not registered', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-02T00:00:00Z', staging({ demo: { strategy: 'canary', stable: '1.1.0', candidate: '9.9.9', traffic: 5 } }));
    const p = await plan(dir, 'staging', '2026-01-20T00:00:00Z', { head: 'HEAD' });
    expect(failing(p).map((g) => g.gate)).toEqual(['registration']);
    expect(failing(p)[0]!.message).toBe('candidate demo 9.9.9 is not registered: models/demo/9.9.9/card.yaml does not exist');
  });

  it('policy fails alone when the candidate card breaks a deny rule, judged with the base branch policies', async () => {
    const dir = withHistory();
    // The candidate's card loses its intended use in the same change that promotes it.
    commitFilesAt(dir, '2026-01-20T00:00:00Z', {
      'models/demo/1.1.0/card.yaml': `schemaVersion: 1\nmodel: demo\nversion: "1.1.0"\n`,
      ...production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }),
    });
    const p = await plan(dir, 'production', '2026-01-20T00:00:00Z', { head: 'HEAD' });
    expect(failing(p).map((g) => g.gate)).toEqual(['policy']);
    expect(failing(p)[0]!.message).toMatch(/policy finding\(s\) fail in production: models\/demo\/1\.1\.0\/card\.yaml/);
    expect(p.policyFindings.some((f) => f.version === '1.1.0' && f.severity === 'deny')).toBe(true);
  });

  it('advisory gates report a failure without blocking', async () => {
    const config = DEPLOY_CONFIG('gates:\n  bakeTime: advisory\n  trafficSteps: advisory\n');
    const dir = withHistory({ config });
    commitFilesAt(dir, '2026-01-11T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 25 } }));
    const p = await plan(dir, 'production', '2026-01-11T00:00:00Z', { head: 'HEAD' });
    expect(failing(p).map((g) => [g.gate, g.mode, g.blocking])).toEqual([
      ['bakeTime', 'advisory', false],
      ['trafficSteps', 'advisory', false],
    ]);
    expect(failing(p)[0]!.message).toMatch(/^\[advisory\] /);
    expect(p.verdict).toBe('pass');
  });

  it('a hot fix skips bake time, needs a reason and defers to the high-risk approval rule', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-11T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.1.0' } }, { reason: 'fraud spike INC-42, 1.0.0 misses the new pattern' }));
    const p = await plan(dir, 'production', '2026-01-11T00:00:00Z', { base: 'HEAD~1', head: 'HEAD' });
    const bake = p.gates.find((g) => g.gate === 'bakeTime')!;
    expect(bake.outcome).toBe('pass');
    expect(bake.message).toContain('skipped by the hot fix');
    const approvals = p.gates.find((g) => g.gate === 'approvals')!;
    expect(approvals).toMatchObject({ outcome: 'deferred', passed: false, blocking: false, requirement: { approvalTier: 'high', reason: 'fraud spike INC-42, 1.0.0 misses the new pattern' } });
    // The order rule still holds for a hot fix, and trafficSteps still applies to a direct switch.
    expect(p.gates.find((g) => g.gate === 'promotionOrder')!.outcome).toBe('pass');
    expect(p.hotfix?.reason).toContain('fraud spike');
  });

  it('a hot fix without a reason is refused: the manifest fails its schema and the policy gate says why', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-11T00:00:00Z', { 'deployments/production.yaml': `${manifestYaml('production', { demo: { strategy: 'direct', stable: '1.1.0' } })}hotfix:\n  incident: INC-42\n` });
    const p = await plan(dir, 'production', '2026-01-11T00:00:00Z', { head: 'HEAD' });
    expect(failing(p).map((g) => g.gate)).toEqual(['policy']);
    expect(failing(p)[0]!.message).toContain('reason');
    expect(p.verdict).toBe('fail');
  });

  it('a hot-fix block carried over unchanged does not skip the next bake time', async () => {
    const dir = withHistory();
    const hotfix = { reason: 'fraud spike INC-42, 1.0.0 misses the new pattern' };
    commitFilesAt(dir, '2026-01-11T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.0.0' } }, hotfix));
    commitFilesAt(dir, '2026-01-11T01:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }, hotfix));
    const p = await plan(dir, 'production', '2026-01-11T01:00:00Z', { head: 'HEAD' });
    expect(p.hotfix).toBeNull();
    expect(p.gates.find((g) => g.gate === 'bakeTime')!.outcome).toBe('fail');
  });

  it('returning to a version that served the environment before is a rollback: no order or bake requirement', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-20T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.1.0' } }));
    commitFilesAt(dir, '2026-01-20T01:00:00Z', production({ demo: { strategy: 'direct', stable: '1.0.0' } }));
    const p = await plan(dir, 'production', '2026-01-20T01:00:00Z', { head: 'HEAD' });
    expect(p.changes[0]!.rollbackTo).toEqual(['1.0.0']);
    expect(p.gates.find((g) => g.gate === 'promotionOrder')!.message).toContain('rollback');
    expect(p.gates.find((g) => g.gate === 'trafficSteps')!.passed).toBe(true);
    expect(p.gates.some((g) => g.gate === 'bakeTime')).toBe(false);
  });

  describe('no-regression against the version a new stable replaces', () => {
    const card = (v: string, accuracy: number) => ({ [`models/demo/${v}/card.yaml`]: cardYaml('demo', v, { metrics: `        - { type: accuracy, value: ${accuracy} }` }).replace('  sha256:', '  format: onnx\n  sha256:') });

    it('a direct replacement by a worse version fails the policy gate alone, with the no-regression rule', async () => {
      const dir = registry();
      commitFilesAt(dir, '2026-01-02T00:00:00Z', { ...card('1.0.0', 0.9), ...staging({ demo: { strategy: 'direct', stable: '1.0.0' } }) });
      commitFilesAt(dir, '2026-01-03T00:00:00Z', { ...card('1.1.0', 0.8), ...staging({ demo: { strategy: 'direct', stable: '1.1.0' } }) });
      const p = await plan(dir, 'staging', '2026-01-03T00:00:00Z', { head: 'HEAD' });
      expect(failing(p).map((g) => g.gate)).toEqual(['policy']);
      expect(p.policyFindings.filter((f) => f.severity === 'deny').map((f) => [f.ruleId, f.version])).toEqual([['no-regression', '1.1.0']]);
    });

    it('the same replacement by a better version passes (the check is not vacuous)', async () => {
      const dir = registry();
      commitFilesAt(dir, '2026-01-02T00:00:00Z', { ...card('1.0.0', 0.8), ...staging({ demo: { strategy: 'direct', stable: '1.0.0' } }) });
      commitFilesAt(dir, '2026-01-03T00:00:00Z', { ...card('1.1.0', 0.9), ...staging({ demo: { strategy: 'direct', stable: '1.1.0' } }) });
      const p = await plan(dir, 'staging', '2026-01-03T00:00:00Z', { head: 'HEAD' });
      expect(failing(p)).toEqual([]);
    });

    it('a rollback to a worse version that served before is not held to no-regression', async () => {
      const dir = registry();
      commitFilesAt(dir, '2026-01-02T00:00:00Z', { ...card('1.0.0', 0.8), ...card('1.1.0', 0.9), ...staging({ demo: { strategy: 'direct', stable: '1.0.0' } }) });
      commitFilesAt(dir, '2026-01-03T00:00:00Z', staging({ demo: { strategy: 'direct', stable: '1.1.0' } }));
      commitFilesAt(dir, '2026-01-04T00:00:00Z', staging({ demo: { strategy: 'direct', stable: '1.0.0' } }));
      const p = await plan(dir, 'staging', '2026-01-04T00:00:00Z', { head: 'HEAD' });
      expect(p.changes[0]!.rollbackTo).toEqual(['1.0.0']);
      expect(failing(p)).toEqual([]);
    });
  });

  it('plans the working tree against HEAD on the default branch, rules read from the base', async () => {
    const dir = withHistory();
    // An uncommitted edit that also tries to relax the bake time: the base's modelgate.yaml decides.
    const { writeFiles } = await import('../helpers/registry.js');
    writeFiles(dir, { ...production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }), 'modelgate.yaml': DEPLOY_CONFIG().replace('bakeTime: 24h', 'bakeTime: 1s') });
    const p = await plan(dir, 'production', '2026-01-10T13:00:00Z');
    expect(p.head.commit).toBeNull();
    expect(p.base.ref).toBe('merge base with main');
    expect(failing(p).map((g) => g.gate)).toEqual(['bakeTime']);
  });
});

describe('removals, invalid manifests, hot-fix reasons, deprecated versions', () => {
  it('a model removed and then re-added is not new to the environment: its return follows the traffic steps; the removal is shown', async () => {
    const dir = withHistory();
    const removal = commitFilesAt(dir, '2026-01-20T00:00:00Z', production({}));
    const removed = await plan(dir, 'production', '2026-01-20T00:00:00Z', { head: removal });
    expect(removed.changes.map((c) => [c.model, c.change])).toEqual([['demo', 'remove']]);
    expect(removed.gates.find((g) => g.gate === 'strategy' && g.model === 'demo')!.message).toMatch(/^demo stops serving in production \(it served 1\.0\.0 with direct\)/);
    // Re-added straight at 100% with a version that never served production: 0 → 100 is not a step.
    commitFilesAt(dir, '2026-01-21T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.1.0' } }));
    const back = await plan(dir, 'production', '2026-01-21T00:00:00Z', { head: 'HEAD' });
    expect(back.changes[0]).toMatchObject({ change: 'add', servedBefore: true, rollbackTo: [] });
    expect(failing(back).map((g) => g.gate)).toEqual(['trafficSteps']);
    expect(failing(back)[0]!.message).toContain('demo 1.1.0 goes from 0% to 100%');
    // A model that never served here is new: its stable is the baseline, as before.
    const dir2 = registry('2026-01-01T00:00:00Z');
    commitFilesAt(dir2, '2026-01-02T00:00:00Z', staging({ demo: { strategy: 'direct', stable: '1.1.0' } }));
    commitFilesAt(dir2, '2026-01-20T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.1.0' } }));
    const first = await plan(dir2, 'production', '2026-01-21T00:00:00Z', { head: 'HEAD' });
    expect(first.changes[0]).toMatchObject({ change: 'add', servedBefore: false });
    expect(first.gates.find((g) => g.gate === 'trafficSteps')!.passed).toBe(true);
  });

  it('an invalid base manifest fails closed, naming the base\'s problem; an invalid head says so instead of "no changes"', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-20T00:00:00Z', { 'deployments/production.yaml': 'schemaVersion: 1\nenvironment: production\nmodels:\n  demo: { strategy: teleport, stable: "1.0.0" }\n' });
    commitFilesAt(dir, '2026-01-21T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.1.0' } }));
    const p = await plan(dir, 'production', '2026-01-21T00:00:00Z', { head: 'HEAD' });
    expect(p.verdict).toBe('fail');
    const g = failing(p).find((x) => x.gate === 'trafficSteps')!;
    expect(g.blocking).toBe(true);
    expect(g.message).toMatch(/^the base's deployments\/production\.yaml \([0-9a-f]{12}\) is invalid, .*strategy/);
    expect(p.manifestInvalid).toEqual({ base: true, head: false });

    const head = await plan(dir, 'production', '2026-01-20T00:00:00Z', { head: 'HEAD~1' });
    const { formatPlanText } = await import('../../src/deploy/format.js');
    const text = formatPlanText(head);
    expect(text).toContain("Changes: unknown — the head's deployments/production.yaml is invalid");
    expect(text).not.toContain('Changes: none');
    expect(text).toContain('now: 2026-01-20T00:00:00.000Z');
  });

  it('a hot fix whose reason is only whitespace is refused by the schema and does not skip bake time', async () => {
    const dir = withHistory();
    commitFilesAt(dir, '2026-01-11T00:00:00Z', production({ demo: { strategy: 'direct', stable: '1.1.0' } }, { reason: '            ' }));
    const p = await plan(dir, 'production', '2026-01-11T00:00:00Z', { head: 'HEAD' });
    expect(p.hotfix).toBeNull();
    expect(p.verdict).toBe('fail');
    expect(failing(p).find((g) => g.gate === 'policy')!.message).toMatch(/hotfix\.reason.*at least 10 non-blank characters/);
    const { declaredHotfix } = await import('../../src/deploy/promotion.js');
    const m = { schemaVersion: 1, environment: 'production', models: {} } as const;
    expect(declaredHotfix(null, { ...m, hotfix: { reason: ' a  b   c ' } })).toBeUndefined();
    expect(declaredHotfix(null, { ...m, hotfix: { reason: ' INC-42 disk ' } })).toEqual({ reason: ' INC-42 disk ' });
  });

  it('promoting a deprecated version passes with a warning', async () => {
    const dir = withHistory({ modelExtra: 'versions:\n  "1.1.0": { status: deprecated, reason: "superseded by 1.2.0" }\n' });
    commitFilesAt(dir, '2026-01-20T00:00:00Z', production({ demo: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 5 } }));
    const p = await plan(dir, 'production', '2026-01-20T01:00:00Z', { head: 'HEAD' });
    const g = p.gates.find((x) => x.gate === 'registration' && x.version === '1.1.0')!;
    expect(g).toMatchObject({ outcome: 'pass', warning: true });
    expect(g.message).toContain('WARNING: it is marked deprecated in models/demo/model.yaml (superseded by 1.2.0)');
    const { formatPlanText } = await import('../../src/deploy/format.js');
    expect(formatPlanText(p)).toMatch(/WARN\s+registration: candidate demo 1\.1\.0/);
  });
});
