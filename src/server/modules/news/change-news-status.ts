import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateNewsArticle } from '../../../db/repositories/news.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionNews } from '../../../domain/news/news-workflow';
import { articleForAction } from './news-access';

/**
 * Reviews, publishes or withdraws an article (the standing office of its unit). Publishing keeps
 * the date of the first publication.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (e.g. publishing a draft not yet reviewed).
 */
export async function changeNewsStatus(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  articleId: string;
  action: 'review' | 'publish' | 'unpublish';
}): Promise<void> {
  const { db, now, action } = params;
  const { article } = await articleForAction(db, params.actor, params.articleId, 'promotion.manage');
  const status = transitionNews(article.status, action);
  await db.transaction(async (tx) => {
    await updateNewsArticle(tx, article.id, {
      status,
      ...(action === 'review' ? { reviewedBy: params.actor.accountId, reviewedAt: now } : {}),
      ...(action === 'publish' && !article.publishedAt ? { publishedAt: now } : {}),
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: `news.${action}`,
        entityType: 'news-article',
        entityId: article.id,
        unitId: article.unitId,
        before: { status: article.status },
        after: { status },
      },
      now,
    );
  });
}
