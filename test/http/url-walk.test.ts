// Every link the server hands out leads somewhere: walk every `url` (and `next`/`previous`)
// found in the detailed responses of every endpoint, follow each, and expect a 200.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { resources } from '../../src/resources/index.ts';
import { startTestApp, TEST_ORIGIN, type TestApp } from '../support/test-app.ts';

function linksIn(value: unknown, found: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) linksIn(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'url' || key === 'next' || key === 'previous') && typeof item === 'string' && item.startsWith(TEST_ORIGIN)) {
        found.add(item.slice(TEST_ORIGIN.length));
      } else {
        linksIn(item, found);
      }
    }
  }
}

describe('the URL walk', () => {
  let server: TestApp;
  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database));
  });
  after(() => server?.close());

  test('every link in every detailed response resolves to a 200', async () => {
    const links = new Set<string>();
    for (const resource of resources) {
      const detailed = Object.entries(resource.modes).find(([, view]) => view === resource.retrieve)?.[0];
      const response = await server.get(`/2.3.0/${resource.path}/?limit=100${detailed ? `&mode=${detailed}` : ''}`);
      assert.equal(response.status, 200, resource.path);
      linksIn(response.json, links);
      for (const record of response.json.results) {
        const single = await server.get(`/2.3.0/${resource.path}/${record.id}/`);
        linksIn(single.json, links);
      }
    }
    assert.ok(links.size > 50, `only ${links.size} links found`);
    const broken: string[] = [];
    for (const link of links) {
      const response = await server.app.inject({ method: 'GET', url: link, headers: { host: 'apogee.test' } });
      if (response.statusCode !== 200) broken.push(`${response.statusCode} ${link}`);
    }
    assert.deepEqual(broken, [], `${broken.length} of ${links.size} links do not resolve`);
  });
});
