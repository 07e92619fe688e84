/**
 * The demo's trade promotion: `seed-demo` lists a past fair and an upcoming OCOP week
 * idempotently; the province's standing office finds the courses, the consultant's contract and
 * three points of sale; the public calendar and the province's points-of-sale page show them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { adminUnits } from '../../src/db/schema';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed-demo';
import { createTestApp, login, type TestApp } from '../helpers/test-app';

let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
}, 120_000);
afterAll(async () => t.close());

describe('seed-demo trade promotion', () => {
  it('lists two events (one past with results, one upcoming), idempotently, and the office sees courses, a 5★ contract and three points of sale', async () => {
    const first = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    const again = await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
    expect(again.events).toEqual(first.events);
    expect(first.events).toHaveLength(2);
    expect(first.events.map((e) => Object.keys(e).sort())).toEqual([
      ['date', 'id', 'name'],
      ['date', 'id', 'name'],
    ]);
    const [past, upcoming] = first.events;
    expect(past!.date < '2026-05-04' && upcoming!.date > '2026-05-04').toBe(true);

    const office = await login(t.app, 'tinh.vpdp', DEMO_PASSWORD);
    const get = async <T>(url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: office.headers })).json<T>();
    const pastEvent = await get<{ phase: string; salesVnd: number | null; participants: unknown[] }>(
      `/api/v1/trade-events/${past!.id}`,
    );
    expect(pastEvent).toMatchObject({ phase: 'past' });
    expect(pastEvent.salesVnd).toBeGreaterThan(0);
    expect(pastEvent.participants.length).toBeGreaterThan(0);
    expect(
      await get<{ phase: string; salesVnd: number | null }>(`/api/v1/trade-events/${upcoming!.id}`),
    ).toMatchObject({ phase: 'upcoming', salesVnd: null });

    const courses = await get<{ items: { participantCount: number }[]; total: number }>(
      '/api/v1/training-courses',
    );
    expect(courses.total).toBe(2);
    expect(courses.items.every((c) => c.participantCount > 0)).toBe(true);
    const consultants = await get<{
      items: { contracts: { scope: string; productName: string | null }[] }[];
    }>('/api/v1/consultants');
    expect(consultants.items[0]?.contracts[0]?.scope).toContain('5 sao');
    expect(consultants.items[0]?.contracts[0]?.productName).not.toBeNull();
    const points = await get<{ total: number; items: { province: { name: string } }[] }>(
      '/api/v1/points-of-sale',
    );
    expect(points.total).toBe(3);
    expect(points.items.every((p) => p.province.name.includes('Hà Nội'))).toBe(true);

    const calendar = await t.app.inject({ method: 'GET', url: '/su-kien' });
    expect(calendar.body).toContain(upcoming!.name);
    expect(calendar.body).not.toContain(past!.name);
    const [hanoi] = await t.db.select().from(adminUnits).where(eq(adminUnits.fullName, 'Thành phố Hà Nội'));
    const page = await t.app.inject({ method: 'GET', url: `/diem-ban/${hanoi!.code}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Trung tâm giới thiệu sản phẩm OCOP Bát Tràng');
  });
});
