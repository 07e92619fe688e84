import {
  listCertificatesWithoutNotice,
  listCouncilSettingsOverrides,
  recordCertificateNotice,
} from '../../../db/repositories/certificate-expiry.repository';
import { isExpiryNoticeDueOn } from '../../../domain/evaluation/certificate-expiry';
import { addDays } from '../../../domain/calendar/working-days';
import { resolveCouncilSettings } from '../../../domain/rubric/council-settings';
import { defineDailyJob } from '../../jobs/job-definition';
import { mailerOf } from '../../mail/mailer';
import { EXPIRY_NOTICE_KIND, expiryNoticeText } from './expiry-notice-texts';
import { notifyCertificateHolders, type PendingMail } from './notify-certificate-holders';
import { sendPendingMails } from './send-pending-mails';

/** Longest notice period a province may set (a year): certificates further out are not read. */
const MAX_NOTICE_DAYS = 366;

/**
 * Thông báo sắp hết hạn: every day, each certificate in force whose notice day (its province's
 * notice period before the end date, 30 days by default) has come is announced once — in the app
 * and by mail — to the producer, its commune and the standing office of the issuing unit. The
 * notice row's unique key makes a second run (or a second process) send nothing.
 */
export const expiryNoticesJob = defineDailyJob({
  name: 'expiry-notices',
  hour: 1,
  descriptionVi: 'Thông báo giấy chứng nhận sắp hết hạn',
  descriptionEn: 'Tell producers and offices a certificate is about to expire',
  async run({ asOf, now, db, deps }) {
    const overrides = await listCouncilSettingsOverrides(db);
    const candidates = await listCertificatesWithoutNotice(db, {
      kind: 'expiry-notice',
      asOf,
      validUntilFrom: asOf,
      validUntilTo: addDays(asOf, MAX_NOTICE_DAYS),
    });
    let notices = 0;
    let mails = 0;
    for (const certificate of candidates) {
      const { expiryNoticeDays } = resolveCouncilSettings(certificate.provinceCode ?? '', asOf, overrides);
      if (!isExpiryNoticeDueOn(certificate, asOf, expiryNoticeDays)) continue;
      const pending = await db.transaction(async (tx): Promise<PendingMail[] | undefined> => {
        const isFirst = await recordCertificateNotice(tx, {
          certificateId: certificate.certificateId,
          kind: 'expiry-notice',
          noticeDays: expiryNoticeDays,
          asOf,
          now,
        });
        if (!isFirst) return undefined;
        return notifyCertificateHolders({
          db: tx,
          certificate,
          text: expiryNoticeText(certificate),
          today: asOf,
          now,
        });
      });
      if (!pending) continue;
      notices += 1;
      mails += await sendPendingMails({
        mailer: mailerOf(deps),
        kind: EXPIRY_NOTICE_KIND,
        mails: pending,
      });
    }
    return { notices, mails };
  },
});
