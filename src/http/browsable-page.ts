// The browsable page that `?format=api` or a browser's Accept header gets, for every API
// response, errors included. As DRF's page: the endpoint's name, its help text (generated
// from the resource declaration), the request line, the status, DRF's headers sorted by
// name and the pretty-printed JSON with clickable links (BEHAVIOR.md §8.3). Beyond it: a
// query form, pagination controls, the same request as JSON and as a curl command.
import { API_PREFIX } from '../engine/render.ts';
import type { Resource } from '../engine/spec.ts';
import { type HelpSection, renderHelp, resourceHelp, rootHelp } from './help-text.ts';
import { escapeHtml, htmlDocument } from './html-layout.ts';
import { browsableHref, curlCommand, jsonHref, type RequestTarget, splitRequestUrl } from './page-links.ts';
import { type FilterChoices, queryForm } from './query-form.ts';

export { escapeHtml } from './html-layout.ts';

/** What a route serves, declared in its Fastify route config so that error pages know it too. */
export interface BrowsableRoute {
  kind: 'root' | 'list' | 'detail';
  resource?: Resource;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on API routes: what their browsable page shows. */
    browsable?: BrowsableRoute;
  }
  interface FastifyRequest {
    /** The rows choice filters offer; loaded only for a list's browsable page (html-pages.ts). */
    browsableChoices?: FilterChoices;
  }
}

/** The list's position, for the pagination controls. */
export interface Pagination {
  count: number;
  limit: number;
  offset: number;
}

export interface PageContent {
  method: string;
  /** The path and query exactly as the client sent them. */
  url: string;
  /** `https://host`, for the curl command. */
  origin: string;
  status: number;
  /** The headers the JSON representation has (DRF shows those). */
  headers: Record<string, string>;
  json: string;
  route?: BrowsableRoute;
  pagination?: Pagination;
  choices?: FilterChoices;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function browsablePage(content: PageContent): string {
  const target = splitRequestUrl(content.url);
  const title = pageTitle(content.route);
  const resource = content.route?.resource;
  const isList = content.route?.kind === 'list' && resource !== undefined;
  const pager = content.pagination ? pagerNav(target, content.pagination) : '';
  const main = [
    breadcrumbs(content.route, title),
    `<h1>${escapeHtml(title)}</h1>`,
    helpText(content.route),
    isList ? queryForm(resource, target, content.choices) : '',
    requestActions(content.origin, target),
    pager,
    responseCard(content),
    content.pagination && content.pagination.count > content.pagination.limit ? pager : '',
  ];
  return htmlDocument({ title, main: main.filter((part) => part !== '').join('\n'), tail: isList ? PRUNE_EMPTY_FIELDS_SCRIPT : '' });
}

/** DRF's view name: the viewset's words, then "List" or "Instance". */
function pageTitle(route: BrowsableRoute | undefined): string {
  if (route?.kind === 'root') return 'API Root';
  if (!route?.resource) return 'Apogee API';
  return `${spacedWords(route.resource.model.name)} ${route.kind === 'list' ? 'List' : 'Instance'}`;
}

/** `SpacecraftConfiguration` → `Spacecraft Configuration`. */
function spacedWords(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
}

function breadcrumbs(route: BrowsableRoute | undefined, title: string): string {
  const crumbs: Array<{ label: string; href?: string }> = [];
  if (route?.kind !== 'root') crumbs.push({ label: 'API Root', href: `${API_PREFIX}/?format=api` });
  if (route?.kind === 'detail' && route.resource) {
    crumbs.push({ label: pageTitle({ kind: 'list', resource: route.resource }), href: `${API_PREFIX}/${route.resource.path}/?format=api` });
  }
  crumbs.push({ label: title });
  const items = crumbs.map(({ label, href }) =>
    href === undefined ? `<li aria-current="page">${escapeHtml(label)}</li>` : `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`,
  );
  return `<nav aria-label="Breadcrumb"><ol class="breadcrumbs">${items.join('')}</ol></nav>`;
}

function helpText(route: BrowsableRoute | undefined): string {
  let sections: HelpSection[] = [];
  if (route?.kind === 'root') sections = rootHelp();
  else if (route?.resource) sections = resourceHelp(route.resource);
  if (sections.length === 0) return '';
  return renderHelp(sections, route?.resource ? `${route.resource.path}/` : '');
}

function requestActions(origin: string, target: RequestTarget): string {
  return `<div class="card actions">
<a class="button secondary" href="${escapeHtml(jsonHref(target))}">View as JSON</a>
<code class="curl" title="The JSON request as a curl command">${escapeHtml(curlCommand(origin, target))}</code>
</div>`;
}

/** First / previous / next / last and "Results 291–300 of 592". */
function pagerNav(target: RequestTarget, { count, limit, offset }: Pagination): string {
  const lastOffset = count === 0 ? 0 : Math.floor((count - 1) / limit) * limit;
  const hasPrevious = offset > 0;
  const hasNext = offset + limit < count;
  const links = [
    pagerLink('« First', hasPrevious ? browsableHref(target, { offset: null }) : null, 'first'),
    pagerLink('‹ Previous', hasPrevious ? browsableHref(target, previousOffset(offset, limit)) : null, 'prev'),
    pagerLink('Next ›', hasNext ? browsableHref(target, { offset: String(offset + limit) }) : null, 'next'),
    pagerLink('Last »', hasNext ? browsableHref(target, { offset: String(lastOffset) }) : null, 'last'),
  ];
  return `<nav class="pager" aria-label="Pagination">
<span class="summary">${escapeHtml(resultsSummary(count, limit, offset))}</span>
<span class="links">${links.join('')}</span>
</nav>`;
}

function previousOffset(offset: number, limit: number): { offset: string | null } {
  return offset - limit <= 0 ? { offset: null } : { offset: String(offset - limit) };
}

export function resultsSummary(count: number, limit: number, offset: number): string {
  if (count === 0) return 'No results';
  if (offset >= count) return `No results from ${offset + 1} on (${count} in all)`;
  return `Results ${offset + 1}–${Math.min(offset + limit, count)} of ${count}`;
}

function pagerLink(label: string, href: string | null, rel: string): string {
  if (href === null) return `<span class="disabled">${escapeHtml(label)}</span>`;
  const relation = rel === 'prev' || rel === 'next' ? ` rel="${rel}"` : '';
  return `<a href="${escapeHtml(href)}"${relation}>${escapeHtml(label)}</a>`;
}

function responseCard(content: PageContent): string {
  const headerLines = Object.entries(content.headers)
    .map(([name, value]) => [headerName(name), value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `<b>${escapeHtml(name)}:</b> <span>${escapeHtml(value)}</span>`)
    .join('\n');
  const status = `HTTP ${content.status} ${STATUS_TEXT[content.status] ?? ''}`.trimEnd();
  const failed = content.status >= 400 ? ' failed' : '';
  return `<div class="card response-card">
<pre class="request">${escapeHtml(`${content.method} ${content.url}`)}</pre>
<pre class="response${failed}"><b class="status">${escapeHtml(status)}</b>
${headerLines}

<span class="json">${linkify(content.json, content.origin)}</span></pre>
</div>`;
}

function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_match, dash, letter) => `${dash}${letter.toUpperCase()}`);
}

