// The headers Django's SecurityMiddleware and clickjacking middleware add to every LL2
// response (BEHAVIOR.md §8.2). They are middleware headers, so the browsable page, which
// shows the view's own headers, does not list them.
import type { FastifyInstance } from 'fastify';

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', (_request, reply, payload, done) => {
    reply.headers(SECURITY_HEADERS);
    done(null, payload);
  });
}
