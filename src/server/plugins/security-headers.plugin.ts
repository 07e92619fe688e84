import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * Security headers (helmet) on every response: a strict Content-Security-Policy for the web app and
 * the public pages, no framing, no MIME sniffing. Only a deployment reached over HTTPS
 * (`isHttps`, from PUBLIC_BASE_URL) tells the browser to stay on HTTPS (HSTS and the CSP directive
 * upgrade-insecure-requests): on a plain-HTTP pilot either one would leave the web app a blank page.
 * The helmet middleware is built once here — building it per request (as the Fastify wrapper does)
 * re-parses the policy on every response.
 */
export const securityHeadersPlugin = fp(async (app: FastifyInstance, options: { isHttps: boolean }) => {
  const applyHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: options.isHttps ? [] : null,
      },
    },
    hsts: options.isHttps,
  });
  app.addHook('onRequest', (request, reply, done) => {
    applyHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined));
  });
});
