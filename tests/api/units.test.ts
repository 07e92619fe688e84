import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount } from '../helpers/factories';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';
import { seedUnitHistory } from './units.fixture';

let t: TestApp;
let u: Awaited<ReturnType<typeof seedUnitHistory>>;
let national: Session;
let provinceAdmin: Session;
let communeOfficer: Session;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-01T08:00:00Z') });
  u = await seedUnitHistory(t);
  national = await signInAs(t, 'admin', u.nation);
  provinceAdmin = await signInAs(t, 'admin', u.haNoi);
  communeOfficer = await signInAs(t, 'commune_officer', u.baDinh);
});
afterAll(async () => t.close());

async function get<T = Record<string, unknown>>(
  session: Session | null,
  url: string,
): Promise<{ status: number; body: T }> {
  const response = await t.app.inject({ method: 'GET', url, headers: session?.headers ?? {} });
  return { status: response.statusCode, body: response.json<T>() };
}

interface Item {
  id: string;
  code: string;
  name: string;
  fullName: string;
  level: string;
  validTo: string | null;
  parentName?: string | null;
}
const codes = (items: Item[]): string[] => items.map((item) => item.code).sort();

describe('searchUnits', () => {
  it('ignores case, diacritics and tone-mark placement', async () => {
    for (const q of ['Yên Hòa', 'yên hoà', 'YEN HOA', 'yen  hoa']) {
      const { status, body } = await get<{ items: Item[] }>(
        national,
        `/api/v1/units/search?q=${encodeURIComponent(q)}`,
      );
      expect(status).toBe(200);
      expect(codes(body.items)).toContain('02300');
    }
    const { body } = await get<{ items: Item[] }>(
      national,
      `/api/v1/units/search?q=${encodeURIComponent('đà nẵng')}&level=province`,
    );
    expect(body.items.map((i) => i.fullName)).toEqual(['Thành phố Đà Nẵng']);
    expect(
      (await get<{ items: Item[] }>(national, '/api/v1/units/search?q=Da%20Nang')).body.items[0]?.code,
    ).toBe('48');
  });

  it('searches units in force on a date: history by asOf', async () => {
    const today = await get<{ items: Item[] }>(national, '/api/v1/units/search?q=truc%20bach');
    expect(today.body.items).toEqual([]);
    const before = await get<{ items: Item[] }>(
      national,
      '/api/v1/units/search?q=truc%20bach&asOf=2025-06-30',
    );
    expect(before.body.items).toEqual([
      expect.objectContaining({
        code: '00004',
        fullName: 'Phường Trúc Bạch',
        parentName: 'Quận Ba Đình',
        validTo: '2025-06-30',
      }),
    ]);
  });

  it('never returns units outside the caller’s jurisdiction', async () => {
    const { body } = await get<{ items: Item[] }>(communeOfficer, '/api/v1/units/search?q=phuong&limit=100');
    expect(codes(body.items)).toEqual(['00004']);
    expect(
      (await get<{ items: Item[] }>(provinceAdmin, '/api/v1/units/search?q=yen%20hoa')).body.items.map(
        (i) => i.code,
      ),
    ).toEqual(['00175']);
  });

  it('refuses an empty query and a bad date with 400', async () => {
    expect((await get(national, '/api/v1/units/search?q=')).status).toBe(400);
    expect((await get(national, '/api/v1/units/search?q=a&asOf=2025-02-30')).status).toBe(400);
    expect((await get(national, '/api/v1/units/search?q=a&limit=1000')).status).toBe(400);
  });
});

