// The browsable page (`?format=api` or a browser's Accept) of every registered endpoint,
// list and `{id}/`, errors included, and the landing page `/`. What each page should show
// is derived from the resource declarations, as the page itself is.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { readDataStatus } from '../../src/db/data-status.ts';
import type { Resource } from '../../src/engine/spec.ts';
import { resources } from '../../src/resources/index.ts';
import { asBrowsableLinks, jsonShownOn, loadDataWithHostileName, unescapeHtml, XSS_ID, XSS_NAME } from '../support/browsable.ts';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.ts';

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

let server: TestApp;
before(async () => {
  server = await startTestApp('sqlite', loadDataWithHostileName);
});
after(async () => {
  await server.close();
});

// -- What a page should show, from the spec ----------------------------------------------

function title(resource: Resource, kind: 'List' | 'Instance'): string {
  return `${resource.model.name.replace(/([a-z])([A-Z])/g, '$1 $2')} ${kind}`;
}

function expectedSections(resource: Resource): string[] {
  const sections: string[] = [];
  if (Object.keys(resource.modes).length > 0) sections.push('Modes');
  if (Object.keys(resource.filters).length > 0) sections.push('Filters');
  if (resource.search.length > 0) sections.push('Search');
  if (resource.ordering !== null && resource.ordering.length > 0) sections.push('Ordering');
  return [...sections, 'Number of results', 'Format', 'Help'];
}

// -- Readers of the page ----------------------------------------------------------------

/** The help text's section headings (the only h2 of an API page). */
function sectionsShown(html: string): string[] {
  return [...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((match) => unescapeHtml(match[1]));
}

function requestLine(html: string): string {
  return unescapeHtml(/<pre class="request">([^<]*)<\/pre>/.exec(html)?.[1] ?? '');
}

function statusLine(html: string): string {
  return unescapeHtml(/<b class="status">([^<]*)<\/b>/.exec(html)?.[1] ?? '');
}

function headerLines(html: string): string[] {
  const block = /<pre class="response[^"]*">([\s\S]*?)<span class="json">/.exec(html)?.[1] ?? '';
  return [...block.matchAll(/<b>([^<]*)<\/b> <span>([^<]*)<\/span>/g)].map((match) => unescapeHtml(`${match[1]} ${match[2]}`));
}

function heading(html: string): string {
  return unescapeHtml(/<h1>([^<]*)<\/h1>/.exec(html)?.[1] ?? '');
}

/** The options of a named select: value, label, selected. */
function selectOptions(html: string, name: string): Array<{ value: string; label: string; selected: boolean }> {
  const select = new RegExp(`<select name="${name}">([\\s\\S]*?)</select>`).exec(html);
  assert.ok(select, `a select named ${name}`);
  return [...select[1].matchAll(/<option value="([^"]*)"( selected)?[^>]*>([^<]*)<\/option>/g)].map((match) => ({
    value: unescapeHtml(match[1]),
    selected: match[2] !== undefined,
    label: unescapeHtml(match[3]),
  }));
}

function inputValue(html: string, name: string): string | undefined {
  const match = new RegExp(`<input type="[a-z]+" name="${name}" value="([^"]*)"`).exec(html);
  return match ? unescapeHtml(match[1]) : undefined;
}

function pagerLinks(html: string): Record<string, string | null> {
  const pager = /<nav class="pager"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  const links: Record<string, string | null> = {};
  for (const label of ['First', 'Previous', 'Next', 'Last']) {
    const link = new RegExp(`<a href="([^"]*)"[^>]*>[^<]*${label}[^<]*</a>`).exec(pager);
    links[label] = link ? unescapeHtml(link[1]) : null;
  }
  return links;
}

/** The JSON endpoint's own text, indented as the page indents it (Python's float format included). */
async function indentedJson(url: string): Promise<string> {
  const response = await server.get(url, { accept: 'application/json; indent=4' });
  assert.equal(response.status, 200, url);
  return response.text;
}

function assertIsPage(response: { status: number; headers: Record<string, unknown> }, status: number, what: string): void {
  assert.equal(response.status, status, what);
  assert.equal(response.headers['content-type'], 'text/html; charset=utf-8', what);
}

// -- Every endpoint ---------------------------------------------------------------------

