import multipart from '@fastify/multipart';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { NewsArticleOutput, NewsPhotoParams, UploadNewsPhotoFields } from '../../../contracts/news.contracts';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import { findNewsPhoto } from '../../../db/repositories/news.repository';
import { notFound } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createBlobStore, fileStoreRoot, type BlobStore } from '../../files/blob-store';
import { readMultipartUpload, uploadMaxBytesOf } from '../../files/read-multipart';
import { enforceRequiredPermissions } from '../../route-permission';
import { deleteNewsPhoto } from './delete-news-photo';
import { getNewsArticle } from './get-news-article';
import { articleForAction } from './news-access';
import { NEWS_PHOTO_MAX_BYTES, NEWS_PHOTO_TYPES, uploadNewsPhoto } from './upload-news-photo';

const tags = ['news'];
const manage = { requiredPermission: 'promotion.manage' } as const;

/** An image shown inline, never interpreted as anything else (nosniff, a sandboxing CSP). */
export async function sendNewsImage(
  reply: FastifyReply,
  blobs: BlobStore,
  photo: { fileSha256: string; mediaType: string },
  cacheControl: string,
): Promise<FastifyReply> {
  const content = NEWS_PHOTO_TYPES.has(photo.mediaType)
    ? await blobs.read(photo.fileSha256).catch(() => undefined)
    : undefined;
  if (!content) throw notFound('ảnh', 'Photo');
  return reply
    .header('cache-control', cacheControl)
    .header('content-disposition', 'inline')
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
    .type(photo.mediaType)
    .send(content);
}

/** Photos of a news article: uploaded (image types only, size-limited), shown and removed. */
export async function newsPhotoRoutes(app: AppInstance): Promise<void> {
  enforceRequiredPermissions(app);
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
  const maxBytes = Math.min(NEWS_PHOTO_MAX_BYTES, uploadMaxBytesOf(app.deps.config));
  await app.register(multipart, { limits: { fileSize: maxBytes, files: 2, fields: 10 } });

  app.post(
    '/api/v1/news/:id/photos',
    {
      config: manage,
      schema: {
        operationId: 'uploadNewsPhoto',
        tags,
        summary: 'Thêm ảnh cho bản tin / add a photo',
        description: 'multipart/form-data: `file` (JPEG, PNG or WebP) + `caption`',
        consumes: ['multipart/form-data'],
        multipartFields: UploadNewsPhotoFields,
        params: IdParams,
        response: { 201: NewsArticleOutput, ...commonErrorResponses, 413: ProblemOutput, 415: ProblemOutput },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const db = dbOf(request);
      const upload = await readMultipartUpload(request, maxBytes);
      await uploadNewsPhoto({
        db,
        blobs,
        audit: auditContextOf(request, 'promotion.manage'),
        actor,
        articleId: request.params.id,
        upload,
        now: app.deps.clock(),
      });
      return reply.status(201).send(await getNewsArticle({ db, actor, articleId: request.params.id }));
    },
  );

  app.get(
    '/api/v1/news/:id/photos/:photoId',
    {
      config: { requiredPermission: 'promotion.read' },
      schema: {
        operationId: 'getNewsPhoto',
        tags,
        summary: 'Ảnh của bản tin (mọi trạng thái) / the image',
        params: NewsPhotoParams,
        response: { 200: z.any(), ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const db = dbOf(request);
      const { article } = await articleForAction(
        db,
        requireActor(request),
        request.params.id,
        'promotion.read',
      );
      const photo = await findNewsPhoto(db, article.id, request.params.photoId);
      if (!photo) throw notFound('ảnh', 'Photo');
      return sendNewsImage(reply, blobs, photo, 'private, no-store');
    },
  );

  app.delete(
    '/api/v1/news/:id/photos/:photoId',
    {
      config: manage,
      schema: {
        operationId: 'deleteNewsPhoto',
        tags,
        summary: 'Xóa ảnh khỏi bản tin / remove a photo',
        params: NewsPhotoParams,
        response: { 200: NewsArticleOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const db = dbOf(request);
      await deleteNewsPhoto({
        db,
        audit: auditContextOf(request, 'promotion.manage'),
        actor,
        articleId: request.params.id,
        photoId: request.params.photoId,
        now: app.deps.clock(),
      });
      return getNewsArticle({ db, actor, articleId: request.params.id });
    },
  );
}
