// Small re-implementations of the CPython behaviours LL2's stack leans on.
//
// LL2 runs Django REST Framework on CPython; several wire details (which `limit` values
// parse, how `next`/`previous` query strings are rebuilt, how floats print) are decided by
// Python built-ins rather than by DRF itself. Each function here mirrors one of them,
// including the corner cases clients can reach through a URL.

// ---------------------------------------------------------------------------------------
// Whitespace

/**
 * The characters CPython's `str.isspace()` / `str.strip()` / regex `\s` treat as whitespace
 * (`_PyUnicode_IsWhitespace`), as the body of a regex character class. Differs from JS `\s`:
 * Python includes U+001C–U+001F and U+0085 and excludes U+FEFF.
 */
export const PYTHON_WHITESPACE_CLASS =
  '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

const LEADING_PYTHON_WHITESPACE = new RegExp(`^[${PYTHON_WHITESPACE_CLASS}]+`);
const TRAILING_PYTHON_WHITESPACE = new RegExp(`[${PYTHON_WHITESPACE_CLASS}]+$`);

/** Python `text.strip()` with no argument (Unicode whitespace, not JS's `trim()` set). */
export function pythonStrip(text: string): string {
  return text.replace(LEADING_PYTHON_WHITESPACE, '').replace(TRAILING_PYTHON_WHITESPACE, '');
}

// ---------------------------------------------------------------------------------------
// int(str)

/** CPython 3.11+ refuses to convert decimal strings longer than this (`sys.get_int_max_str_digits()`). */
const PYTHON_INT_MAX_STR_DIGITS = 4300;

/**
 * What `PyLong_FromString` accepts once non-ASCII input has been transliterated: C-locale
 * whitespace only, one optional sign, digits with single underscores *between* digits.
 */
const ASCII_DECIMAL_LITERAL = /^[\t\n\v\f\r ]*([+-]?)([0-9](?:_?[0-9])*)[\t\n\v\f\r ]*$/;
const ASCII_ONLY = /^[\x00-\x7f]*$/;
const UNICODE_DECIMAL_DIGIT = /^\p{Nd}$/u;
const PYTHON_WHITESPACE_CHAR = new RegExp(`^[${PYTHON_WHITESPACE_CLASS}]$`);

/**
 * Python `int(text)` (base 10) as an exact bigint, or null where Python raises ValueError.
 *
 * Mirrors `PyLong_FromUnicodeObject`: first `_PyUnicode_TransformDecimalAndSpaceToASCII`
 * maps every non-ASCII Unicode whitespace to a space and every Unicode decimal digit
 * (category Nd: Arabic-Indic `٣`, fullwidth `３`, …) to its ASCII digit; any other non-ASCII
 * character makes the literal invalid. Then `PyLong_FromString` parses the ASCII text.
 * More than 4300 digits (underscores not counted) is a ValueError since CPython 3.11.
 */
export function parsePythonBigInt(text: string): bigint | null {
  const ascii = transliterateDecimalsAndSpaces(text);
  if (ascii === null) return null;
  const match = ASCII_DECIMAL_LITERAL.exec(ascii);
  if (match === null) return null;
  const digits = match[2].replaceAll('_', '');
  if (digits.length > PYTHON_INT_MAX_STR_DIGITS) return null;
  const magnitude = BigInt(digits);
  return match[1] === '-' ? -magnitude : magnitude;
}

/**
 * Python `int(text)` as a JS number, or null where Python raises ValueError.
 *
 * Magnitudes above Number.MAX_SAFE_INTEGER come back as the nearest double (so they are
 * still correctly ordered against small limits such as DRF's `max_limit`), and beyond
 * ~1.8e308 as ±Infinity; never NaN. Use `parsePythonBigInt` where exact digits matter
 * (e.g. echoing a huge `offset` back into a `previous` link).
 */
export function parsePythonInt(text: string): number | null {
  const value = parsePythonBigInt(text);
  return value === null ? null : Number(value);
}

function transliterateDecimalsAndSpaces(text: string): string | null {
  if (ASCII_ONLY.test(text)) return text;
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint < 0x7f) {
      out += char;
    } else if (PYTHON_WHITESPACE_CHAR.test(char)) {
      out += ' ';
    } else {
      const digit = unicodeDecimalValue(char);
      if (digit < 0) return null;
      out += String(digit);
    }
  }
  return out;
}

