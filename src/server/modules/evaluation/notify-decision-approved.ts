/**
 * "Results are notified to producers and communes" (OCOP.md §7 step 5): when a decision is
 * approved, each product's producer members and the officers of the producer's commune get an
 * in-app notification (written in the approval's transaction, through the dossier module's
 * notifications table) and, after the commit, an e-mail through the registry's mailer.
 */
import type { Database } from '../../../db/database';
import {
  listCertificatesOfDecision,
  listProducerCommunes,
} from '../../../db/repositories/certificates.repository';
import {
  insertNotifications,
  listProducerRecipients,
  listRoleRecipients,
  type Recipient,
} from '../../../db/repositories/dossiers.repository';

export interface DecisionMail {
  to: string;
  subject: string;
  text: string;
  unitId: string;
}

/** Writes the notifications of an approved decision; returns the e-mails to send after commit. */
export async function notifyDecisionApproved(params: {
  db: Database;
  decision: { id: string; number: string; issuerName: string };
  actorAccountId: string;
  now: Date;
}): Promise<DecisionMail[]> {
  const { db, decision, now } = params;
  const today = now.toISOString().slice(0, 10);
  const issued = await listCertificatesOfDecision(db, decision.id);
  const places = await listProducerCommunes(db, [...new Set(issued.map((c) => c.producerId))]);
  const rows: Parameters<typeof insertNotifications>[1] = [];
  const mails: DecisionMail[] = [];
  for (const cert of issued) {
    const place = places.find((p) => p.id === cert.producerId)!;
    const titleVi = `${cert.productName} được công nhận OCOP ${cert.stars} sao`;
    const titleEn = `${cert.productName} certified OCOP ${cert.stars}★`;
    const bodyVi = `Quyết định ${decision.number} của ${decision.issuerName} công nhận sản phẩm ${cert.productName} (${cert.producerName}) đạt ${cert.stars} sao; giấy chứng nhận số ${cert.number}, hiệu lực đến ${cert.validUntil}.`;
    const bodyEn = `Decision ${decision.number} of ${decision.issuerName} certifies ${cert.productName} (${cert.producerName}) at ${cert.stars}★; certificate ${cert.number}, valid until ${cert.validUntil}.`;
    const recipients = new Map<string, Recipient>();
    for (const r of [
      ...(await listProducerRecipients(db, cert.producerId)),
      ...(await listRoleRecipients(db, 'commune_officer', place.communePath, today)),
    ])
      if (r.accountId !== params.actorAccountId) recipients.set(r.accountId, r);
    for (const r of recipients.values()) {
      rows.push({
        accountId: r.accountId,
        kind: 'decision.approved',
        titleVi,
        titleEn,
        bodyVi,
        bodyEn,
        entityType: 'decision',
        entityId: decision.id,
        createdAt: now,
      });
      if (r.email)
        mails.push({
          to: r.email,
          subject: `[OCOP] ${titleVi}`,
          text: `${r.displayName} thân mến,\n\n${bodyVi}\n\n— ${bodyEn}`,
          unitId: place.communeId,
        });
    }
  }
  await insertNotifications(db, rows);
  return mails;
}
