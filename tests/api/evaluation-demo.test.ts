import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/server/demo/seed-demo';
import { createTestApp, login, type TestApp } from '../helpers/test-app';
import { DEMO_PASSWORD } from '../../src/server/demo/seed-demo';

/** The demo: certificates with numbers and statuses (one valid, one expired), a round in progress. */
let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
});
afterAll(async () => t.close());

describe('seed-demo evaluation data', () => {
  it('lists certificates with statuses, idempotently, and their pages answer', async () => {
    const first = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    const certs = (
      first.certificates as { number: string; status: string; url: string; origin: string }[]
    ).filter((c) => c.origin === 'issued');
    expect(certs.map((c) => c.status).sort()).toEqual(['expired', 'valid', 'valid']);
    expect(certs.every((c) => c.url === `http://localhost:3000/c/${c.number}`)).toBe(true);
    const again = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    expect(again.certificates).toEqual(first.certificates);
    const expired = certs.find((c) => c.status === 'expired')!;
    const page = await t.app.inject({ method: 'GET', url: `/c/${expired.number}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Hết hiệu lực');
    const valid = await t.app.inject({
      method: 'GET',
      url: `/c/${certs.find((c) => c.status === 'valid')!.number}`,
    });
    expect(valid.body).toContain('Còn hiệu lực');
  });

  it('has a round in progress where tinh.hoidong1 has scored and tinh.hoidong2 has not', async () => {
    const member2 = await login(t.app, 'tinh.hoidong2', DEMO_PASSWORD);
    const rounds = (
      await t.app.inject({ method: 'GET', url: '/api/v1/rounds', headers: member2.headers })
    ).json<{ items: { id: string; status: string }[] }>().items;
    const open = rounds.find((r) => r.status === 'open')!;
    const round = (
      await t.app.inject({ method: 'GET', url: `/api/v1/rounds/${open.id}`, headers: member2.headers })
    ).json<{ products: { mySheetStatus: string | null }[] }>();
    expect(round.products.map((p) => p.mySheetStatus)).toEqual([null]);
    const chair = await login(t.app, 'tinh.chutich', DEMO_PASSWORD);
    const view = (
      await t.app.inject({ method: 'GET', url: `/api/v1/rounds/${open.id}/chair`, headers: chair.headers })
    ).json<{ products: { submittedCount: number }[] }>();
    expect(view.products[0]!.submittedCount).toBe(1);
  });

  it('records the attendance of the adopted rounds, so their results rest on a quorum of the council', async () => {
    const office = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
    const chair = await login(t.app, 'tinh.chutich', DEMO_PASSWORD);
    const rounds = (
      await t.app.inject({ method: 'GET', url: '/api/v1/rounds', headers: office.headers })
    ).json<{ items: { id: string; status: string }[] }>().items;
    const adopted = rounds.filter((r) => r.status === 'adopted');
    expect(adopted).toHaveLength(2);
    for (const round of adopted) {
      const attendance = (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/rounds/${round.id}/attendance`,
          headers: office.headers,
        })
      ).json<{ source: string; chairedBy: string; members: { isPresent: boolean }[] }>();
      expect(attendance).toMatchObject({ source: 'recorded', chairedBy: 'chair' });
      expect(attendance.members.filter((m) => m.isPresent)).toHaveLength(8);
      expect(attendance.members).toHaveLength(9);
      const view = (
        await t.app.inject({ method: 'GET', url: `/api/v1/rounds/${round.id}/chair`, headers: chair.headers })
      ).json<{ products: { quorum: Record<string, unknown> }[] }>();
      // 8 of 9 voting members present with the chair: round(9 × 75 %) = 7 → met.
      for (const product of view.products)
        expect(product.quorum).toMatchObject({
          isMet: true,
          presentCount: 8,
          councilSize: 9,
          requiredCount: 7,
          chairedBy: 'chair',
          attendanceSource: 'recorded',
        });
    }
  });
});
