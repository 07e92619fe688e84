import { eq } from 'drizzle-orm';
import nodemailer from 'nodemailer';
import type { Database } from '../../db/database';
import { mailOutbox } from '../../db/schema';
import type { SmtpConfig } from '../config';

/** One e-mail. `unitId` is the unit it concerns: admins of that unit can read it in the outbox. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  unitId?: string | null | undefined;
}

export interface MailResult {
  outboxId: string;
  status: 'sent' | 'failed' | 'not_sent';
}

/** Something that delivers a message (nodemailer's transporter, or a fake in tests). */
export interface MailTransport {
  sendMail(message: {
    from: string;
    to: string;
    subject: string;
    text: string;
    html?: string | undefined;
  }): Promise<unknown>;
}

export interface Mailer {
  /**
   * Records the message in the outbox, then delivers it through SMTP when a server is configured.
   * Never throws for a delivery failure: the outbox row says `failed` with the reason. Call it
   * after the transaction that caused the mail has committed.
   */
  sendMail(message: MailMessage): Promise<MailResult>;
}

/** The mailer: the outbox always, SMTP when `smtp` is set (or an injected transport). */
export function createMailer(deps: {
  db: Database;
  smtp: SmtpConfig | undefined;
  clock: () => Date;
  transport?: MailTransport;
}): Mailer {
  const from = deps.smtp?.from ?? 'OCOP <no-reply@localhost>';
  const transport: MailTransport | undefined =
    deps.transport ??
    (deps.smtp
      ? nodemailer.createTransport({
          host: deps.smtp.host,
          port: deps.smtp.port,
          secure: deps.smtp.port === 465,
          auth: deps.smtp.user ? { user: deps.smtp.user, pass: deps.smtp.password ?? '' } : undefined,
        })
      : undefined);

  return {
    async sendMail(message) {
      const [row] = await deps.db
        .insert(mailOutbox)
        .values({
          recipient: message.to,
          subject: message.subject,
          textBody: message.text,
          htmlBody: message.html ?? null,
          unitId: message.unitId ?? null,
          status: transport ? 'pending' : 'not_sent',
          createdAt: deps.clock(),
        })
        .returning({ id: mailOutbox.id });
      if (!row) throw new Error('insert returned nothing');
      if (!transport) return { outboxId: row.id, status: 'not_sent' };
      try {
        await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          html: message.html,
        });
        await deps.db
          .update(mailOutbox)
          .set({ status: 'sent', sentAt: deps.clock() })
          .where(eq(mailOutbox.id, row.id));
        return { outboxId: row.id, status: 'sent' };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        await deps.db
          .update(mailOutbox)
          .set({ status: 'failed', error: reason.slice(0, 1000) })
          .where(eq(mailOutbox.id, row.id));
        return { outboxId: row.id, status: 'failed' };
      }
    },
  };
}

const mailers = new WeakMap<object, Mailer>();

/**
 * The mailer of an app (one per app, built from its dependencies on first use). Routes call
 * `mailerOf(request.server.deps)`.
 */
export function mailerOf(deps: {
  database: { db: Database };
  config: { smtp: SmtpConfig | undefined };
  clock: () => Date;
}): Mailer {
  let mailer = mailers.get(deps);
  if (!mailer) {
    mailer = createMailer({ db: deps.database.db, smtp: deps.config.smtp, clock: deps.clock });
    mailers.set(deps, mailer);
  }
  return mailer;
}
