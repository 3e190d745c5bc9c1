// An Apogee app on a fresh database, driven with `inject` (no sockets), whose JSON
// responses are checked against LL2's OpenAPI document whenever the reference is present.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { type AppConfig, buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/connect.ts';
import { type DatabaseKind, freshDatabase } from './databases.ts';
import {
  LL2_KNOWN_DEVIATIONS,
  NULLS_IN_PRACTICE,
  type OpenApiDocument,
  validateAgainstSchema,
  validateResponse,
} from './openapi-contract.ts';
import { loadOpenApi, referenceDir } from './reference.ts';

export const TEST_HOST = 'apogee.test';
export const TEST_ORIGIN = `http://${TEST_HOST}`;

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  statements: string[];
  /** GET a path; a 200 JSON body must satisfy LL2's schema for that path. */
  get(path: string, headers?: Record<string, string>): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface TestResponse {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  json: any;
}

/** LL2's schema for a response body; `/api-throttle/` is an object although the schema says array (BEHAVIOR.md §2.7). */
function contractProblems(openapi: OpenApiDocument, path: string, body: unknown): string[] {
  if (!path.startsWith('/2.3.0/') || path === '/2.3.0/') return [];
  if (path === '/2.3.0/api-throttle/') return validateAgainstSchema(openapi, 'APIThrottle', body);
  return validateResponse(openapi, path, 'get', 200, body, { knownDeviations: [...LL2_KNOWN_DEVIATIONS, ...NULLS_IN_PRACTICE] });
}

export async function startTestApp(
  kind: DatabaseKind,
  load: (database: Database) => Promise<unknown>,
  config: Partial<AppConfig> = {},
): Promise<TestApp> {
  const { database, statements, drop } = await freshDatabase(kind);
  await load(database);
  const app = await buildApp({
    config: {
      logLevel: 'silent',
      trustProxy: false,
      throttleAnon: null,
      redisUrl: null,
      redisPrefix: `apogee-test:${randomUUID()}:`,
      // LL2's exact wire by default; test/http/http-caching.test.ts turns the extensions on.
      responseCacheMb: 0,
      cacheMaxAgeSeconds: null,
      compression: false,
      dataVersionCheckMs: 0,
      ...config,
    },
    database,
    logger: false,
  });
  await app.ready();
  const openapi = referenceDir() ? loadOpenApi() : null;
  return {
    app,
    database,
    statements,
    async get(path, headers = {}) {
      const response = await app.inject({ method: 'GET', url: path, headers: { host: TEST_HOST, ...headers } });
      const isJson = String(response.headers['content-type'] ?? '').startsWith('application/json');
      const result: TestResponse = {
        status: response.statusCode,
        headers: response.headers,
        text: response.body,
        json: isJson ? JSON.parse(response.body) : undefined,
      };
      if (openapi && isJson && response.statusCode === 200) {
        const problems = contractProblems(openapi, path.split('?')[0], result.json);
        assert.deepEqual(problems, [], `GET ${path} does not match LL2's schema`);
      }
      return result;
    },
    async close() {
      await app.close();
      await drop();
    },
  };
}
