/**
 * Market-surveillance cases (vụ việc giám sát thị trường): an inspector of province A opens a case
 * of a product sold as OCOP that is not, from shoppers' reports of suspected fake stamps, adds a
 * photo, records the verification and closes it with a conclusion — each step audited. The
 * authorization matrix: the inspector and the standing office of A act; those of province B do not
 * see the case (404); a leader reads but does not act (403); roles without the permission get 403.
 * Every refusal leaves the case as it was.
 */
import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, marketCases, stampReports } from '../../src/db/schema';
import { buildAccount, buildJurisdictions, type UnitRow } from '../helpers/factories';
import { multipartFile } from '../helpers/multipart';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

const ACTORS = [
  'inspectorA',
  'officeA',
  'leaderA',
  'communeX',
  'producer',
  'admin',
  'inspectorB',
  'officeB',
] as const;
type ActorKey = (typeof ACTORS)[number];

const JPEG = readFileSync(new URL('../fixtures/shelf-photo.jpg', import.meta.url));

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let certified: Awaited<ReturnType<typeof buildCertifiedProduct>>;
const actors = new Map<ActorKey, Session>();

async function buildReport(province: UnitRow, message: string): Promise<string> {
  const [row] = await t.db
    .insert(stampReports)
    .values({
      stampPath: `/01/08930000000017/10/L1/21/S${message.length}`,
      serial: `S${message.length}`,
      productId: certified.product.id,
      provinceUnitId: province.id,
      message,
      placeOfPurchase: 'Chợ Phương Lâm',
      networkHash: 'test-network',
      createdAt: new Date('2026-06-01T02:00:00Z'),
    })
    .returning();
  return row!.id;
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-10T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  const owner = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  certified = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { producerAccountId: owner.id },
  );
  actors.set('producer', await login(t.app, owner.username));
  actors.set('inspectorA', await signInAs(t, 'inspector', units.provinceA));
  actors.set('officeA', await signInAs(t, 'standing_office', units.provinceA));
  actors.set('leaderA', await signInAs(t, 'leader', units.provinceA));
  actors.set('communeX', await signInAs(t, 'commune_officer', units.communeX));
  actors.set('admin', await signInAs(t, 'admin', units.provinceA));
  actors.set('inspectorB', await signInAs(t, 'inspector', units.provinceB));
  actors.set('officeB', await signInAs(t, 'standing_office', units.provinceB));
}, 120_000);
afterAll(async () => t.close());

const send = (who: ActorKey, method: 'POST' | 'GET', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: actors.get(who)!.headers, ...(payload ? { payload } : {}) });

