// Renderer selection exactly as DRF's DefaultContentNegotiation does it (BEHAVIOR.md §8.1).
//
// LL2 has two renderers, in this order: JSONRenderer (format `json`, `application/json`) and
// BrowsableAPIRenderer (format `api`, `text/html`). DRF first narrows them by `?format=`
// (none left → 404), then walks the Accept header's media ranges grouped by specificity —
// `type/sub;params` > `type/sub` > `type/*` > `*/*` — ignoring q-values, and within the
// first group that matches anything picks the first renderer in list order (none → 406).

import { parsePythonBigInt, percentDecode, pythonStrip } from '../engine/python-compat.ts';

export type RendererFormat = 'json' | 'api';
export type NegotiationFailure = { status: 404 | 406 };
export type NegotiatedMediaType = { format: RendererFormat; mediaType: string };

interface Renderer {
  format: RendererFormat;
  mediaType: string;
}

const JSON_RENDERER: Renderer = { format: 'json', mediaType: 'application/json' };
const BROWSABLE_API_RENDERER: Renderer = { format: 'api', mediaType: 'text/html' };
const RENDERERS: readonly Renderer[] = [JSON_RENDERER, BROWSABLE_API_RENDERER];

/** DRF's BrowsableAPIRenderer renders the embedded JSON with `indent=4` unless told otherwise. */
const BROWSABLE_API_DEFAULT_INDENT = 4;
const MAX_INDENT = 8n;

// DRF `DefaultContentNegotiation.select_renderer` for LL2's renderers.
//
// `formatParam` is the last `format` query value (or the `.json` suffix); null or `''` means
// none (`if format:`). `acceptHeader` undefined means the header is absent and DRF assumes
// `*/*`; a present but empty header matches nothing → 406.
export function negotiate(formatParam: string | null, acceptHeader: string | undefined): RendererFormat | NegotiationFailure {
  return negotiated.get(`${formatParam ?? ''}\n${headerText(acceptHeader)}`, () => {
    const found = negotiateMediaType(formatParam, acceptHeader);
    return 'status' in found ? found : found.format;
  });
}

/**
 * Answers by the text they were computed from, at most 1,000 (a flood of odd headers starts
 * afresh): clients send the same few Accept headers again and again, so each is parsed once.
 */
class AnswersByText<T> {
  private readonly answers = new Map<string, T>();

  get(text: string, compute: () => T): T {
    let answer = this.answers.get(text);
    if (answer === undefined && !this.answers.has(text)) {
      answer = compute();
      if (this.answers.size >= 1000) this.answers.clear();
      this.answers.set(text, answer);
    }
    return answer as T;
  }
}

/** A header as key text: an absent header (which DRF reads as any type) differs from every value, `undefined` included. */
const headerText = (header: string | undefined) => (header === undefined ? '' : `=${header}`);

const negotiated = new AnswersByText<RendererFormat | NegotiationFailure>();
const jsonIndents = new AnswersByText<number | undefined>();

// Like `negotiate`, also returning DRF's `request.accepted_media_type`: the Accept entry that
// matched, or — when that entry was a wildcard (`*/*`, `application/*`) — the renderer's
// media type with the entry's parameters appended (`application/json;indent=4`).
export function negotiateMediaType(
  formatParam: string | null,
  acceptHeader: string | undefined,
): NegotiatedMediaType | NegotiationFailure {
  let renderers = RENDERERS;
  if (formatParam) {
    renderers = renderers.filter((renderer) => renderer.format === formatParam);
    if (renderers.length === 0) return { status: 404 };
  }
  return selectFromAccept(renderers, acceptHeader) ?? { status: 406 };
}

/**
 * DRF `JSONRenderer.get_indent` for a JSON response: the `indent` parameter of the accepted
 * media type, parsed with Python `int()` and clamped to 0..8; 0, absent or unparsable →
 * undefined (compact output). Undefined too when JSON is not acceptable at all.
 *
 * The accepted media type is computed by negotiating against the JSON renderer alone, which
 * gives the same answer as the full negotiation whenever that one picked JSON.
 */
export function jsonIndentFromAccept(acceptHeader: string | undefined): number | undefined {
  return jsonIndents.get(headerText(acceptHeader), () => {
    const accepted = selectFromAccept([JSON_RENDERER], acceptHeader);
    return accepted === null ? undefined : indentFromMediaType(accepted.mediaType, undefined);
  });
}

