/**
 * Certificate expiry as the daily jobs run it: the notice N days before the end date reaches the
 * producer, its commune and the issuing office once (a second run as of the same day sends
 * nothing), and after the end date the certificate and the product become expired (audited) and the
 * public certificate page says so.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accounts, auditLog, mailOutbox, notifications, products } from '../../src/db/schema';
import { certificateExpiryJob } from '../../src/server/modules/certificate-expiry/certificate-expiry.job';
import { expiryNoticesJob } from '../../src/server/modules/certificate-expiry/expiry-notices.job';
import type { ScheduledJobDefinition } from '../../src/server/jobs/job-definition';
import { runScheduledJob } from '../../src/server/jobs/run-scheduled-job';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let producer: Session;
let people: Record<'producer' | 'commune' | 'office' | 'otherOffice', string>;
let due: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let later: Awaited<ReturnType<typeof buildCertifiedProduct>>;

const run = (job: ScheduledJobDefinition, asOf: string) =>
  runScheduledJob({
    job,
    asOf,
    trigger: 'command',
    deps: t.app.deps,
    log: { info: () => undefined, error: () => undefined },
  });

const noticesOf = async (accountId: string, kind: string) =>
  t.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.accountId, accountId), eq(notifications.kind, kind)));

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2027-01-29T02:00:00Z') });
  const units = await buildJurisdictions(t.db);
  const withMail = async (
    role: 'producer' | 'commune_officer' | 'standing_office',
    unit: typeof units.communeX,
  ) => {
    const account = await buildAccount(t.db, { unit, grants: [{ role, unit }] });
    await t.db
      .update(accounts)
      .set({ email: `${account.username}@example.vn` })
      .where(eq(accounts.id, account.id));
    return account;
  };
  const producerAccount = await withMail('producer', units.communeX);
  people = {
    producer: producerAccount.id,
    commune: (await withMail('commune_officer', units.communeX)).id,
    office: (await withMail('standing_office', units.provinceA)).id,
    otherOffice: (await withMail('standing_office', units.provinceB)).id,
  };
  producer = await login(t.app, producerAccount.username);
  const scope = { province: units.provinceA, commune: units.communeX };
  // Issued 01/03/2024 for 36 months: valid through 28/02/2027, notice from 29/01/2027.
  due = await buildCertifiedProduct(t.db, scope, {
    producerAccountId: producerAccount.id,
    name: 'Chè Shan tuyết hết hạn',
    signedOn: '2024-03-01',
  });
  later = await buildCertifiedProduct(t.db, scope, { name: 'Miến dong còn hạn', signedOn: '2024-06-10' });
}, 120_000);
afterAll(async () => t.close());

describe('expiry-notices', () => {
  it('sends nothing the day before the notice day', async () => {
    expect(due.certificate.validUntil).toBe('2027-02-28');
    expect((await run(expiryNoticesJob, '2027-01-28')).summary).toEqual({ notices: 0, mails: 0 });
  });

  it('on the notice day tells the producer, its commune and the issuing office once, in the app and by mail', async () => {
    expect((await run(expiryNoticesJob, '2027-01-29')).summary).toEqual({ notices: 1, mails: 3 });
    for (const who of ['producer', 'commune', 'office'] as const) {
      const rows = await noticesOf(people[who], 'certificate.expiry-notice');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ entityType: 'certificate', entityId: due.certificate.id });
    }
    expect(await noticesOf(people.otherOffice, 'certificate.expiry-notice')).toHaveLength(0);

    // Run again as of the same day, and the day after: nothing more.
    expect((await run(expiryNoticesJob, '2027-01-29')).summary).toEqual({ notices: 0, mails: 0 });
    expect((await run(expiryNoticesJob, '2027-01-30')).summary).toEqual({ notices: 0, mails: 0 });
    expect(await noticesOf(people.producer, 'certificate.expiry-notice')).toHaveLength(1);
    const mails = await t.db
      .select()
      .from(mailOutbox)
      .where(
        eq(mailOutbox.subject, '[OCOP] Giấy chứng nhận OCOP sắp hết hạn / OCOP certificate about to expire'),
      );
    expect(mails.map((m) => m.recipient).sort()).toHaveLength(3);
    expect(mails.find((m) => m.recipient.startsWith('user'))?.textBody).toContain('28/02/2027');

    const inbox = await t.app.inject({
      method: 'GET',
      url: '/api/v1/notifications',
      headers: producer.headers,
    });
    expect(inbox.json<{ items: { titleVi: string }[]; unreadCount: number }>()).toMatchObject({
      unreadCount: 1,
      items: [{ titleVi: 'Giấy chứng nhận OCOP sắp hết hạn' }],
    });
  });
});

describe('certificate-expiry', () => {
  it('on the end date nothing expires; the day after, the certificate and the product expire once, audited', async () => {
    expect((await run(certificateExpiryJob, '2027-02-28')).summary).toEqual({
      certificates: 0,
      products: 0,
      mails: 0,
    });
    // The producer turns off e-mail for expired certificates: it keeps the in-app notice only.
    const off = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/notification-preferences',
      headers: producer.headers,
      payload: { kind: 'certificate.expired', isMailEnabled: false },
    });
    expect(off.statusCode).toBe(200);
    expect(off.json<{ items: { kind: string; isMailEnabled: boolean }[] }>().items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'certificate.expired', isMailEnabled: false }),
        expect.objectContaining({ kind: 'certificate.expiry-notice', isMailEnabled: true }),
      ]),
    );
    expect((await run(certificateExpiryJob, '2027-03-01')).summary).toEqual({
      certificates: 1,
      products: 1,
      mails: 2,
    });
    expect((await run(certificateExpiryJob, '2027-03-01')).summary).toEqual({
      certificates: 0,
      products: 0,
      mails: 0,
    });
    const [product] = await t.db.select().from(products).where(eq(products.id, due.product.id));
    expect(product!.status).toBe('expired');
    const [other] = await t.db.select().from(products).where(eq(products.id, later.product.id));
    expect(other!.status).toBe('certified');
    const audits = await t.db
      .select()
      .from(auditLog)
      .where(inArray(auditLog.entityId, [due.certificate.id, due.product.id]));
    expect(audits.map((a) => a.action)).toEqual(
      expect.arrayContaining(['certificate.expired', 'product.expired']),
    );
    expect(await noticesOf(people.producer, 'certificate.expired')).toHaveLength(1);

    t.setNow(new Date('2027-03-01T02:00:00Z'));
    const page = await t.app.inject({
      method: 'GET',
      url: `/c/${encodeURIComponent(due.certificate.number)}`,
    });
    expect(page.body).toContain('Hết hiệu lực');
    expect(page.body).toContain('28/02/2027');
  });
});