const sendPhoto = (who: ActorKey, caseId: string) => {
  const form = multipartFile(JPEG, 'ke-hang.jpg', 'image/jpeg');
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/market-cases/${caseId}/photos`,
    headers: { ...actors.get(who)!.headers, ...form.headers },
    payload: form.payload,
  });
};

const newCase = (overrides: object = {}) => ({
  unitId: units.communeX.id,
  sellerName: 'Cửa hàng Tạp hóa Minh An',
  placeAddress: 'Số 12 chợ Phương Lâm',
  observedOn: '2026-06-08',
  description: 'Bán mật ong dán nhãn OCOP 4 sao, tem không quét được.',
  claimedProduct: 'Mật ong rừng Hoà Bình 4★',
  ...overrides,
});

async function openCase(who: ActorKey = 'inspectorA', overrides: object = {}) {
  const res = await send(who, 'POST', '/api/v1/market-cases', newCase(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; version: number }>();
}

const caseSnapshot = (id: string) => async () =>
  (await t.db.select().from(marketCases).where(eq(marketCases.id, id)))[0];

describe('a market-surveillance case from report to conclusion', () => {
  it('opens from a shopper’s report, takes a photo, is investigated and closed, each step audited', async () => {
    const reportId = await buildReport(units.provinceA, 'Tem này quét ra sản phẩm khác');
    const created = await send(
      'inspectorA',
      'POST',
      '/api/v1/market-cases',
      newCase({
        productId: certified.product.id,
        claimedCertificateNumber: certified.certificate.number,
        reportIds: [reportId],
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const opened = created.json<{
      id: string;
      version: number;
      status: string;
      unitName: string;
      productName: string;
      claimedCertificate: { number: string; status: string } | null;
      reports: { id: string; message: string }[];
    }>();
    expect(opened).toMatchObject({
      status: 'open',
      productName: certified.product.name,
      claimedCertificate: { number: certified.certificate.number, status: 'valid' },
      reports: [{ id: reportId, message: 'Tem này quét ra sản phẩm khác' }],
    });
    expect(opened.unitName).toContain('Thanh Hòa');
    const [report] = await t.db.select().from(stampReports).where(eq(stampReports.id, reportId));
    expect(report!.status).toBe('reviewed');

    const photo = await sendPhoto('inspectorA', opened.id);
    expect(photo.statusCode, photo.body).toBe(201);
    const withPhoto = photo.json<{ version: number; photos: { mediaType: string; url: string }[] }>();
    expect(withPhoto.photos).toEqual([expect.objectContaining({ mediaType: 'image/jpeg' })]);
    const download = await send('leaderA', 'GET', withPhoto.photos[0]!.url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(JPEG)).toBe(true);

    const investigated = await send('officeA', 'POST', `/api/v1/market-cases/${opened.id}/investigate`, {
      version: withPhoto.version,
      note: 'Người bán nhập hàng trôi nổi, không có hóa đơn.',
    });
    expect(investigated.statusCode, investigated.body).toBe(200);
    const stale = await send('inspectorA', 'POST', `/api/v1/market-cases/${opened.id}/close`, {
      version: withPhoto.version,
      conclusion: 'violation_referred',
      note: 'Chuyển quản lý thị trường.',
    });
    expect(stale.statusCode).toBe(409);
    const closed = await send('inspectorA', 'POST', `/api/v1/market-cases/${opened.id}/close`, {
      version: investigated.json<{ version: number }>().version,
      conclusion: 'violation_referred',
      note: 'Chuyển quản lý thị trường.',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', conclusion: 'violation_referred' });

    const again = await send('inspectorA', 'POST', `/api/v1/market-cases/${opened.id}/reports`, {
      version: closed.json<{ version: number }>().version,
      reportIds: [reportId],
    });
    expect(again.statusCode).toBe(409);

    const audit = await t.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'market_case'), eq(auditLog.entityId, opened.id)));
    expect(audit.map((a) => a.action)).toEqual([
      'market_case.created',
      'market_case.photo_attached',
      'market_case.investigated',
      'market_case.closed',
    ]);
  });

  it('links more reports, refusing one of another province by naming the field', async () => {
    const opened = await openCase('officeA');
    const ours = await buildReport(units.provinceA, 'Tem mờ, không có số sê-ri');
    const theirs = await buildReport(units.provinceB, 'Báo cáo của tỉnh khác');
    const refused = await send('officeA', 'POST', `/api/v1/market-cases/${opened.id}/reports`, {
      version: opened.version,
      reportIds: [ours, theirs],
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('reportIds');
    const linked = await send('officeA', 'POST', `/api/v1/market-cases/${opened.id}/reports`, {
      version: opened.version,
      reportIds: [ours],
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json<{ reports: { id: string }[] }>().reports.map((r) => r.id)).toEqual([ours]);
    const candidates = await send('inspectorA', 'GET', '/api/v1/market-case-reports?limit=200');
    const listed = candidates.json<{ items: { id: string; caseIds: string[] }[] }>().items;
    expect(listed.find((r) => r.id === ours)?.caseIds).toEqual([opened.id]);
    expect(listed.some((r) => r.id === theirs)).toBe(false);
  });

  it('lists only the cases of the caller’s province, paginated and filtered by status and text', async () => {
    const mine = await openCase('inspectorA', { sellerName: 'Đại lý Hương Quê' });
    await openCase('inspectorB', { unitId: units.communeZ.id, sellerName: 'Đại lý Hương Quê B' });
    const listA = await send('inspectorA', 'GET', '/api/v1/market-cases?q=H%C6%B0%C6%A1ng%20Qu%C3%AA');
    expect(listA.json<{ items: { id: string }[]; total: number }>()).toMatchObject({
      total: 1,
      items: [{ id: mine.id }],
    });
    const listB = await send('inspectorB', 'GET', '/api/v1/market-cases?limit=200');
    expect(
      listB.json<{ items: { unitName: string }[] }>().items.every((c) => c.unitName.includes('Zê')),
    ).toBe(true);
    const page = await send('leaderA', 'GET', '/api/v1/market-cases?status=open&limit=1&offset=0');
    const body = page.json<{ items: unknown[]; total: number }>();
    expect(body.items).toHaveLength(1);
    expect(body.total).toBeGreaterThan(1);
  });
});

describe('authorization matrix of the market-case endpoints', () => {
  const outcomes: Record<ActorKey, number | 'ok'> = {
    inspectorA: 'ok',
    officeA: 'ok',
    leaderA: 403,
    communeX: 403,
    producer: 403,
    admin: 403,
    inspectorB: 404,
    officeB: 404,
  };
  const operations: {
    name: string;
    run: (who: ActorKey, c: { id: string; version: number }) => Promise<{ statusCode: number }>;
  }[] = [
    {
      name: 'linkMarketCaseReports',
      run: async (who, c) =>
        send(who, 'POST', `/api/v1/market-cases/${c.id}/reports`, {
          version: c.version,
          reportIds: [await buildReport(units.provinceA, `Báo cáo ${who} ${Math.random()}`)],
        }),
    },
    {
      name: 'investigateMarketCase',
      run: (who, c) =>
        send(who, 'POST', `/api/v1/market-cases/${c.id}/investigate`, {
          version: c.version,
          note: 'Xác minh',
        }),
    },
    {
      name: 'closeMarketCase',
      run: (who, c) =>
        send(who, 'POST', `/api/v1/market-cases/${c.id}/close`, {
          version: c.version,
          conclusion: 'no_violation',
          note: 'Hàng thật',
        }),
    },
    { name: 'attachMarketCasePhoto', run: (who, c) => sendPhoto(who, c.id) },
  ];

  for (const operation of operations)
    it.each(ACTORS)(`${operation.name} by %s`, async (who) => {
      const target = await openCase('inspectorA');
      const before = await caseSnapshot(target.id)();
      const res = await operation.run(who, target);
      const expected = outcomes[who];
      if (expected === 'ok') {
        expect(res.statusCode).toBeGreaterThanOrEqual(200);
        expect(res.statusCode).toBeLessThan(300);
        expect((await caseSnapshot(target.id)())!.version).toBe(target.version + 1);
      } else {
        expect(res.statusCode).toBe(expected);
        expect(await caseSnapshot(target.id)()).toEqual(before);
      }
    });

  it.each(ACTORS)('createMarketCase in a commune of province A by %s', async (who) => {
    const count = async () => (await t.db.select().from(marketCases)).length;
    const before = await count();
    const res = await send(who, 'POST', '/api/v1/market-cases', newCase());
    const expected = outcomes[who];
    if (expected === 'ok') expect(res.statusCode).toBe(201);
    else {
      expect(res.statusCode).toBe(expected);
      expect(await count()).toBe(before);
    }
  });

  it.each([
    ['inspectorA', 200],
    ['officeA', 200],
    ['leaderA', 200],
    ['inspectorB', 404],
    ['officeB', 404],
    ['communeX', 403],
    ['producer', 403],
    ['admin', 403],
  ] as const)('getMarketCase by %s → %i', async (who, status) => {
    const target = await openCase('officeA');
    expect((await send(who, 'GET', `/api/v1/market-cases/${target.id}`)).statusCode).toBe(status);
  });
});
