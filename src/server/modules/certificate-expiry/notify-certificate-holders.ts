import type { Database } from '../../../db/database';
import {
  insertNotifications,
  listProducerRecipients,
  listRoleRecipients,
  type Recipient,
} from '../../../db/repositories/dossiers.repository';
import type { ExpiryCertificate } from '../../../db/repositories/certificate-expiry.repository';

/** One notification text, in both languages. */
export interface CertificateNoticeText {
  kind: string;
  titleVi: string;
  titleEn: string;
  bodyVi: string;
  bodyEn: string;
}

/** An e-mail to send once the transaction commits. */
export interface PendingMail {
  accountId: string;
  to: string;
  subject: string;
  text: string;
  unitId: string;
}

/**
 * Who hears about a certificate: the producer's members, the officers of its commune and the
 * standing office of the issuing unit (grants held at those very units).
 */
async function recipientsOf(
  db: Database,
  certificate: ExpiryCertificate,
  today: string,
): Promise<Recipient[]> {
  const producer = await listProducerRecipients(db, certificate.producerId);
  const commune = certificate.communePath
    ? (await listRoleRecipients(db, 'commune_officer', certificate.communePath, today)).filter(
        (r) => r.grantPath === certificate.communePath,
      )
    : [];
  const office = (await listRoleRecipients(db, 'standing_office', certificate.issuerPath, today)).filter(
    (r) => r.grantPath === certificate.issuerPath,
  );
  const byAccount = new Map<string, Recipient>();
  for (const r of [...producer, ...commune, ...office]) byAccount.set(r.accountId, r);
  return [...byAccount.values()];
}

/**
 * Writes the in-app notification of `text` for everyone concerned by the certificate (inside the
 * caller's transaction) and returns the e-mails to send after it commits.
 */
export async function notifyCertificateHolders(params: {
  db: Database;
  certificate: ExpiryCertificate;
  text: CertificateNoticeText;
  today: string;
  now: Date;
}): Promise<PendingMail[]> {
  const { certificate, text } = params;
  const recipients = await recipientsOf(params.db, certificate, params.today);
  await insertNotifications(
    params.db,
    recipients.map((r) => ({
      accountId: r.accountId,
      kind: text.kind,
      titleVi: text.titleVi,
      titleEn: text.titleEn,
      bodyVi: text.bodyVi,
      bodyEn: text.bodyEn,
      entityType: 'certificate',
      entityId: certificate.certificateId,
      createdAt: params.now,
    })),
  );
  return recipients
    .filter((r): r is Recipient & { email: string } => r.email !== null && r.email !== '')
    .map((r) => ({
      accountId: r.accountId,
      to: r.email,
      subject: `[OCOP] ${text.titleVi} / ${text.titleEn}`,
      text: `${text.bodyVi}\n\n${text.bodyEn}`,
      unitId: certificate.issuerUnitId,
    }));
}
