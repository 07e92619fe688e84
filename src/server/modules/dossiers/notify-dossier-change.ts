import type { Database } from '../../../db/database';
import {
  insertNotifications,
  listProducerRecipients,
  listRoleRecipients,
  type Recipient,
} from '../../../db/repositories/dossiers.repository';
import { pathIds } from '../../../domain/access/unit-path';
import { AUDIENCES_BY_STATUS, noticeFor, type NoticeAudience } from '../../../domain/dossier/dossier-notices';
import type { DossierStatus } from '../../../domain/dossier/dossier.types';
import type { DossierWithNames } from '../../../db/repositories/dossiers.repository';

/** One e-mail to send after the commit (the registry's mailer takes it as is). */
export interface DossierMail {
  to: string;
  subject: string;
  text: string;
  unitId: string;
}

/** Sends one e-mail (normally `mailerOf(deps).sendMail`). */
export type DossierMailSender = (mail: DossierMail) => Promise<unknown>;

async function recipientsOf(
  db: Database,
  audience: NoticeAudience,
  loaded: DossierWithNames,
  today: string,
): Promise<Recipient[]> {
  switch (audience) {
    case 'producer':
      return listProducerRecipients(db, loaded.dossier.producerId);
    case 'commune':
      return listRoleRecipients(db, 'commune_officer', loaded.communePath, today);
    case 'district':
    case 'province':
      // Below the nation only: the central office is not told about every provincial intake.
      return (await listRoleRecipients(db, 'standing_office', loaded.communePath, today)).filter(
        (r) => pathIds(r.grantPath).length >= 2,
      );
  }
}

/**
 * Writes the in-app notifications of a status change (inside the caller's transaction) and
 * returns the e-mails to send once it commits. The actor is not notified of its own action.
 */
export async function notifyDossierChange(params: {
  db: Database;
  loaded: DossierWithNames;
  status: DossierStatus;
  comment: string | null;
  actorAccountId: string;
  now: Date;
}): Promise<DossierMail[]> {
  const { db, loaded, status, now } = params;
  const today = now.toISOString().slice(0, 10);
  const notice = noticeFor({
    status,
    productName: loaded.productName,
    producerName: loaded.producerName,
    comment: params.comment,
  });
  const byAccount = new Map<string, Recipient>();
  for (const audience of AUDIENCES_BY_STATUS[status])
    for (const recipient of await recipientsOf(db, audience, loaded, today))
      if (recipient.accountId !== params.actorAccountId) byAccount.set(recipient.accountId, recipient);
  const recipients = [...byAccount.values()];
  await insertNotifications(
    db,
    recipients.map((r) => ({
      accountId: r.accountId,
      kind: `dossier.${status}`,
      ...notice,
      entityType: 'dossier',
      entityId: loaded.dossier.id,
      createdAt: now,
    })),
  );
  return recipients
    .filter((r): r is Recipient & { email: string } => Boolean(r.email))
    .map((r) => ({
      to: r.email,
      subject: `[OCOP] ${notice.titleVi}`,
      text: `${r.displayName} thân mến,\n\n${notice.bodyVi}\n\n— ${notice.bodyEn}`,
      unitId: loaded.dossier.communeId,
    }));
}
