/** The promotion rules as pure functions, for the cases a git history makes long to set up. */
import { describe, expect, it } from 'vitest';
import type { ServingSpan } from '../../src/deploy/history.js';
import { evaluatePromotion, requiredEnvironment, trafficShares, type PromotionInput } from '../../src/deploy/promotion.js';
import type { ConfigDoc, ManifestDoc, ServingEntry } from '../../src/registry/types.js';

const config: ConfigDoc = {
  schemaVersion: 1,
  environments: [{ name: 'dev' }, { name: 'staging', bakeTime: '1d' }, { name: 'qa' }, { name: 'production', requires: 'staging', trafficSteps: [10, 50] }],
};
const manifest = (models: Record<string, ServingEntry>): ManifestDoc => ({ schemaVersion: 1, environment: 'production', models });
const span = (env: string, model: string, version: string, since: string, until: string | null = null): ServingSpan => ({ env, model, version, since, commit: 'c0ffee', until, untilCommit: null, timeAdjusted: false, source: 'manifest-merge' });

function run(before: ManifestDoc | null, after: ManifestDoc, spans: ServingSpan[] = [], overrides: Partial<PromotionInput> = {}) {
  const byEnv = new Map<string, ServingSpan[]>();
  for (const s of spans) byEnv.set(s.env, [...(byEnv.get(s.env) ?? []), s]);
  return evaluatePromotion({ config, env: 'production', before, after, spans: byEnv, now: new Date('2026-02-01T00:00:00Z'), versionInfo: () => ({ registered: true }), ...overrides });
}

describe('promotion rules', () => {
  it('`requires` overrides the previous environment; the first has none', () => {
    expect(requiredEnvironment(config, 'production')?.name).toBe('staging');
    expect(requiredEnvironment(config, 'qa')?.name).toBe('staging');
    expect(requiredEnvironment(config, 'dev')).toBeNull();
  });

  it('a model new to the environment may start with its stable at 100% and a candidate at the first step', () => {
    const spans = [span('staging', 'm', '1', '2026-01-01T00:00:00Z'), span('staging', 'm', '2', '2026-01-05T00:00:00Z')];
    const r = run(null, manifest({ m: { strategy: 'canary', stable: '1', candidate: '2', traffic: 10 } }), spans);
    expect(r.gates.filter((g) => !g.passed)).toEqual([]);
    expect(r.changes[0]!.change).toBe('add');
  });

  it('a direct replacement skips the steps and fails them', () => {
    const spans = [span('staging', 'm', '2', '2026-01-05T00:00:00Z')];
    const r = run(manifest({ m: { strategy: 'direct', stable: '1' } }), manifest({ m: { strategy: 'direct', stable: '2' } }), spans);
    expect(r.gates.filter((g) => !g.passed).map((g) => g.message)).toEqual(['m 2 goes from 0% to 100%, but traffic may only move to the next step (10%) or back to 0%']);
  });

  it('bake time counts the longest continuous span, closed spans included', () => {
    const spans = [span('staging', 'm', '2', '2026-01-01T00:00:00Z', '2026-01-01T20:00:00Z'), span('staging', 'm', '2', '2026-01-10T00:00:00Z', '2026-01-11T00:00:00Z')];
    const r = run(manifest({ m: { strategy: 'direct', stable: '1' } }), manifest({ m: { strategy: 'canary', stable: '1', candidate: '2', traffic: 10 } }), spans);
    expect(r.gates.find((g) => g.gate === 'bakeTime')).toMatchObject({ passed: true, message: expect.stringContaining('for 1d (needs 1d) from 2026-01-10T00:00:00Z') });
  });

  it('a stable already serving that was later marked rejected is reported, not blocked; an entering one is blocked', () => {
    const rejected = () => ({ registered: true, mark: { status: 'rejected' as const, reason: 'bad' } });
    const keep = run(manifest({ m: { strategy: 'direct', stable: '1' } }), manifest({ m: { strategy: 'shadow', stable: '1', candidate: '2', traffic: 50 } }), [span('staging', 'm', '2', '2026-01-01T00:00:00Z')], {
      versionInfo: (_m, v) => (v === '1' ? rejected() : { registered: true }),
    });
    expect(keep.gates.filter((g) => !g.passed)).toEqual([]);
    const enter = run(manifest({ m: { strategy: 'direct', stable: '1' } }), manifest({ m: { strategy: 'direct', stable: '2' } }), [span('staging', 'm', '2', '2026-01-01T00:00:00Z')], {
      versionInfo: (_m, v) => (v === '2' ? rejected() : { registered: true }),
    });
    expect(enter.gates.find((g) => g.gate === 'registration' && !g.passed)?.message).toBe('stable m 2 is marked rejected in models/m/model.yaml (bad)');
  });

  it('traffic shares per strategy', () => {
    expect(trafficShares({ strategy: 'ab', stable: '1', candidate: '2', traffic: 30 })).toEqual({ '1': 70, '2': 30 });
    expect(trafficShares({ strategy: 'blue-green', stable: '1', candidate: '2', traffic: 0 })).toEqual({ '1': 100, '2': 0 });
    expect(trafficShares({ strategy: 'shadow', stable: '1', candidate: '2', traffic: 30 })).toEqual({ '1': 100, '2': 0 });
  });
});
