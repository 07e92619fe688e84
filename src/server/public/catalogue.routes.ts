/**
 * The public catalogue: `/` (search and filters as GET parameters of a plain form, paging),
 * `/p/:id` (product page with schema.org/Product, story, points of sale, photos),
 * `/p/:id/photos/:photoId` (the photo itself), and the open data `/open-data/catalogue.json` and
 * `.csv` (schema: docs/api/open-data.md). Server-rendered, no JavaScript, no personal data. Lists
 * and open data are answered from the in-memory snapshot (catalogue-snapshot.ts).
 */
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { productSetsInForce } from '../../domain/registry/product-sets';
import type { AppInstance } from '../context';
import { createBlobStore, fileStoreRoot } from '../files/blob-store';
import {
  CATALOGUE_GROUPS,
  catalogueProvinces,
  findCatalogueProduct,
  findPublicPhoto,
  searchCatalogue,
  type CatalogueFilters,
} from './catalogue-query';
import { catalogueCsv, openDataRecord, renderCataloguePage, renderProductPage } from './catalogue-page';
import { publicCachesOf } from './public-cache';
import { publicPage } from './public-html';
import { whereToBuySection } from './points-of-sale-where-to-buy';
import { relatedNewsSection } from './news-related';
import { readDatabaseOf } from '../cluster/read-database';

/** Photos are served only with these (stored, content-sniffed) types, inline. */
const PUBLIC_PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

const PAGE_SIZE = 20;
/** Open data is served whole up to this many products. */
const OPEN_DATA_LIMIT = 100_000;

const optionalInt = (min: number, max: number) =>
  z
    .preprocess(
      (v) => (v === '' || v === undefined ? undefined : v),
      z.coerce.number().int().min(min).max(max).optional(),
    )
    .catch(undefined);
const CatalogueQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  province: z.string().max(10).optional().catch(undefined),
  group: optionalInt(1, 99),
  set: optionalInt(1, 99),
  stars: optionalInt(1, 5),
  valid: z.string().optional().catch(undefined),
  all: z.string().optional().catch(undefined),
  page: optionalInt(1, 10_000),
});

const isTicked = (value: string | undefined) => value === '1' || value === 'on' || value === 'true';

/**
 * The filters of a catalogue request. The page shows products whose certificate is in force unless
 * `all=1` asks for the expired and revoked too; open data lists every product with its status
 * unless `valid=1` narrows it.
 */
function filtersOf(query: unknown, pageSize: number, view: 'page' | 'open-data'): CatalogueFilters {
  const q = CatalogueQuery.parse(query ?? {});
  return {
    q: q.q?.trim() || undefined,
    province: q.province || undefined,
    group: q.group,
    productSet: q.set,
    stars: q.stars,
    isValidOnly: view === 'page' ? !isTicked(q.all) : isTicked(q.valid),
    page: q.page ?? 1,
    pageSize,
  };
}

export async function catalogueRoutes(app: AppInstance): Promise<void> {
  const db = () => readDatabaseOf(app.deps);
  const baseUrl = () => app.deps.config.publicBaseUrl;
  const today = () => app.deps.clock().toISOString().slice(0, 10);

  const snapshot = () => publicCachesOf(app.deps).catalogue.get();
  const blobs = createBlobStore(fileStoreRoot(app.deps.config.dataDir));
  const notFound = (reply: FastifyReply) =>
    reply
      .status(404)
      .header('cache-control', 'public, max-age=60')
      .type('text/html; charset=utf-8')
      .send(
        publicPage({
          title: 'Không tìm thấy sản phẩm — product not found',
          description: 'Sản phẩm không có trong danh mục OCOP.',
          noIndex: true,
          body: '<p class="card">Sản phẩm không có trong danh mục OCOP. <span lang="en">This product is not in the OCOP catalogue.</span> <a href="/">Danh mục / catalogue</a></p>',
        }),
      );

  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const filters = filtersOf(request.query, PAGE_SIZE, 'page');
    const entries = await snapshot();
    const { items, total } = searchCatalogue(entries, filters, today());
    const html = renderCataloguePage({
      items,
      total,
      filters,
      today: today(),
      baseUrl: baseUrl(),
      provinces: catalogueProvinces(entries),
      groups: CATALOGUE_GROUPS,
      sets: productSetsInForce(today()),
    });
    return reply.header('cache-control', 'public, max-age=60').type('text/html; charset=utf-8').send(html);
  });

  app.get<{ Params: { id: string } }>('/p/:id', { schema: { hide: true } }, async (request, reply) => {
    const item = await findCatalogueProduct(db(), request.params.id);
    if (!item) return notFound(reply);
    const setName = productSetsInForce(today()).find((s) => s.setNumber === item.productSet)?.nameVi;
    const recordedPointsOfSaleHtml = await whereToBuySection(db(), item.productId);
    const relatedNewsHtml = await relatedNewsSection(db(), item.productId);
    return reply
      .header('cache-control', 'public, max-age=60')
      .type('text/html; charset=utf-8')
      .send(
        renderProductPage(item, {
          today: today(),
          baseUrl: baseUrl(),
          setName,
          recordedPointsOfSaleHtml,
          relatedNewsHtml,
        }),
      );
  });

  app.get<{ Params: { id: string; photoId: string } }>(
    '/p/:id/photos/:photoId',
    { schema: { hide: true } },
    async (request, reply) => {
      const photo = await findPublicPhoto(db(), request.params.id, request.params.photoId);
      if (!photo || !PUBLIC_PHOTO_TYPES.has(photo.mediaType)) return notFound(reply);
      const content = await blobs.read(photo.sha256).catch(() => undefined);
      if (!content) return notFound(reply);
      return reply
        .header('cache-control', 'public, max-age=3600')
        .header('content-disposition', 'inline')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; img-src 'self'; sandbox")
        .type(photo.mediaType)
        .send(content);
    },
  );

  const openData = async (query: unknown) => {
    const { items } = searchCatalogue(
      await snapshot(),
      { ...filtersOf(query, OPEN_DATA_LIMIT, 'open-data'), page: 1 },
      today(),
    );
    return items.map((i) => openDataRecord(i, today(), baseUrl()));
  };
  app.get('/open-data/catalogue.json', { schema: { hide: true } }, async (request, reply) => {
    const records = await openData(request.query);
    return reply
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .type('application/json; charset=utf-8')
      .send({
        generatedOn: today(),
        count: records.length,
        documentation: 'docs/api/open-data.md',
        items: records,
      });
  });
  app.get('/open-data/catalogue.csv', { schema: { hide: true } }, async (request, reply) => {
    const records = await openData(request.query);
    return reply
      .header('cache-control', 'public, max-age=300')
      .header('access-control-allow-origin', '*')
      .header('content-disposition', 'inline; filename="ocop-catalogue.csv"')
      .type('text/csv; charset=utf-8')
      .send(catalogueCsv(records, (request.query as { lang?: unknown }).lang === 'en' ? 'en' : 'vi'));
  });
}
