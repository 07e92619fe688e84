/**
 * Stamps an attacker cannot discredit: reloads from one network count once per hour and never
 * warn shoppers; many networks over several regions do; the standing office of the province
 * confirms (the warning stays) or dismisses (the warning goes) a flag, audited, and nobody else
 * may; serial enumeration from one network is refused with 429 after the per-network limit and
 * shows up, per network, in the standing office's list. The lot-level answer for an unknown
 * serial stays.
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, stamps } from '../../src/db/schema';
import { generateSerial } from '../../src/domain/stamps/stamp-serial';
import { scanRecorderOf } from '../../src/server/modules/stamps/scan-recorder';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { scanStamp } from '../helpers/scan-stamp';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

interface StampView {
  serial: string;
  scanCount: number;
  isPossibleCopy: boolean;
  copyFlag: string;
  hasPublicCopyWarning: boolean;
  copyReviewReason: string | null;
}

const START = new Date('2026-05-10T08:00:00Z');
const LIMIT_PER_MINUTE = 60;
const WARNING = 'Nghi tem sao chép';
const CONFIRMED = 'Tem sao chép';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producer: Session;
let officeA: Session;
let officeB: Session;
let batchId: string;
let serials: string[];

/** Addresses in `count` distinct /24 networks, each in its own /16 region. */
const spreadAddresses = (count: number, seed: number) =>
  Array.from({ length: count }, (_, i) => `${20 + seed}.${10 + i}.${i + 1}.7`);
const uri = (serial: string) => `/01/08938505970011/10/CF-1/21/${serial}`;
const flush = () => scanRecorderOf(t.app.deps, t.app.log).flush();
const scanFrom = (serial: string, ip: string) =>
  scanStamp(t.app, { method: 'GET', url: uri(serial), remoteAddress: ip });
async function stampOf(serial: string, who: Session = officeA): Promise<StampView> {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/stamp-batches/${batchId}/stamps?limit=100`,
    headers: who.headers,
  });
  return res.json<{ items: StampView[] }>().items.find((s) => s.serial === serial)!;
}
const review = (who: Session | undefined, serial: string, payload: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/stamps/${serial}/flag-review`,
    headers: who?.headers ?? {},
    payload,
  });
const auditsOf = (serial: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'stamp'), eq(auditLog.entityId, serial)));

beforeAll(async () => {
  const config = {
    cloneSettings: { maxDistinctNetworks: 3, publicWarningMinNetworks: 5, publicWarningMinRegions: 3 },
    resolverLimit: { perNetworkPerMinute: LIMIT_PER_MINUTE },
  } as never;
  t = await createTestApp({ now: START, config });
  units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producer = await login(t.app, account.username);
  officeA = await signInAs(t, 'standing_office', units.provinceA);
  officeB = await signInAs(t, 'standing_office', units.provinceB);
  const product = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { gtin: '8938505970011', producerAccountId: account.id, name: 'Mắm tôm Hòa Bình' },
  );
  const order = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stamp-batches',
    headers: producer.headers,
    payload: {
      productId: product.product.id,
      lot: 'CF-1',
      productionDate: '2026-05-01',
      expiryDate: '2027-05-01',
      quantity: 10,
    },
  });
  batchId = order.json<{ id: string }>().id;
  serials = (
    await t.db.select().from(stamps).where(eq(stamps.batchId, batchId)).orderBy(stamps.position)
  ).map((s) => s.serial);
}, 120_000);
afterAll(async () => t.close());

describe('scans from one network', () => {
  it('45 scans from one client within the hour count once: no possible copy, no warning for shoppers', async () => {
    const serial = serials[0]!;
    for (let i = 0; i < 45; i += 1) expect((await scanFrom(serial, '203.0.113.5')).statusCode).toBe(200);
    await flush();
    const page = await scanFrom(serial, '203.0.113.5');
    expect(page.body).not.toContain(WARNING);
    expect(page.body).not.toContain('possible copy');
    expect(await stampOf(serial)).toMatchObject({
      scanCount: 45,
      isPossibleCopy: false,
      copyFlag: 'none',
      hasPublicCopyWarning: false,
    });
  });

  it('one network every hour for 35 hours is flagged for the office, never shown to shoppers', async () => {
    const serial = serials[1]!;
    try {
      for (let hour = 0; hour < 35; hour += 1) {
        t.setNow(new Date(START.getTime() + hour * 3_600_000));
        await scanFrom(serial, '198.51.100.9');
      }
      await flush();
    } finally {
      t.setNow(START);
    }
    expect(await stampOf(serial)).toMatchObject({
      isPossibleCopy: true,
      copyFlag: 'open',
      hasPublicCopyWarning: false,
    });
    expect((await scanFrom(serial, '198.51.100.9')).body).not.toContain(WARNING);
  });
});

