import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import {
  CreateNewsArticleInput,
  ListNewsArticlesOutput,
  NewsArticleOutput,
  NewsListQuery,
  UpdateNewsArticleInput,
} from '../../../contracts/news.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { enforceRequiredPermissions } from '../../route-permission';
import { changeNewsStatus } from './change-news-status';
import { createNewsArticle } from './create-news-article';
import { getNewsArticle } from './get-news-article';
import { listNewsArticles } from './list-news-articles';
import { newsPhotoRoutes } from './news-photo.routes';
import { updateNewsArticle } from './update-news-article';

const tags = ['news'];
const ok = (schema: z.ZodType) => ({ 200: schema, ...commonErrorResponses });
const read = { requiredPermission: 'promotion.read' } as const;
const manage = { requiredPermission: 'promotion.manage' } as const;

const TRANSITIONS = [
  { path: 'review', action: 'review', operationId: 'reviewNewsArticle', summary: 'Duyệt bản tin / review' },
  {
    path: 'publish',
    action: 'publish',
    operationId: 'publishNewsArticle',
    summary: 'Đăng bản tin / publish',
  },
  {
    path: 'unpublish',
    action: 'unpublish',
    operationId: 'unpublishNewsArticle',
    summary: 'Gỡ bản tin / withdraw',
  },
] as const;

/**
 * News and stories of the standing office (bản tin): drafted, reviewed, published on `/tin-tuc`.
 * Each route declares its permission; use cases check the unit.
 */
export async function newsRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  // Its own scope: multipart parsing only for the photo upload.
  await app.register(newsPhotoRoutes);
  const reader = (request: FastifyRequest) => ({ db: dbOf(request), actor: requireActor(request) });
  const writer = (request: FastifyRequest) => ({
    ...reader(request),
    audit: auditContextOf(request, 'promotion.manage'),
    now: app.deps.clock(),
  });

  app.get(
    '/api/v1/news',
    {
      config: read,
      schema: {
        operationId: 'listNewsArticles',
        tags,
        summary: 'Bản tin / news articles',
        querystring: NewsListQuery,
        response: ok(ListNewsArticlesOutput),
      },
    },
    async (request) => listNewsArticles({ ...reader(request), query: request.query }),
  );
  app.post(
    '/api/v1/news',
    {
      config: manage,
      schema: {
        operationId: 'createNewsArticle',
        tags,
        summary: 'Soạn bản tin / draft a news article',
        body: CreateNewsArticleInput,
        response: { 201: NewsArticleOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const id = await createNewsArticle({ ...writer(request), input: request.body });
      return reply.status(201).send(await getNewsArticle({ ...reader(request), articleId: id }));
    },
  );
  app.get(
    '/api/v1/news/:id',
    {
      config: read,
      schema: { operationId: 'getNewsArticle', tags, params: IdParams, response: ok(NewsArticleOutput) },
    },
    async (request) => getNewsArticle({ ...reader(request), articleId: request.params.id }),
  );
  app.put(
    '/api/v1/news/:id',
    {
      config: manage,
      schema: {
        operationId: 'updateNewsArticle',
        tags,
        summary: 'Sửa bản tin (về bản nháp) / edit (back to draft)',
        params: IdParams,
        body: UpdateNewsArticleInput,
        response: ok(NewsArticleOutput),
      },
    },
    async (request) => {
      await updateNewsArticle({ ...writer(request), articleId: request.params.id, input: request.body });
      return getNewsArticle({ ...reader(request), articleId: request.params.id });
    },
  );
  for (const t of TRANSITIONS) {
    app.post(
      `/api/v1/news/:id/${t.path}`,
      {
        config: manage,
        schema: {
          operationId: t.operationId,
          tags,
          summary: t.summary,
          params: IdParams,
          response: ok(NewsArticleOutput),
        },
      },
      async (request) => {
        await changeNewsStatus({ ...writer(request), articleId: request.params.id, action: t.action });
        return getNewsArticle({ ...reader(request), articleId: request.params.id });
      },
    );
  }
}
