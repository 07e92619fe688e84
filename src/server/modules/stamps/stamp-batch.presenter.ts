import { eq, sql, type SQL } from 'drizzle-orm';
import type { StampBatchOutput } from '../../../contracts/stamps.contracts';
import type { Database } from '../../../db/database';
import {
  DEFAULT_LABEL_LAYOUT,
  LABEL_LAYOUTS,
  type LabelLayoutId,
} from '../../../domain/stamps/label-layouts';
import { certificates, producers, products, stampBatches, stamps } from '../../../db/schema';
import { stampUriOf } from './stamp-uri';

function labelLayoutIdOf(id: string): LabelLayoutId {
  return id in LABEL_LAYOUTS ? (id as LabelLayoutId) : DEFAULT_LABEL_LAYOUT;
}

/** A batch with its product, certificate, an example URI and the scan counters of its stamps. */
export async function presentStampBatches(
  db: Database,
  where: SQL | undefined,
  baseUrl: string,
): Promise<StampBatchOutput[]> {
  const rows = await db
    .select({
      batch: stampBatches,
      productName: products.name,
      producerName: producers.name,
      certificateNumber: certificates.number,
      sampleSerial: sql<string>`(select serial from stamps s where s.batch_id = ${stampBatches.id} order by position limit 1)`,
      scannedStamps: sql<number>`(select count(*) filter (where scan_count > 0) from stamps s where s.batch_id = ${stampBatches.id})`,
      totalScans: sql<number>`(select coalesce(sum(scan_count), 0) from stamps s where s.batch_id = ${stampBatches.id})`,
      possibleCopies: sql<number>`(select count(*) filter (where is_possible_copy) from stamps s where s.batch_id = ${stampBatches.id})`,
      deactivated: sql<number>`(select count(*) filter (where status = 'deactivated') from stamps s where s.batch_id = ${stampBatches.id})`,
      reported: sql<number>`(select count(*) filter (where status = 'reported') from stamps s where s.batch_id = ${stampBatches.id})`,
    })
    .from(stampBatches)
    .innerJoin(products, eq(products.id, stampBatches.productId))
    .innerJoin(producers, eq(producers.id, stampBatches.producerId))
    .innerJoin(certificates, eq(certificates.id, stampBatches.certificateId))
    .where(where)
    .orderBy(sql`${stampBatches.createdAt} desc`)
    .limit(200);
  return rows.map((r) => ({
    id: r.batch.id,
    productId: r.batch.productId,
    productName: r.productName,
    producerId: r.batch.producerId,
    producerName: r.producerName,
    certificateNumber: r.certificateNumber,
    gtin14: r.batch.gtin14,
    lot: r.batch.lot,
    productionDate: r.batch.productionDate,
    expiryDate: r.batch.expiryDate,
    quantity: r.batch.quantity,
    labelLayout: labelLayoutIdOf(r.batch.labelLayout),
    sampleUri: stampUriOf(baseUrl, r.batch, r.sampleSerial),
    createdAt: r.batch.createdAt.toISOString(),
    scans: {
      scannedStamps: Number(r.scannedStamps),
      totalScans: Number(r.totalScans),
      possibleCopies: Number(r.possibleCopies),
      deactivated: Number(r.deactivated),
      reported: Number(r.reported),
    },
  }));
}

export type StampRow = typeof stamps.$inferSelect;
