/** A platform-neutral traffic table: what a custom router (Envoy, Istio, a gateway) needs. */
import { trafficShares } from '../promotion.js';
import type { RenderInput, RenderResult } from './types.js';

export interface TrafficRow {
  model: string;
  version: string;
  role: 'stable' | 'candidate';
  /** % of live requests answered by this version. */
  weight: number;
  /** % of live requests copied to it without its answer being used (shadow). */
  mirror: number;
  uri: string | null;
  sha256: string | null;
}

export interface TrafficTable {
  schemaVersion: 1;
  environment: string;
  rows: TrafficRow[];
}

export function renderTable(input: RenderInput): RenderResult {
  const rows: TrafficRow[] = [];
  for (const { model, entry, artifacts } of input.serving) {
    const shares = trafficShares(entry);
    for (const [role, version] of [['stable', entry.stable], ['candidate', entry.candidate]] as const) {
      if (!version) continue;
      const a = artifacts[version] ?? {};
      rows.push({ model, version, role, weight: shares[version] ?? 0, mirror: entry.strategy === 'shadow' && role === 'candidate' ? (entry.traffic ?? 0) : 0, uri: a.uri ?? null, sha256: a.sha256 ?? null });
    }
  }
  const table: TrafficTable = { schemaVersion: 1, environment: input.env, rows };
  return { platform: 'table', files: [{ path: 'traffic-table.json', data: table, content: `${JSON.stringify(table, null, 2)}\n` }], unsupported: [], notes: [] };
}
