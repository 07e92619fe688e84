/**
 * The public catalogue (danh mục sản phẩm OCOP): certified products with their live certificate,
 * producer (name, commune, province — no personal data). `loadCatalogueEntries` (in
 * public-catalogue.repository.ts) reads them all in one query for the in-memory snapshot
 * (catalogue-snapshot.ts); `searchCatalogue` filters that snapshot. Search matches the product's `search_key` (already folded by foldVietnamese) or the
 * producer's name folded the same way, so case, diacritics and tone-mark placement
 * ("Hòa" / "Hoà" / "hoa") do not matter.
 */
import { ProductDetails, type PointOfSale } from '../../contracts/products.contracts';
import type { Database } from '../../db/database';
import {
  findCatalogueProductRow,
  findPublicPhotoRow,
  type CatalogueEntry,
  type CatalogueItem,
} from '../../db/repositories/public-catalogue.repository';
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

export {
  loadCatalogueEntries,
  type CatalogueEntry,
  type CatalogueItem,
} from '../../db/repositories/public-catalogue.repository';

/** The product page's extra public fields (from products.details). */
export interface CatalogueProduct extends CatalogueItem {
  story: string | null;
  pointsOfSale: PointOfSale[];
  /** Photo evidence ids, served by `/p/:id/photos/:photoId`. */
  photoIds: string[];
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
  const row = await findCatalogueProductRow(db, productId);
  if (!row) return undefined;
  const { details, photoIds, ...item } = row;
  const parsed = ProductDetails.safeParse(details ?? {});
  return {
    ...item,
    story: parsed.success ? (parsed.data.story ?? null) : null,
    pointsOfSale: parsed.success ? (parsed.data.pointsOfSale ?? []) : [],
    photoIds,
  };
}

/** A photo the public may see: image evidence of the product, while the product is in the catalogue and not revoked. */
export async function findPublicPhoto(
  db: Database,
  productId: string,
  photoId: string,
): Promise<{ sha256: string; mediaType: string; sizeBytes: number } | undefined> {
  if (!isUuid(productId) || !isUuid(photoId)) return undefined;
  return findPublicPhotoRow(db, productId, photoId);
}
