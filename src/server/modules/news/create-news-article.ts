import type { CreateNewsArticleInput } from '../../../contracts/news.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertNewsArticle, replaceNewsMentions, slugsLike } from '../../../db/repositories/news.repository';
import type { Actor } from '../../../domain/access/permissions';
import { slugFromTitle, uniqueSlug } from '../../../domain/news/news-slug';
import { unitToActIn } from '../promotion/promotion-access';
import { assertMentionsExist } from './news-access';

/**
 * Drafts a news article of a province (or of the nation) by its standing office, with the products
 * and producers it mentions. The public address is fixed now from the title.
 * @throws VALIDATION_FAILED (unit not a province / the nation, unknown mention), FORBIDDEN.
 */
export async function createNewsArticle(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  input: CreateNewsArticleInput;
}): Promise<string> {
  const { db, input, now } = params;
  const unit = await unitToActIn({
    db,
    actor: params.actor,
    action: 'promotion.manage',
    unitId: input.unitId,
    field: 'unitId',
    levels: ['nation', 'province'],
  });
  const mentions = await assertMentionsExist(db, input);
  return db.transaction(async (tx) => {
    const base = slugFromTitle(input.title);
    const row = await insertNewsArticle(tx, {
      unitId: unit.id,
      kind: input.kind,
      status: 'draft',
      slug: uniqueSlug(base, await slugsLike(tx, base)),
      title: input.title,
      summary: input.summary ?? '',
      body: input.body,
      createdBy: params.actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await replaceNewsMentions(tx, row.id, mentions);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'news.created',
        entityType: 'news-article',
        entityId: row.id,
        unitId: unit.id,
        after: { title: row.title, kind: row.kind, slug: row.slug },
      },
      now,
    );
    return row.id;
  });
}
