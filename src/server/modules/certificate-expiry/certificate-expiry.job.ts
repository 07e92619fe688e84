import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  listCertificatesWithoutNotice,
  recordCertificateNotice,
  type ExpiryCertificate,
} from '../../../db/repositories/certificate-expiry.repository';
import { setProductStatus } from '../../../db/repositories/products.repository';
import { hasLapsedOn } from '../../../domain/evaluation/certificate-expiry';
import { addDays } from '../../../domain/calendar/working-days';
import { defineDailyJob } from '../../jobs/job-definition';
import { mailerOf } from '../../mail/mailer';
import { CERTIFICATE_EXPIRED_KIND, certificateExpiredText } from './expiry-notice-texts';
import { notifyCertificateHolders, type PendingMail } from './notify-certificate-holders';
import { sendPendingMails } from './send-pending-mails';
import { announcePublicChange } from '../../cluster/public-cache-sync';

/** Who the audit trail names for the job's changes. */
const SYSTEM_ACTOR: Omit<AuditContext, 'unitId'> = {
  actorAccountId: null,
  actorUsername: 'system:certificate-expiry',
  actorRole: null,
  requestId: null,
};

/** Expires one lapsed certificate (and its product, unless re-evaluated or re-entered); audited. */
async function expireCertificate(
  tx: Database,
  certificate: ExpiryCertificate,
  asOf: string,
  now: Date,
): Promise<{ isProductExpired: boolean; mails: PendingMail[] } | undefined> {
  const isFirst = await recordCertificateNotice(tx, {
    certificateId: certificate.certificateId,
    kind: 'expired',
    noticeDays: 0,
    asOf,
    now,
  });
  if (!isFirst) return undefined;
  // Row locks first, the audit chain's lock last, as every user write does (update, then
  // appendAudit): taken the other way round, a producer saving the product at the same moment
  // would deadlock with this job.
  // A product in a new evaluation, or certified again by a newer certificate, keeps its status.
  const isProductExpired = certificate.productStatus === 'certified' && !certificate.hasNewerCertificate;
  if (isProductExpired) await setProductStatus(tx, certificate.productId, 'expired', now);
  const audit = { ...SYSTEM_ACTOR, unitId: certificate.issuerUnitId };
  await appendAudit(
    tx,
    audit,
    {
      action: 'certificate.expired',
      entityType: 'certificate',
      entityId: certificate.certificateId,
      before: { status: 'valid' },
      after: { status: 'expired', validUntil: certificate.validUntil, asOf },
    },
    now,
  );
  if (isProductExpired)
    await appendAudit(
      tx,
      audit,
      {
        action: 'product.expired',
        entityType: 'product',
        entityId: certificate.productId,
        before: { status: 'certified' },
        after: { status: 'expired', certificateId: certificate.certificateId },
      },
      now,
    );
  const mails = await notifyCertificateHolders({
    db: tx,
    certificate,
    text: certificateExpiredText(certificate),
    today: asOf,
    now,
  });
  return { isProductExpired, mails };
}

/**
 * Hết hạn: every day, each certificate whose end date has passed (not revoked, replaced or ended
 * first) becomes expired — recorded once, audited — and its product moves certified → expired
 * through the product status table, so it leaves the catalogue's default view; the producer, its
 * commune and the issuing office are told. Public pages derive "Hết hiệu lực" from the dates.
 */
export const certificateExpiryJob = defineDailyJob({
  name: 'certificate-expiry',
  hour: 1,
  descriptionVi: 'Chuyển giấy chứng nhận và sản phẩm quá hạn sang hết hạn',
  descriptionEn: 'Mark lapsed certificates and their products expired',
  async run({ asOf, now, db, deps }) {
    const lapsed = await listCertificatesWithoutNotice(db, {
      kind: 'expired',
      asOf,
      validUntilFrom: '1900-01-01',
      validUntilTo: addDays(asOf, -1),
    });
    let certificates = 0;
    let products = 0;
    let mails = 0;
    for (const certificate of lapsed) {
      if (!hasLapsedOn(certificate, asOf)) continue;
      const done = await db.transaction((tx) => expireCertificate(tx, certificate, asOf, now));
      if (!done) continue;
      certificates += 1;
      if (done.isProductExpired) products += 1;
      mails += await sendPendingMails({
        mailer: mailerOf(deps),
        kind: CERTIFICATE_EXPIRED_KIND,
        mails: done.mails,
      });
    }
    // Every process (this one included) empties its public caches: the catalogue changed.
    if (certificates > 0) await announcePublicChange(deps.database);
    return { certificates, products, mails };
  },
});
