import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { DatabaseHandle } from '../../src/db/database';
import { mailOutbox } from '../../src/db/schema';
import { createMailer, type MailTransport } from '../../src/server/mail/mailer';
import { createTestDatabase } from '../helpers/test-database';

let handle: DatabaseHandle;
const now = () => new Date('2026-03-01T08:00:00Z');
const smtp = {
  host: 'smtp.example.vn',
  port: 587,
  user: undefined,
  password: undefined,
  from: 'OCOP <no-reply@ocop.example.vn>',
};

beforeAll(async () => {
  handle = await createTestDatabase();
});
afterAll(async () => handle.close());

async function outboxRow(id: string) {
  const [row] = await handle.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}

describe('mailer', () => {
  it('keeps mail in the outbox as not sent when no SMTP server is configured', async () => {
    const mailer = createMailer({ db: handle.db, smtp: undefined, clock: now });
    const result = await mailer.sendMail({ to: 'a@example.vn', subject: 'Chào', text: 'Nội dung' });
    expect(result.status).toBe('not_sent');
    expect(await outboxRow(result.outboxId)).toMatchObject({
      recipient: 'a@example.vn',
      status: 'not_sent',
      textBody: 'Nội dung',
    });
  });

  it('sends through SMTP when configured and records it as sent', async () => {
    const sent: unknown[] = [];
    const transport: MailTransport = { sendMail: async (message) => sent.push(message) };
    const result = await createMailer({ db: handle.db, smtp, clock: now, transport }).sendMail({
      to: 'b@example.vn',
      subject: 'S',
      text: 'T',
      html: '<p>T</p>',
    });
    expect(result.status).toBe('sent');
    expect(sent).toEqual([
      { from: smtp.from, to: 'b@example.vn', subject: 'S', text: 'T', html: '<p>T</p>' },
    ]);
    expect(await outboxRow(result.outboxId)).toMatchObject({ status: 'sent', sentAt: now() });
  });

  it('records a delivery failure instead of throwing', async () => {
    const transport: MailTransport = {
      sendMail: async () => Promise.reject(new Error('connection refused')),
    };
    const result = await createMailer({ db: handle.db, smtp, clock: now, transport }).sendMail({
      to: 'c@example.vn',
      subject: 'S',
      text: 'T',
    });
    expect(result.status).toBe('failed');
    expect(await outboxRow(result.outboxId)).toMatchObject({ status: 'failed', error: 'connection refused' });
  });
});
