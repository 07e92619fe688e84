import type { StampBatchOutput } from '../../../contracts/stamps.contracts';
import type { Database } from '../../../db/database';
import {
  listStampBatchSummaries,
  type StampBatchFilter,
} from '../../../db/repositories/stamp-batches.repository';
import {
  DEFAULT_LABEL_LAYOUT,
  LABEL_LAYOUTS,
  type LabelLayoutId,
} from '../../../domain/stamps/label-layouts';
import { stampUriOf } from './stamp-uri';

export type { StampRow } from '../../../db/repositories/stamps.repository';

function labelLayoutIdOf(id: string): LabelLayoutId {
  return id in LABEL_LAYOUTS ? (id as LabelLayoutId) : DEFAULT_LABEL_LAYOUT;
}

/** A batch with its product, certificate, an example URI and the scan counters of its stamps. */
export async function presentStampBatches(
  db: Database,
  filter: StampBatchFilter,
  baseUrl: string,
): Promise<StampBatchOutput[]> {
  const rows = await listStampBatchSummaries(db, filter);
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
      scannedStamps: r.scannedStamps,
      totalScans: r.totalScans,
      possibleCopies: r.possibleCopies,
      deactivated: r.deactivated,
      reported: r.reported,
    },
  }));
}
