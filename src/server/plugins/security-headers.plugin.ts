import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Security headers (helmet) on every response: a strict Content-Security-Policy for the web app and
 * the public pages, no framing, no MIME sniffing; HSTS only behind a TLS-terminating proxy.
 * The helmet middleware is built once here — building it per request (as the Fastify wrapper does)
 * re-parses the policy on every response.
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance, options: { hsts: boolean }) => {
  const applyHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: options.hsts,
  });
  app.addHook('onRequest', (request, reply, done) => {
    applyHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
});
