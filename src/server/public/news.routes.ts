/**
 * Public news of the standing offices: `/tin-tuc` (paged list), `/tin-tuc/:slug` (article) and
 * the Atom feed `/tin-tuc/feed.atom`. Server-rendered, no JavaScript, Vietnamese first; only
 * published articles exist here (a draft's address answers 404).
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  findPublishedNewsBySlug,
  findPublishedNewsPhoto,
  listNewsPhotos,
  listPublishedNews,
  producerMentionsOf,
  productMentionsOf,
} from '../../db/repositories/news.repository';
import type { AppInstance } from '../context';
import { createBlobStore, fileStoreRoot } from '../files/blob-store';
import { sendNewsImage } from '../modules/news/news-photo.routes';
import { newsAtomFeed, renderNewsArticle, renderNewsList } from './news-page';
import { publicPage } from './public-html';
import { readDatabaseOf } from '../cluster/read-database';

const PAGE_SIZE = 10;
const FEED_SIZE = 30;
const PageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1) });

const send = (reply: FastifyReply, type: string, body: string, status = 200) =>
  reply.status(status).header('cache-control', 'public, max-age=60').type(type).send(body);
const html = (reply: FastifyReply, body: string, status = 200) =>
  send(reply, 'text/html; charset=utf-8', body, status);

const notFoundPage = () =>
  publicPage({
    title: 'Không tìm thấy bản tin — article not found',
    description: 'Không có bản tin này.',
    noIndex: true,
    body: '<p class="card">Không có bản tin này. <span lang="en">No such article.</span> <a href="/tin-tuc">Tin tức / news</a></p>',
  });

export async function newsPublicRoutes(app: AppInstance): Promise<void> {
  const db = () => readDatabaseOf(app.deps);
  const baseUrl = () => app.deps.config.publicBaseUrl;
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));

  app.get('/tin-tuc', { schema: { hide: true } }, async (request, reply) => {
    const { page } = PageQuery.parse(request.query ?? {});
    const { rows, total } = await listPublishedNews(db(), {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    });
    const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
    return html(
      reply,
      renderNewsList({ rows, page, pageCount, baseUrl: baseUrl() }),
      page > pageCount ? 404 : 200,
    );
  });

  app.get('/tin-tuc/feed.atom', { schema: { hide: true } }, async (_request, reply) => {
    const { rows } = await listPublishedNews(db(), { limit: FEED_SIZE, offset: 0 });
    const xml = newsAtomFeed(rows, { baseUrl: baseUrl(), now: app.deps.clock() });
    return send(reply, 'application/atom+xml; charset=utf-8', xml);
  });

  app.get<{ Params: { slug: string } }>(
    '/tin-tuc/:slug',
    { schema: { hide: true } },
    async (request, reply) => {
      const slug = request.params.slug.slice(0, 120);
      const row = /^[a-z0-9-]+$/.test(slug) ? await findPublishedNewsBySlug(db(), slug) : undefined;
      if (!row) return html(reply, notFoundPage(), 404);
      const mentions = {
        products: await productMentionsOf(db(), [row.article.id]),
        producers: await producerMentionsOf(db(), [row.article.id]),
      };
      const photos = await listNewsPhotos(db(), [row.article.id]);
      return html(reply, renderNewsArticle(row, mentions, baseUrl(), photos));
    },
  );

  app.get<{ Params: { slug: string; photoId: string } }>(
    '/tin-tuc/:slug/anh/:photoId',
    { schema: { hide: true } },
    async (request, reply) => {
      const { slug, photoId } = request.params;
      const isWellFormed = /^[a-z0-9-]{1,120}$/.test(slug) && /^[0-9a-f-]{36}$/.test(photoId);
      const photo = isWellFormed ? await findPublishedNewsPhoto(db(), slug, photoId) : undefined;
      if (!photo) return html(reply, notFoundPage(), 404);
      return sendNewsImage(reply, blobs, photo, 'public, max-age=3600').catch(() =>
        html(reply, notFoundPage(), 404),
      );
    },
  );
}