for (const resource of resources) {
  describe(`/${resource.path}/`, () => {
    test('the list page: title, help from the spec, request line, sorted headers, the JSON', async () => {
      const url = `/2.3.0/${resource.path}/?format=api`;
      const page = await server.get(url);
      assertIsPage(page, 200, url);
      assert.equal(heading(page.text), title(resource, 'List'));
      assert.deepEqual(sectionsShown(page.text), expectedSections(resource));
      for (const name of Object.keys(resource.filters)) assert.ok(page.text.includes(`<code>${name}</code>`), `filter ${name} named`);
      for (const field of resource.search) assert.ok(page.text.includes(`<code>${field}</code>`), `search field ${field} named`);
      if (resource.examples.mode) {
        assert.ok(page.text.includes(`href="/2.3.0/${resource.path}/?mode=${resource.examples.mode}&#38;format=api"`), 'mode example link');
      }
      if (resource.examples.filter) {
        assert.ok(page.text.includes(`>/${resource.path}/?${resource.examples.filter}</a>`), 'filter example shown');
      }
      assert.ok(page.text.includes(`href="/2.3.0/swagger/"`), 'help points to the docs');
      assert.equal(requestLine(page.text), `GET ${url}`);
      assert.equal(statusLine(page.text), 'HTTP 200 OK');
      assert.deepEqual(headerLines(page.text), ['Allow: GET', 'Content-Type: application/json', 'Vary: Accept']);
      assert.equal(jsonShownOn(page.text), asBrowsableLinks(await indentedJson(`/2.3.0/${resource.path}/?format=json`)));
    });

    test('the {id}/ page of a real row', async () => {
      const list = await server.get(`/2.3.0/${resource.path}/?format=json&limit=1`);
      const id = list.json.results[0].id;
      const url = `/2.3.0/${resource.path}/${id}/?format=api`;
      const page = await server.get(url);
      assertIsPage(page, 200, url);
      assert.equal(heading(page.text), title(resource, 'Instance'));
      assert.deepEqual(sectionsShown(page.text), expectedSections(resource));
      assert.equal(requestLine(page.text), `GET ${url}`);
      assert.equal(statusLine(page.text), 'HTTP 200 OK');
      assert.deepEqual(headerLines(page.text), ['Allow: GET', 'Content-Type: application/json', 'Vary: Accept']);
      assert.ok(!page.text.includes('<form'), 'no query form on an instance');
      assert.equal(jsonShownOn(page.text), asBrowsableLinks(await indentedJson(`/2.3.0/${resource.path}/${id}/?format=json`)));
    });

    test('the form offers every filter of the spec', async () => {
      const page = await server.get(`/2.3.0/${resource.path}/?format=api`);
      assert.ok(page.text.includes('<input type="hidden" name="format" value="api">'));
      for (const [name, filter] of Object.entries(resource.filters)) {
        if (filter.kind === 'boolean') {
          assert.deepEqual(selectOptions(page.text, name).map((option) => option.value), ['', 'true', 'false'], name);
        } else if (filter.kind === 'choice') {
          assert.ok(selectOptions(page.text, name).length > 1, `${name} lists rows`);
        } else {
          assert.equal(inputValue(page.text, name), '', name);
        }
      }
      const modes = Object.keys(resource.modes);
      if (modes.length > 0) assert.deepEqual(selectOptions(page.text, 'mode').map((option) => option.value), ['', ...modes.slice(1)]);
      assert.equal(inputValue(page.text, 'search') !== undefined, resource.search.length > 0, 'search field when the spec searches');
      for (const field of resource.ordering ?? []) {
        const values = selectOptions(page.text, 'ordering').map((option) => option.value);
        assert.ok(values.includes(field) && values.includes(`-${field}`), `ordering ${field}`);
      }
    });
  });
}

// -- Errors -----------------------------------------------------------------------------

