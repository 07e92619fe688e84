import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { NEWS_KINDS, NEWS_STATUSES } from '../../domain/news/news.types';
import { accounts } from './accounts.schema';
import { adminUnits } from './admin-units.schema';
import { products, producers } from './registry.schema';

/**
 * Bản tin — news published by a standing office (province or nation) on the public site:
 * announcements, producers' stories, model practices. The unit is the jurisdiction of the record.
 */
export const newsArticles = pgTable(
  'news_articles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => adminUnits.id),
    kind: text('kind', { enum: NEWS_KINDS }).notNull(),
    status: text('status', { enum: NEWS_STATUSES }).notNull().default('draft'),
    /** Public address `/tin-tuc/<slug>`, fixed at creation. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    /** Plain text; blank lines separate paragraphs. Never rendered as HTML. */
    body: text('body').notNull(),
    createdBy: uuid('created_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    reviewedBy: uuid('reviewed_by').references(() => accounts.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** First publication; kept when the article is withdrawn and published again. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('news_articles_slug_idx').on(table.slug),
    index('news_articles_unit_idx').on(table.unitId),
    index('news_articles_status_published_idx').on(table.status, table.publishedAt),
  ],
);

/** The products an article mentions ("Tin liên quan" on the product page). */
export const newsArticleProducts = pgTable(
  'news_article_products',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => newsArticles.id),
    productId: uuid('product_id')
      .notNull()
      .references(() => products.id),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.productId] }),
    index('news_article_products_product_idx').on(table.productId),
  ],
);

/** The producers an article mentions. */
export const newsArticleProducers = pgTable(
  'news_article_producers',
  {
    articleId: uuid('article_id')
      .notNull()
      .references(() => newsArticles.id),
    producerId: uuid('producer_id')
      .notNull()
      .references(() => producers.id),
  },
  (table) => [
    primaryKey({ columns: [table.articleId, table.producerId] }),
    index('news_article_producers_producer_idx').on(table.producerId),
  ],
);

/**
 * Ảnh của bản tin — a photo of an article: the file in the blob store (content-addressed, type
 * recognised from its bytes at upload), a caption that is also the image's text alternative, and
 * its place in the article. Served publicly only once the article is published.
 */
export const newsArticlePhotos = pgTable(
  'news_article_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    articleId: uuid('article_id')
      .notNull()
      .references(() => newsArticles.id),
    fileSha256: text('file_sha256').notNull(),
    mediaType: text('media_type').notNull(),
    fileName: text('file_name').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    caption: text('caption').notNull(),
    position: integer('position').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => accounts.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('news_article_photos_article_idx').on(table.articleId, table.position)],
);