/**
 * The indent of the JSON shown inside the browsable API page: BrowsableAPIRenderer passes
 * its own accepted media type (e.g. `text/html; indent=2`) to JSONRenderer with a context
 * indent of 4, so an `indent` parameter there wins (0 → undefined, i.e. compact), else 4.
 */
export function browsableApiIndentFromAccept(acceptHeader: string | undefined): number | undefined {
  const accepted = selectFromAccept([BROWSABLE_API_RENDERER], acceptHeader);
  return accepted === null ? BROWSABLE_API_DEFAULT_INDENT : indentFromMediaType(accepted.mediaType, BROWSABLE_API_DEFAULT_INDENT);
}

// ---------------------------------------------------------------------------------------
// Selection

function selectFromAccept(renderers: readonly Renderer[], acceptHeader: string | undefined): NegotiatedMediaType | null {
  // DRF: request.META.get('HTTP_ACCEPT', '*/*'), split on every comma, each entry stripped.
  const entries = (acceptHeader ?? '*/*').split(',').map(pythonStrip);
  for (const group of groupByPrecedence(entries)) {
    for (const renderer of renderers) {
      for (const entry of group) {
        if (rendererAccepts(renderer, entry)) return { format: renderer.format, mediaType: acceptedMediaType(renderer, entry) };
      }
    }
  }
  return null;
}

/**
 * DRF `order_by_precedence`: most specific group first, empty groups dropped. DRF keeps
 * each group in a Python `set`, whose iteration order depends on string hashing; we keep
 * header order. It only matters when two entries of one group match the same renderer with
 * different parameters (e.g. two different `indent`s), where DRF itself is not deterministic.
 */
function groupByPrecedence(entries: string[]): MediaRange[][] {
  const groups: MediaRange[][] = [[], [], [], []];
  for (const entry of entries) {
    const range = parseMediaRange(entry);
    groups[3 - range.precedence].push(range);
  }
  return groups.filter((group) => group.length > 0);
}

/**
 * DRF `_MediaType(renderer.media_type).match(accepted)`. The renderer's media type has no
 * parameters, so the entry's parameters never prevent a match; only type and subtype count,
 * with `*` matching anything.
 */
function rendererAccepts(renderer: Renderer, range: MediaRange): boolean {
  const own = parseMediaRange(renderer.mediaType);
  if (own.subType !== '*' && range.subType !== '*' && range.subType !== own.subType) return false;
  if (own.mainType !== '*' && range.mainType !== '*' && range.mainType !== own.mainType) return false;
  return true;
}

/** The `else` / `full_media_type` branches at the end of DRF's `select_renderer`. */
function acceptedMediaType(renderer: Renderer, range: MediaRange): string {
  const rendererPrecedence = parseMediaRange(renderer.mediaType).precedence;
  if (rendererPrecedence <= range.precedence) return range.original;
  return [renderer.mediaType, ...[...range.params].map(([key, value]) => `${key}=${value}`)].join(';');
}

function indentFromMediaType(mediaType: string, fallback: number | undefined): number | undefined {
  const [, params] = parseHeaderParameters(mediaType);
  const raw = params.get('indent');
  if (raw === undefined) return fallback;
  const parsed = parsePythonBigInt(raw);
  if (parsed === null) return fallback;
  // zero_as_none(max(min(int(indent), 8), 0))
  const clamped = parsed > MAX_INDENT ? MAX_INDENT : parsed < 0n ? 0n : parsed;
  return clamped === 0n ? undefined : Number(clamped);
}

// ---------------------------------------------------------------------------------------
// Media types

interface MediaRange {
  original: string;
  mainType: string;
  subType: string;
  params: Map<string, string>;
  // DRF `_MediaType.precedence`: 0 `*/…`, 1 `type/*`, 2 no params (or only q), 3 params.
  precedence: number;
}

/** DRF `_MediaType(text)`. */
function parseMediaRange(text: string): MediaRange {
  const [fullType, params] = parseHeaderParameters(text);
  const slash = fullType.indexOf('/');
  const mainType = slash < 0 ? fullType : fullType.slice(0, slash);
  const subType = slash < 0 ? '' : fullType.slice(slash + 1);
  return { original: text, mainType, subType, params, precedence: precedenceOf(mainType, subType, params) };
}

