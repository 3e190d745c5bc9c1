import { test } from 'node:test';
import assert from 'node:assert/strict';

import { formatDuration, formatDurationMicroseconds, parseDuration } from '../../src/engine/durations.ts';

const DAY = 86_400;
const HOUR = 3_600;
const MINUTE = 60;

// ---------------------------------------------------------------------------------------
// formatDuration — BEHAVIOR.md §10.1

test('§10.1 examples (isodate 0.7.2 duration_isoformat)', () => {
  assert.equal(formatDuration(0), 'P0D');
  assert.equal(formatDuration(59), 'PT59S');
  assert.equal(formatDuration(60), 'PT1M');
  assert.equal(formatDuration(24 * HOUR), 'P1D');
  assert.equal(formatDuration(1.5), 'PT1.5S');
  assert.equal(formatDuration(0.000001), 'PT0.000001S');
  assert.equal(formatDuration(2.12), 'PT2.12S');
  assert.equal(formatDuration(DAY + 0.00001), 'P1DT0.00001S');
  assert.equal(formatDuration(-HOUR), '-PT1H');
  assert.equal(formatDuration(-30 * MINUTE), '-PT30M');
  assert.equal(formatDuration(-3 * DAY), '-P3D');
});

test('§10.1 seed values', () => {
  assert.equal(formatDuration(8 * MINUTE + 33), 'PT8M33S');
  assert.equal(formatDuration(HOUR + 33 * MINUTE + 2), 'PT1H33M2S');
  assert.equal(formatDuration(6 * DAY + 15 * HOUR + 47 * MINUTE), 'P6DT15H47M');
  assert.equal(formatDuration(197 * DAY + 13 * HOUR + 12 * MINUTE), 'P197DT13H12M');
  assert.equal(formatDuration(181 * DAY + 17 * HOUR), 'P181DT17H');
  assert.equal(formatDuration(187 * DAY + 13 * HOUR + 51 * MINUTE + 27), 'P187DT13H51M27S');
  assert.equal(formatDuration(187 * DAY + 21 * HOUR + 51 * MINUTE + 11), 'P187DT21H51M11S');
  assert.equal(formatDuration(7 * DAY + 20 * HOUR + 41 * MINUTE + 52), 'P7DT20H41M52S');
  assert.equal(formatDuration(19 * DAY), 'P19D');
});

test('days are never folded into months or years; no zero padding', () => {
  assert.equal(formatDuration(400 * DAY), 'P400D');
  assert.equal(formatDuration(3650 * DAY + 1), 'P3650DT1S');
  assert.equal(formatDuration(HOUR + 1), 'PT1H1S');
  assert.equal(formatDuration(DAY + MINUTE), 'P1DT1M');
  assert.equal(formatDuration(DAY + HOUR), 'P1DT1H');
  assert.equal(formatDuration(23 * HOUR + 59 * MINUTE + 59), 'PT23H59M59S');
});

test('fractional seconds: six digits max, trailing zeros stripped, leading zeros kept', () => {
  assert.equal(formatDuration(0.5), 'PT0.5S');
  assert.equal(formatDuration(0.25), 'PT0.25S');
  assert.equal(formatDuration(0.000123), 'PT0.000123S');
  assert.equal(formatDuration(10.01), 'PT10.01S');
  assert.equal(formatDuration(MINUTE + 0.1), 'PT1M0.1S');
  assert.equal(formatDuration(HOUR + 0.000001), 'PT1H0.000001S');
  assert.equal(formatDuration(-1.5), '-PT1.5S');
  assert.equal(formatDuration(-(DAY + 0.75)), '-P1DT0.75S');
});

test('input is rounded to whole microseconds (half to even), sign decided after rounding', () => {
  assert.equal(formatDuration(0.0000004), 'P0D');
  assert.equal(formatDuration(0.0000006), 'PT0.000001S');
  assert.equal(formatDuration(0.0000015), 'PT0.000002S');
  assert.equal(formatDuration(0.0000025), 'PT0.000002S', 'half to even');
  assert.equal(formatDuration(-0.0000004), 'P0D', 'rounds to zero: no "-"');
  assert.equal(formatDuration(-0), 'P0D');
  assert.equal(formatDuration(59.9999996), 'PT1M', 'carry into the next second and minute');
  assert.equal(formatDuration(DAY - 0.0000001), 'P1D');
});

test('float arithmetic noise does not leak into the output', () => {
  assert.equal(formatDuration(0.1 + 0.2), 'PT0.3S');
  assert.equal(formatDuration((1_700_000_123_456 - 1_700_000_000_000) / 1000), 'PT2M3.456S');
  assert.equal(formatDuration(187 * DAY + 0.1), 'P187DT0.1S');
});

test('non-finite input throws', () => {
  assert.throws(() => formatDuration(NaN), RangeError);
  assert.throws(() => formatDuration(Infinity), RangeError);
  assert.throws(() => formatDuration(-Infinity), RangeError);
});

