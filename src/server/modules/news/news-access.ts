import type { Database } from '../../../db/database';
import { existingProducerIds, productsByIds } from '../../../db/repositories/promotion.repository';
import { findNewsArticle, type NewsArticleWithUnit } from '../../../db/repositories/news.repository';
import type { Action, Actor } from '../../../domain/access/permissions';
import { assertRecordAccess, invalidField } from '../promotion/promotion-access';

/**
 * News is communication, the first step of the OCOP cycle (OCOP.md §13): it belongs to the
 * promotion permissions. A standing office writes the articles of its own province (or the
 * nation); other units neither see nor touch them.
 */

const ENTITY = { vi: 'bản tin', en: 'News article' };

/**
 * The article, when the actor may do `action` on it.
 * @throws NOT_FOUND when it does not exist or lies outside the actor's units; FORBIDDEN when the
 *   actor reads it but may not do `action`.
 */
export async function articleForAction(
  db: Database,
  actor: Actor,
  articleId: string,
  action: Action,
): Promise<NewsArticleWithUnit> {
  const row = await findNewsArticle(db, articleId);
  const record = row ? { ...row, unitPath: row.unitPath } : undefined;
  assertRecordAccess(actor, record, action, ENTITY);
  return record;
}

/**
 * @throws VALIDATION_FAILED naming the first unknown product or producer.
 */
export async function assertMentionsExist(
  db: Database,
  mentions: { productIds?: readonly string[] | undefined; producerIds?: readonly string[] | undefined },
): Promise<{ productIds: string[]; producerIds: string[] }> {
  const productIds = [...(mentions.productIds ?? [])];
  const producerIds = [...(mentions.producerIds ?? [])];
  const knownProducts = await productsByIds(db, productIds);
  const unknownProduct = productIds.findIndex((id) => !knownProducts.has(id));
  if (unknownProduct >= 0)
    throw invalidField(`productIds.${unknownProduct}`, 'Không có sản phẩm này', 'No such product');
  const knownProducers = await existingProducerIds(db, producerIds);
  const unknownProducer = producerIds.findIndex((id) => !knownProducers.has(id));
  if (unknownProducer >= 0)
    throw invalidField(`producerIds.${unknownProducer}`, 'Không có chủ thể này', 'No such producer');
  return { productIds, producerIds };
}
