// DRF's rate strings: "<requests>/<period>", the period named by its first letter
// (s, m, h, d), as in `THROTTLE_ANON=15/hour` or `--rate 300/hour`.
export interface Rate {
  requests: number;
  seconds: number;
}

const PERIOD_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

export function parseRate(text: string): Rate | null {
  const match = /^\s*(\d+)\s*\/\s*([a-z]+)\s*$/i.exec(text);
  if (!match) return null;
  const seconds = PERIOD_SECONDS[match[2][0].toLowerCase()];
  const requests = Number(match[1]);
  if (!seconds || !Number.isSafeInteger(requests) || requests <= 0) return null;
  return { requests, seconds };
}

export function formatRate(rate: Rate): string {
  const name = Object.entries(PERIOD_SECONDS).find(([, seconds]) => seconds === rate.seconds)?.[0] ?? 's';
  return `${rate.requests}/${{ s: 'second', m: 'minute', h: 'hour', d: 'day' }[name]}`;
}
