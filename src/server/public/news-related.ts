import type { Database } from '../../db/database';
import { listPublishedNewsAbout } from '../../db/repositories/news.repository';
import { relatedNewsHtml } from './news-page';

/** At most this many related articles on a product page. */
const RELATED_LIMIT = 5;

/** "Tin liên quan" of a product page: published articles naming the product or its producer. */
export async function relatedNewsSection(db: Database, productId: string): Promise<string> {
  return relatedNewsHtml(await listPublishedNewsAbout(db, productId, RELATED_LIMIT));
}
