import { defineTask } from '../jobs/job-definition';
import { deliverOutboxMail, MAIL_DELIVERY_TASK, smtpTransportOf, type MailTransport } from './mailer';

const transports = new WeakMap<object, MailTransport | undefined>();

/**
 * Delivers one outbox message through the configured SMTP server. A failure keeps the reason on
 * the outbox row and is retried with exponential back-off (30 s, 1 min, 2 min … up to 1 h); after
 * the last attempt the row says `failed` and the job is in the dead-letter list.
 */
export const mailDeliveryTask = defineTask<{ outboxId: string }>({
  name: MAIL_DELIVERY_TASK,
  descriptionVi: 'Gửi thư điện tử trong hộp thư đi',
  descriptionEn: 'Deliver an e-mail from the outbox',
  retryLimit: 6,
  retryDelaySeconds: 30,
  retryDelayMaxSeconds: 3600,
  expireInSeconds: 300,
  async run({ data, db, deps, isLastAttempt }) {
    if (!transports.has(deps.config)) transports.set(deps.config, smtpTransportOf(deps.config.smtp));
    const transport = transports.get(deps.config);
    if (!transport) return; // SMTP was switched off since: the row stays for the administrator.
    await deliverOutboxMail({
      db,
      transport,
      from: deps.config.smtp?.from ?? 'OCOP <no-reply@localhost>',
      outboxId: data.outboxId,
      clock: deps.clock,
      isLastAttempt,
    });
  },
});
