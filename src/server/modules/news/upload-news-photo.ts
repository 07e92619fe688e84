import { UploadNewsPhotoFields } from '../../../contracts/news.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertNewsPhoto,
  isNewsBlobReferenced,
  updateNewsArticle,
  type NewsPhotoRow,
} from '../../../db/repositories/news.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import { transitionNews } from '../../../domain/news/news-workflow';
import type { BlobStore } from '../../files/blob-store';
import { inspectUpload } from '../../files/inspect-upload';
import { safeFileName, type MultipartUpload } from '../../files/read-multipart';
import { articleForAction } from './news-access';

/** Photos are images a browser shows inline: recognised from their bytes, never from the name. */
export const NEWS_PHOTO_TYPES: ReadonlySet<string> = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** The largest photo: 8 MiB, or the deployment's upload limit when smaller. */
export const NEWS_PHOTO_MAX_BYTES = 8 * 1024 * 1024;

function captionOf(raw: Record<string, string>): string {
  const parsed = UploadNewsPhotoFields.safeParse({ caption: raw.caption ?? '' });
  if (parsed.success) return parsed.data.caption;
  throw new DomainError(
    'VALIDATION_FAILED',
    'Hãy ghi chú thích cho ảnh (tối đa 300 ký tự).',
    'Give the photo a caption (at most 300 characters).',
    [{ field: 'caption', messageVi: 'Cần chú thích ảnh', messageEn: 'A caption is required' }],
  );
}

/**
 * Adds a photo to an article, like an edit: a reviewed or withdrawn article goes back to draft and
 * a published one must be withdrawn first. Every check runs before anything is written — access
 * (NOT_FOUND/FORBIDDEN), the status (INVALID_TRANSITION), the caption and the file
 * (VALIDATION_FAILED; UNSUPPORTED_MEDIA_TYPE unless JPEG, PNG or WebP by its content). The size
 * limit was enforced while reading. A blob written for a failed change is removed again.
 */
export async function uploadNewsPhoto(params: {
  db: Database;
  blobs: BlobStore;
  audit: AuditContext;
  actor: Actor;
  articleId: string;
  upload: MultipartUpload;
  now: Date;
}): Promise<NewsPhotoRow> {
  const { db, blobs, now } = params;
  const { article } = await articleForAction(db, params.actor, params.articleId, 'promotion.manage');
  const status = transitionNews(article.status, 'edit');
  const caption = captionOf(params.upload.fields);
  if (!params.upload.file)
    throw new DomainError('VALIDATION_FAILED', 'Thiếu tệp ảnh.', 'The image file is missing.', [
      { field: 'file', messageVi: 'Bắt buộc', messageEn: 'Required' },
    ]);
  const { content, fileName } = params.upload.file;
  const { extension, mediaType } = await inspectUpload(content);
  if (!NEWS_PHOTO_TYPES.has(mediaType))
    throw new DomainError(
      'UNSUPPORTED_MEDIA_TYPE',
      'Ảnh phải là tệp JPEG, PNG hoặc WebP.',
      'A photo must be a JPEG, PNG or WebP file.',
      [{ field: 'file', messageVi: 'Chỉ nhận JPEG, PNG, WebP', messageEn: 'JPEG, PNG or WebP only' }],
    );
  const stored = await blobs.put(content);
  try {
    return await db.transaction(async (tx) => {
      const photo = await insertNewsPhoto(tx, {
        articleId: article.id,
        fileSha256: stored.sha256,
        mediaType,
        fileName: safeFileName(fileName, extension),
        sizeBytes: content.length,
        caption,
        uploadedBy: params.actor.accountId,
        createdAt: now,
      });
      await updateNewsArticle(tx, article.id, { status, reviewedBy: null, reviewedAt: null, updatedAt: now });
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'news.photo-added',
          entityType: 'news-article',
          entityId: article.id,
          unitId: article.unitId,
          before: { status: article.status },
          after: { status, photoId: photo.id, caption, sha256: stored.sha256 },
        },
        now,
      );
      return photo;
    });
  } catch (error) {
    if (stored.isNew && !(await isNewsBlobReferenced(db, stored.sha256))) await blobs.discard(stored.sha256);
    throw error;
  }
}
