import type { Database } from '../../../db/database';
import { accountsWithMailOff } from '../../../db/repositories/certificate-expiry.repository';
import type { Mailer } from '../../mail/mailer';
import type { PendingMail } from './notify-certificate-holders';

/** Sends the mails of a committed notice, skipping people who turned mail off for `kind`. */
export async function sendPendingMails(params: {
  db: Database;
  mailer: Mailer;
  kind: string;
  mails: PendingMail[];
}): Promise<number> {
  const off = await accountsWithMailOff(
    params.db,
    params.mails.map((m) => m.accountId),
    params.kind,
  );
  let sent = 0;
  for (const mail of params.mails) {
    if (off.has(mail.accountId)) continue;
    await params.mailer.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      unitId: mail.unitId,
    });
    sent += 1;
  }
  return sent;
}
