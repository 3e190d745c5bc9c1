// `/`: what this server is, what data it holds and where to go next.
import type { DataStatus } from '../db/data-status.ts';
import { API_PREFIX } from '../engine/render.ts';
import type { Resource } from '../engine/spec.ts';
import { syncStatusRows } from '../sync/sync-status.ts';
import { DOCS_PATH, escapeHtml, htmlDocument, THROTTLE_PATH } from './html-layout.ts';

export interface LandingData {
  /** Rows per endpoint, in registry order. */
  counts: Array<{ resource: Resource; count: number }>;
  status: DataStatus;
}

export function landingPage({ counts, status }: LandingData): string {
  const main = `<h1>Apogee</h1>
<div class="card">
<p>This server answers the <a href="https://thespacedevs.com/llapi">Launch Library 2</a> API, version 2.3.0, from its own
database: the same URLs, parameters and JSON, so that an LL2 client works against it unchanged.</p>
<ul class="links">
<li><a href="${API_PREFIX}/?format=api">API root</a> — every endpoint, browsable in this browser (<a href="${API_PREFIX}/?format=json">as JSON</a>)</li>
<li><a href="${DOCS_PATH}">API documentation</a> — endpoints, parameters and fields</li>
<li><a href="${THROTTLE_PATH}?format=api">Rate limit</a> — how many requests you have left</li>
</ul>
</div>
<div class="card">
<h2>Data</h2>
${lastChange(status)}
${countTable(counts)}
</div>${mirrorCard(status)}`;
  return htmlDocument({ title: 'Launch Library 2 API server', main });
}

function lastChange(status: DataStatus): string {
  if (status.lastChange === null) return '<p class="note">No data has been loaded yet.</p>';
  const source = status.lastChangeSource === null ? '' : ` (${escapeHtml(status.lastChangeSource)})`;
  const at = escapeHtml(status.lastChange);
  return `<p>Last change: <time datetime="${at}">${escapeHtml(readableTime(status.lastChange))}</time>${source}.</p>`;
}

/** `2026-01-02T03:04:05.678Z` → `2026-01-02 03:04 UTC`; anything else as stored. */
function readableTime(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match && iso.endsWith('Z') ? `${match[1]} ${match[2]} UTC` : iso;
}

function countTable(counts: LandingData['counts']): string {
  const rows = counts.map(({ resource, count }) => {
    const href = `${API_PREFIX}/${resource.path}/?format=api`;
    return `<tr><td><a href="${escapeHtml(href)}">${escapeHtml(`/${resource.path}/`)}</a></td><td class="number">${count}</td></tr>`;
  });
  return `<table>
<thead><tr><th scope="col">Endpoint</th><th scope="col" class="number">Objects</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`;
}

/** Where the data comes from, per endpoint, when the database mirrors an upstream (docs/SYNC.md). */
function mirrorCard(status: DataStatus): string {
  if (status.sync.length === 0) return '';
  const upstreams = [...new Set(status.sync.map((state) => state.upstream))].map((url) => `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`);
  const rows = syncStatusRows(status.sync, new Date()).map((row) => {
    const error = row.lastError ? `<br><span class="note">last error ${escapeHtml(row.lastError)}</span>` : '';
    const cells = [
      `<td>${escapeHtml(`/${row.resource}/`)}</td>`,
      `<td>${escapeHtml(row.lastSuccess)}</td>`,
      `<td class="number">${row.records}</td>`,
      `<td class="number">${row.calls}</td>`,
      `<td>${escapeHtml(row.nextCall)}</td>`,
      `<td>${escapeHtml(row.state)}${error}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  const headings = ['Endpoint', 'Last successful sync', 'Records written', 'Calls spent', 'Next call', 'State'].map((heading, index) =>
    [2, 3].includes(index) ? `<th scope="col" class="number">${heading}</th>` : `<th scope="col">${heading}</th>`,
  );
  return `
<div class="card">
<h2>Mirror</h2>
<p>This database is kept in sync with ${upstreams.join(', ')}.</p>
<table>
<thead><tr>${headings.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</div>`;
}
