import type { ListNewsArticlesOutput, NewsListQuery } from '../../../contracts/news.contracts';
import type { Database } from '../../../db/database';
import {
  listNewsArticles as listRows,
  listNewsPhotos,
  producerMentionsOf,
  productMentionsOf,
} from '../../../db/repositories/news.repository';
import type { Actor } from '../../../domain/access/permissions';
import { listScope } from '../promotion/promotion-access';
import { presentNewsArticle } from './news.presenter';

/** The articles of the actor's units (every status), last edited first, paginated. */
export async function listNewsArticles(params: {
  db: Database;
  actor: Actor;
  query: NewsListQuery;
}): Promise<ListNewsArticlesOutput> {
  const { db, query } = params;
  const { rows, total } = await listRows(db, {
    ...(await listScope(db, params.actor, query.unitId)),
    status: query.status,
    limit: query.limit,
    offset: query.offset,
  });
  const ids = rows.map((r) => r.article.id);
  const mentions = {
    products: await productMentionsOf(db, ids),
    producers: await producerMentionsOf(db, ids),
  };
  const photos = await listNewsPhotos(db, ids);
  return { items: rows.map((row) => presentNewsArticle(row, mentions, photos)), total };
}
