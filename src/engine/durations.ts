// ISO 8601 durations exactly as LL2 prints them.
//
// LL2 formats `time_in_space`, `time_docked`, `fastest_turnaround`, flight `duration` and
// `turn_around_time` with isodate's `duration_isoformat(timedelta)` and its default `P%P`
// format (BEHAVIOR.md §10.1): no zero padding, days never folded into months/years,
// seconds with up to six fractional digits and trailing zeros removed, `P0D` for zero and a
// leading `-` for negative values.

const MICROSECONDS_PER_SECOND = 1_000_000;
const SECONDS_PER_MINUTE = 60;
const SECONDS_PER_HOUR = 3_600;
const SECONDS_PER_DAY = 86_400;

/**
 * isodate `duration_isoformat(timedelta(seconds=seconds))`.
 *
 * The float is first rounded to whole microseconds the way `timedelta` does it: the
 * fractional second (extracted exactly, like C `modf`) is scaled to microseconds and
 * rounded half-to-even. The sign is decided after rounding, so a value that rounds to zero
 * prints `P0D`, never `-P0D`. Throws RangeError for NaN/±Infinity (timedelta rejects them).
 */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) throw new RangeError(`Cannot format a non-finite duration: ${seconds}`);
  const magnitude = Math.abs(seconds);
  let wholeSeconds = Math.trunc(magnitude);
  let microseconds = roundHalfToEven((magnitude - wholeSeconds) * MICROSECONDS_PER_SECOND);
  if (microseconds === MICROSECONDS_PER_SECOND) {
    wholeSeconds += 1;
    microseconds = 0;
  }
  const isNegative = seconds < 0 && (wholeSeconds > 0 || microseconds > 0);
  return (isNegative ? '-' : '') + 'P' + formatMagnitude(wholeSeconds, microseconds);
}

/**
 * The same format for an exact integer number of microseconds (for callers that keep
 * durations as integers and want no float rounding at all).
 */
export function formatDurationMicroseconds(microseconds: bigint): string {
  const isNegative = microseconds < 0n;
  const magnitude = isNegative ? -microseconds : microseconds;
  const wholeSeconds = Number(magnitude / BigInt(MICROSECONDS_PER_SECOND));
  const fraction = Number(magnitude % BigInt(MICROSECONDS_PER_SECOND));
  return (isNegative ? '-' : '') + 'P' + formatMagnitude(wholeSeconds, fraction);
}

