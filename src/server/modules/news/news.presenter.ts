import type { NewsArticleOutput } from '../../../contracts/news.contracts';
import type { NewsArticleWithUnit, NewsMention } from '../../../db/repositories/news.repository';

/** The API shape of an article with the products and producers it mentions. */
export function presentNewsArticle(
  row: NewsArticleWithUnit,
  mentions: { products: readonly NewsMention[]; producers: readonly NewsMention[] },
): NewsArticleOutput {
  const { article } = row;
  const of = (list: readonly NewsMention[]) =>
    list.filter((m) => m.articleId === article.id).map((m) => ({ id: m.id, name: m.name }));
  return {
    id: article.id,
    unit: { id: article.unitId, name: row.unitName },
    kind: article.kind,
    status: article.status,
    slug: article.slug,
    publicUrl: `/tin-tuc/${article.slug}`,
    title: article.title,
    summary: article.summary,
    body: article.body,
    products: of(mentions.products),
    producers: of(mentions.producers),
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    reviewedAt: article.reviewedAt?.toISOString() ?? null,
    publishedAt: article.publishedAt?.toISOString() ?? null,
  };
}
