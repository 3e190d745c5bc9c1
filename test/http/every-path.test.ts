// All of LL2 2.3.0: every path of LL2's OpenAPI document, in every mode it declares, answers
// 200 on the bundled data with a body valid against the schema the document declares.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { LL2_KNOWN_DEVIATIONS, NULLS_IN_PRACTICE, type OpenApiDocument, responseSchemaFor, validateAgainstSchema, validateResponse } from '../support/openapi-contract.ts';
import { loadOpenApi, SKIP_REASON } from '../support/reference.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const options = { knownDeviations: [...LL2_KNOWN_DEVIATIONS, ...NULLS_IN_PRACTICE] };

/** The modes a path declares (its `mode` parameter's enum), or none. */
function modesOf(doc: OpenApiDocument, path: string): string[] {
  const parameters = (doc.paths[path]?.get?.parameters ?? []) as Array<{ name: string; schema?: { enum?: string[] } }>;
  return parameters.find((parameter) => parameter.name === 'mode')?.schema?.enum ?? [];
}

describe('every path of LL2 2.3.0', { skip: skipUnlessRequired(SKIP_REASON) }, () => {
  let server: TestApp;
  before(async () => {
    server = await startTestApp('sqlite', (database) => loadBundledData(database));
  });
  after(() => server?.close());

  test('answers 200 in every declared mode with a body valid against the declared schema', async () => {
    const doc = loadOpenApi();
    const paths = Object.keys(doc.paths);
    assert.equal(paths.length, 116);
    const problems: string[] = [];
    const check = async (path: string, url: string) => {
      const response = await server.app.inject({ method: 'GET', url, headers: { host: 'apogee.test' } });
      if (response.statusCode !== 200) return problems.push(`${url}: ${response.statusCode}`);
      const body = JSON.parse(response.body);
      // Two paths LL2's document declares as arrays answer one object, on LL2 as here (BEHAVIOR.md §2.7).
      const declared = responseSchemaFor(doc, path, 'get', 200);
      const itemsRef = typeof declared === 'object' && declared.type === 'array' && !Array.isArray(body) ? declared.items?.$ref : undefined;
      const found = itemsRef
        ? validateAgainstSchema(doc, itemsRef.split('/').at(-1) as string, body, options)
        : validateResponse(doc, new URL(url, 'http://x').pathname, 'get', 200, body, options);
      problems.push(...found.map((problem) => `${url}: ${problem}`));
    };
    for (const path of paths) {
      const modes = modesOf(doc, path);
      let url = path;
      if (path.includes('{id}')) {
        const list = path.replace('{id}/', '');
        const first = JSON.parse((await server.app.inject({ method: 'GET', url: `${list}?limit=1`, headers: { host: 'apogee.test' } })).body);
        const id = first.results?.[0]?.id;
        if (id === undefined) {
          problems.push(`${path}: no object to request`);
          continue;
        }
        url = path.replace('{id}', String(id));
      }
      if (modes.length === 0) await check(path, url);
      for (const mode of modes) await check(path, `${url}?mode=${mode}`);
    }
    assert.deepEqual(problems, [], `${problems.length} problems`);
  });
});
