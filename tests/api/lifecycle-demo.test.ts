import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed-demo';
import { createTestApp, login, type TestApp } from '../helpers/test-app';

/** The lifecycle demo: certificates near and past their end, and one of a former district. */
let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');

interface Listed {
  id: string;
  number: string;
  status: string;
  demoKey: string | null;
  origin: string;
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
});
afterAll(async () => t.close());

describe('seed-demo lifecycle data', () => {
  it('lists certificates with id, number and status, idempotently', async () => {
    const first = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    const certs = first.certificates as Listed[];
    const byKey = new Map(certs.map((c) => [c.demoKey, c]));
    expect(certs.every((c) => /^[0-9a-f-]{36}$/.test(c.id) && c.number.length > 0)).toBe(true);
    expect(byKey.get('expiring')).toMatchObject({ status: 'valid', origin: 'imported' });
    expect(byKey.get('expired')).toMatchObject({ status: 'expired' });
    expect(byKey.get('former-district-2021')).toMatchObject({ status: 'expired', number: 'GL-GCN-2021-015' });
    const again = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    expect(again.certificates).toEqual(first.certificates);
  });

  it('the certificate expiring in 20 days and the 2021 one of the former Gia Lâm district read as issued', async () => {
    const certs = (await seedDemo({ db: t.db, now: NOW })).certificates as Listed[];
    const { headers } = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
    const get = async (id: string) =>
      (await t.app.inject({ url: `/api/v1/certificates/${id}`, headers })).json<Record<string, unknown>>();
    const expiring = await get(certs.find((c) => c.demoKey === 'expiring')!.id);
    expect(expiring.validUntil).toBe('2026-05-24');
    const former = await get(certs.find((c) => c.demoKey === 'former-district-2021')!.id);
    expect(former).toMatchObject({
      issuerName: 'Ủy ban nhân dân Huyện Gia Lâm',
      issuedOn: '2021-04-20',
      legalBasis: { procedureId: '1048' },
    });
    const soon = await t.app.inject({ url: '/api/v1/certificates?expiringWithinDays=30', headers });
    expect(soon.json<{ items: { number: string }[] }>().items.map((i) => i.number)).toEqual(['HN-GCN-0101']);
  });
});
