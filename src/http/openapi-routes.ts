// Apogee's API description: the OpenAPI document (`/2.3.0/schema/`, `/2.3.0/swagger/?format=openapi`)
// and an interactive page (`/2.3.0/swagger/`) served entirely from this server, swagger-ui's
// files included, so the documentation works offline and leaks no visitor to a CDN.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { stringify as toYaml } from 'yaml';
import { ApiError, notFound } from '../engine/errors.ts';
import { buildOpenApiDocument, type OpenApiDocument } from '../engine/openapi.ts';
import { lastValue } from '../engine/query.ts';
import { API_PREFIX } from '../engine/render.ts';
import type { Resource } from '../engine/spec.ts';
import { ALL_METHODS, origin } from './api-routes.ts';
import { requestTarget } from './request-target.ts';

export const SWAGGER_PATH = `${API_PREFIX}/swagger/`;
export const SCHEMA_PATH = `${API_PREFIX}/schema/`;
export const SWAGGER_ASSETS_PATH = '/static/swagger-ui/';

const YAML_TYPE = 'application/vnd.oai.openapi; charset=utf-8';
const OPENAPI_JSON_TYPE = 'application/vnd.oai.openapi+json';
const JSON_TYPE = 'application/json; charset=utf-8';

// swagger-ui-dist's files the page loads (and their source maps, for browser devtools); an
// allowlist, so that nothing else in node_modules can be read through the route.
const SWAGGER_UI_FILES: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css.map': 'application/json; charset=utf-8',
  'swagger-ui-bundle.js.map': 'application/json; charset=utf-8',
  'swagger-ui-standalone-preset.js.map': 'application/json; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};
/** Apogee's own start-up script: a file rather than inline code, so a strict CSP can forbid inline scripts. */
const INIT_SCRIPT_FILE = 'apogee-init.js';
// Asset URLs carry swagger-ui's version, so a year-long cache never serves a stale file after an upgrade.
const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

const swaggerUiDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const swaggerUiVersion = (createRequire(import.meta.url)('swagger-ui-dist/package.json') as { version: string }).version;

export function registerOpenApiRoutes(app: FastifyInstance, resources: Resource[]): void {
  const documents = new DocumentCache(buildOpenApiDocument(resources, { serverUrl: '' }));

  app.route({
    method: [...ALL_METHODS],
    url: SWAGGER_PATH,
    handler: async (request, reply) => {
      const format = admitDocumentation(request);
      if (format === undefined || format === '') return reply.type('text/html; charset=utf-8').send(swaggerPage());
      if (format !== 'openapi' && format !== 'json') throw notFound();
      return reply.type(JSON_TYPE).send(documents.forOrigin(origin(request)).json);
    },
  });

  app.route({
    method: [...ALL_METHODS],
    url: SCHEMA_PATH,
    handler: async (request, reply) => {
      const format = admitDocumentation(request);
      const texts = documents.forOrigin(origin(request));
      const chosen = schemaRepresentation(format, request.headers.accept);
      if (chosen === null) throw notFound();
      return reply.type(chosen.type).send(chosen.kind === 'json' ? texts.json : texts.yaml);
    },
  });

  app.route({
    method: [...ALL_METHODS],
    url: `${SWAGGER_ASSETS_PATH}:file`,
    handler: async (request: FastifyRequest<{ Params: { file: string } }>, reply: FastifyReply) => {
      admitDocumentation(request);
      const { file } = request.params;
      if (file === INIT_SCRIPT_FILE) return sendAsset(reply, 'text/javascript; charset=utf-8', SWAGGER_INIT_SCRIPT);
      const type = SWAGGER_UI_FILES[file];
      if (type === undefined) return reply.callNotFound();
      return sendAsset(reply, type, await readSwaggerUiFile(file));
    },
  });
}

/** Like the API: GET only (405 otherwise); returns the `format` query value, if any. */
function admitDocumentation(request: FastifyRequest): string | undefined {
  if (request.method !== 'GET') throw new ApiError(405, { detail: `Method "${request.method}" not allowed.` });
  return lastValue(requestTarget(request).pairs, 'format');
}

