import { randomBytes } from 'node:crypto';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertStampBatch,
  insertStamps,
  listCertificatesOfProduct,
} from '../../../db/repositories/stamp-batches.repository';
import type { OrderStampBatchInput } from '../../../contracts/stamps.contracts';
import { DomainError } from '../../../domain/errors';
import { deriveCertificateStatus } from '../../../domain/evaluation/certificate-rules';
import { isExpiryDateRequired } from '../../../domain/rubric/catalogue/148/taxonomy-148';
import { normalizeGtin14 } from '../../../domain/stamps/gtin14';
import { DEFAULT_LABEL_LAYOUT, type LabelLayoutId } from '../../../domain/stamps/label-layouts';
import { generateSerial, type RandomBytes } from '../../../domain/stamps/stamp-serial';

/** Stamps per INSERT statement. */
const INSERT_CHUNK = 10_000;

/** The product's current valid certificate, or undefined. */
export async function findValidCertificate(db: Database, productId: string, today: string) {
  const rows = await listCertificatesOfProduct(db, productId);
  return rows.find((c) => deriveCertificateStatus(c, today) === 'valid');
}

/**
 * Orders a batch of stamps (đặt tem) for one lot: checks the product holds a valid certificate and
 * that the lot's expiry date is given when its product set needs one, copies its GTIN-14 (or none:
 * short URIs), generates `quantity` random serials and inserts them in chunks, all in one
 * transaction with the audit row — a failure leaves nothing behind.
 * Throws VALIDATION_FAILED (no valid certificate, no expiry date where required, bad GTIN).
 */
export async function orderStampBatch(params: {
  db: Database;
  audit: AuditContext;
  /** The order; the default label layout when `labelLayout` is absent (seeds, imports). */
  input: Omit<OrderStampBatchInput, 'labelLayout'> & { labelLayout?: LabelLayoutId };
  product: { id: string; producerId: string; gtin: string | null; productSet: number };
  provinceUnitId: string | null;
  accountId: string;
  now: Date;
  random?: RandomBytes;
}) {
  const { db, input, product, now } = params;
  const random = params.random ?? ((size: number) => randomBytes(size));
  const certificate = await findValidCertificate(db, product.id, now.toISOString().slice(0, 10));
  if (!certificate) {
    const vi = 'Sản phẩm chưa có giấy chứng nhận OCOP còn hiệu lực nên không thể đặt tem.';
    const en = 'The product has no valid OCOP certificate, so stamps cannot be ordered.';
    throw new DomainError('VALIDATION_FAILED', vi, en, [
      { field: 'productId', messageVi: vi, messageEn: en },
    ]);
  }
  if (input.expiryDate === undefined && isExpiryDateRequired(product.productSet)) {
    const vi = `Hãy nhập hạn sử dụng của lô: sản phẩm thuộc bộ ${product.productSet}, có hạn sử dụng trên nhãn.`;
    const en = `Give the lot's expiry date: the product is of set ${product.productSet}, whose labels carry one.`;
    throw new DomainError('VALIDATION_FAILED', vi, en, [
      { field: 'expiryDate', messageVi: vi, messageEn: en },
    ]);
  }
  const gtin14 = product.gtin ? normalizeGtin14(product.gtin) : null;
  return db.transaction(async (tx) => {
    const batch = await insertStampBatch(tx, {
      productId: product.id,
      producerId: product.producerId,
      certificateId: certificate.id,
      provinceUnitId: params.provinceUnitId,
      gtin14,
      lot: input.lot,
      productionDate: input.productionDate,
      expiryDate: input.expiryDate ?? null,
      quantity: input.quantity,
      labelLayout: input.labelLayout ?? DEFAULT_LABEL_LAYOUT,
      orderedBy: params.accountId,
      createdAt: now,
    });
    for (let start = 0; start < input.quantity; start += INSERT_CHUNK) {
      let pending = Array.from(
        { length: Math.min(INSERT_CHUNK, input.quantity - start) },
        (_, i) => start + i + 1,
      );
      // 80-bit serials practically never collide; a collision just re-draws those positions.
      while (pending.length > 0) {
        const rows = pending.map((position) => ({ serial: generateSerial(random), position }));
        const done = new Set(await insertStamps(tx, batch.id, rows));
        pending = rows.filter((r) => !done.has(r.serial)).map((r) => r.position);
      }
    }
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'stamp-batch.ordered',
        entityType: 'stamp_batch',
        entityId: batch.id,
        after: {
          productId: product.id,
          certificate: certificate.number,
          gtin14,
          lot: input.lot,
          productionDate: input.productionDate,
          expiryDate: input.expiryDate ?? null,
          quantity: input.quantity,
          labelLayout: input.labelLayout ?? DEFAULT_LABEL_LAYOUT,
        },
      },
      now,
    );
    return { batch, certificate };
  });
}
