/**
 * HTML of the public news pages (`/tin-tuc`, `/tin-tuc/:slug`), the "Tin liên quan" section of a
 * product page and the Atom feed. Every text typed by an official is escaped; nothing runs.
 */
import { Feed } from 'feed';
import type {
  NewsArticleRow,
  NewsArticleWithUnit,
  NewsMention,
  NewsPhotoRow,
} from '../../db/repositories/news.repository';
import { NEWS_KIND_LABELS_VI } from '../../domain/news/news.types';
import { vietnamDate } from '../../domain/promotion/promotion-rules';
import { escapeHtml, publicPage, vnDate } from './public-html';

/** Products linked from an article: only those of the public catalogue. */
const CATALOGUE_STATUSES = new Set(['certified']);

const articleUrl = (slug: string) => `/tin-tuc/${encodeURIComponent(slug)}`;
const publishedOn = (article: NewsArticleRow) =>
  article.publishedAt ? vnDate(vietnamDate(article.publishedAt)) : '';

/** Plain text to paragraphs: blank lines separate them, single line breaks are kept. */
export function paragraphsHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

function articleListItem(row: NewsArticleWithUnit): string {
  const { article } = row;
  return `<li><a href="${articleUrl(article.slug)}"><strong>${escapeHtml(article.title)}</strong></a><br><small>${NEWS_KIND_LABELS_VI[article.kind]} · ${publishedOn(article)} · ${escapeHtml(row.unitName)}</small>${article.summary ? `<br>${escapeHtml(article.summary)}` : ''}</li>`;
}

/** `/tin-tuc`: published articles, latest first, with plain links to the other pages. */
export function renderNewsList(o: {
  rows: NewsArticleWithUnit[];
  page: number;
  pageCount: number;
  baseUrl: string;
}): string {
  const pager = [
    o.page > 1 ? `<a href="/tin-tuc?page=${o.page - 1}" rel="prev">← Trang trước / previous</a>` : '',
    o.page < o.pageCount ? `<a href="/tin-tuc?page=${o.page + 1}" rel="next">Trang sau / next →</a>` : '',
  ].filter(Boolean);
  const list = o.rows.length
    ? `<ul class="list">${o.rows.map(articleListItem).join('')}</ul>`
    : '<p class="card">Chưa có bản tin nào. <span lang="en">No news yet.</span></p>';
  return publicPage({
    title: 'Tin tức OCOP — OCOP news',
    description: 'Thông báo, câu chuyện chủ thể và mô hình hay của Chương trình OCOP.',
    heading: 'Tin tức / News',
    canonical: `${o.baseUrl}/tin-tuc${o.page > 1 ? `?page=${o.page}` : ''}`,
    body: `<h1>Tin tức OCOP</h1><p>Thông báo, câu chuyện chủ thể và mô hình hay. <span lang="en">Announcements, producers' stories and model practices.</span> <a href="/tin-tuc/feed.atom" type="application/atom+xml">Atom</a></p>${list}${pager.length ? `<p class="row">${pager.join('')}</p>` : ''}${o.pageCount > 1 ? `<p><small>Trang ${o.page}/${o.pageCount}</small></p>` : ''}`,
  });
}

