import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import type { NewsStatus } from '../../domain/news/news.types';
import { toCount, type Database } from '../database';
import {
  adminUnits,
  newsArticlePhotos,
  newsArticleProducers,
  newsArticleProducts,
  newsArticles,
  producers,
  products,
} from '../schema';
import { withinPaths } from './promotion.repository';

/** Queries of news articles (bản tin) and the products and producers they mention. No rules. */

export type NewsArticleRow = typeof newsArticles.$inferSelect;

export interface NewsArticleWithUnit {
  article: NewsArticleRow;
  unitName: string;
  unitPath: string;
}

export interface NewsMention {
  articleId: string;
  id: string;
  name: string;
  status: string;
}

function joined(db: Database) {
  return db
    .select({ article: newsArticles, unitName: adminUnits.fullName, unitPath: adminUnits.path })
    .from(newsArticles)
    .innerJoin(adminUnits, eq(adminUnits.id, newsArticles.unitId));
}

export async function insertNewsArticle(
  db: Database,
  values: typeof newsArticles.$inferInsert,
): Promise<NewsArticleRow> {
  const [row] = await db.insert(newsArticles).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Replaces the products and producers an article mentions. */
export async function replaceNewsMentions(
  db: Database,
  articleId: string,
  mentions: { productIds: readonly string[]; producerIds: readonly string[] },
): Promise<void> {
  await db.delete(newsArticleProducts).where(eq(newsArticleProducts.articleId, articleId));
  await db.delete(newsArticleProducers).where(eq(newsArticleProducers.articleId, articleId));
  const productIds = [...new Set(mentions.productIds)];
  const producerIds = [...new Set(mentions.producerIds)];
  if (productIds.length > 0)
    await db.insert(newsArticleProducts).values(productIds.map((productId) => ({ articleId, productId })));
  if (producerIds.length > 0)
    await db
      .insert(newsArticleProducers)
      .values(producerIds.map((producerId) => ({ articleId, producerId })));
}

export async function updateNewsArticle(
  db: Database,
  id: string,
  values: Partial<typeof newsArticles.$inferInsert>,
): Promise<void> {
  await db.update(newsArticles).set(values).where(eq(newsArticles.id, id));
}

export async function findNewsArticle(db: Database, id: string): Promise<NewsArticleWithUnit | undefined> {
  const [row] = await joined(db).where(eq(newsArticles.id, id));
  return row;
}

/** Slugs equal to `base` or `base-<n>` (to pick a free one). */
export async function slugsLike(db: Database, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ slug: newsArticles.slug })
    .from(newsArticles)
    .where(like(newsArticles.slug, `${base}%`));
  return new Set(rows.map((r) => r.slug));
}

