import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  deleteNewsPhoto as deleteRow,
  findNewsPhoto,
  updateNewsArticle,
} from '../../../db/repositories/news.repository';
import type { Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { transitionNews } from '../../../domain/news/news-workflow';
import { articleForAction } from './news-access';

/**
 * Removes a photo from an article, like an edit (back to draft; a published article is withdrawn
 * first). The blob stays: the audit trail refers to it.
 * @throws NOT_FOUND (article outside the actor's units, or no such photo), FORBIDDEN, INVALID_TRANSITION
 */
export async function deleteNewsPhoto(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  articleId: string;
  photoId: string;
  now: Date;
}): Promise<void> {
  const { db, now } = params;
  const { article } = await articleForAction(db, params.actor, params.articleId, 'promotion.manage');
  const photo = await findNewsPhoto(db, article.id, params.photoId);
  if (!photo) throw notFound('ảnh', 'Photo');
  const status = transitionNews(article.status, 'edit');
  await db.transaction(async (tx) => {
    await deleteRow(tx, photo.id);
    await updateNewsArticle(tx, article.id, { status, reviewedBy: null, reviewedAt: null, updatedAt: now });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'news.photo-removed',
        entityType: 'news-article',
        entityId: article.id,
        unitId: article.unitId,
        before: {
          status: article.status,
          photoId: photo.id,
          caption: photo.caption,
          sha256: photo.fileSha256,
        },
        after: { status },
      },
      now,
    );
  });
}
