import type { NewsArticleOutput } from '../../../contracts/news.contracts';
import type { Database } from '../../../db/database';
import {
  listNewsPhotos,
  producerMentionsOf,
  productMentionsOf,
} from '../../../db/repositories/news.repository';
import type { Actor } from '../../../domain/access/permissions';
import { articleForAction } from './news-access';
import { presentNewsArticle } from './news.presenter';

/** One article in the actor's units. @throws NOT_FOUND outside them. */
export async function getNewsArticle(params: {
  db: Database;
  actor: Actor;
  articleId: string;
}): Promise<NewsArticleOutput> {
  const row = await articleForAction(params.db, params.actor, params.articleId, 'promotion.read');
  return presentNewsArticle(
    row,
    {
      products: await productMentionsOf(params.db, [row.article.id]),
      producers: await producerMentionsOf(params.db, [row.article.id]),
    },
    await listNewsPhotos(params.db, [row.article.id]),
  );
}
