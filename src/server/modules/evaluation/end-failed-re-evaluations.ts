import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  endLiveCertificatesOfProduct,
  listFailedReEvaluations,
  notifyProducerMembers,
} from '../../../db/repositories/re-evaluation.repository';

const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * A re-evaluation the council adopted as not certified ends the product's certificate on the day
 * of adoption — no certification decision follows it — with the reason, audited; the product
 * becomes expired and the producer is told in the app. Call inside the adoption transaction.
 */
export async function endFailedReEvaluations(params: {
  tx: Database;
  audit: AuditContext;
  roundId: string;
  decidedOn: string;
  now: Date;
}): Promise<void> {
  const { tx, now, decidedOn } = params;
  for (const failed of await listFailedReEvaluations(tx, params.roundId)) {
    const reason = `Đánh giá lại ngày ${vnDate(decidedOn)} không đạt 3 sao`;
    const ended = await endLiveCertificatesOfProduct(tx, {
      productId: failed.productId,
      endedOn: decidedOn,
      reason,
      now,
    });
    for (const certificate of ended) {
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'certificate.ended',
          entityType: 'certificate',
          entityId: certificate.id,
          unitId: certificate.issuerUnitId,
          before: { status: 'valid' },
          after: { status: 'expired', endedOn: decidedOn, reason, dossierId: failed.dossierId },
        },
        now,
      );
      await notifyProducerMembers(tx, failed.producerId, {
        kind: 'certificate.ended',
        titleVi: `Giấy chứng nhận ${certificate.number} chấm dứt hiệu lực`,
        titleEn: `Certificate ${certificate.number} has ended`,
        bodyVi: `${reason}: giấy chứng nhận số ${certificate.number} (${certificate.productName}) hết hiệu lực từ ngày ${vnDate(decidedOn)}.`,
        bodyEn: `The re-evaluation of ${decidedOn} did not reach 3 stars: certificate ${certificate.number} (${certificate.productName}) ended on ${decidedOn}.`,
        entityType: 'certificate',
        entityId: certificate.id,
        createdAt: now,
      });
    }
  }
}