/** The `%P` expansion of isodate's `_strfduration` for a non-negative timedelta. */
function formatMagnitude(wholeSeconds: number, microseconds: number): string {
  const days = Math.floor(wholeSeconds / SECONDS_PER_DAY);
  const secondsOfDay = wholeSeconds - days * SECONDS_PER_DAY;
  const hours = Math.floor(secondsOfDay / SECONDS_PER_HOUR);
  const minutes = Math.floor((secondsOfDay % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE);
  const secs = secondsOfDay % SECONDS_PER_MINUTE;

  let out = days > 0 ? `${days}D` : '';
  if (hours > 0 || minutes > 0 || secs > 0 || microseconds > 0) {
    out += 'T';
    if (hours > 0) out += `${hours}H`;
    if (minutes > 0) out += `${minutes}M`;
    if (secs > 0 || microseconds > 0) out += formatSeconds(secs, microseconds) + 'S';
  }
  // "at least one component has to be there"
  return out === '' ? '0D' : out;
}

/** `"%d.%06d" % (s, us)` with trailing zeros stripped, or plain `%d` when us == 0. */
function formatSeconds(seconds: number, microseconds: number): string {
  if (microseconds === 0) return String(seconds);
  return `${seconds}.${String(microseconds).padStart(6, '0')}`.replace(/0+$/, '');
}

function roundHalfToEven(x: number): number {
  const floor = Math.floor(x);
  const difference = x - floor;
  if (difference > 0.5) return floor + 1;
  if (difference < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

// ---------------------------------------------------------------------------------------
// Parsing

/**
 * isodate's `ISO8601_PERIOD_REGEX`. isodate writes `P(?!\b)`; since everything after `P`
 * must be a digit or `T`, that lookahead is the same as requiring one of those next (so a
 * bare `P` or `-P` is rejected, while `PT` is accepted as zero, as isodate does).
 */
const ISO_DURATION =
  /^([+-])?P(?=[0-9T])(?:([0-9]+(?:[,.][0-9]+)?)Y)?(?:([0-9]+(?:[,.][0-9]+)?)M)?(?:([0-9]+(?:[,.][0-9]+)?)W)?(?:([0-9]+(?:[,.][0-9]+)?)D)?(?:T(?:([0-9]+(?:[,.][0-9]+)?)H)?(?:([0-9]+(?:[,.][0-9]+)?)M)?(?:([0-9]+(?:[,.][0-9]+)?)S)?)?$/;

const MICROSECONDS_PER_UNIT = {
  weeks: 7n * 86_400n * 1_000_000n,
  days: 86_400n * 1_000_000n,
  hours: 3_600n * 1_000_000n,
  minutes: 60n * 1_000_000n,
  seconds: 1_000_000n,
} as const;

/** `timedelta.max` and `-timedelta.min` in microseconds; beyond them Python overflows. */
const MAX_POSITIVE_MICROSECONDS = (999_999_999n * 86_400n + 86_399n) * 1_000_000n + 999_999n;
const MAX_NEGATIVE_MICROSECONDS = 999_999_999n * 86_400n * 1_000_000n;

/**
 * isodate `parse_duration(text)` restricted to results that are `timedelta`s, in seconds.
 *
 * Accepts what LL2 emits and the rest of isodate's grammar: optional `+`/`-`, weeks, days,
 * hours, minutes, seconds, any of them fractional with `.` or `,`. Years and months are only
 * accepted when zero (isodate returns a `timedelta` then); a non-zero one would be an
 * isodate `Duration` of calendar length, which has no fixed number of seconds → null. Also
 * null for anything isodate rejects and for values outside timedelta's range. The result is
 * rounded to whole microseconds (half-to-even) like `timedelta`; zero is never `-0`.
 */
export function parseDuration(text: string): number | null {
  const match = ISO_DURATION.exec(text);
  if (match === null) return null;
  const [, sign, years, months, weeks, days, hours, minutes, seconds] = match;
  if (!isZeroNumber(years) || !isZeroNumber(months)) return null;

  const parts = [
    { text: weeks, unit: MICROSECONDS_PER_UNIT.weeks },
    { text: days, unit: MICROSECONDS_PER_UNIT.days },
    { text: hours, unit: MICROSECONDS_PER_UNIT.hours },
    { text: minutes, unit: MICROSECONDS_PER_UNIT.minutes },
    { text: seconds, unit: MICROSECONDS_PER_UNIT.seconds },
  ].filter((part): part is { text: string; unit: bigint } => part.text !== undefined);

  const microseconds = sumToMicroseconds(parts);
  const isNegative = sign === '-';
  if (microseconds > (isNegative ? MAX_NEGATIVE_MICROSECONDS : MAX_POSITIVE_MICROSECONDS)) return null;
  if (microseconds === 0n) return 0;
  // Whole and fractional seconds separately: the microsecond count can exceed 2^53.
  const perSecond = BigInt(MICROSECONDS_PER_SECOND);
  const value = Number(microseconds / perSecond) + Number(microseconds % perSecond) / MICROSECONDS_PER_SECOND;
  return isNegative ? -value : value;
}

function isZeroNumber(text: string | undefined): boolean {
  return text === undefined || /^[0,.]*$/.test(text);
}

/**
 * Exact Σ value × unit over decimal strings, rounded half-to-even to whole microseconds
 * once at the end (isodate hands the floats to `timedelta`, which also rounds once).
 */
function sumToMicroseconds(parts: Array<{ text: string; unit: bigint }>): bigint {
  const decimals = parts.map(({ text, unit }) => ({ ...splitDecimal(text), unit }));
  const scale = Math.max(0, ...decimals.map((d) => d.fractionDigits));
  let numerator = 0n;
  for (const { digits, fractionDigits, unit } of decimals) {
    numerator += digits * unit * 10n ** BigInt(scale - fractionDigits);
  }
  return divideRoundingHalfToEven(numerator, 10n ** BigInt(scale));
}

function splitDecimal(text: string): { digits: bigint; fractionDigits: number } {
  const [integerPart, fractionPart = ''] = text.split(/[,.]/);
  return { digits: BigInt(integerPart + fractionPart), fractionDigits: fractionPart.length };
}

function divideRoundingHalfToEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twiceRemainder = (numerator % denominator) * 2n;
  if (twiceRemainder > denominator) return quotient + 1n;
  if (twiceRemainder < denominator) return quotient;
  return quotient % 2n === 0n ? quotient : quotient + 1n;
}
