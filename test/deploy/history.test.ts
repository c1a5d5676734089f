/** Serving spans from manifest snapshots: what bake time and rollback detection are computed from. */
import { describe, expect, it } from 'vitest';
import { currentFromSnapshots, fullyServing, orderTimes, spansFromSnapshots, type ManifestSnapshot } from '../../src/deploy/history.js';
import type { ManifestDoc, ServingEntry } from '../../src/registry/types.js';

const T = (iso: string) => Date.parse(iso);
const doc = (models: Record<string, ServingEntry>): ManifestDoc => ({ schemaVersion: 1, environment: 'staging', models });
const snaps = (...list: [string, string, ManifestDoc | null][]): ManifestSnapshot[] => orderTimes(list.map(([commit, at, manifest]) => ({ commit, committedAt: T(at), manifest })));

describe('serving history', () => {
  it('the fully serving version: a canary or blue-green candidate only at 100%, otherwise the stable', () => {
    expect(fullyServing({ strategy: 'canary', stable: '1', candidate: '2', traffic: 50 })).toBe('1');
    expect(fullyServing({ strategy: 'canary', stable: '1', candidate: '2', traffic: 100 })).toBe('2');
    expect(fullyServing({ strategy: 'blue-green', stable: '1', candidate: '2', traffic: 100 })).toBe('2');
    expect(fullyServing({ strategy: 'ab', stable: '1', candidate: '2', traffic: 100 })).toBe('1');
    expect(fullyServing({ strategy: 'shadow', stable: '1', candidate: '2', traffic: 100 })).toBe('1');
  });

  it('opens a span when a version starts serving fully and closes it when another takes over or the model leaves', () => {
    const s = snaps(
      ['a', '2026-01-01T00:00:00Z', doc({ m: { strategy: 'direct', stable: '1.0.0' } })],
      ['b', '2026-01-02T00:00:00Z', doc({ m: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 50 } })],
      ['c', '2026-01-03T00:00:00Z', doc({ m: { strategy: 'canary', stable: '1.0.0', candidate: '1.1.0', traffic: 100 } })],
      ['d', '2026-01-05T00:00:00Z', null],
    );
    expect(spansFromSnapshots('staging', s).map((x) => [x.version, x.since, x.until, x.commit, x.untilCommit])).toEqual([
      ['1.0.0', '2026-01-01T00:00:00.000Z', '2026-01-03T00:00:00.000Z', 'a', 'c'],
      ['1.1.0', '2026-01-03T00:00:00.000Z', '2026-01-05T00:00:00.000Z', 'c', 'd'],
    ]);
  });

  it('raises a commit time that goes backwards to its predecessor\'s and marks the span', () => {
    const s = snaps(['a', '2026-01-10T00:00:00Z', doc({ m: { strategy: 'direct', stable: '1' } })], ['b', '2026-01-03T00:00:00Z', doc({ m: { strategy: 'direct', stable: '2' } })]);
    const spans = spansFromSnapshots('staging', s);
    expect(spans[1]).toMatchObject({ version: '2', since: '2026-01-10T00:00:00.000Z', timeAdjusted: true, until: null });
  });

  it('dates the current entry by the oldest commit since which it has not changed', () => {
    const e = { strategy: 'canary', stable: '1', candidate: '2', traffic: 5 } as const;
    const s = snaps(['a', '2026-01-01T00:00:00Z', doc({ m: { strategy: 'direct', stable: '1' } })], ['b', '2026-01-02T00:00:00Z', doc({ m: e })], ['c', '2026-01-04T00:00:00Z', doc({ m: e, n: { strategy: 'direct', stable: '3' } })]);
    expect(currentFromSnapshots('staging', s).map((x) => [x.model, x.commit, x.since])).toEqual([
      ['m', 'b', '2026-01-02T00:00:00.000Z'],
      ['n', 'c', '2026-01-04T00:00:00.000Z'],
    ]);
  });
});
