/**
 * The public catalogue: `/` (search and filters as GET parameters of a plain form, paging),
 * `/p/:id` (product page with schema.org/Product), and the open data `/open-data/catalogue.json`
 * and `.csv` (schema: docs/api/open-data.md). Server-rendered, no JavaScript, no personal data.
 */
import { z } from 'zod';
import { productSetsInForce } from '../../domain/registry/product-sets';
import type { AppInstance } from '../context';
import { catalogueProvinces, findCatalogueProduct, searchCatalogue, type CatalogueFilters } from './catalogue-query';
import { openDataRecord, renderCataloguePage, renderProductPage, toCsv } from './catalogue-page';
import { publicPage } from './public-html';

const PAGE_SIZE = 20;
/** Open data is served whole up to this many products. */
const OPEN_DATA_LIMIT = 100_000;

const optionalInt = (min: number, max: number) => z.preprocess((v) => (v === '' || v === undefined ? undefined : v), z.coerce.number().int().min(min).max(max).optional()).catch(undefined);
const CatalogueQuery = z.object({
  q: z.string().max(200).optional().catch(undefined),
  province: z.string().max(10).optional().catch(undefined),
  set: optionalInt(1, 99),
  stars: optionalInt(1, 5),
  valid: z.string().optional().catch(undefined),
  page: optionalInt(1, 10_000),
});

function filtersOf(query: unknown, pageSize: number): CatalogueFilters {
  const q = CatalogueQuery.parse(query ?? {});
  return { q: q.q?.trim() || undefined, province: q.province || undefined, productSet: q.set, stars: q.stars, isValidOnly: q.valid === '1' || q.valid === 'on' || q.valid === 'true', page: q.page ?? 1, pageSize };
}

export async function catalogueRoutes(app: AppInstance): Promise<void> {
  const db = () => app.deps.database.db;
  const baseUrl = () => app.deps.config.publicBaseUrl;
  const today = () => app.deps.clock().toISOString().slice(0, 10);

  app.get('/', { schema: { hide: true } }, async (request, reply) => {
    const filters = filtersOf(request.query, PAGE_SIZE);
    const [{ items, total }, provinces] = await Promise.all([searchCatalogue(db(), filters, today()), catalogueProvinces(db())]);
    const html = renderCataloguePage({ items, total, filters, today: today(), baseUrl: baseUrl(), provinces, sets: productSetsInForce(today()) });
    return reply.header('cache-control', 'public, max-age=60').type('text/html; charset=utf-8').send(html);
  });

  app.get<{ Params: { id: string } }>('/p/:id', { schema: { hide: true } }, async (request, reply) => {
    const item = await findCatalogueProduct(db(), request.params.id);
    if (!item) return reply.status(404).type('text/html; charset=utf-8').send(publicPage({ title: 'Không tìm thấy sản phẩm — product not found', description: 'Sản phẩm không có trong danh mục OCOP.', noIndex: true, body: '<p class="card">Sản phẩm không có trong danh mục OCOP. <span lang="en">This product is not in the OCOP catalogue.</span> <a href="/">Danh mục / catalogue</a></p>' }));
    const setName = productSetsInForce(today()).find((s) => s.setNumber === item.productSet)?.nameVi;
    return reply.header('cache-control', 'public, max-age=60').type('text/html; charset=utf-8').send(renderProductPage(item, { today: today(), baseUrl: baseUrl(), setName }));
  });

  const openData = async (query: unknown) => {
    const { items } = await searchCatalogue(db(), { ...filtersOf(query, OPEN_DATA_LIMIT), page: 1 }, today());
    return items.map((i) => openDataRecord(i, today(), baseUrl()));
  };
  app.get('/open-data/catalogue.json', { schema: { hide: true } }, async (request, reply) => {
    const records = await openData(request.query);
    return reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*').type('application/json; charset=utf-8').send({ generatedOn: today(), count: records.length, documentation: 'docs/api/open-data.md', items: records });
  });
  app.get('/open-data/catalogue.csv', { schema: { hide: true } }, async (request, reply) => {
    const records = await openData(request.query);
    return reply.header('cache-control', 'public, max-age=300').header('access-control-allow-origin', '*').header('content-disposition', 'inline; filename="ocop-catalogue.csv"').type('text/csv; charset=utf-8').send(toCsv(records));
  });
}
