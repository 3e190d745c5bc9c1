// The form on a list's browsable page: mode, every filter, search, ordering and page size,
// derived from the resource declaration. A plain GET form to the endpoint itself, so it
// works without JavaScript; it keeps `format=api` and starts again at the first page.
import type { ChoiceOptions } from '../engine/page-queries.ts';
import { parsePythonInt } from '../engine/python-compat.ts';
import { lastValue, listView, MAX_LIMIT, orderingFields, type QueryPairs } from '../engine/query.ts';
import type { Filter, Resource } from '../engine/spec.ts';
import { escapeHtml } from './html-layout.ts';
import type { RequestTarget } from './page-links.ts';

/** Filter name → the rows its select offers (choice filters only). */
export type FilterChoices = Map<string, ChoiceOptions>;

interface Option {
  value: string;
  label: string;
}

/** Past this many filters the filter group starts folded, unless one of them is in use. */
const FILTERS_SHOWN_OPEN = 8;

export function queryForm(resource: Resource, target: RequestTarget, choices: FilterChoices | undefined): string {
  const { pairs } = target;
  const general = [modeField(resource, pairs), searchField(resource, pairs), orderingField(resource, pairs), limitField(pairs)];
  const filterNames = Object.keys(resource.filters);
  const filterFields = Object.entries(resource.filters).map(([name, filter]) => filterField(name, filter, pairs, choices?.get(name)));
  const anyFilterUsed = filterNames.some((name) => (lastValue(pairs, name) ?? '') !== '');
  const open = anyFilterUsed || filterNames.length <= FILTERS_SHOWN_OPEN ? ' open' : '';
  const filters =
    filterFields.length === 0
      ? ''
      : `<details class="filters"${open}>\n<summary>Filters (${filterNames.length})</summary>\n<div class="fields">\n${filterFields.join('\n')}\n</div>\n</details>`;
  const action = escapeHtml(target.path);
  return `<form class="card query-form" method="get" action="${action}" aria-label="Query">
<input type="hidden" name="format" value="api">
<fieldset>
<div class="fields">
${general.filter((field) => field !== '').join('\n')}
</div>
${filters}
</fieldset>
<div class="buttons">
<button type="submit">Apply</button>
<a class="button secondary" href="${action}?format=api">Clear</a>
</div>
</form>`;
}

function modeField(resource: Resource, pairs: QueryPairs): string {
  const modes = Object.keys(resource.modes);
  if (modes.length === 0) return '';
  const requested = lastValue(pairs, 'mode');
  // The default mode is the empty value, so an untouched form adds nothing to the URL.
  const options = [{ value: '', label: `${modes[0]} (default)` }, ...modes.slice(1).map((mode) => ({ value: mode, label: mode }))];
  const current = requested !== undefined && modes.slice(1).includes(requested) ? requested : '';
  return labelled('mode', select('mode', options, current));
}

function searchField(resource: Resource, pairs: QueryPairs): string {
  if (resource.search.length === 0) return '';
  const placeholder = resource.examples.search ?? '';
  return labelled('search', textInput('search', lastValue(pairs, 'search') ?? '', { placeholder, type: 'search' }));
}

/** Every field ordering accepts, both directions; an unusual current value is kept as its own option. */
function orderingField(resource: Resource, pairs: QueryPairs): string {
  const fields = [...orderingFields(resource, listView(resource, pairs))];
  const options: Option[] = [{ value: '', label: 'default' }];
  for (const field of fields) {
    options.push({ value: field, label: `${field} ↑` }, { value: `-${field}`, label: `${field} ↓` });
  }
  const current = lastValue(pairs, 'ordering') ?? '';
  if (current !== '' && !options.some((option) => option.value === current)) options.push({ value: current, label: current });
  return labelled('ordering', select('ordering', options, current));
}

function limitField(pairs: QueryPairs): string {
  const input = textInput('limit', lastValue(pairs, 'limit') ?? '', {
    type: 'number',
    placeholder: '10',
    extra: ` min="1" max="${MAX_LIMIT}" inputmode="numeric"`,
  });
  return labelled('limit', input);
}

function filterField(name: string, filter: Filter, pairs: QueryPairs, choices: ChoiceOptions | undefined): string {
  const current = lastValue(pairs, name) ?? '';
  if (filter.kind === 'boolean') return labelled(name, select(name, BOOLEAN_OPTIONS, booleanValue(current)));
  if (filter.kind === 'choice' && choices) return labelled(name, choiceSelect(name, choices, current));
  const numeric = filter.kind === 'number' || filter.kind === 'choice';
  return labelled(name, textInput(name, current, numeric ? { extra: ' inputmode="decimal"' } : {}));
}

const BOOLEAN_OPTIONS: Option[] = [
  { value: '', label: 'any' },
  { value: 'true', label: 'true' },
  { value: 'false', label: 'false' },
];

/** How django-filter's BooleanWidget reads the value, so the select shows what the API did. */
function booleanValue(raw: string): string {
  const lowered = raw.toLowerCase();
  if (lowered === 'true' || lowered === '1') return 'true';
  if (lowered === 'false' || lowered === '0') return 'false';
  return '';
}

function choiceSelect(name: string, choices: ChoiceOptions, current: string): string {
  const options: Option[] = [{ value: '', label: 'any' }];
  for (const option of choices.options) options.push({ value: String(option.id), label: `${option.label} (${option.id})` });
  // The id the request names stays selectable even when it is not among the rows listed.
  const currentId = parsePythonInt(current);
  const selected = currentId === null ? current : String(currentId);
  if (selected !== '' && !options.some((option) => option.value === selected)) options.push({ value: selected, label: selected });
  const note = choices.truncated ? `\n<option value="" disabled>… only the first ${choices.options.length} by name</option>` : '';
  return select(name, options, selected, note);
}

function labelled(name: string, control: string): string {
  return `<label><span>${escapeHtml(name)}</span>${control}</label>`;
}

function select(name: string, options: Option[], current: string, trailing = ''): string {
  const rendered = options.map((option) => {
    const selected = option.value === current ? ' selected' : '';
    return `<option value="${escapeHtml(option.value)}"${selected}>${escapeHtml(option.label)}</option>`;
  });
  return `<select name="${escapeHtml(name)}">\n${rendered.join('\n')}${trailing}\n</select>`;
}

interface InputOptions {
  type?: string;
  placeholder?: string;
  /** Further attributes, already escaped. */
  extra?: string;
}

function textInput(name: string, value: string, { type = 'text', placeholder = '', extra = '' }: InputOptions): string {
  const placeholderAttribute = placeholder === '' ? '' : ` placeholder="${escapeHtml(placeholder)}"`;
  return `<input type="${type}" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${placeholderAttribute}${extra}>`;
}