/**
 * The decimal value of a category-Nd character, or -1. Unicode guarantees Nd characters
 * come in contiguous runs of ten ordered 0–9, so the value is the distance to the start of
 * the run, modulo 10 (some runs, like U+1D7CE–U+1D7FF, hold several sets back to back).
 */
function unicodeDecimalValue(char: string): number {
  if (!UNICODE_DECIMAL_DIGIT.test(char)) return -1;
  const codePoint = char.codePointAt(0)!;
  let runStart = codePoint;
  while (UNICODE_DECIMAL_DIGIT.test(String.fromCodePoint(runStart - 1))) runStart--;
  return (codePoint - runStart) % 10;
}

// ---------------------------------------------------------------------------------------
// Query strings (urllib.parse)

const UTF8_REPLACING_DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const ASCII_RUN = /[\x00-\x7f]+/g;
const HEX_PAIR = /^[0-9A-Fa-f]{2}$/;

/**
 * Python `urllib.parse.parse_qsl(raw, keep_blank_values=True)` (default `&` separator,
 * UTF-8, errors='replace'): empty pieces skipped, a piece without `=` is `[piece, '']`,
 * `+` is a space, `%XX` escapes decoded as UTF-8 with U+FFFD for invalid bytes, malformed
 * escapes (`%`, `%4`, `%zz`) kept literally. `raw` is the query without the leading `?`.
 */
export function parseQueryString(raw: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  if (raw === '') return pairs;
  for (const piece of raw.split('&')) {
    if (piece === '') continue;
    const equals = piece.indexOf('=');
    const name = equals < 0 ? piece : piece.slice(0, equals);
    const value = equals < 0 ? '' : piece.slice(equals + 1);
    pairs.push([unquotePlus(name), unquotePlus(value)]);
  }
  return pairs;
}

function unquotePlus(text: string): string {
  return percentDecode(text.replaceAll('+', ' '), decodeUtf8Replacing);
}

function decodeUtf8Replacing(bytes: Uint8Array): string {
  return UTF8_REPLACING_DECODER.decode(bytes);
}

/**
 * Python `urllib.parse.unquote` with a chosen byte decoder. Python decodes each maximal run
 * of ASCII characters separately and copies non-ASCII characters through untouched, so an
 * escape sequence split by a raw non-ASCII character decodes as two broken halves.
 */
export function percentDecode(text: string, decodeBytes: (bytes: Uint8Array) => string): string {
  if (!text.includes('%')) return text;
  return text.replace(ASCII_RUN, (run) => (run.includes('%') ? decodeBytes(asciiRunToBytes(run)) : run));
}