/** Articles in the actor's units, newest first, with the total. */
export async function listNewsArticles(
  db: Database,
  filter: {
    scopePaths: readonly string[];
    withinPath?: string | undefined;
    status?: NewsStatus | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: NewsArticleWithUnit[]; total: number }> {
  const where = and(
    withinPaths(adminUnits.path, filter.scopePaths, filter.withinPath),
    filter.status ? eq(newsArticles.status, filter.status) : undefined,
  );
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(newsArticles.updatedAt), asc(newsArticles.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(newsArticles)
    .innerJoin(adminUnits, eq(adminUnits.id, newsArticles.unitId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

/** Published articles, latest publication first (the public list and feed). */
export async function listPublishedNews(
  db: Database,
  page: { limit: number; offset: number },
): Promise<{ rows: NewsArticleWithUnit[]; total: number }> {
  const rows = await joined(db)
    .where(eq(newsArticles.status, 'published'))
    .orderBy(desc(newsArticles.publishedAt), asc(newsArticles.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(newsArticles)
    .where(eq(newsArticles.status, 'published'));
  return { rows, total: toCount(count?.n) };
}

export async function findPublishedNewsBySlug(
  db: Database,
  slug: string,
): Promise<NewsArticleWithUnit | undefined> {
  const [row] = await joined(db).where(
    and(eq(newsArticles.slug, slug), eq(newsArticles.status, 'published')),
  );
  return row;
}

/** Products mentioned by the articles, with their catalogue status. */
export async function productMentionsOf(db: Database, articleIds: readonly string[]): Promise<NewsMention[]> {
  if (articleIds.length === 0) return [];
  return db
    .select({
      articleId: newsArticleProducts.articleId,
      id: products.id,
      name: products.name,
      status: products.status,
    })
    .from(newsArticleProducts)
    .innerJoin(products, eq(products.id, newsArticleProducts.productId))
    .where(inArray(newsArticleProducts.articleId, [...articleIds]))
    .orderBy(asc(products.name));
}

/** Producers mentioned by the articles. */
export async function producerMentionsOf(
  db: Database,
  articleIds: readonly string[],
): Promise<NewsMention[]> {
  if (articleIds.length === 0) return [];
  return db
    .select({
      articleId: newsArticleProducers.articleId,
      id: producers.id,
      name: producers.name,
      status: sql<string>`'active'`,
    })
    .from(newsArticleProducers)
    .innerJoin(producers, eq(producers.id, newsArticleProducers.producerId))
    .where(inArray(newsArticleProducers.articleId, [...articleIds]))
    .orderBy(asc(producers.name));
}

/**
 * Published articles that mention the product or its producer, latest first ("Tin liên quan").
 */
export async function listPublishedNewsAbout(
  db: Database,
  productId: string,
  limit: number,
): Promise<NewsArticleRow[]> {
  const mentioning = sql`(${newsArticles.id} in (select ${newsArticleProducts.articleId} from ${newsArticleProducts} where ${newsArticleProducts.productId} = ${productId})
    or ${newsArticles.id} in (select ${newsArticleProducers.articleId} from ${newsArticleProducers} join ${products} on ${products.producerId} = ${newsArticleProducers.producerId} where ${products.id} = ${productId}))`;
  return db
    .select()
    .from(newsArticles)
    .where(and(eq(newsArticles.status, 'published'), mentioning))
    .orderBy(desc(newsArticles.publishedAt), asc(newsArticles.id))
    .limit(limit);
}

export type NewsPhotoRow = typeof newsArticlePhotos.$inferSelect;

/** The photos of the articles, in their order within each article. */
export async function listNewsPhotos(db: Database, articleIds: readonly string[]): Promise<NewsPhotoRow[]> {
  if (articleIds.length === 0) return [];
  return db
    .select()
    .from(newsArticlePhotos)
    .where(inArray(newsArticlePhotos.articleId, [...articleIds]))
    .orderBy(asc(newsArticlePhotos.articleId), asc(newsArticlePhotos.position), asc(newsArticlePhotos.id));
}

/** Adds a photo at the end of the article's photos. */
export async function insertNewsPhoto(
  db: Database,
  values: Omit<typeof newsArticlePhotos.$inferInsert, 'position'>,
): Promise<NewsPhotoRow> {
  const [last] = await db
    .select({ position: sql<number>`coalesce(max(${newsArticlePhotos.position}), -1)` })
    .from(newsArticlePhotos)
    .where(eq(newsArticlePhotos.articleId, values.articleId));
  const [row] = await db
    .insert(newsArticlePhotos)
    .values({ ...values, position: Number(last?.position ?? -1) + 1 })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findNewsPhoto(
  db: Database,
  articleId: string,
  photoId: string,
): Promise<NewsPhotoRow | undefined> {
  const [row] = await db
    .select()
    .from(newsArticlePhotos)
    .where(and(eq(newsArticlePhotos.articleId, articleId), eq(newsArticlePhotos.id, photoId)));
  return row;
}

export async function deleteNewsPhoto(db: Database, photoId: string): Promise<void> {
  await db.delete(newsArticlePhotos).where(eq(newsArticlePhotos.id, photoId));
}

/** A photo of a published article, by the article's public address. */
export async function findPublishedNewsPhoto(
  db: Database,
  slug: string,
  photoId: string,
): Promise<NewsPhotoRow | undefined> {
  const [row] = await db
    .select({ photo: newsArticlePhotos })
    .from(newsArticlePhotos)
    .innerJoin(newsArticles, eq(newsArticles.id, newsArticlePhotos.articleId))
    .where(
      and(
        eq(newsArticles.slug, slug),
        eq(newsArticles.status, 'published'),
        eq(newsArticlePhotos.id, photoId),
      ),
    );
  return row?.photo;
}

/** Whether any article photo uses the blob (before discarding one written for a failed upload). */
export async function isNewsBlobReferenced(db: Database, sha256: string): Promise<boolean> {
  const rows = await db
    .select({ id: newsArticlePhotos.id })
    .from(newsArticlePhotos)
    .where(eq(newsArticlePhotos.fileSha256, sha256))
    .limit(1);
  return rows.length > 0;
}