describe('error pages', () => {
  test('400: the list page with its status line and the error body; the form keeps the values', async () => {
    const url = '/2.3.0/spacecraft/?format=api&status=abc&name=Soyuz';
    const page = await server.get(url);
    assertIsPage(page, 400, url);
    assert.equal(heading(page.text), 'Spacecraft List');
    assert.equal(statusLine(page.text), 'HTTP 400 Bad Request');
    assert.deepEqual(headerLines(page.text), ['Allow: GET', 'Content-Type: application/json', 'Vary: Accept']);
    assert.deepEqual(JSON.parse(jsonShownOn(page.text)), {
      status: ['Select a valid choice. That choice is not one of the available choices.'],
    });
    assert.equal(requestLine(page.text), `GET ${url}`);
    assert.equal(inputValue(page.text, 'name'), 'Soyuz');
    assert.ok(selectOptions(page.text, 'status').some((option) => option.value === 'abc' && option.selected));
    assert.ok(!page.text.includes('class="pager"'), 'no pagination on an error');
  });

  test('404 on an instance, 405 for another method: same page, their status lines', async () => {
    const missing = await server.get('/2.3.0/spacecraft/999999/?format=api');
    assertIsPage(missing, 404, 'unknown id');
    assert.equal(heading(missing.text), 'Spacecraft Instance');
    assert.equal(statusLine(missing.text), 'HTTP 404 Not Found');
    assert.deepEqual(JSON.parse(jsonShownOn(missing.text)), { detail: 'No Spacecraft matches the given query.' });

    const post = await server.app.inject({ method: 'POST', url: '/2.3.0/spacecraft/?format=api', headers: { host: 'apogee.test' } });
    assert.equal(post.statusCode, 405);
    assert.equal(statusLine(post.body), 'HTTP 405 Method Not Allowed');
    assert.equal(requestLine(post.body), 'POST /2.3.0/spacecraft/?format=api');
    assert.equal(heading(post.body), 'Spacecraft List');
  });
});

// -- Escaping ---------------------------------------------------------------------------

describe('markup in data and in the request is shown as text', () => {
  test('a spacecraft named <script>…', async () => {
    for (const url of [
      `/2.3.0/spacecraft/?format=api&search=script`,
      `/2.3.0/spacecraft/${XSS_ID}/?format=api`,
      `/2.3.0/spacecraft_flights/?format=api`,
    ]) {
      const page = await server.get(url);
      assert.equal(page.status, 200, url);
      assert.ok(!page.text.includes(XSS_NAME), `${url}: the name is never raw markup`);
      assert.ok(!page.text.includes('<img'), `${url}: no injected element`);
      // The only script is the page's own (the form's enhancement on lists).
      assert.ok([...page.text.matchAll(/<script/g)].length <= 1, url);
      assert.ok(!/<script>(?!\n\(function)/.test(page.text), url);
    }
    const list = await server.get('/2.3.0/spacecraft/?format=api&search=script');
    assert.ok(list.text.includes('&#60;script&#62;alert(1)&#60;/script&#62;'), 'shown escaped in the JSON');
    const flights = await server.get('/2.3.0/spacecraft_flights/?format=api');
    assert.ok(
      selectOptions(flights.text, 'spacecraft').some((option) => option.label === `${XSS_NAME} (${XSS_ID})`),
      'the choice select lists it by name, as text',
    );
  });

  test('a query full of markup', async () => {
    const url = '/2.3.0/spacecraft/?format=api&search=%3Cscript%3Ealert(3)%3C/script%3E&name=%22%3E%3Cb%3E&ordering=%22%3E%3Ci%3E';
    const page = await server.get(url);
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes('<script>alert'), 'no script from the query');
    assert.ok(!page.text.includes('"><b>') && !page.text.includes('"><i>'), 'attributes stay closed');
    assert.equal(inputValue(page.text, 'search'), '<script>alert(3)</script>');
    assert.equal(inputValue(page.text, 'name'), '"><b>');
    assert.equal(requestLine(page.text), `GET ${url}`);
  });
});

// -- The form, the pager, the links -----------------------------------------------------

