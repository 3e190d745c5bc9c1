// The help text at the top of an endpoint's browsable page, generated from its resource
// declaration (never written per endpoint): one section per thing the spec declares —
// modes, filters, search, ordering — then page size, format and where the docs are.
// Each example is a link to that request on the browsable page.
import { quotePlus } from '../engine/python-compat.ts';
import { MAX_LIMIT } from '../engine/query.ts';
import { API_PREFIX } from '../engine/render.ts';
import type { Resource } from '../engine/spec.ts';
import { DOCS_PATH, escapeHtml } from './html-layout.ts';

export interface HelpSection {
  title: string;
  /** HTML, built from escaped names only. */
  text: string;
  /** A query string (without `?`) the section's example adds to the endpoint. */
  example?: string;
  /** Where the example link goes, when not to the browsable page (the JSON switch). */
  exampleFormat?: 'json';
}

const code = (name: string) => `<code>${escapeHtml(name)}</code>`;
const codeList = (names: string[]) => names.map(code).join(', ');

export function resourceHelp(resource: Resource): HelpSection[] {
  const sections: HelpSection[] = [];
  const modes = Object.keys(resource.modes);
  if (modes.length > 0) {
    sections.push({
      title: 'Modes',
      text: `How much of each object the response includes: ${codeList(modes)} (without ${code('mode')}: ${code(modes[0])}).`,
      example: modeExample(resource, modes),
    });
  }
  const filters = Object.keys(resource.filters);
  if (filters.length > 0) {
    sections.push({
      title: 'Filters',
      text: `Parameters that narrow the results: ${codeList(filters)}.`,
      example: resource.examples.filter,
    });
  }
  if (resource.search.length > 0) {
    sections.push({
      title: 'Search',
      text: `${code('search')} looks for each of its words in: ${codeList(resource.search)}.`,
      example: resource.examples.search === undefined ? undefined : `search=${quotePlus(resource.examples.search)}`,
    });
  }
  if (resource.ordering !== null && resource.ordering.length > 0) {
    sections.push({
      title: 'Ordering',
      text: `${code('ordering')} sorts by one or more of: ${codeList(resource.ordering)}; a leading ${code('-')} reverses.`,
      example: resource.examples.ordering === undefined ? undefined : `ordering=${quotePlus(resource.examples.ordering)}`,
    });
  }
  sections.push({
    title: 'Number of results',
    text: `${code('limit')} sets how many objects one page holds (at most ${MAX_LIMIT}); ${code('offset')} skips that many.`,
    example: 'limit=2',
  });
  sections.push(formatSection(), docsSection());
  return sections;
}

export function rootHelp(): HelpSection[] {
  return [
    { title: 'Endpoints', text: 'Every list endpoint this server answers, by name, with its address.' },
    formatSection(),
    docsSection(),
  ];
}

/** The declared example, else the first mode that is not the default one. */
function modeExample(resource: Resource, modes: string[]): string | undefined {
  const mode = resource.examples.mode ?? modes[1];
  return mode === undefined ? undefined : `mode=${quotePlus(mode)}`;
}

function formatSection(): HelpSection {
  return { title: 'Format', text: 'The same data as plain JSON:', example: 'format=json', exampleFormat: 'json' };
}

function docsSection(): HelpSection {
  return {
    title: 'Help',
    text: `Every endpoint, parameter and field is described in this server's API documentation: <a href="${DOCS_PATH}">${DOCS_PATH}</a>.`,
  };
}

/** `endpointPath` is below the API prefix, `spacecraft/` or `` for the root. */
export function renderHelp(sections: HelpSection[], endpointPath: string): string {
  const rendered = sections.map((section) => {
    const example = section.example === undefined ? '' : `\n<p class="example">Example: ${exampleLink(section, endpointPath)}</p>`;
    return `<section>\n<h2>${escapeHtml(section.title)}</h2>\n<div>\n<p>${section.text}</p>${example}\n</div>\n</section>`;
  });
  return `<div class="card help">\n${rendered.join('\n')}\n</div>`;
}

function exampleLink(section: HelpSection, endpointPath: string): string {
  const label = `/${endpointPath}?${section.example}`;
  // The example keeps the visitor on the browsable page, except the switch to JSON itself.
  const query = section.exampleFormat === 'json' ? section.example : `${section.example}&format=api`;
  const href = `${API_PREFIX}/${endpointPath}?${query}`;
  return `<a href="${escapeHtml(href)}">${escapeHtml(label)}</a>`;
}
