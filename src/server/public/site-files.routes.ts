/** `GET /robots.txt`, `/sitemap.xml`, `/favicon.ico` and `/favicon.svg` (see site-files.ts). */
import type { AppInstance } from '../context';
import { publicCachesOf } from './public-cache';
import { FAVICON_ICO, FAVICON_SVG, robotsTxt, sitemapXml } from './site-files';

export async function siteFilesRoutes(app: AppInstance): Promise<void> {
  const baseUrl = () => app.deps.config.publicBaseUrl;
  const today = () => app.deps.clock().toISOString().slice(0, 10);

  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header('cache-control', 'public, max-age=3600')
      .type('text/plain; charset=utf-8')
      .send(robotsTxt(baseUrl())),
  );
  app.get('/sitemap.xml', { schema: { hide: true } }, async (_request, reply) => {
    const entries = await publicCachesOf(app.deps).catalogue.get();
    return reply
      .header('cache-control', 'public, max-age=300')
      .type('application/xml; charset=utf-8')
      .send(sitemapXml(entries, today(), baseUrl()));
  });
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=86400').type('image/x-icon').send(FAVICON_ICO),
  );
  app.get('/favicon.svg', { schema: { hide: true } }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=86400').type('image/svg+xml').send(FAVICON_SVG),
  );
}