function precedenceOf(mainType: string, subType: string, params: Map<string, string>): number {
  if (mainType === '*') return 0;
  if (subType === '*') return 1;
  if (params.size === 0 || (params.size === 1 && params.has('q'))) return 2;
  return 3;
}

/**
 * Django `django.utils.http.parse_header_parameters`: the lower-cased, stripped type and an
 * ordered map of parameters (names lower-cased, later duplicates overwrite the value but
 * keep the first position, like a dict; values stripped and unquoted; RFC 2231 `name*=`).
 */
function parseHeaderParameters(line: string): [string, Map<string, string>] {
  const params = new Map<string, string>();
  if (line === '') return ['', params];
  const [first, ...rest] = splitParameters(';' + line);
  for (const part of rest) {
    const equals = part.indexOf('=');
    if (equals < 0) continue;
    const parameter = parseParameter(part, equals);
    if (parameter !== null) params.set(parameter[0], parameter[1]);
  }
  return [first.toLowerCase(), params];
}

function parseParameter(part: string, equals: number): [string, string] | null {
  let name = pythonStrip(part.slice(0, equals)).toLowerCase();
  let hasEncoding = false;
  if (name.endsWith('*')) {
    name = name.slice(0, -1);
    hasEncoding = countOccurrences(part, "'", part.length) === 2;
  }
  let value = pythonStrip(part.slice(equals + 1));
  if (value.length >= 2 && value[0] === '"' && value[value.length - 1] === '"') {
    value = value.slice(1, -1).replaceAll('\\\\', '\\').replaceAll('\\"', '"');
  }
  if (!hasEncoding) return [name, value];
  const decoded = decodeExtendedValue(value);
  return decoded === null ? null : [name, decoded];
}

/**
 * Django `_parseparam`: split on `;` except inside double quotes (a `;` only ends a part
 * when the quotes before it, minus escaped ones, are balanced); every part stripped.
 */
function splitParameters(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.startsWith(';')) {
    rest = rest.slice(1);
    let end = rest.indexOf(';');
    while (end > 0 && (countOccurrences(rest, '"', end) - countOccurrences(rest, '\\"', end)) % 2 !== 0) {
      end = rest.indexOf(';', end + 1);
    }
    if (end < 0) end = rest.length;
    parts.push(pythonStrip(rest.slice(0, end)));
    rest = rest.slice(end);
  }
  return parts;
}

/** Python `text.count(needle, 0, end)` (non-overlapping). */
function countOccurrences(text: string, needle: string, end: number): number {
  let count = 0;
  let index = text.indexOf(needle);
  while (index >= 0 && index + needle.length <= end) {
    count++;
    index = text.indexOf(needle, index + needle.length);
  }
  return count;
}

/**
 * RFC 2231 `charset'language'value`, percent-decoded with Python's `unquote`. Python raises
 * (→ HTTP 500) when the value does not split into exactly three parts or the charset is
 * unknown; we cannot answer 500 from here, so the parameter is ignored instead. Only the
 * charsets a client could plausibly send are recognised.
 */
function decodeExtendedValue(value: string): string | null {
  const pieces = value.split("'");
  if (pieces.length !== 3) return null;
  const decodeBytes = byteDecoderFor(pieces[0]);
  return decodeBytes === null ? null : percentDecode(pieces[2], decodeBytes);
}

const UTF8_DECODER = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
const UTF8_ALIASES = new Set(['utf_8', 'utf8', 'u8', 'utf', 'cp65001']);
const LATIN1_ALIASES = new Set(['latin_1', 'latin1', 'latin', 'l1', 'iso_8859_1', 'iso8859_1', '8859', 'cp819', 'iso_ir_100']);
const ASCII_ALIASES = new Set(['ascii', 'us_ascii', '646', 'us']);

function byteDecoderFor(charset: string): ((bytes: Uint8Array) => string) | null {
  // Python's codec lookup normalises case, spaces and hyphens.
  const name = charset.toLowerCase().replace(/[-\s]/g, '_');
  if (UTF8_ALIASES.has(name)) return (bytes) => UTF8_DECODER.decode(bytes);
  if (LATIN1_ALIASES.has(name)) return (bytes) => String.fromCharCode(...bytes);
  if (ASCII_ALIASES.has(name)) return (bytes) => Array.from(bytes, (byte) => (byte < 0x80 ? String.fromCharCode(byte) : '\ufffd')).join('');
  return null;
}
