import type { Mailer } from '../../mail/mailer';
import type { PendingMail } from './notify-certificate-holders';

/** Sends the mails of a committed notice (people who turned mail of `kind` off get none); returns how many went out. */
export async function sendPendingMails(params: {
  mailer: Mailer;
  kind: string;
  mails: PendingMail[];
}): Promise<number> {
  let sent = 0;
  for (const mail of params.mails) {
    const { status } = await params.mailer.sendMail({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      unitId: mail.unitId,
      kind: params.kind,
    });
    if (status !== 'opted_out') sent += 1;
  }
  return sent;
}
