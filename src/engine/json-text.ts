// JSON bytes exactly as DRF's JSONRenderer writes them (BEHAVIOR.md §8.4).
//
// DRF calls `json.dumps(data, ensure_ascii=False, allow_nan=False, indent=…, separators=…)`
// with `(',', ':')` when there is no indent and `(',', ': ')` with one, then replaces
// U+2028/U+2029 by `\u2028`/`\u2029` so the output is also valid JavaScript. What differs
// from `JSON.stringify`: floats print as Python `repr` (`3.0`, `1e+16`), the indented layout
// has `": "` and an explicit newline per item, and the two line separators are escaped.

import { pythonFloatRepr } from './python-compat.ts';

/**
 * A number written as Python writes it, where JSON.stringify would write it otherwise (an int
 * beyond 2^53, NaN): an int when integral, else a float's `repr`.
 */
export class JsonExactNumber {
  readonly value: number;
  constructor(value: number) {
    this.value = value;
  }

  text(): string {
    return formatNumber(this.value);
  }

  /** For toRenderedJsonText: JSON.stringify writes a marker, which is then replaced by the text. */
  toJSON(): string {
    return mark(this.text());
  }
}

/**
 * Marks a number that Python holds as a `float`, so it prints as `repr(float)` (`3.0`, not
 * `3`). Plain JS numbers print as Python ints when integral.
 */
export class JsonFloat extends JsonExactNumber {
  override text(): string {
    return formatFloat(this.value);
  }
}

/**
 * A Python float as the renderer hands it over: a plain number where JavaScript's shortest
 * text is Python's `repr` (not integral, 1e-4 ≤ |x| < 1e16), so JSON.stringify can write it;
 * a JsonFloat elsewhere (`3.0`, `1e-05`, `1e+16`, `-0.0`, non-finite).
 */
export function pythonFloat(value: number): number | JsonFloat {
  const magnitude = Math.abs(value);
  return Number.isFinite(value) && !Number.isInteger(value) && magnitude >= 1e-4 && magnitude < 1e16 ? value : new JsonFloat(value);
}

/**
 * A Python int as the renderer hands it over: a plain number when JSON.stringify writes it as
 * Python would (a safe integer), otherwise marked so that its exact text is written.
 */
export function pythonInt(value: number): number | JsonExactNumber {
  return Number.isSafeInteger(value) ? value : new JsonExactNumber(value);
}

// A marker starts with U+0000, which JSON.stringify writes as the six characters `\u0000`,
// and ends with the index of its text among the texts marked while one value is written.
const MARK = '\u0000json:';
const MARKED = /"\\u0000json:(\d+)"/g;
let markedTexts: string[] = [];

function mark(text: string): string {
  markedTexts.push(text);
  return MARK + (markedTexts.length - 1);
}

const RENDERED_TEXT = Symbol('rendered JSON text');

/**
 * The JSON text of a rendered object kept for later pages (renderings.ts), attached to it:
 * toRenderedJsonText then copies the text wherever the object appears instead of writing the
 * object again. Other writers see the same plain object (the text and the toJSON that marks
 * it are neither enumerable nor string-keyed members). Returns the text.
 */
export function withRenderedText(value: object): string {
  const known = (value as { [RENDERED_TEXT]?: string })[RENDERED_TEXT];
  if (known !== undefined) return known;
  const text = toRenderedJsonText(value);
  Object.defineProperties(value, { [RENDERED_TEXT]: { value: text }, toJSON: { value: markRenderedText } });
  return text;
}

function markRenderedText(this: { [RENDERED_TEXT]: string }): string {
  return mark(this[RENDERED_TEXT]);
}

/**
 * toJsonText(value) for what the engine renders (render.ts, paginate.ts): plain objects with
 * non-numeric keys, arrays, strings, booleans, null, safe integers, pythonFloat numbers, the
 * marked numbers above and objects withRenderedText — no Maps, bigints or undefined.
 * JSON.stringify does the work, a few times faster than the general writer on a large page;
 * marked numbers and rendered objects are put back as their text. Should a string happen to
 * look like a marker, the counts disagree and the general writer answers instead.
 */
export function toRenderedJsonText(value: unknown): string {
  markedTexts = [];
  let text = JSON.stringify(value);
  if (markedTexts.length > 0) {
    const texts = markedTexts;
    let replaced = 0;
    text = text.replace(MARKED, (_marker, index: string) => {
      replaced++;
      return texts[Number(index)] ?? '';
    });
    if (replaced !== texts.length) return writeCompact(value);
  }
  return LINE_OR_PARAGRAPH_SEPARATOR_TEST.test(text) ? text.replace(LINE_OR_PARAGRAPH_SEPARATOR, escapeSeparator) : text;
}

