/**
 * The public catalogue (danh mục sản phẩm OCOP): certified products with their live certificate,
 * producer (name, commune, province — no personal data). `loadCatalogueEntries` reads them all in
 * one query for the in-memory snapshot (catalogue-snapshot.ts); `searchCatalogue` filters that
 * snapshot. Search matches the product's `search_key` (already folded by foldVietnamese) or the
 * producer's name folded the same way, so case, diacritics and tone-mark placement
 * ("Hòa" / "Hoà" / "hoa") do not matter.
 */
import { sql } from 'drizzle-orm';
import { ProductDetails, type PointOfSale } from '../../contracts/products.contracts';
import { queryRows, type Database } from '../../db/database';
import { TAXONOMY_148 } from '../../domain/rubric/catalogue/148/taxonomy-148';
import { foldVietnamese } from '../../domain/text/fold-vietnamese';

export interface CatalogueFilters {
  q?: string;
  /** Province code (mã tỉnh). */
  province?: string;
  /** Product group (ngành) of Decision 148's taxonomy, 1–6. */
  group?: number;
  productSet?: number;
  stars?: number;
  /** Only products whose certificate is in force today (the page's default view). */
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

/** A catalogue item with the folded search keys of the product and its producer. */
export interface CatalogueEntry extends CatalogueItem {
  productKey: string;
  producerKey: string;
}

/** The product page's extra public fields (from products.details). */
export interface CatalogueProduct extends CatalogueItem {
  story: string | null;
  pointsOfSale: PointOfSale[];
  /** Photo evidence ids, served by `/p/:id/photos/:photoId`. */
  photoIds: string[];
}

const SELECT = sql`select p.id as "productId", p.name as "productName", p.description, p.product_set as "productSet", p.gtin,
    pr.name as "producerName", cu.full_name as "communeName", coalesce(pu.full_name, '') as "provinceName", coalesce(pu.code, '') as "provinceCode",
    c.number as "certificateNumber", c.stars, c.issued_on::text as "issuedOn", c.valid_until::text as "validUntil", c.revoked_on::text as "revokedOn",
    c.superseded_on::text as "supersededOn"`;
const FROM = sql`from products p
  join producers pr on pr.id = p.producer_id
  join admin_units cu on cu.id = pr.commune_id
  left join admin_units pu on pu.id = cu.parent_id
  join lateral (select * from certificates c2 where c2.product_id = p.id order by (c2.superseded_by_id is null) desc, c2.issued_on desc limit 1) c on true`;

const numeric = <T extends { stars: unknown; productSet: unknown }>(row: T): T => ({
  ...row,
  stars: Number(row.stars),
  productSet: Number(row.productSet),
});

/** Every product with a certificate, newest certificate first, then by name. */
export async function loadCatalogueEntries(db: Database): Promise<CatalogueEntry[]> {
  const rows = await queryRows<CatalogueEntry>(
    db,
    sql`${SELECT}, p.search_key as "productKey", pr.search_key as "producerKey" ${FROM} order by c.issued_on desc, p.name`,
  );
  return rows.map(numeric);
}

/** Set numbers of each group of Decision 148 (group number → sets). */
const SETS_OF_GROUP = new Map(
  TAXONOMY_148.map((group) => [
    group.number,
    new Set(group.subGroups.flatMap((sub) => sub.sets.map((s) => s.setNumber))),
  ]),
);

/** The groups of Decision 148 for the filter list. */
export const CATALOGUE_GROUPS = TAXONOMY_148.map((group) => ({
  number: group.number,
  nameVi: group.nameVi,
  nameEn: group.nameEn,
}));

function isValidOn(item: CatalogueItem, today: string): boolean {
  return item.revokedOn === null && item.supersededOn === null && item.validUntil >= today;
}

/** One page of the catalogue (already in display order) and the number of matches. */
export function searchCatalogue(
  entries: readonly CatalogueEntry[],
  filters: CatalogueFilters,
  today: string,
): { items: CatalogueItem[]; total: number } {
  const q = filters.q ? foldVietnamese(filters.q) : '';
  const groupSets =
    filters.group === undefined ? undefined : (SETS_OF_GROUP.get(filters.group) ?? new Set<number>());
  const matches = entries.filter(
    (e) =>
      (!q || e.productKey.includes(q) || e.producerKey.includes(q)) &&
      (!filters.province || e.provinceCode === filters.province) &&
      (!groupSets || groupSets.has(e.productSet)) &&
      (filters.productSet === undefined || e.productSet === filters.productSet) &&
      (filters.stars === undefined || e.stars === filters.stars) &&
      (!filters.isValidOnly || isValidOn(e, today)),
  );
  const start = (filters.page - 1) * filters.pageSize;
  const items = matches
    .slice(start, start + filters.pageSize)
    .map(({ productKey: _p, producerKey: _r, ...item }) => item);
  return { items, total: matches.length };
}

const provincesOfSnapshot = new WeakMap<readonly CatalogueEntry[], { code: string; name: string }[]>();

/** Provinces that have at least one certified product, for the filter list (computed once per snapshot). */
export function catalogueProvinces(entries: readonly CatalogueEntry[]): { code: string; name: string }[] {
  const known = provincesOfSnapshot.get(entries);
  if (known) return known;
  const byCode = new Map<string, string>();
  for (const e of entries) if (e.provinceCode) byCode.set(e.provinceCode, e.provinceName);
  const provinces = [...byCode]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  provincesOfSnapshot.set(entries, provinces);
  return provinces;
}

const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** One certified product of the catalogue with its story, points of sale and photos, or undefined. */
export async function findCatalogueProduct(
  db: Database,
  productId: string,
): Promise<CatalogueProduct | undefined> {
  if (!isUuid(productId)) return undefined;
  const [row] = await queryRows<CatalogueItem & { details: unknown; photoIds: string[] | null }>(
    db,
    sql`${SELECT}, p.details,
      (select array_agg(e.id::text order by e.created_at, e.id) from evidence e where e.product_id = p.id and e.document_type = 'photo' and e.deleted_at is null and e.media_type in ('image/jpeg', 'image/png', 'image/webp')) as "photoIds"
      ${FROM} where p.id = ${productId}::uuid limit 1`,
  );
  if (!row) return undefined;
  const { details, photoIds, ...item } = row;
  const parsed = ProductDetails.safeParse(details ?? {});
  return {
    ...numeric(item),
    story: parsed.success ? (parsed.data.story ?? null) : null,
    pointsOfSale: parsed.success ? (parsed.data.pointsOfSale ?? []) : [],
    photoIds: photoIds ?? [],
  };
}

/** A photo the public may see: image evidence of the product, while the product is in the catalogue and not revoked. */
export async function findPublicPhoto(
  db: Database,
  productId: string,
  photoId: string,
): Promise<{ sha256: string; mediaType: string; sizeBytes: number } | undefined> {
  if (!isUuid(productId) || !isUuid(photoId)) return undefined;
  const [row] = await queryRows<{ sha256: string; mediaType: string; sizeBytes: number }>(
    db,
    sql`select e.file_sha256 as sha256, e.media_type as "mediaType", e.size_bytes as "sizeBytes"
      from evidence e join products p on p.id = e.product_id
      where e.id = ${photoId}::uuid and e.product_id = ${productId}::uuid and e.document_type = 'photo' and e.deleted_at is null
        and p.status in ('certified', 'expired')
        and exists (select 1 from certificates c where c.product_id = p.id and c.revoked_on is null)
      limit 1`,
  );
  return row ? { ...row, sizeBytes: Number(row.sizeBytes) } : undefined;
}