// A JSON string that is exactly an absolute URL (no quotes or escapes inside it).
const JSON_URL = /"(https?:\/\/[^"\\\s]+)"/g;

/** Escapes the JSON and makes every absolute URL a link (Django's urlize). */
function linkify(json: string, origin: string): string {
  let html = '';
  let done = 0;
  for (const match of json.matchAll(JSON_URL)) {
    const url = match[1];
    html += escapeHtml(json.slice(done, match.index));
    html += `&#34;<a href="${escapeHtml(browsableUrl(url, origin))}" rel="nofollow">${escapeHtml(url)}</a>&#34;`;
    done = match.index + match[0].length;
  }
  return html + escapeHtml(json.slice(done));
}

/**
 * A link of this server that names no format gets `format=api`, so that following it stays
 * on the browsable page whatever the client's Accept header. The text shown is unchanged.
 */
function browsableUrl(url: string, origin: string): string {
  if (!url.startsWith(`${origin}/`) || /[?&]format=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}format=api`;
}

/**
 * Progressive enhancement only: drop the form's empty fields before submitting, so the
 * resulting URL names just what was chosen (without JavaScript they are sent empty, which
 * the API ignores as DRF does). Re-enabled when the page is shown again from history.
 */
const PRUNE_EMPTY_FIELDS_SCRIPT = `<script>
(function () {
  var form = document.querySelector('form.query-form');
  if (!form) return;
  form.addEventListener('submit', function () {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.value === '') field.disabled = true;
    });
  });
  window.addEventListener('pageshow', function () {
    Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
  });
})();
</script>
`;