/**
 * toRenderedJsonText(value) as UTF-8 bytes. The top object's members, and its arrays' items in
 * batches, are written a few tens of kilobytes at a time: a page written as one string over
 * 128 KB costs two to three times as much (V8 puts such a string in fresh memory of its own,
 * then flattens it and encodes it in memory far larger than the processor's caches).
 */
export function toRenderedJsonBytes(value: unknown): Buffer {
  const chunks: string[] = [];
  let pieces: string[] = [];
  let pending = 0;
  const write = (text: string) => {
    pieces.push(text);
    pending += text.length;
    if (pending >= CHUNK_CHARS) {
      chunks.push(pieces.join(''));
      pieces = [];
      pending = 0;
    }
  };
  writePieces(value, 0, write);
  chunks.push(pieces.join(''));
  if (chunks.length === 1) return Buffer.from(chunks[0]);
  // One buffer of the exact size, each chunk encoded into it: no buffer per chunk to join.
  const lengths = chunks.map((chunk) => Buffer.byteLength(chunk));
  const bytes = Buffer.allocUnsafe(lengths.reduce((sum, length) => sum + length, 0));
  let offset = 0;
  chunks.forEach((chunk, index) => {
    bytes.write(chunk, offset);
    offset += lengths[index];
  });
  return bytes;
}

/** Characters per chunk: well under the 128 KB above which V8 gives a string memory of its own. */
const CHUNK_CHARS = 64 * 1024;
/** About how much text one JSON.stringify of an array's items writes. */
const BATCH_CHARS = 32 * 1024;

function writePieces(value: unknown, depth: number, write: (text: string) => void): void {
  if (depth > 1 || typeof value !== 'object' || value === null) return write(toRenderedJsonText(value));
  if (Array.isArray(value)) return writeInBatches(value, write);
  // Markers (JsonExactNumber) and anything else JSON.stringify treats specially: in one piece.
  if (Object.getPrototypeOf(value) !== Object.prototype) return write(toRenderedJsonText(value));
  write('{');
  let first = true;
  for (const key of Object.keys(value)) {
    write(`${first ? '' : ','}${toRenderedJsonText(key)}:`);
    writePieces((value as Record<string, unknown>)[key], depth + 1, write);
    first = false;
  }
  write('}');
}

/** An array's items, a batch of about BATCH_CHARS at a time (sized on the batches so far). */
function writeInBatches(items: unknown[], write: (text: string) => void): void {
  write('[');
  let written = 0;
  let chars = 0;
  while (written < items.length) {
    const size = written === 0 ? 1 : Math.max(1, Math.floor((BATCH_CHARS * written) / Math.max(1, chars)));
    const text = toRenderedJsonText(items.slice(written, written + size));
    write(`${written > 0 ? ',' : ''}${text.slice(1, -1)}`);
    written += size;
    chars += text.length;
  }
  write(']');
}

/**
 * Python `json.dumps(value, ensure_ascii=False, separators=(',', ':'))` when `indent` is
 * undefined or 0 (DRF turns `indent=0` into None), else
 * `json.dumps(value, ensure_ascii=False, indent=indent, separators=(',', ': '))`, followed
 * by DRF's U+2028/U+2029 escaping.
 *
 * Accepts null, booleans, strings, numbers, bigints, JsonFloat, arrays, plain objects and
 * Maps (for keys JS objects would reorder, such as "10" before "a"); keys keep insertion
 * order. Throws TypeError for undefined and any other value (Python: "not JSON serializable")
 * and RangeError for NaN/±Infinity (DRF's STRICT_JSON → `allow_nan=False`).
 */
export function toJsonText(value: unknown, indent?: number): string {
  if (indent === undefined || indent <= 0) return writeCompact(value);
  return writeIndented(value, ' '.repeat(indent), '\n');
}

