// The documentation routes: the OpenAPI document as JSON and YAML, and the interactive page,
// which must load every asset from this server (no CDN) and point at the JSON document.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { resources } from '../../src/resources/index.ts';
import { startTestApp, TEST_HOST, TEST_ORIGIN, type TestApp } from '../support/test-app.ts';

const SWAGGER = '/2.3.0/swagger/';
const SCHEMA = '/2.3.0/schema/';

describe('documentation routes', () => {
  let server: TestApp;
  // `inject` directly, not `server.get`: these are not LL2 endpoints to validate against LL2's schemas.
  const request = (url: string, headers: Record<string, string> = {}, method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD' = 'GET') =>
    server.app.inject({ method, url, headers: { host: TEST_HOST, ...headers } });

  before(async () => {
    server = await startTestApp('sqlite', async () => {});
  });
  after(() => server?.close());

  test('?format=openapi answers the document as JSON, with this server as its server', async () => {
    const response = await request(`${SWAGGER}?format=openapi`);
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^application\/json/);
    const document = JSON.parse(response.body);
    assert.equal(document.openapi, '3.0.3');
    assert.deepEqual(document.servers, [{ url: TEST_ORIGIN, description: 'This server' }]);
    for (const resource of resources) {
      assert.ok(document.paths[`/2.3.0/${resource.path}/`]?.get, `${resource.path}/`);
      assert.ok(document.paths[`/2.3.0/${resource.path}/{id}/`]?.get, `${resource.path}/{id}/`);
    }
  });

  test('the servers entry follows the origin the client reached', async () => {
    const response = await request(`${SWAGGER}?format=openapi`, { host: 'docs.example:8080' });
    assert.deepEqual(JSON.parse(response.body).servers, [{ url: 'http://docs.example:8080', description: 'This server' }]);
  });

  test('/schema/ answers YAML by default, the same document as the JSON', async () => {
    const yaml = await request(SCHEMA);
    assert.equal(yaml.statusCode, 200);
    assert.match(String(yaml.headers['content-type']), /^application\/vnd\.oai\.openapi(;|$)/);
    const json = JSON.parse((await request(`${SWAGGER}?format=openapi`)).body);
    assert.deepEqual(parseYaml(yaml.body), json);
  });

  test('/schema/ answers JSON for Accept: application/json and for ?format=json', async () => {
    const json = JSON.parse((await request(`${SWAGGER}?format=openapi`)).body);
    for (const [url, headers] of [
      [SCHEMA, { accept: 'application/json' }],
      [`${SCHEMA}?format=json`, {}],
    ] as const) {
      const response = await request(url, headers);
      assert.equal(response.statusCode, 200, url);
      assert.match(String(response.headers['content-type']), /^application\/json/, url);
      assert.deepEqual(JSON.parse(response.body), json, url);
    }
    const browser = await request(SCHEMA, { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' });
    assert.match(String(browser.headers['content-type']), /^application\/vnd\.oai\.openapi(;|$)/);
  });

  test('an unknown format is a 404', async () => {
    assert.equal((await request(`${SCHEMA}?format=xml`)).statusCode, 404);
    assert.equal((await request(`${SWAGGER}?format=xml`)).statusCode, 404);
  });

  test('the swagger page loads only local assets, and they all answer 200 with a long cache', async () => {
    const page = await request(SWAGGER);
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-type']), /^text\/html/);
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(assets.length >= 4, 'the page loads swagger-ui and its start-up script');
    assert.ok(assets.some((asset) => asset.includes('swagger-ui-bundle.js')));
    assert.ok(assets.some((asset) => asset.includes('swagger-ui.css')));
    for (const asset of assets) {
      assert.ok(asset.startsWith('/') && !asset.startsWith('//'), `${asset} is not served by this server`);
      const response = await request(asset);
      assert.equal(response.statusCode, 200, asset);
      assert.match(String(response.headers['cache-control']), /max-age=\d{6,}/, asset);
      assert.ok(response.rawPayload.length > 0, asset);
    }
    assert.doesNotMatch(page.body, /https?:\/\//, 'the page names no remote URL');
  });

  test('the start-up script points swagger-ui at ?format=openapi and turns the remote validator off', async () => {
    const page = await request(SWAGGER);
    const script = [...page.body.matchAll(/src="([^"]+)"/g)].map((match) => match[1]).find((src) => src.includes('apogee-init'));
    assert.ok(script, 'the page loads its own start-up script');
    const body = (await request(script)).body;
    assert.match(body, /\?format=openapi/);
    assert.match(body, /validatorUrl: null/);
  });

  test('files outside the allowlist are not served', async () => {
    assert.equal((await request('/static/swagger-ui/package.json')).statusCode, 404);
    assert.equal((await request('/static/swagger-ui/..%2Fpackage.json')).statusCode, 404);
  });

  test('other methods are a 405, as on the API', async () => {
    for (const url of [SWAGGER, `${SWAGGER}?format=openapi`, SCHEMA]) {
      for (const method of ['POST', 'PUT', 'DELETE', 'HEAD'] as const) {
        const response = await request(url, {}, method);
        assert.equal(response.statusCode, 405, `${method} ${url}`);
        assert.equal(response.headers.allow, 'GET', `${method} ${url}`);
      }
    }
    const post = await request(SCHEMA, {}, 'POST');
    assert.deepEqual(JSON.parse(post.body), { detail: 'Method "POST" not allowed.' });
  });
});