function asciiRunToBytes(run: string): Uint8Array {
  const bytes = new Uint8Array(run.length);
  let length = 0;
  for (let i = 0; i < run.length; i++) {
    if (run[i] === '%' && HEX_PAIR.test(run.slice(i + 1, i + 3))) {
      bytes[length++] = parseInt(run.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      bytes[length++] = run.charCodeAt(i);
    }
  }
  return bytes.subarray(0, length);
}

const QUOTE_PLUS_SAFE_ONLY = /^[A-Za-z0-9_.~-]*$/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const EXTRA_ESCAPES = /[!'()*]/g;

/**
 * Python `urllib.parse.quote_plus(text, safe='')`: keeps `A-Za-z0-9_.-~`, space becomes
 * `+`, everything else is UTF-8 percent-encoded with uppercase hex. A lone surrogate (Python
 * would raise UnicodeEncodeError) is encoded as U+FFFD so we never throw.
 */
export function quotePlus(text: string): string {
  if (QUOTE_PLUS_SAFE_ONLY.test(text)) return text;
  // encodeURIComponent additionally leaves !'()* alone; Python escapes them.
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\ufffd'))
    .replace(EXTRA_ESCAPES, (char) => '%' + char.charCodeAt(0).toString(16).toUpperCase())
    .replaceAll('%20', '+');
}

/** Python `urllib.parse.urlencode(pairs)`: `quote_plus(key)=quote_plus(value)` joined by `&`. */
export function encodeQueryString(pairs: Array<[string, string]>): string {
  return pairs.map(([key, value]) => quotePlus(key) + '=' + quotePlus(value)).join('&');
}

/**
 * DRF `rest_framework.utils.urls.replace_query_param`, on the query part only:
 * `parse_qs(keep_blank_values=True)`, set `key` to exactly `[value]`, sort the keys
 * (`sorted(dict.items())`, code-point order), `urlencode(doseq=True)`. Returns the new query
 * without `?`; an empty result means the URL has no `?` at all (`urlunsplit` drops it).
 */
export function replaceQueryParam(raw: string, key: string, value: string): string {
  return changeQueryParams(queryGroups(raw), [[key, value]]);
}

/** DRF `remove_query_param`: like `replaceQueryParam` but every value of `key` is dropped. */
export function removeQueryParam(raw: string, key: string): string {
  return changeQueryParams(queryGroups(raw), [[key, null]]);
}

/**
 * A query's keys and values (Python `parse_qs`, blank values kept), parsed once for
 * `changeQueryParams`.
 */
export function queryGroups(raw: string): Map<string, string[]> {
  return groupValuesByKey(parseQueryString(raw));
}

/**
 * `replaceQueryParam` (a value) and `removeQueryParam` (null) applied in turn, as DRF's
 * pagination links chain them, without re-parsing the query between them.
 */
export function changeQueryParams(groups: Map<string, string[]>, changes: Array<[key: string, value: string | null]>): string {
  const changed = new Map(groups);
  for (const [key, value] of changes) {
    if (value === null) changed.delete(key);
    else changed.set(key, [value]);
  }
  return encodeSortedGroups(changed);
}

/** Python `parse_qs`: one entry per distinct key, values in their original order. */
function groupValuesByKey(pairs: Array<[string, string]>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [key, value] of pairs) {
    const values = groups.get(key);
    if (values === undefined) groups.set(key, [value]);
    else values.push(value);
  }
  return groups;
}

function encodeSortedGroups(groups: Map<string, string[]>): string {
  const keys = [...groups.keys()].sort(compareCodePoints);
  const pairs: Array<[string, string]> = [];
  for (const key of keys) {
    for (const value of groups.get(key)!) pairs.push([key, value]);
  }
  return encodeQueryString(pairs);
}

/**
 * Python string comparison: by Unicode code point. JS `<` compares UTF-16 code units, which
 * disagrees when an astral character (surrogate pair) meets a BMP character ≥ U+E000.
 */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length) {
    // codePointAt yields the full code point of a pair and the unit itself for a lone surrogate.
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

// ---------------------------------------------------------------------------------------
// repr(float)

/**
 * Python `repr(x)` for a float. The digits are the shortest that round-trip, which is what
 * JS `String(x)` produces too; only the layout differs. Python writes `d.ddde±XX` (at least
 * two exponent digits, no `.0` on a single digit) when the decimal exponent is < -4 or
 * >= 16, otherwise positional notation that always has a fractional part (`3.0`).
 */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  if (x === 0) return sign + '0.0';
  const { digits, pointPosition } = shortestDecimalDigits(Math.abs(x));
  const exponent = pointPosition - 1;
  if (exponent < -4 || exponent >= 16) {
    const mantissa = digits.length === 1 ? digits : digits[0] + '.' + digits.slice(1);
    const exponentSign = exponent < 0 ? '-' : '+';
    return sign + mantissa + 'e' + exponentSign + String(Math.abs(exponent)).padStart(2, '0');
  }
  if (pointPosition <= 0) return sign + '0.' + '0'.repeat(-pointPosition) + digits;
  if (pointPosition >= digits.length) return sign + digits + '0'.repeat(pointPosition - digits.length) + '.0';
  return sign + digits.slice(0, pointPosition) + '.' + digits.slice(pointPosition);
}

/**
 * Splits a positive finite double into its shortest round-trip significant digits (no
 * leading/trailing zeros) and the position of the decimal point relative to them
 * (value = 0.DIGITS × 10^pointPosition), read off `String(x)` in either of its layouts.
 */
function shortestDecimalDigits(x: number): { digits: string; pointPosition: number } {
  const text = String(x);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const integerPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const fractionPart = dot < 0 ? '' : mantissa.slice(dot + 1);
  const allDigits = integerPart + fractionPart;
  const leadingZeros = allDigits.length - allDigits.replace(/^0+/, '').length;
  const digits = allDigits.slice(leadingZeros).replace(/0+$/, '');
  return { digits, pointPosition: integerPart.length - leadingZeros + exponent };
}
