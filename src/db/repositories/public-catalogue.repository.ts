/**
 * The public catalogue's reads (danh mục sản phẩm OCOP): certified products with their live
 * certificate and producer (name, commune, province — no personal data), and the photos the public
 * may see. Queries only.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../database';

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

/** A catalogue item with the product's details as stored (unparsed) and its photo evidence ids. */
export interface CatalogueProductRow extends CatalogueItem {
  details: unknown;
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

/** One product of the catalogue (`productId` a UUID) with its details and photos; undefined when not there. */
export async function findCatalogueProductRow(
  db: Database,
  productId: string,
): Promise<CatalogueProductRow | undefined> {
  const [row] = await queryRows<CatalogueItem & { details: unknown; photoIds: string[] | null }>(
    db,
    sql`${SELECT}, p.details,
      (select array_agg(e.id::text order by e.created_at, e.id) from evidence e where e.product_id = p.id and e.document_type = 'photo' and e.deleted_at is null and e.media_type in ('image/jpeg', 'image/png', 'image/webp')) as "photoIds"
      ${FROM} where p.id = ${productId}::uuid limit 1`,
  );
  if (!row) return undefined;
  return { ...numeric(row), photoIds: row.photoIds ?? [] };
}

/**
 * A photo the public may see (ids UUIDs): image evidence of the product, while the product is in
 * the catalogue and not revoked.
 */
export async function findPublicPhotoRow(
  db: Database,
  productId: string,
  photoId: string,
): Promise<{ sha256: string; mediaType: string; sizeBytes: number } | undefined> {
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