/**
 * `/schema/`'s representation: `?format=json|yaml` decides; otherwise YAML, unless the Accept
 * header names a JSON type and no YAML type (drf-spectacular lists its YAML renderer first).
 */
function schemaRepresentation(format: string | undefined, accept: string | undefined): { kind: 'json' | 'yaml'; type: string } | null {
  if (format === 'json' || format === 'openapi-json') return { kind: 'json', type: JSON_TYPE };
  if (format === 'yaml' || format === 'openapi') return { kind: 'yaml', type: YAML_TYPE };
  if (format !== undefined && format !== '') return null;
  const mediaTypes = (accept ?? '').split(',').map((entry) => entry.split(';')[0].trim().toLowerCase());
  const asksYaml = mediaTypes.some((type) => type === 'application/vnd.oai.openapi' || type === 'application/yaml');
  if (!asksYaml && mediaTypes.includes(OPENAPI_JSON_TYPE)) return { kind: 'json', type: OPENAPI_JSON_TYPE };
  if (!asksYaml && mediaTypes.includes('application/json')) return { kind: 'json', type: JSON_TYPE };
  return { kind: 'yaml', type: YAML_TYPE };
}

function sendAsset(reply: FastifyReply, type: string, body: string | Buffer): FastifyReply {
  return reply.header('cache-control', ASSET_CACHE_CONTROL).type(type).send(body);
}

const assetCache = new Map<string, Buffer>();

async function readSwaggerUiFile(file: string): Promise<Buffer> {
  let content = assetCache.get(file);
  if (content === undefined) {
    content = await readFile(join(swaggerUiDir, file));
    assetCache.set(file, content);
  }
  return content;
}

// ---------------------------------------------------------------------------------------
// The document, per origin

interface DocumentTexts {
  json: string;
  yaml: string;
}

/**
 * The document depends only on the specs, except `servers`, which names the origin the
 * client reached (proxies, ports). Texts are kept for a few origins; the bound matters
 * because the Host header is the client's to choose.
 */
class DocumentCache {
  private readonly document: OpenApiDocument;
  private readonly texts = new Map<string, DocumentTexts>();
  private static readonly MAX_ORIGINS = 16;

  constructor(document: OpenApiDocument) {
    this.document = document;
  }

  forOrigin(serverUrl: string): DocumentTexts {
    const cached = this.texts.get(serverUrl);
    if (cached) return cached;
    const document = { ...this.document, servers: [{ url: serverUrl, description: 'This server' }] };
    const texts = { json: JSON.stringify(document), yaml: toYaml(document, { aliasDuplicateObjects: false }) };
    if (this.texts.size >= DocumentCache.MAX_ORIGINS) this.texts.delete(this.texts.keys().next().value as string);
    this.texts.set(serverUrl, texts);
    return texts;
  }
}

// ---------------------------------------------------------------------------------------
// The interactive page

function assetUrl(file: string): string {
  return `${SWAGGER_ASSETS_PATH}${file}?v=${swaggerUiVersion}`;
}

function swaggerPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Apogee API documentation</title>
  <link rel="stylesheet" href="${assetUrl('swagger-ui.css')}">
  <link rel="icon" type="image/png" sizes="32x32" href="${assetUrl('favicon-32x32.png')}">
  <link rel="icon" type="image/png" sizes="16x16" href="${assetUrl('favicon-16x16.png')}">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="${assetUrl('swagger-ui-bundle.js')}"></script>
  <script src="${assetUrl('swagger-ui-standalone-preset.js')}"></script>
  <script src="${assetUrl(INIT_SCRIPT_FILE)}"></script>
</body>
</html>
`;
}

// The document is found relative to the page's own URL, whatever host or port reached it.
// `validatorUrl: null` keeps swagger-ui from sending the document to its public validator.
const SWAGGER_INIT_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: new URL('?format=openapi', window.location.href).href,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout',
  });
});
`;
