import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Database } from '../database';
import { visibleBatchesSql, type StampBatchVisibility } from './stamp-batches.repository';

/** A stamp batch with what its EPCIS events say: product, producer, the certificate and what replaced it. */
export interface EpcisBatchRow {
  id: string;
  productId: string;
  gtin14: string | null;
  lot: string;
  productionDate: string;
  expiryDate: string | null;
  issuedAt: string;
  productName: string;
  producerName: string;
  certificateNumber: string;
  validUntil: string;
  revokedOn: string | null;
  revocationReason: string | null;
  supersededOn: string | null;
  supersededByNumber: string | null;
}

export interface EpcisStampRow {
  batchId: string;
  serial: string;
  status: string;
  statusChangedAt: string | null;
  statusReason: string | null;
}

const instant = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * Batches the actor may see (`visible`; all when absent: access was checked already), optionally
 * of one product or batch and issued no later than `issuedBefore`, newest first, at most `limit`.
 */
export async function findEpcisBatches(
  db: Database,
  o: {
    visible?: StampBatchVisibility | undefined;
    productId?: string | undefined;
    batchId?: string | undefined;
    issuedBefore?: Date | undefined;
    limit: number;
  },
): Promise<EpcisBatchRow[]> {
  const filters = [o.visible ? visibleBatchesSql(o.visible) : sql`true`];
  if (o.productId) filters.push(sql`stamp_batches.product_id = ${o.productId}`);
  if (o.batchId) filters.push(sql`stamp_batches.id = ${o.batchId}`);
  if (o.issuedBefore) filters.push(sql`stamp_batches.created_at <= ${o.issuedBefore.toISOString()}`);
  return queryRows<EpcisBatchRow>(
    db,
    sql`select stamp_batches.id, stamp_batches.product_id as "productId", stamp_batches.gtin14, stamp_batches.lot,
      stamp_batches.production_date::text as "productionDate", stamp_batches.expiry_date::text as "expiryDate",
      ${instant(sql`stamp_batches.created_at`)} as "issuedAt",
      p.name as "productName", pr.name as "producerName",
      c.number as "certificateNumber", c.valid_until::text as "validUntil", c.revoked_on::text as "revokedOn",
      c.revocation->>'reason' as "revocationReason", c.superseded_on::text as "supersededOn", n.number as "supersededByNumber"
    from stamp_batches
    join products p on p.id = stamp_batches.product_id
    join producers pr on pr.id = stamp_batches.producer_id
    join certificates c on c.id = stamp_batches.certificate_id
    left join certificates n on n.id = c.superseded_by_id
    where ${sql.join(filters, sql` and `)}
    order by stamp_batches.created_at desc, stamp_batches.id
    limit ${o.limit}`,
  );
}

/** The stamps of these batches in label order, with their status and when it last changed. */
export async function listEpcisStamps(db: Database, batchIds: string[]): Promise<EpcisStampRow[]> {
  if (batchIds.length === 0) return [];
  return queryRows<EpcisStampRow>(
    db,
    sql`select batch_id as "batchId", serial, status, ${instant(sql`status_changed_at`)} as "statusChangedAt", status_reason as "statusReason"
    from stamps where batch_id in (${sql.join(
      batchIds.map((id) => sql`${id}`),
      sql`, `,
    )}) order by batch_id, position`,
  );
}