describe('strong signals warn shoppers; the standing office reviews flags', () => {
  it('scans from many networks over several regions warn shoppers', async () => {
    const serial = serials[2]!;
    const addresses = spreadAddresses(6, 1);
    for (const ip of addresses) await scanFrom(serial, ip);
    await flush();
    expect(await stampOf(serial)).toMatchObject({
      isPossibleCopy: true,
      copyFlag: 'open',
      hasPublicCopyWarning: true,
    });
    expect((await scanFrom(serial, addresses[0]!)).body).toContain(WARNING);
  });

  it('a dismissed flag stops the warning, is audited, and only later scans can raise it again', async () => {
    const serial = serials[2]!;
    t.setNow(new Date(START.getTime() + 30 * 60_000));
    const res = await review(officeA, serial, {
      decision: 'dismiss',
      reason: 'Cửa hàng trưng bày mẫu, khách quét thử nhiều',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<StampView>()).toMatchObject({
      isPossibleCopy: false,
      copyFlag: 'dismissed',
      hasPublicCopyWarning: false,
      copyReviewReason: 'Cửa hàng trưng bày mẫu, khách quét thử nhiều',
    });
    const addresses = spreadAddresses(6, 1);
    expect((await scanFrom(serial, addresses[0]!)).body).not.toContain(WARNING);
    const [audit] = await auditsOf(serial);
    expect(audit).toMatchObject({
      action: 'stamp.copy-flag.dismissed',
      actorRole: 'standing_office',
      after: { copyFlag: 'dismissed', reason: 'Cửa hàng trưng bày mẫu, khách quét thử nhiều' },
    });
    // The same networks again within the hour of the dismissal: nothing new.
    for (const ip of addresses) await scanFrom(serial, ip);
    await flush();
    t.setNow(START);
    expect(await stampOf(serial)).toMatchObject({ copyFlag: 'dismissed', hasPublicCopyWarning: false });
    // Two hours later, from six networks again: new evidence raises the flag anew.
    try {
      t.setNow(new Date(START.getTime() + 2 * 3_600_000));
      for (const ip of spreadAddresses(6, 2)) await scanFrom(serial, ip);
      await flush();
    } finally {
      t.setNow(START);
    }
    expect(await stampOf(serial)).toMatchObject({
      isPossibleCopy: true,
      copyFlag: 'open',
      hasPublicCopyWarning: true,
    });
  });

  it('a confirmed flag keeps the warning (even without a strong signal); it can still be withdrawn', async () => {
    const serial = serials[3]!;
    // Four networks of one region: flagged for the office, no warning yet.
    for (const ip of ['100.64.1.1', '100.64.2.1', '100.64.3.1', '100.64.4.1']) await scanFrom(serial, ip);
    await flush();
    expect(await stampOf(serial)).toMatchObject({ copyFlag: 'open', hasPublicCopyWarning: false });
    expect(
      (
        await review(officeA, serial, {
          decision: 'confirm',
          reason: 'Đã thu giữ hàng giả mang mã này tại chợ',
        })
      ).json<StampView>(),
    ).toMatchObject({ copyFlag: 'confirmed', hasPublicCopyWarning: true });
    const page = await scanFrom(serial, '100.64.1.1');
    expect(page.body).toContain(CONFIRMED);
    expect(page.body).toContain('đã xác nhận');
    expect((await review(officeA, serial, { decision: 'confirm', reason: 'Lần nữa' })).statusCode).toBe(409);
    expect(
      (
        await review(officeA, serial, { decision: 'dismiss', reason: 'Nhầm lô, đã kiểm tra lại' })
      ).json<StampView>(),
    ).toMatchObject({ copyFlag: 'dismissed', hasPublicCopyWarning: false });
    expect((await auditsOf(serial)).map((a) => a.action)).toEqual([
      'stamp.copy-flag.confirmed',
      'stamp.copy-flag.dismissed',
    ]);
  });

  it('refuses bad input naming the field, a stamp without a flag, and an unknown serial — writing nothing', async () => {
    const flagged = serials[1]!;
    const before = await t.db.select().from(stamps).where(eq(stamps.serial, flagged));
    const short = await review(officeA, flagged, { decision: 'dismiss', reason: 'x' });
    expect(short.statusCode).toBe(400);
    expect(short.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('reason');
    expect((await review(officeA, flagged, { decision: 'ignore', reason: 'Không rõ' })).statusCode).toBe(400);
    expect(
      (await review(officeA, serials[0]!, { decision: 'dismiss', reason: 'Không có cờ' })).statusCode,
    ).toBe(409);
    expect(
      (await review(officeA, generateSerial(randomBytes), { decision: 'dismiss', reason: 'Không có tem' }))
        .statusCode,
    ).toBe(404);
    expect(await t.db.select().from(stamps).where(eq(stamps.serial, flagged))).toEqual(before);
    expect(await auditsOf(flagged)).toEqual([]);
    expect(await auditsOf(serials[0]!)).toEqual([]);
  });
});

describe('who may review a flag (reviewStampFlag)', () => {
  it('only the standing office of the province (or above): others 403, another province 404, nothing written', async () => {
    const serial = serials[4]!;
    await t.db.update(stamps).set({ isPossibleCopy: true }).where(eq(stamps.serial, serial));
    const before = await t.db.select().from(stamps).where(eq(stamps.serial, serial));
    const refusals: [string, Session | undefined, number][] = [
      ['anonymous', undefined, 401],
      ['the producer of the stamp', producer, 403],
      ['commune officer of the commune', await signInAs(t, 'commune_officer', units.communeX), 403],
      ['standing office of another province', officeB, 404],
      [
        'standing office granted in a commune of another province',
        await signInAs(t, 'standing_office', units.communeZ),
        404,
      ],
    ];
    for (const role of ['council_member', 'council_chair', 'leader', 'inspector', 'admin'] as const)
      refusals.push([`${role} of the province`, await signInAs(t, role, units.provinceA), 403]);
    for (const [who, session, status] of refusals) {
      for (const decision of ['confirm', 'dismiss']) {
        const res = await review(session, serial, { decision, reason: 'Thử quyền xem xét cờ' });
        expect(res.statusCode, `${who} ${decision}`).toBe(status);
      }
    }
    expect(await t.db.select().from(stamps).where(eq(stamps.serial, serial))).toEqual(before);
    expect(await auditsOf(serial)).toEqual([]);

    const nationOffice = await signInAs(t, 'standing_office', units.nation);
    expect(
      (
        await review(nationOffice, serial, {
          decision: 'confirm',
          reason: 'Văn phòng điều phối trung ương xác nhận',
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await review(officeA, serial, { decision: 'dismiss', reason: 'Tỉnh kiểm tra lại: tem thật' }))
        .statusCode,
    ).toBe(200);
    expect((await auditsOf(serial)).map((a) => a.action)).toEqual([
      'stamp.copy-flag.confirmed',
      'stamp.copy-flag.dismissed',
    ]);
  });
});

describe('serial enumeration', () => {
  it(`is refused with 429 after ${LIMIT_PER_MINUTE} look-ups a minute from one network; shoppers elsewhere are unaffected`, async () => {
    const statuses: number[] = [];
    let lotLevel = '';
    let refused: Awaited<ReturnType<typeof scanFrom>> | undefined;
    for (let i = 0; i < LIMIT_PER_MINUTE + 25; i += 1) {
      const res = await scanFrom(generateSerial(randomBytes), `192.0.2.${(i % 200) + 1}`);
      statuses.push(res.statusCode);
      if (res.statusCode === 200) lotLevel = res.body;
      if (res.statusCode === 429) refused ??= res;
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT_PER_MINUTE);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    // The lot-level answer for an unknown serial stays.
    expect(lotLevel).toContain('Mã này chưa được đăng ký');
    expect(lotLevel).toContain('Mắm tôm Hòa Bình');
    expect(refused!.headers['content-type']).toContain('text/html');
    expect(Number(refused!.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused!.body).toContain('Có quá nhiều lượt tra cứu tem từ mạng của bạn');
    const machine = await t.app.inject({
      method: 'GET',
      url: uri(generateSerial(randomBytes)),
      remoteAddress: '192.0.2.77',
      headers: { accept: 'application/linkset+json' },
    });
    expect(machine.statusCode).toBe(429);
    expect(machine.headers['content-type']).toContain('application/problem+json');
    expect(machine.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect((await scanFrom(serials[5]!, '203.0.113.200')).statusCode).toBe(200);
  });

  it('is listed for the standing office per network, aggregated; another province sees only what belongs to no province', async () => {
    const list = async (who: Session) =>
      t.app.inject({ method: 'GET', url: '/api/v1/stamp-lookup-misses?days=7', headers: who.headers });
    const res = await list(officeA);
    expect(res.statusCode).toBe(200);
    const items = res.json<{
      items: {
        network: string;
        provinceName: string | null;
        misses: number;
        throttled: number;
        hours: number;
      }[];
    }>().items;
    const enumerated = items.find((i) => i.provinceName === units.provinceA.fullName);
    expect(enumerated).toMatchObject({ misses: LIMIT_PER_MINUTE, hours: 1 });
    const throttled = items.find((i) => i.provinceName === null && i.network === enumerated!.network);
    expect(throttled).toMatchObject({ throttled: 26, misses: 0 });
    const other = (await list(officeB)).json<{
      items: { provinceName: string | null; throttled: number }[];
    }>().items;
    expect(other.every((i) => i.provinceName === null)).toBe(true);
    expect(other.some((i) => i.throttled === 26)).toBe(true);
    expect((await list(producer)).statusCode).toBe(403);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/stamp-lookup-misses?days=0',
          headers: officeA.headers,
        })
      ).statusCode,
    ).toBe(400);
  });
});
