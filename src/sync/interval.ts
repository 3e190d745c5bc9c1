// Periods as people write them on a command line: `30s`, `15m`, `1h`, `1d`.
const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Milliseconds, or null when the text is not a positive number with one unit. */
export function parseInterval(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/i.exec(text);
  if (!match) return null;
  const ms = Number(match[1]) * UNIT_MS[match[2].toLowerCase()];
  return ms >= 1000 ? ms : null;
}