/** `/tin-tuc/:slug`: one published article with the products and producers it mentions. */
export function renderNewsArticle(
  row: NewsArticleWithUnit,
  mentions: { products: NewsMention[]; producers: NewsMention[] },
  baseUrl: string,
  photos: readonly NewsPhotoRow[] = [],
): string {
  const { article } = row;
  const photoUrl = (photo: NewsPhotoRow) => `${articleUrl(article.slug)}/anh/${photo.id}`;
  const figures = photos
    .map(
      (photo) =>
        `<figure class="card" style="margin:0 0 12px"><img src="${photoUrl(photo)}" alt="${escapeHtml(photo.caption)}" loading="lazy" style="max-width:100%;height:auto;border-radius:8px"><figcaption><small>${escapeHtml(photo.caption)}</small></figcaption></figure>`,
    )
    .join('');
  const products = mentions.products.map((p) =>
    CATALOGUE_STATUSES.has(p.status)
      ? `<li><a href="/p/${encodeURIComponent(p.id)}">${escapeHtml(p.name)}</a></li>`
      : `<li>${escapeHtml(p.name)}</li>`,
  );
  const producers = mentions.producers.map((p) => `<li>${escapeHtml(p.name)}</li>`);
  const mentioned =
    (products.length
      ? `<h2>Sản phẩm được nhắc đến / <span lang="en">Products</span></h2><ul class="list">${products.join('')}</ul>`
      : '') +
    (producers.length
      ? `<h2>Chủ thể / <span lang="en">Producers</span></h2><ul class="list">${producers.join('')}</ul>`
      : '');
  return publicPage({
    title: `${article.title} — Tin tức OCOP`,
    description: article.summary || article.title,
    heading: 'Tin tức / News',
    canonical: `${baseUrl}${articleUrl(article.slug)}`,
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: article.title,
      datePublished: article.publishedAt?.toISOString(),
      dateModified: article.updatedAt.toISOString(),
      publisher: { '@type': 'GovernmentOrganization', name: row.unitName },
      ...(photos.length > 0 ? { image: photos.map((photo) => `${baseUrl}${photoUrl(photo)}`) } : {}),
    },
    body: `<article><h1>${escapeHtml(article.title)}</h1><p><small>${NEWS_KIND_LABELS_VI[article.kind]} · ${publishedOn(article)} · ${escapeHtml(row.unitName)}</small></p>${article.summary ? `<p class="card"><strong>${escapeHtml(article.summary)}</strong></p>` : ''}${figures}<div class="card">${paragraphsHtml(article.body)}</div>${mentioned}</article><p><a href="/tin-tuc">← Tất cả tin tức / all news</a></p>`,
  });
}

/** The "Tin liên quan" section of a product page; empty when no published article mentions it. */
export function relatedNewsHtml(articles: NewsArticleRow[]): string {
  if (articles.length === 0) return '';
  const items = articles.map(
    (a) =>
      `<li><a href="${articleUrl(a.slug)}">${escapeHtml(a.title)}</a><br><small>${NEWS_KIND_LABELS_VI[a.kind]} · ${publishedOn(a)}</small></li>`,
  );
  return `<section aria-labelledby="related-news"><h2 id="related-news">Tin liên quan / <span lang="en">Related news</span></h2><ul class="list">${items.join('')}</ul></section>`;
}

/** The Atom feed of the latest published articles (text escaped, sent as `type="html"`). */
export function newsAtomFeed(rows: NewsArticleWithUnit[], o: { baseUrl: string; now: Date }): string {
  const feed = new Feed({
    id: `${o.baseUrl}/tin-tuc`,
    title: 'Tin tức OCOP',
    description: 'Thông báo, câu chuyện chủ thể và mô hình hay của Chương trình OCOP',
    link: `${o.baseUrl}/tin-tuc`,
    feedLinks: { atom: `${o.baseUrl}/tin-tuc/feed.atom` },
    language: 'vi',
    updated:
      rows.reduce<Date | undefined>(
        (latest, r) => (!latest || r.article.updatedAt > latest ? r.article.updatedAt : latest),
        undefined,
      ) ?? o.now,
    author: { name: 'Chương trình OCOP' },
    copyright: 'Chương trình OCOP',
  });
  for (const { article, unitName } of rows) {
    const link = `${o.baseUrl}${articleUrl(article.slug)}`;
    feed.addItem({
      id: link,
      link,
      title: escapeHtml(article.title),
      date: article.updatedAt,
      published: article.publishedAt ?? article.updatedAt,
      description: article.summary ? escapeHtml(article.summary) : undefined,
      content: paragraphsHtml(article.body),
      author: [{ name: unitName }],
      category: [{ name: NEWS_KIND_LABELS_VI[article.kind], term: article.kind }],
    });
  }
  return feed.atom1();
}
