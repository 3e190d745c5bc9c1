// CORS as django-cors-headers with CORS_ALLOW_ALL_ORIGINS does it for LL2: preflights are
// answered before routing, and any request with an Origin gets `*`.
import type { FastifyInstance } from 'fastify';

const PREFLIGHT_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'accept, authorization, content-type, user-agent, x-csrftoken, x-requested-with',
  'access-control-allow-methods': 'DELETE, GET, OPTIONS, PATCH, POST, PUT',
  'access-control-max-age': '86400',
};

export function registerCors(app: FastifyInstance): void {
  app.addHook('onRequest', (request, reply, done) => {
    // Answered here, the request goes no further (done is not called).
    if (request.method === 'OPTIONS' && request.headers.origin && request.headers['access-control-request-method']) {
      reply.code(200).headers(PREFLIGHT_HEADERS).type('text/html; charset=utf-8').send('');
      return;
    }
    done();
  });
  app.addHook('onSend', (request, reply, payload, done) => {
    if (request.headers.origin) reply.header('access-control-allow-origin', '*');
    done(null, payload);
  });
}