test('formatDurationMicroseconds: exact integer input', () => {
  assert.equal(formatDurationMicroseconds(0n), 'P0D');
  assert.equal(formatDurationMicroseconds(1n), 'PT0.000001S');
  assert.equal(formatDurationMicroseconds(86_400_000_010n), 'P1DT0.00001S');
  assert.equal(formatDurationMicroseconds(-3_600_000_000n), '-PT1H');
  assert.equal(formatDurationMicroseconds(5_582_000_000n), 'PT1H33M2S');
});

// ---------------------------------------------------------------------------------------
// parseDuration

test('parseDuration: what LL2 emits', () => {
  assert.equal(parseDuration('P0D'), 0);
  assert.equal(parseDuration('PT1H33M2S'), HOUR + 33 * MINUTE + 2);
  assert.equal(parseDuration('P6DT15H47M'), 6 * DAY + 15 * HOUR + 47 * MINUTE);
  assert.equal(parseDuration('P187DT13H51M27S'), 187 * DAY + 13 * HOUR + 51 * MINUTE + 27);
  assert.equal(parseDuration('-PT1H'), -HOUR);
  assert.equal(parseDuration('-P3D'), -3 * DAY);
  assert.equal(parseDuration('PT1.5S'), 1.5);
  assert.equal(parseDuration('PT0.000001S'), 0.000001);
  assert.equal(parseDuration('P1DT0.00001S'), DAY + 0.00001);
  assert.equal(parseDuration('P400D'), 400 * DAY);
});

test('parseDuration: round-trips every formatted value', () => {
  const samples = ['P0D', 'PT59S', 'PT1M', 'P1D', 'PT1.5S', 'PT0.000001S', 'PT2.12S', 'P1DT0.00001S', '-PT1H', '-PT30M', '-P3D',
    'PT8M33S', 'PT1H33M2S', 'P6DT15H47M', 'P197DT13H12M', 'P181DT17H', 'P187DT13H51M27S', 'P400D', 'P3650DT23H59M59.999999S'];
  for (const text of samples) {
    const seconds = parseDuration(text);
    assert.notEqual(seconds, null, text);
    assert.equal(formatDuration(seconds!), text);
  }
});

test('parseDuration: the rest of isodate\'s grammar for timedeltas', () => {
  assert.equal(parseDuration('P2W'), 14 * DAY);
  assert.equal(parseDuration('P1W2D'), 9 * DAY);
  assert.equal(parseDuration('+PT1H'), HOUR);
  assert.equal(parseDuration('PT36H'), 36 * HOUR, 'no carry limits');
  assert.equal(parseDuration('PT90M'), 90 * MINUTE);
  assert.equal(parseDuration('P1.5D'), 1.5 * DAY);
  assert.equal(parseDuration('PT1,5S'), 1.5, 'comma decimal separator');
  assert.equal(parseDuration('PT0.5H'), 30 * MINUTE);
  assert.equal(parseDuration('PT'), 0, 'isodate accepts an empty time part');
  assert.equal(parseDuration('P1DT'), DAY);
  assert.equal(parseDuration('PT0.0000005S'), 0, 'rounded half to even → 0');
  assert.equal(parseDuration('PT0.0000015S'), 0.000002);
  assert.ok(Object.is(parseDuration('-P0D'), 0), 'no negative zero');
});

test('parseDuration: years and months only when zero (isodate then returns a timedelta)', () => {
  assert.equal(parseDuration('P0Y'), 0);
  assert.equal(parseDuration('P0Y0M5D'), 5 * DAY);
  assert.equal(parseDuration('P0.0M'), 0);
  assert.equal(parseDuration('P1Y'), null);
  assert.equal(parseDuration('P1M'), null);
  assert.equal(parseDuration('P0Y1M'), null);
  assert.equal(parseDuration('P0.5Y'), null);
  assert.equal(parseDuration('PT1M'), MINUTE, 'M after T is minutes');
});

test('parseDuration: invalid text → null', () => {
  for (const text of ['', 'P', '-P', 'T1H', '1D', 'P1', 'PT1', 'P1H', 'PT1D', 'P1DT1H1D', 'P-1D', 'P1.D', 'P.5D', 'PT1.S',
    'p1d', 'P1d', ' P1D', 'P1D ', 'P1D\n', 'P1 D', 'PT1H30', 'P1S', '00:01:00', 'P٣D', 'P1DT1H2M3S4', '--PT1H', 'P1E3D']) {
    assert.equal(parseDuration(text), null, JSON.stringify(text));
  }
});

test('parseDuration: values beyond timedelta\'s range → null', () => {
  assert.equal(parseDuration('P999999999D'), 999_999_999 * DAY);
  assert.equal(parseDuration('P999999999DT23H59M59.999999S'), 999_999_999 * DAY + 86_399.999999);
  assert.equal(parseDuration('P1000000000D'), null);
  assert.equal(parseDuration('-P999999999D'), -999_999_999 * DAY);
  assert.equal(parseDuration('-P999999999DT1S'), null);
});