function writeCompact(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) {
      let out = '[';
      for (let i = 0; i < value.length; i++) {
        if (i > 0) out += ',';
        out += writeCompact(value[i]);
      }
      return out + ']';
    }
    if (value instanceof JsonExactNumber) return value.text();
    if (value instanceof Map) return writeCompactMap(value);
    assertPlainObject(value);
    // Keys + lookup rather than Object.entries: no pair allocated per key on the hot path
    // (this serialises every ?format=json page; it halves the time on a 100-item page).
    const record = value as Record<string, unknown>;
    let out = '{';
    let first = true;
    for (const key of Object.keys(record)) {
      if (!first) out += ',';
      first = false;
      out += quoteString(key) + ':' + writeCompact(record[key]);
    }
    return out + '}';
  }
  return writeScalar(value);
}

/** Python's `_iterencode_list`/`_iterencode_dict` layout: `newline` carries the current indentation. */
function writeIndented(value: unknown, step: string, newline: string): string {
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) {
      if (value.length === 0) return '[]';
      const inner = newline + step;
      let out = '[';
      for (let i = 0; i < value.length; i++) {
        out += (i > 0 ? ',' : '') + inner + writeIndented(value[i], step, inner);
      }
      return out + newline + ']';
    }
    if (value instanceof JsonExactNumber) return value.text();
    const inner = newline + step;
    let out = '{';
    let first = true;
    for (const [key, item] of objectEntries(value)) {
      out += (first ? '' : ',') + inner + quoteString(key) + ': ' + writeIndented(item, step, inner);
      first = false;
    }
    return first ? '{}' : out + newline + '}';
  }
  return writeScalar(value);
}

function writeScalar(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quoteString(value);
    case 'number':
      return formatNumber(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      return value.toString();
    case 'object':
      if (value === null) return 'null';
      break;
  }
  throw new TypeError(`Object of type ${describe(value)} is not JSON serializable`);
}

function writeCompactMap(map: Map<unknown, unknown>): string {
  let out = '{';
  let first = true;
  for (const [key, item] of mapEntries(map)) {
    if (!first) out += ',';
    first = false;
    out += quoteString(key) + ':' + writeCompact(item);
  }
  return out + '}';
}

function objectEntries(value: object): Iterable<[string, unknown]> {
  if (value instanceof Map) return mapEntries(value);
  assertPlainObject(value);
  return Object.entries(value);
}

/** Python's json only knows dicts; class instances (Date, Set, …) are "not JSON serializable". */
function assertPlainObject(value: object): void {
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) {
    throw new TypeError(`Object of type ${describe(value)} is not JSON serializable`);
  }
}

function* mapEntries(map: Map<unknown, unknown>): Iterable<[string, unknown]> {
  for (const [key, item] of map) {
    if (typeof key !== 'string') throw new TypeError(`JSON object keys must be strings, not ${describe(key)}`);
    yield [key, item];
  }
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'object' && value !== null) return value.constructor?.name ?? 'object';
  return typeof value;
}

// ---------------------------------------------------------------------------------------
// Scalars

/**
 * Everything Python's `encode_basestring` (ensure_ascii=False) or DRF escapes, plus
 * surrogates so that lone ones reach JSON.stringify, which writes them as `\udxxx` (Python
 * would fail to encode them; we choose well-formed output instead).
 */
const NEEDS_ESCAPING = /[\u0000-\u001f"\\\u2028\u2029\ud800-\udfff]/;
const LINE_OR_PARAGRAPH_SEPARATOR = /[\u2028\u2029]/g;
const LINE_OR_PARAGRAPH_SEPARATOR_TEST = /[\u2028\u2029]/;
const escapeSeparator = (char: string) => (char === '\u2028' ? '\\u2028' : '\\u2029');

/**
 * JSON.stringify escapes exactly Python's set — `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t` and
 * other C0 controls as lowercase `\u00xx` — and leaves the rest raw, like ensure_ascii=False;
 * only U+2028/U+2029 need DRF's extra treatment.
 */
function quoteString(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return '"' + text + '"';
  return JSON.stringify(text).replace(LINE_OR_PARAGRAPH_SEPARATOR, escapeSeparator);
}

/** A plain JS number: a Python int when integral, else a Python float. */
function formatNumber(value: number): string {
  if (Number.isInteger(value)) {
    // Beyond 2^53 String() abbreviates (2**64 → "18446744073709552000", 1e21 → "1e+21");
    // a Python int prints the exact value. -0 is just 0 as an int.
    return Number.isSafeInteger(value) ? String(value === 0 ? 0 : value) : BigInt(value).toString();
  }
  return formatFloat(value);
}

function formatFloat(value: number): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Out of range float values are not JSON compliant: ${pythonFloatRepr(value)}`);
  }
  return pythonFloatRepr(value);
}
