/** Durations as modelgate.yaml writes them (`30m`, `24h`, `1d12h`, `1w`): the pattern of defs-v1 `duration`. */
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Milliseconds, or null when the text is not a duration (the schema rejects those before this runs). */
export function parseDuration(text: string | undefined): number | null {
  if (text === undefined || !/^(?:[0-9]+[smhdw])+$/.test(text)) return null;
  let total = 0;
  for (const m of text.matchAll(/([0-9]+)([smhdw])/g)) total += Number(m[1]) * UNIT_MS[m[2]!]!;
  return total;
}

/** The largest units first, at most two of them: "3d 4h", "45m"; what people read in a gate message. */
export function formatDuration(ms: number): string {
  if (ms <= 0) return '0s';
  const parts: string[] = [];
  let rest = Math.floor(ms / 1000);
  for (const [unit, size] of [['d', 86_400], ['h', 3_600], ['m', 60], ['s', 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
    if (parts.length === 2) break;
  }
  return parts.join(' ') || '0s';
}
