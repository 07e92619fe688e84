/**
 * The public catalogue (danh mục sản phẩm OCOP): certified products with their live certificate,
 * producer (name, commune, province — no personal data) from one query. Search matches the
 * product's `search_key` (already folded by foldVietnamese) or the producer's name folded the same
 * way, so case, diacritics and tone-mark placement ("Hòa" / "Hoà" / "hoa") do not matter.
 */
import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/database';
import { foldVietnamese } from '../../domain/text/fold-vietnamese';

export interface CatalogueFilters {
  q?: string;
  /** Province code (mã tỉnh). */
  province?: string;
  productSet?: number;
  stars?: number;
  isValidOnly?: boolean;
  page: number;
  pageSize: number;
}

export interface CatalogueItem {
  productId: string;
  productName: string;
  description: string;
  productSet: number;
  gtin: string | null;
  producerName: string;
  communeName: string;
  provinceName: string;
  provinceCode: string;
  certificateNumber: string;
  stars: number;
  issuedOn: string;
  validUntil: string;
  revokedOn: string | null;
  supersededOn: string | null;
}

const SELECT = sql`select p.id as "productId", p.name as "productName", p.description, p.product_set as "productSet", p.gtin,
    pr.name as "producerName", cu.full_name as "communeName", coalesce(pu.full_name, '') as "provinceName", coalesce(pu.code, '') as "provinceCode",
    c.number as "certificateNumber", c.stars, c.issued_on::text as "issuedOn", c.valid_until::text as "validUntil", c.revoked_on::text as "revokedOn",
    c.superseded_on::text as "supersededOn"
  from products p
  join producers pr on pr.id = p.producer_id
  join admin_units cu on cu.id = pr.commune_id
  left join admin_units pu on pu.id = cu.parent_id
  join lateral (select * from certificates c2 where c2.product_id = p.id order by (c2.superseded_by_id is null) desc, c2.issued_on desc limit 1) c on true`;

function whereOf(filters: CatalogueFilters, today: string): SQL {
  const parts: SQL[] = [sql`true`];
  const q = filters.q ? foldVietnamese(filters.q) : '';
  if (q) parts.push(sql`(p.search_key like ${`%${q}%`} or pr.search_key like ${`%${q}%`})`);
  if (filters.province) parts.push(sql`pu.code = ${filters.province}`);
  if (filters.productSet !== undefined) parts.push(sql`p.product_set = ${filters.productSet}`);
  if (filters.stars !== undefined) parts.push(sql`c.stars = ${filters.stars}`);
  if (filters.isValidOnly) parts.push(sql`(c.revoked_on is null and c.superseded_on is null and c.valid_until >= ${today}::date)`);
  return sql.join(parts, sql` and `);
}

/** One page of the catalogue, newest certificates first, and the number of matches. */
export async function searchCatalogue(db: Database, filters: CatalogueFilters, today: string): Promise<{ items: CatalogueItem[]; total: number }> {
  const where = whereOf(filters, today);
  const items = await queryRows<CatalogueItem>(db, sql`${SELECT} where ${where} order by c.issued_on desc, p.name limit ${filters.pageSize} offset ${(filters.page - 1) * filters.pageSize}`);
  const [count] = await queryRows<{ n: unknown }>(db, sql`select count(*) as n from (${SELECT} where ${where}) t`);
  return { items: items.map((i) => ({ ...i, stars: Number(i.stars), productSet: Number(i.productSet) })), total: Number(count?.n ?? 0) };
}

/** One certified product of the catalogue, or undefined. */
export async function findCatalogueProduct(db: Database, productId: string): Promise<CatalogueItem | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(productId)) return undefined;
  const [row] = await queryRows<CatalogueItem>(db, sql`${SELECT} where p.id = ${productId}::uuid limit 1`);
  return row ? { ...row, stars: Number(row.stars), productSet: Number(row.productSet) } : undefined;
}

/** Provinces that have at least one certified product, for the filter list. */
export async function catalogueProvinces(db: Database): Promise<{ code: string; name: string }[]> {
  return queryRows(db, sql`select distinct pu.code, pu.full_name as name from products p join producers pr on pr.id = p.producer_id join admin_units cu on cu.id = pr.commune_id join admin_units pu on pu.id = cu.parent_id where exists (select 1 from certificates c where c.product_id = p.id) order by pu.full_name`);
}