describe('getUnit and listUnitChildren', () => {
  it('returns a unit with its breadcrumbs', async () => {
    const { status, body } = await get<Item & { ancestors: Item[] }>(
      national,
      `/api/v1/units/${u.baDinh.id}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: '00004', level: 'commune', validFrom: '2025-07-01', validTo: null });
    expect(body.ancestors.map((a) => a.code)).toEqual(['VN', '01']);
  });

  it('answers 404 for an unknown unit', async () => {
    const { status, body } = await get(national, '/api/v1/units/00000000-0000-4000-8000-000000000000');
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the children in force on a date, paginated', async () => {
    const now = await get<{ items: Item[]; total: number }>(national, `/api/v1/units/${u.haNoi.id}/children`);
    expect(codes(now.body.items)).toEqual(['00004', '00070', '00097', '00175', '00577']);
    const page = await get<{ items: Item[]; total: number }>(
      national,
      `/api/v1/units/${u.haNoi.id}/children?limit=2&offset=2`,
    );
    expect(page.body.total).toBe(5);
    expect(page.body.items).toHaveLength(2);
    const old = await get<{ items: Item[] }>(
      national,
      `/api/v1/units/${u.oldHaNoi.id}/children?asOf=2025-06-30`,
    );
    expect(codes(old.body.items)).toEqual(['001', '002']);
  });

  it('shows a commune officer only its own commune among the province’s children', async () => {
    const { body } = await get<{ items: Item[] }>(communeOfficer, `/api/v1/units/${u.haNoi.id}/children`);
    expect(codes(body.items)).toEqual(['00004']);
  });
});

describe('listUnits — units as of a date', () => {
  it('counts provinces before and after the reform', async () => {
    const before = await get<{ total: number }>(
      national,
      '/api/v1/units?level=province&asOf=2025-06-30&limit=1',
    );
    const after = await get<{ total: number }>(
      national,
      '/api/v1/units?level=province&asOf=2025-07-01&limit=1',
    );
    expect([before.body.total, after.body.total]).toEqual([3, 34]);
  });

  it('filters by parent', async () => {
    const { body } = await get<{ items: Item[] }>(national, `/api/v1/units?parentId=${u.tuyenQuang.id}`);
    expect(codes(body.items)).toEqual(['02216', '02300', '02400']);
  });
});

describe('successions', () => {
  it('resolves an old unit to its current successors, transitively', async () => {
    const { body } = await get<{ isInForce: boolean; successors: Item[] }>(
      national,
      `/api/v1/units/${u.oldPhucTan.id}/successors`,
    );
    expect(body.isInForce).toBe(false);
    expect(codes(body.successors)).toEqual(['00070', '00097']);
    const province = await get<{ successors: Item[] }>(
      national,
      `/api/v1/units/${u.oldHaGiang.id}/successors`,
    );
    expect(province.body.successors.map((s) => s.fullName)).toEqual(['Tỉnh Tuyên Quang']);
  });

  it('answers a unit in force with itself', async () => {
    const { body } = await get<{ isInForce: boolean; successors: Item[] }>(
      national,
      `/api/v1/units/${u.baDinh.id}/successors`,
    );
    expect(body.isInForce).toBe(true);
    expect(body.successors.map((s) => s.id)).toEqual([u.baDinh.id]);
  });

  it('gives the history of a unit: what went into it and what it went into', async () => {
    const current = await get<{ predecessors: { unit: Item; effectiveDate: string }[] }>(
      national,
      `/api/v1/units/${u.baDinh.id}/history`,
    );
    expect(current.body.predecessors.map((p) => [p.unit.fullName, p.effectiveDate])).toEqual([
      ['Phường Trúc Bạch', '2025-07-01'],
    ]);
    const old = await get<{ successors: { unit: Item }[] }>(
      national,
      `/api/v1/units/${u.oldTrucBach.id}/history`,
    );
    expect(old.body.successors.map((s) => s.unit.fullName)).toEqual(['Phường Ba Đình']);
  });

  it('lets a commune see the old communes that went into it, not others', async () => {
    expect((await get(communeOfficer, `/api/v1/units/${u.oldTrucBach.id}`)).status).toBe(200);
    expect((await get(communeOfficer, `/api/v1/units/${u.oldPhucTan.id}`)).status).toBe(403);
    expect((await get(provinceAdmin, `/api/v1/units/${u.oldPhucTan.id}`)).status).toBe(200);
    expect((await get(provinceAdmin, `/api/v1/units/${u.oldHaNoi.id}`)).status).toBe(200);
    expect((await get(provinceAdmin, `/api/v1/units/${u.oldHaGiang.id}`)).status).toBe(403);
  });
});

describe('searchPublicUnits', () => {
  it('answers anyone with current units only and a few fields', async () => {
    const { status, body } = await get<{ items: Record<string, unknown>[] }>(
      null,
      '/api/v1/public/units?q=ba%20dinh',
    );
    expect(status).toBe(200);
    expect(body.items).toEqual([
      {
        id: u.baDinh.id,
        code: '00004',
        name: 'Ba Đình',
        fullName: 'Phường Ba Đình',
        level: 'commune',
        parentName: 'Thành phố Hà Nội',
      },
    ]);
    expect((await get<{ items: unknown[] }>(null, '/api/v1/public/units?q=truc%20bach')).body.items).toEqual(
      [],
    );
    expect(
      (await get<{ items: Item[] }>(null, '/api/v1/public/units?q=ha&level=province')).body.items.every(
        (i) => i.level === 'province',
      ),
    ).toBe(true);
    expect((await get(null, '/api/v1/public/units?q=ha&level=district')).status).toBe(400);
  });
});

describe('an account without grants', () => {
  it('is refused with 403 problem+json', async () => {
    const account = await buildAccount(t.db, { unit: u.haNoi });
    const session = await login(t.app, account.username);
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/units/search?q=ha',
      headers: session.headers,
    });
    expect(response.statusCode).toBe(403);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
