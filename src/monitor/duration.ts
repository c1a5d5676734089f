/** Durations in the schema's form (30s, 5m, 1d12h, 2w) as milliseconds. */
const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

export function durationMs(text: string): number {
  if (!/^(?:[0-9]+[smhdw])+$/.test(text)) throw new Error(`invalid duration '${text}' (use e.g. 30s, 5m, 1h, 1d12h)`);
  let total = 0;
  for (const m of text.matchAll(/([0-9]+)([smhdw])/g)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return total;
}
