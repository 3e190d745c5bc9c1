// Django's form fields, as django-filter uses them to read query values: what each accepts,
// and the message it rejects the rest with. Values come back in the form the database
// stores (date-times as `YYYY-MM-DDTHH:MM:SS.ffffffZ`, dates as `YYYY-MM-DD`).
import { storedDateTime } from './render.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export const ENTER_A_NUMBER = 'Enter a number.';
const DECIMAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
// django-filter's NumberFilter caps values with MaxValueValidator(1e50).
const NUMBER_MAX = 1e50;

/** forms.DecimalField (+ NumberFilter's cap): what Python's Decimal reads, finite, ≤ 1e50. */
export function parseDecimal(raw: string): Parsed<number> {
  const text = raw.trim();
  if (!DECIMAL.test(text)) return { ok: false, message: ENTER_A_NUMBER };
  const value = Number(text.replaceAll('_', ''));
  if (value > NUMBER_MAX) return { ok: false, message: 'Ensure this value is less than or equal to 1e+50.' };
  return { ok: true, value };
}

/** An integer column compared with a decimal: truncated toward zero, clamped to stay a valid parameter. */
export function integerBound(value: number): number {
  return Math.max(-9e15, Math.min(9e15, Math.trunc(value)));
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,6})\d*)?)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/;
const US_DATE_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?$/;

/**
 * forms.DateTimeField: ISO 8601 (`2024-03-21`, `2024-03-21T12:21`, `…:24Z`, `…+02:00`) or
 * Django's `%m/%d/%Y %H:%M:%S` input formats; a value without a zone is UTC (LL2's zone).
 */
export function parseDateTime(raw: string): Parsed<string> {
  const invalid = { ok: false as const, message: 'Enter a valid date/time.' };
  const text = raw.trim();
  let parts: { year: number; month: number; day: number; hour: number; minute: number; second: number; fraction: string; zone: string };
  const iso = ISO_DATE_TIME.exec(text);
  const us = iso ? null : US_DATE_TIME.exec(text);
  if (iso) {
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = iso;
    parts = { year: +year, month: +month, day: +day, hour: +hour, minute: +minute, second: +second, fraction, zone };
  } else if (us) {
    const [, month, day, year, hour = '0', minute = '0', second = '0', fraction = ''] = us;
    // Python's %y: 69–99 → 1900s, 00–68 → 2000s.
    const fullYear = year.length === 2 ? (+year < 69 ? 2000 + +year : 1900 + +year) : +year;
    parts = { year: fullYear, month: +month, day: +day, hour: +hour, minute: +minute, second: +second, fraction, zone: 'Z' };
  } else {
    return invalid;
  }
  if (!validCalendarDate(parts.year, parts.month, parts.day) || parts.hour > 23 || parts.minute > 59 || parts.second > 59) {
    return invalid;
  }
  const pad = (value: number, width = 2) => String(value).padStart(width, '0');
  const zone = parts.zone === 'Z' ? 'Z' : parts.zone.length === 3 ? `${parts.zone}:00` : parts.zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const text8601 = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}:${pad(parts.second)}${parts.fraction ? `.${parts.fraction}` : ''}${zone}`;
  const stored = storedDateTime(text8601);
  return stored ? { ok: true, value: stored } : invalid;
}

/** forms.DateField: `2024-03-21` or `03/21/2024`. */
export function parseDate(raw: string): Parsed<string> {
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const [year, month, day] = iso ? [+iso[1], +iso[2], +iso[3]] : us ? [+us[3], +us[1], +us[2]] : [0, 0, 0];
  if (!validCalendarDate(year, month, day)) return { ok: false, message: 'Enter a valid date.' };
  return { ok: true, value: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}

function validCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
