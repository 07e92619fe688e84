import type { UpdateNewsArticleInput } from '../../../contracts/news.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  replaceNewsMentions,
  updateNewsArticle as updateRow,
} from '../../../db/repositories/news.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionNews } from '../../../domain/news/news-workflow';
import { articleForAction, assertMentionsExist } from './news-access';

/**
 * Edits an article's text and mentions; a reviewed or withdrawn article goes back to draft (it
 * must be reviewed again). The address does not change.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (published: withdraw it first), VALIDATION_FAILED.
 */
export async function updateNewsArticle(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  articleId: string;
  input: UpdateNewsArticleInput;
}): Promise<void> {
  const { db, input, now } = params;
  const { article } = await articleForAction(db, params.actor, params.articleId, 'promotion.manage');
  const status = transitionNews(article.status, 'edit');
  const mentions = await assertMentionsExist(db, input);
  await db.transaction(async (tx) => {
    await updateRow(tx, article.id, {
      kind: input.kind,
      title: input.title,
      summary: input.summary ?? '',
      body: input.body,
      status,
      reviewedBy: null,
      reviewedAt: null,
      updatedAt: now,
    });
    await replaceNewsMentions(tx, article.id, mentions);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'news.updated',
        entityType: 'news-article',
        entityId: article.id,
        unitId: article.unitId,
        before: { title: article.title, status: article.status },
        after: { title: input.title, status },
      },
      now,
    );
  });
}
