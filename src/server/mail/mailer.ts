import nodemailer from 'nodemailer';
import type { Database } from '../../db/database';
import {
  findOutboxMail,
  insertOutboxMail,
  markOutboxMailSent,
  markOutboxMailUndelivered,
} from '../../db/repositories/mail-outbox.repository';
import type { SmtpConfig } from '../config';
import { findJobQueue } from '../jobs/queue-of-app';
import { hasTurnedMailOff } from '../../db/repositories/notification-preferences.repository';
import { mailKindOf } from '../../domain/notifications/notification-kinds';

/** One e-mail. `unitId` is the unit it concerns: admins of that unit can read it in the outbox. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string | undefined;
  unitId?: string | null | undefined;
  /**
   * The notification kind the mail tells of (`dossier.returned`, `certificate.expired`…): a
   * recipient who turned mail of that kind off gets none (the in-app notification stays).
   */
  kind?: string | undefined;
}

export interface MailResult {
  outboxId: string;
  /** `queued`: the background queue delivers it, retrying with back-off (see mail-delivery.task.ts). */
  status: 'sent' | 'failed' | 'not_sent' | 'queued' | 'opted_out';
}

/** Where delivery jobs are queued (the app's job queue). */
export interface MailQueue {
  enqueue(name: string, data: object, options?: { id?: string }): Promise<void>;
}

export const MAIL_DELIVERY_TASK = 'mail-delivery';

const OPTED_OUT = 'Người nhận đã tắt thư điện tử loại này / the recipient turned this kind of mail off';

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

/** Nodemailer's SMTP transport for the configured server, or none. */
export function smtpTransportOf(smtp: SmtpConfig | undefined): MailTransport | undefined {
  if (!smtp) return undefined;
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.port === 465,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined,
  });
}

/**
 * Delivers one pending outbox message. On success the row says `sent`; on failure it keeps the
 * reason and stays `pending` for the next attempt, or says `failed` on the last one, and the
 * error is thrown (the queue retries). A message no longer pending is left alone.
 */
export async function deliverOutboxMail(params: {
  db: Database;
  transport: MailTransport;
  from: string;
  outboxId: string;
  clock: () => Date;
  isLastAttempt: boolean;
}): Promise<'sent' | 'skipped'> {
  const { db } = params;
  const row = await findOutboxMail(db, params.outboxId);
  if (!row || row.status !== 'pending') return 'skipped';
  try {
    await params.transport.sendMail({
      from: params.from,
      to: row.recipient,
      subject: row.subject,
      text: row.textBody,
      html: row.htmlBody ?? undefined,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await markOutboxMailUndelivered(
      db,
      row.id,
      params.isLastAttempt ? 'failed' : 'pending',
      reason.slice(0, 1000),
    );
    throw error;
  }
  await markOutboxMailSent(db, row.id, params.clock());
  return 'sent';
}

/**
 * The mailer: the outbox always; with SMTP (or an injected transport) the message is delivered by
 * the job queue when there is one (retried with back-off), else at once, in one attempt.
 */
export function createMailer(deps: {
  db: Database;
  smtp: SmtpConfig | undefined;
  clock: () => Date;
  transport?: MailTransport;
  queue?: MailQueue | undefined;
}): Mailer {
  const from = deps.smtp?.from ?? 'OCOP <no-reply@localhost>';
  const transport = deps.transport ?? smtpTransportOf(deps.smtp);

  return {
    async sendMail(message) {
      const mailKind = message.kind ? mailKindOf(message.kind) : undefined;
      const isOptedOut = mailKind !== undefined && (await hasTurnedMailOff(deps.db, message.to, mailKind));
      const outboxId = await insertOutboxMail(deps.db, {
        recipient: message.to,
        subject: message.subject,
        textBody: message.text,
        htmlBody: message.html ?? null,
        unitId: message.unitId ?? null,
        status: transport && !isOptedOut ? 'pending' : 'not_sent',
        error: isOptedOut ? OPTED_OUT : null,
        createdAt: deps.clock(),
      });
      if (isOptedOut) return { outboxId, status: 'opted_out' };
      if (!transport) return { outboxId, status: 'not_sent' };
      if (deps.queue) {
        const queued = await deps.queue
          .enqueue(MAIL_DELIVERY_TASK, { outboxId }, { id: outboxId })
          .then(() => true)
          .catch(() => false);
        if (queued) return { outboxId, status: 'queued' };
      }
      try {
        await deliverOutboxMail({
          db: deps.db,
          transport,
          from,
          outboxId,
          clock: deps.clock,
          isLastAttempt: true,
        });
        return { outboxId, status: 'sent' };
      } catch {
        return { outboxId, status: 'failed' };
      }
    },
  };
}

const mailers = new WeakMap<object, Mailer>();

/**
 * The mailer of an app (one per app, built from its dependencies on first use; it delivers through
 * the app's job queue). Routes call `mailerOf(request.server.deps)`.
 */
export function mailerOf(deps: {
  database: { db: Database };
  config: { smtp: SmtpConfig | undefined };
  clock: () => Date;
}): Mailer {
  let mailer = mailers.get(deps);
  if (!mailer) {
    mailer = createMailer({
      db: deps.database.db,
      smtp: deps.config.smtp,
      clock: deps.clock,
      queue: findJobQueue(deps),
    });
    mailers.set(deps, mailer);
  }
  return mailer;
}
