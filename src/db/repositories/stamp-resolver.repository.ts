/**
 * The resolver's look-ups (the shopper's scan path): one statement each, from the stamp, lot or GTIN
 * through batch, product, producer and units to the product's live certificate. Queries only.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { StampStatus } from '../../domain/stamps/stamp-status';
import { queryRows, type Database } from '../database';

/** Everything the resolver shows, from one query (stamp → batch → product → producer → units → live certificate). */
export interface ResolvedStamp {
  serial: string | null;
  stampStatus: StampStatus | null;
  statusReason: string | null;
  scanCount: number;
  firstScannedAt: string | null;
  isPossibleCopy: boolean;
  hasStrongCopySignal: boolean;
  copyReview: 'confirmed' | 'dismissed' | null;
  batchId: string;
  gtin14: string | null;
  lot: string;
  productionDate: string;
  /** Null for a product set whose goods carry no expiry date. */
  expiryDate: string | null;
  productId: string;
  productName: string;
  productDescription: string;
  productSet: number;
  packaging: string | null;
  /** The product's brand (details.brand), when the producer gave one. */
  brand: string | null;
  /** The product's first public photo (served at `/p/<productId>/photos/<photoId>`). */
  photoId: string | null;
  photoMediaType: string | null;
  producerName: string;
  producerAddress: string;
  communeName: string;
  provinceName: string;
  provinceUnitId: string | null;
  certificateNumber: string;
  stars: number;
  issuedOn: string;
  validUntil: string;
  revokedOn: string | null;
  revocationReason: string | null;
  revocationDecision: string | null;
  supersededById: string | null;
  supersededOn: string | null;
  issuerName: string;
}

const ts = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/** The select list and joins shared by both look-ups; the live certificate is the product's newest not superseded one (or the batch's). */
function resolverQuery(withStamp: boolean, where: SQL): SQL {
  return sql`select ${!withStamp ? sql`null::text as serial, null::text as "stampStatus", null::text as "statusReason", 0 as "scanCount", null::text as "firstScannedAt", false as "isPossibleCopy", false as "hasStrongCopySignal", null::text as "copyReview"` : sql`s.serial, s.status as "stampStatus", s.status_reason as "statusReason", s.scan_count as "scanCount", ${ts(sql`s.first_scanned_at`)} as "firstScannedAt", s.is_possible_copy as "isPossibleCopy", s.has_strong_copy_signal as "hasStrongCopySignal", s.copy_review as "copyReview"`},
    b.id as "batchId", b.gtin14, b.lot, b.production_date::text as "productionDate", b.expiry_date::text as "expiryDate",
    p.id as "productId", p.name as "productName", p.description as "productDescription", p.product_set as "productSet", p.details->>'packaging' as packaging, p.details->>'brand' as brand,
    ph.id as "photoId", ph.media_type as "photoMediaType",
    pr.name as "producerName", pr.address as "producerAddress", cu.full_name as "communeName", coalesce(pu.full_name, '') as "provinceName", b.province_unit_id as "provinceUnitId",
    c.number as "certificateNumber", c.stars, c.issued_on::text as "issuedOn", c.valid_until::text as "validUntil", c.revoked_on::text as "revokedOn",
    c.revocation->>'reason' as "revocationReason", c.revocation->>'decisionNumber' as "revocationDecision", c.superseded_by_id as "supersededById", c.superseded_on::text as "supersededOn", c.issuer_name as "issuerName"
  from stamp_batches b ${withStamp ? sql`join stamps s on s.batch_id = b.id` : sql``}
  join products p on p.id = b.product_id
  join producers pr on pr.id = p.producer_id
  join admin_units cu on cu.id = pr.commune_id
  left join admin_units pu on pu.id = cu.parent_id
  left join lateral (select e.id::text as id, e.media_type from evidence e where e.product_id = p.id and e.document_type = 'photo' and e.deleted_at is null and e.media_type in ('image/jpeg', 'image/png', 'image/webp') order by e.created_at, e.id limit 1) ph on true
  join lateral (select * from certificates c2 where c2.product_id = p.id order by (c2.superseded_by_id is null) desc, (c2.id = b.certificate_id) desc, c2.issued_on desc limit 1) c on true
  where ${where}
  limit 1`;
}

/**
 * The stamp of a (normalised) serial with everything the resolver shows: of a batch with this
 * GTIN-14 (and lot, when given), or with no GTIN when `gtin14` is null (short URIs).
 */
export async function findResolvedStamp(
  db: Database,
  serial: string,
  gtin14: string | null,
  lot: string | undefined,
): Promise<ResolvedStamp | undefined> {
  const filter =
    gtin14 === null
      ? sql`s.serial = ${serial} and b.gtin14 is null`
      : lot !== undefined
        ? sql`s.serial = ${serial} and b.gtin14 = ${gtin14} and b.lot = ${lot}`
        : sql`s.serial = ${serial} and b.gtin14 = ${gtin14}`;
  const [found] = await queryRows<ResolvedStamp>(db, resolverQuery(true, filter));
  return found;
}

/** The product-level answer (`serial: null`) for a lot of a GTIN-14. */
export async function findResolvedLot(
  db: Database,
  gtin14: string,
  lot: string,
): Promise<ResolvedStamp | undefined> {
  const [found] = await queryRows<ResolvedStamp>(
    db,
    resolverQuery(false, sql`b.gtin14 = ${gtin14} and b.lot = ${lot}`),
  );
  return found;
}

/** The product-level answer (`serial: null`) for a GTIN-14, from its newest batch. */
export async function findResolvedGtin(db: Database, gtin14: string): Promise<ResolvedStamp | undefined> {
  const [found] = await queryRows<ResolvedStamp>(
    db,
    resolverQuery(
      false,
      sql`b.id = (select b2.id from stamp_batches b2 where b2.gtin14 = ${gtin14} order by b2.created_at desc limit 1)`,
    ),
  );
  return found;
}
