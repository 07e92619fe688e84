import type { NewsArticleOutput } from '../../../contracts/news.contracts';
import type {
  NewsArticleWithUnit,
  NewsMention,
  NewsPhotoRow,
} from '../../../db/repositories/news.repository';

/** The API shape of an article with the products and producers it mentions. */
export function presentNewsArticle(
  row: NewsArticleWithUnit,
  mentions: { products: readonly NewsMention[]; producers: readonly NewsMention[] },
  photos: readonly NewsPhotoRow[] = [],
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
    photos: photos
      .filter((photo) => photo.articleId === article.id)
      .map((photo) => ({
        id: photo.id,
        caption: photo.caption,
        mediaType: photo.mediaType,
        url: `/api/v1/news/${article.id}/photos/${photo.id}`,
        publicUrl: `/tin-tuc/${article.slug}/anh/${photo.id}`,
      })),
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    reviewedAt: article.reviewedAt?.toISOString() ?? null,
    publishedAt: article.publishedAt?.toISOString() ?? null,
  };
}