describe('the query form and the pagination controls', () => {
  test('the form shows the request: selected mode, filters, ordering, search', async () => {
    const page = await server.get('/2.3.0/spacecraft/?format=api&mode=detailed&in_space=True&spacecraft_config=6&ordering=-id&search=Dragon&limit=5');
    assert.equal(page.status, 200);
    const selected = (name: string) => selectOptions(page.text, name).find((option) => option.selected)?.value;
    assert.equal(selected('mode'), 'detailed');
    assert.equal(selected('in_space'), 'true');
    assert.equal(selected('is_placeholder'), '');
    assert.equal(selected('spacecraft_config'), '6');
    assert.equal(selected('ordering'), '-id');
    assert.equal(inputValue(page.text, 'search'), 'Dragon');
    assert.equal(inputValue(page.text, 'limit'), '5');
  });

  test('choice selects list the rows of the target table by name, with their ids', async () => {
    const configs = await server.get('/2.3.0/spacecraft_configurations/?format=json&limit=100');
    const page = await server.get('/2.3.0/spacecraft/?format=api');
    const options = selectOptions(page.text, 'spacecraft_config').slice(1);
    const expected = configs.json.results
      .map((config: { id: number; name: string }) => ({ value: String(config.id), label: `${config.name} (${config.id})`, selected: false }))
      .sort((a: { label: string }, b: { label: string }) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    assert.deepEqual(options, expected);
  });

  test('"Results 11–15 of N" and first / previous / next / last', async () => {
    const count = (await server.get('/2.3.0/spacecraft/?format=json&limit=1')).json.count as number;
    assert.ok(count > 20, 'enough spacecraft for three pages');
    const page = await server.get('/2.3.0/spacecraft/?format=api&limit=5&offset=10&ordering=id');
    assert.ok(page.text.includes(`Results 11–15 of ${count}`));
    const last = Math.floor((count - 1) / 5) * 5;
    assert.deepEqual(pagerLinks(page.text), {
      First: '/2.3.0/spacecraft/?format=api&limit=5&ordering=id',
      Previous: '/2.3.0/spacecraft/?format=api&limit=5&offset=5&ordering=id',
      Next: '/2.3.0/spacecraft/?format=api&limit=5&offset=15&ordering=id',
      Last: `/2.3.0/spacecraft/?format=api&limit=5&offset=${last}&ordering=id`,
    });
    const first = await server.get('/2.3.0/spacecraft/?format=api&limit=5');
    assert.ok(first.text.includes(`Results 1–5 of ${count}`));
    assert.equal(pagerLinks(first.text).First, null);
    assert.equal(pagerLinks(first.text).Previous, null);
    const beyond = await server.get(`/2.3.0/spacecraft/?format=api&offset=${count + 50}`);
    assert.ok(beyond.text.includes(`(${count} in all)`));
    const none = await server.get('/2.3.0/spacecraft/?format=api&name=nothing-is-called-this');
    assert.ok(none.text.includes('No results'));
  });

  test('the same request as JSON, and as a curl command', async () => {
    const page = await server.get('/2.3.0/spacecraft/?format=api&limit=2&search=Dragon');
    assert.ok(page.text.includes('href="/2.3.0/spacecraft/?format=json&#38;limit=2&#38;search=Dragon">View as JSON</a>'));
    assert.ok(page.text.includes(`curl &#39;${TEST_ORIGIN}/2.3.0/spacecraft/?limit=2&#38;search=Dragon&#39;`));
  });

  test("a browser's Accept gets the page; links in the JSON keep it browsable", async () => {
    const page = await server.get('/2.3.0/spacecraft/?limit=2', { accept: BROWSER_ACCEPT });
    assertIsPage(page, 200, 'browser Accept');
    const json = await server.get('/2.3.0/spacecraft/?limit=2', { accept: 'application/json' });
    assert.equal(jsonShownOn(page.text), await indentedJson('/2.3.0/spacecraft/?limit=2'));
    const firstUrl = json.json.results[0].url as string;
    assert.ok(page.text.includes(`<a href="${firstUrl}?format=api" rel="nofollow">${firstUrl}</a>`));
  });

  test('`text/html; indent=2` indents the JSON by 2', async () => {
    const page = await server.get('/2.3.0/config/spacecraft_statuses/', { accept: 'text/html; indent=2' });
    assertIsPage(page, 200, 'indent=2');
    assert.ok(jsonShownOn(page.text).startsWith('{\n  "count": '));
  });

  test('the API root', async () => {
    const page = await server.get('/2.3.0/?format=api');
    assertIsPage(page, 200, 'root');
    assert.equal(heading(page.text), 'API Root');
    assert.deepEqual(sectionsShown(page.text), ['Endpoints', 'Format', 'Help']);
    for (const resource of resources) {
      assert.ok(page.text.includes(`<a href="${TEST_ORIGIN}/2.3.0/${resource.path}/?format=api" rel="nofollow">`), resource.path);
    }
  });
});

// -- The landing page -------------------------------------------------------------------

test('/: what this is, the data per endpoint, the last change, where to go', async () => {
  const page = await server.get('/');
  assertIsPage(page, 200, '/');
  assert.equal(heading(page.text), 'Apogee');
  for (const resource of resources) {
    const { count } = (await server.get(`/2.3.0/${resource.path}/?format=json&limit=1`)).json;
    const row = new RegExp(`>/${resource.path}/</a></td><td class="number">(\\d+)</td>`).exec(page.text);
    assert.equal(Number(row?.[1]), count, resource.path);
  }
  const { lastChange } = await readDataStatus(server.database.db);
  assert.ok(lastChange !== null && page.text.includes(`datetime="${lastChange}"`), 'last data change');
  for (const href of ['/2.3.0/?format=api', '/2.3.0/swagger/', '/2.3.0/api-throttle/?format=api']) {
    assert.ok(page.text.includes(`href="${href}"`), href);
  }
});
