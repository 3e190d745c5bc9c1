// The terms of a `?search=` value, as DRF 3.15.2's SearchFilter derives them (BEHAVIOR.md §6).
//
// `SearchFilter.get_search_terms` validates the value with a `CharField` (NUL → 400, see
// `searchValueErrors`) and then calls `search_smart_split`: Django's `smart_split` cuts the
// text on whitespace while keeping quoted runs together, and each token is then either one
// quoted phrase or a comma-separated list of terms.

import { PYTHON_WHITESPACE_CLASS, pythonStrip } from './python-compat.ts';

/**
 * Django's `smart_split_re`, translated with Python semantics: `\s` is Python's Unicode
 * whitespace and `.` (after a backslash inside quotes) is anything but `\n`.
 * A token is either a run containing at least one balanced quoted string
 * (`[^\s'"]*` ( quoted [^\s'"]* )+) or, failing that, any run of non-whitespace.
 */
const PLAIN = `[^${PYTHON_WHITESPACE_CLASS}'"]`;
const DOUBLE_QUOTED = `"(?:[^"\\\\]|\\\\[^\\n])*"`;
const SINGLE_QUOTED = `'(?:[^'\\\\]|\\\\[^\\n])*'`;
const SMART_SPLIT_TOKEN = new RegExp(
  `${PLAIN}*(?:(?:${DOUBLE_QUOTED}|${SINGLE_QUOTED})${PLAIN}*)+|[^${PYTHON_WHITESPACE_CLASS}]+`,
  'gu',
);

/** Django `django.utils.text.smart_split(text)`: tokens keep their quotes and escapes. */
export function smartSplit(text: string): string[] {
  return Array.from(text.matchAll(SMART_SPLIT_TOKEN), (match) => match[0]);
}

/**
 * DRF 3.15.2 `search_smart_split(value)`: the list of terms every one of which must match.
 * An empty list means "no search". A term may be `''` (from `"` or `""`), which matches
 * every row whose search field is not NULL.
 */
export function searchTerms(value: string): string[] {
  const terms: string[] = [];
  for (const token of smartSplit(value)) {
    // "trim commas to avoid bad matching for quoted phrases"
    const term = stripCommas(token);
    if (isQuotedPhrase(term)) {
      terms.push(unescapeStringLiteral(term));
      continue;
    }
    for (const piece of term.split(',')) {
      // DRF tests emptiness *before* stripping, so a whitespace-only piece yields ''.
      if (piece !== '') terms.push(pythonStrip(piece));
    }
  }
  return terms;
}

/**
 * The errors DRF's `CharField(trim_whitespace=False, allow_blank=True).run_validation`
 * raises for a search value, in validator order; non-empty means a 400 whose body is this
 * JSON array (BEHAVIOR.md §6 step 1).
 */
export function searchValueErrors(value: string): string[] {
  const errors: string[] = [];
  if (value.includes('\u0000')) errors.push('Null characters are not allowed.');
  const surrogate = /[\ud800-\udfff]/u.exec(value);
  if (surrogate !== null) {
    const codePoint = surrogate[0].charCodeAt(0).toString(16).toUpperCase();
    errors.push(`Surrogate characters are not allowed: U+${codePoint}.`);
  }
  return errors;
}

function stripCommas(text: string): string {
  return text.replace(/^,+/, '').replace(/,+$/, '');
}

/** `term.startswith(('"', "'")) and term[0] == term[-1]` — true for a lone `"` as well. */
function isQuotedPhrase(term: string): boolean {
  const first = term[0];
  return (first === '"' || first === "'") && term[term.length - 1] === first;
}

/**
 * Django `unescape_string_literal`: drop the outer quotes, then turn `\<that quote>` into
 * the quote and `\\` into `\` (in that order, as Python's two `replace` calls do).
 */
function unescapeStringLiteral(term: string): string {
  const quote = term[0];
  return term.slice(1, -1).replaceAll('\\' + quote, quote).replaceAll('\\\\', '\\');
}
