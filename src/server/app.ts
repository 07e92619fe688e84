import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import Fastify from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { AppConfig } from './config';
import type { AppDependencies, AppInstance } from './context';
import type { DatabaseHandle } from '../db/database';
import { installAuditKeyring } from '../db/audit/audit-keyring';
import { loadAuditKeyring } from './audit/audit-keys';
import { answerFrameworkError, errorsPlugin, sendProblem } from './plugins/errors.plugin';
import { textInputPlugin } from './plugins/text-input.plugin';
import { openApiTransform } from './openapi';
import { authPlugin } from './plugins/auth.plugin';
import { securityHeadersPlugin } from './plugins/security-headers.plugin';
import { clientAddressReader, fastifyTrustProxy } from './security/trust-proxy';
import { frontDoorOf, type FrontDoor } from './public/front-door';
import { requestIdOf } from './request-id';
import { healthRoutes } from './modules/health/health.routes';
import { authRoutes } from './modules/auth/auth.routes';
import { accountRoutes } from './modules/accounts/account.routes';
import { moduleRoutes } from './modules';
import { REVALIDATE_CACHE_CONTROL, webAppStaticOptions } from './web-app-static';
import './route-config';

export interface BuildAppOptions {
  database: DatabaseHandle;
  config: AppConfig;
  clock?: () => Date;
}

/** JSON bodies are small; files go through multipart routes with their own limits. */
const BODY_LIMIT_BYTES = 1024 * 1024;

function registerWebApp(app: AppInstance, config: AppConfig): void {
  const indexFile = path.join(config.webDistDir, 'index.html');
  const hasWebBuild = fs.existsSync(indexFile);
  if (hasWebBuild) {
    void app.register(fastifyStatic, webAppStaticOptions(config.webDistDir));
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '';
    const isAsset = url.startsWith('/app/assets/');
    if (
      hasWebBuild &&
      request.method === 'GET' &&
      !isAsset &&
      !url.endsWith('.map') &&
      (url === '/app' || url.startsWith('/app/'))
    ) {
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', REVALIDATE_CACHE_CONTROL)
        .sendFile('index.html');
    }
    return sendProblem(request, reply, 404, 'NOT_FOUND', 'Không tìm thấy địa chỉ này.', 'No such address.');
  });
}

/** Builds the whole application (API, docs, web app, public pages) without listening. */
export async function buildApp(options: BuildAppOptions): Promise<AppInstance> {
  const { config } = options;
  // Set once the app is built: repeated scans answered before Fastify runs (public/front-door.ts).
  const front: { door?: FrontDoor } = {};
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: fastifyTrustProxy(config.trustProxy),
    genReqId: requestIdOf,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: answerFrameworkError,
    // Fastify's own HTTP server, with the front door ahead of its handler.
    serverFactory: (handler, o) => {
      const server = http.createServer((req, res) => {
        if (!front.door?.answer(req, res)) handler(req, res);
      });
      // As Fastify sets up the server it makes (it fills these options with its defaults).
      const number = (value: unknown, fallback: number) => (typeof value === 'number' ? value : fallback);
      server.keepAliveTimeout = number(o.keepAliveTimeout, 72_000);
      server.requestTimeout = number(o.requestTimeout, 0);
      server.setTimeout(number(o.connectionTimeout, 0));
      const maxRequestsPerSocket = number(o.maxRequestsPerSocket, 0);
      if (maxRequestsPerSocket > 0) server.maxRequestsPerSocket = maxRequestsPerSocket;
      return server;
    },
  }).withTypeProvider() as unknown as AppInstance;

  const deps: AppDependencies = {
    database: options.database,
    config,
    clock: options.clock ?? (() => new Date()),
  };
  app.decorate('deps', deps);
  // Every audit row this process appends is chained with the configured key (docs/operations/audit.md).
  installAuditKeyring(loadAuditKeyring(config.audit, (message) => app.log.warn(message)));
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(errorsPlugin);
  await app.register(textInputPlugin);
  await app.register(securityHeadersPlugin, { isHttps: config.isHttps });
  await app.register(cookie);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OCOP Platform API',
        description:
          'API của Nền tảng OCOP. Lỗi trả về dạng application/problem+json (RFC 9457). ' +
          'OCOP Platform API; errors are RFC 9457 problem details.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'ocop_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: openApiTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(authPlugin);

  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(accountRoutes);
  await app.register(moduleRoutes);
  registerWebApp(app, config);
  front.door = frontDoorOf(deps, app.log, { clientAddress: clientAddressReader(config.trustProxy) });
  app.decorate('frontDoor', front.door);
  app.addHook('preClose', (done) => {
    front.door?.close();
    done();
  });
  await app.ready();
  return app;
}
