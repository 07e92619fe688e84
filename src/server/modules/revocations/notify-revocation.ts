/**
 * Tells the producer's members and the officers of its commune that a certificate was revoked
 * (in-app notification in the approval's transaction; the e-mails are sent after the commit).
 */
import type { Database } from '../../../db/database';
import {
  insertNotifications,
  listProducerRecipients,
  listRoleRecipients,
  type Recipient,
} from '../../../db/repositories/dossiers.repository';

export interface RevocationMail {
  to: string;
  subject: string;
  text: string;
  unitId: string;
}

export async function notifyRevocation(params: {
  db: Database;
  decision: { id: string; number: string; signedOn: string; issuerName: string };
  items: readonly {
    certificateNumber: string;
    productName: string;
    producerId: string;
    communeId: string;
    communePath: string;
    groundVi: string;
  }[];
  actorAccountId: string;
  now: Date;
}): Promise<RevocationMail[]> {
  const { db, decision, now } = params;
  const today = now.toISOString().slice(0, 10);
  const date = `${decision.signedOn.slice(8, 10)}/${decision.signedOn.slice(5, 7)}/${decision.signedOn.slice(0, 4)}`;
  const rows: Parameters<typeof insertNotifications>[1] = [];
  const mails: RevocationMail[] = [];
  for (const item of params.items) {
    const titleVi = `Thu hồi giấy chứng nhận OCOP: ${item.productName}`;
    const titleEn = `OCOP certificate revoked: ${item.productName}`;
    const bodyVi = `Quyết định ${decision.number} ngày ${date} của ${decision.issuerName} thu hồi giấy chứng nhận số ${item.certificateNumber} của sản phẩm ${item.productName}. Căn cứ: ${item.groundVi}.`;
    const bodyEn = `Decision ${decision.number} of ${decision.signedOn} revokes certificate ${item.certificateNumber} of ${item.productName}.`;
    const recipients = new Map<string, Recipient>();
    for (const r of [
      ...(await listProducerRecipients(db, item.producerId)),
      ...(await listRoleRecipients(db, 'commune_officer', item.communePath, today)),
    ])
      if (r.accountId !== params.actorAccountId) recipients.set(r.accountId, r);
    for (const r of recipients.values()) {
      rows.push({
        accountId: r.accountId,
        kind: 'certificate.revoked',
        titleVi,
        titleEn,
        bodyVi,
        bodyEn,
        entityType: 'revocation_decision',
        entityId: decision.id,
        createdAt: now,
      });
      if (r.email)
        mails.push({
          to: r.email,
          subject: `[OCOP] ${titleVi}`,
          text: `${r.displayName} thân mến,\n\n${bodyVi}\n\n— ${bodyEn}`,
          unitId: item.communeId,
        });
    }
  }
  await insertNotifications(db, rows);
  return mails;
}
