/**
 * Scan recording behind the resolver: a batch that cannot be written (database briefly down) is
 * kept and written on the next flush, nothing is lost on shutdown, one network's reloads count once
 * per hour, a copied stamp is flagged once, and clone thresholds from the configuration are
 * validated at start.
 */
import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database';
import { scanEvents, stampBatches, stamps } from '../../src/db/schema';
import { buildApp } from '../../src/server/app';
import { testConfig } from '../../src/server/config';
import { cloneSettingsOf, networkHashOf, ScanRecorder } from '../../src/server/modules/stamps/scan-recorder';
import { buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

let t: TestApp;
let batchId: string;
const SERIALS = [
  'SCANTEST000000001',
  'SCANTEST000000002',
  'SCANTEST000000003',
  'SCANTEST000000004',
  'SCANTEST000000005',
];
const AT = new Date('2026-05-10T08:00:00Z');

/** Collects error logs instead of printing them. */
function recordingLog(): FastifyBaseLogger & { errors: Record<string, unknown>[] } {
  const errors: Record<string, unknown>[] = [];
  const noop = () => undefined;
  const log = {
    errors,
    error: (obj: Record<string, unknown>) => errors.push(obj),
    warn: noop,
    info: noop,
    debug: noop,
    trace: noop,
    fatal: noop,
    silent: noop,
    level: 'error',
    child: () => log,
  };
  return log;
}

/** The test database, whose transactions fail while `isDown` is true (a dropped connection). */
function flakyDatabase(db: Database): { db: Database; setDown(isDown: boolean): void } {
  let isDown = false;
  const proxy = new Proxy(db, {
    get(target, property) {
      if (property === 'transaction')
        return (...args: Parameters<Database['transaction']>) =>
          isDown
            ? Promise.reject(new Error('connection terminated unexpectedly'))
            : target.transaction(...args);
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { db: proxy, setDown: (value) => (isDown = value) };
}

const scan = (serial: string, ip = '203.0.113.5') => ({
  serial,
  batchId,
  at: AT,
  ip,
  userAgent: 'Mozilla/5.0 (iPhone)',
});
const countOf = async (serial: string) =>
  (await t.db.select().from(stamps).where(eq(stamps.serial, serial)))[0]!;
const eventsOf = async (serial: string) =>
  t.db.select().from(scanEvents).where(eq(scanEvents.serial, serial));

beforeAll(async () => {
  t = await createTestApp({ now: AT });
  const units = await buildJurisdictions(t.db);
  const { product, producer, certificate } = await buildCertifiedProduct(t.db, {
    province: units.provinceA,
    commune: units.communeX,
  });
  const [batch] = await t.db
    .insert(stampBatches)
    .values({
      productId: product.id,
      producerId: producer.id,
      certificateId: certificate.id,
      lot: 'SCAN',
      productionDate: '2026-05-01',
      expiryDate: '2027-05-01',
      quantity: SERIALS.length,
      createdAt: AT,
    })
    .returning();
  batchId = batch!.id;
  await t.db.insert(stamps).values(SERIALS.map((serial, position) => ({ serial, batchId, position })));
}, 120_000);
afterAll(async () => t.close());

describe('scan recording', () => {
  it('keeps a batch the database refused and writes it on the next flush, counted once', async () => {
    const flaky = flakyDatabase(t.db);
    const log = recordingLog();
    const recorder = new ScanRecorder(flaky.db, {
      salt: 's',
      settings: cloneSettingsOf(testConfig()),
      log,
      flushMs: 60_000,
    });
    flaky.setDown(true);
    for (let i = 0; i < 3; i += 1) recorder.record(scan(SERIALS[0]!));
    await recorder.flush();
    expect(recorder.pending).toBe(3);
    expect(await eventsOf(SERIALS[0]!)).toHaveLength(0);
    expect(log.errors[0]).toMatchObject({ retrying: 3, lost: 0 });
    flaky.setDown(false);
    recorder.record(scan(SERIALS[0]!));
    await recorder.flush();
    expect(recorder.pending).toBe(0);
    expect(await eventsOf(SERIALS[0]!)).toHaveLength(4);
    expect((await countOf(SERIALS[0]!)).scanCount).toBe(4);
    await recorder.close();
  });

  it('stores every scan of a mixed batch with its own millisecond, network and kind of device', async () => {
    const recorder = new ScanRecorder(t.db, {
      salt: 's',
      settings: cloneSettingsOf(testConfig()),
      log: recordingLog(),
      flushMs: 60_000,
    });
    const phones = [
      { ip: '203.0.113.5', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X)', kind: 'ios' },
      { ip: '198.51.100.7', userAgent: 'Mozilla/5.0 (Linux; Android 15; SM-A556E)', kind: 'android' },
    ];
    const sent: { serial: string; at: string; network: string; kind: string }[] = [];
    for (let i = 0; i < 12; i += 1) {
      const phone = phones[i % 2]!;
      const serial = SERIALS[3 + (i % 3 === 0 ? 1 : 0)]!;
      const at = new Date(AT.getTime() + i * 1_237 + 1);
      recorder.record({ serial, batchId, at, ip: phone.ip, userAgent: phone.userAgent });
      sent.push({ serial, at: at.toISOString(), network: networkHashOf(phone.ip, 's'), kind: phone.kind });
    }
    await recorder.close();
    const stored = [...(await eventsOf(SERIALS[3]!)), ...(await eventsOf(SERIALS[4]!))].map((e) => ({
      serial: e.serial,
      at: e.scannedAt.toISOString(),
      network: e.networkHash,
      kind: e.userAgentClass,
    }));
    const order = (a: { at: string }, b: { at: string }) => a.at.localeCompare(b.at);
    expect(stored.sort(order)).toEqual(sent.sort(order));
    expect((await countOf(SERIALS[3]!)).scanCount).toBe(8);
    expect((await countOf(SERIALS[4]!)).scanCount).toBe(4);
    expect((await countOf(SERIALS[4]!)).firstScannedAt?.toISOString()).toBe(
      sent.find((s) => s.serial === SERIALS[4])!.at,
    );
  });

  it('writes what is still queued when the server shuts down', async () => {
    const recorder = new ScanRecorder(t.db, {
      salt: 's',
      settings: cloneSettingsOf(testConfig()),
      log: recordingLog(),
      flushMs: 60_000,
    });
    recorder.record(scan(SERIALS[1]!));
    recorder.record(scan(SERIALS[1]!, '198.51.100.7'));
    expect(recorder.pending).toBe(2);
    await recorder.close();
    expect(recorder.pending).toBe(0);
    expect((await countOf(SERIALS[1]!)).scanCount).toBe(2);
  });

  it('drops the oldest scans, and says how many, only beyond the retry limit', async () => {
    const flaky = flakyDatabase(t.db);
    const log = recordingLog();
    const recorder = new ScanRecorder(flaky.db, {
      salt: 's',
      settings: cloneSettingsOf(testConfig()),
      log,
      flushMs: 60_000,
      maxQueued: 2,
    });
    flaky.setDown(true);
    for (let i = 0; i < 5; i += 1) recorder.record(scan(SERIALS[2]!));
    await recorder.flush();
    expect(recorder.pending).toBe(2);
    expect(log.errors[0]).toMatchObject({ retrying: 2, lost: 3 });
    flaky.setDown(false);
    await recorder.close();
  });

  it('counts a network once per hour: 35 reloads do not flag; counted scans over the limit flag once, then keep counting', async () => {
    const settings = cloneSettingsOf(testConfig({ cloneSettings: { maxScansInWindow: 3 } }));
    const recorder = new ScanRecorder(t.db, { salt: 's', settings, log: recordingLog(), flushMs: 60_000 });
    const written: string[][] = [];
    recorder.onWritten((states) => written.push(states.map((state) => state.serial)));
    const serial = SERIALS[2]!;
    const before = (await countOf(serial)).scanCount;
    for (let i = 0; i < 35; i += 1) recorder.record(scan(serial));
    await recorder.flush();
    expect(await countOf(serial)).toMatchObject({ scanCount: before + 35, isPossibleCopy: false });
    // The same network in three more hours: four counted scans, one more than allowed.
    for (const hour of [1, 2, 3])
      recorder.record({ ...scan(serial), at: new Date(AT.getTime() + hour * 3_600_000) });
    await recorder.flush();
    expect(await countOf(serial)).toMatchObject({ isPossibleCopy: true, hasStrongCopySignal: false });
    recorder.record({ ...scan(serial), at: new Date(AT.getTime() + 4 * 3_600_000) });
    await recorder.flush();
    expect((await countOf(serial)).scanCount).toBe(before + 39);
    expect(written).toEqual([[serial], [serial], [serial]]);
    await recorder.close();
  });
});

describe('clone-detection settings', () => {
  it('merges the configured thresholds over the defaults', () => {
    const defaults = {
      windowHours: 72,
      maxDistinctNetworks: 5,
      maxScansInWindow: 30,
      recountAfterMinutes: 60,
      publicWarningMinNetworks: 10,
      publicWarningMinRegions: 3,
    };
    expect(cloneSettingsOf(testConfig({ cloneSettings: { windowHours: 24 } }))).toEqual({
      ...defaults,
      windowHours: 24,
    });
    expect(
      cloneSettingsOf(
        testConfig({
          cloneSettings: {
            recountAfterMinutes: 30,
            publicWarningMinNetworks: 20,
            publicWarningMinRegions: 4,
          },
        }),
      ),
    ).toEqual({
      ...defaults,
      recountAfterMinutes: 30,
      publicWarningMinNetworks: 20,
      publicWarningMinRegions: 4,
    });
    expect(cloneSettingsOf(testConfig())).toEqual(defaults);
  });

  it('refuses wrong thresholds with a message naming each field', () => {
    const bad = { windowHours: 0, maxScansInWindow: 2.5, maxNetworks: 3 } as never;
    expect(() => cloneSettingsOf(testConfig({ cloneSettings: bad }))).toThrow(/cloneSettings\.windowHours/);
    expect(() => cloneSettingsOf(testConfig({ cloneSettings: bad }))).toThrow(
      /cloneSettings\.maxScansInWindow/,
    );
    expect(() => cloneSettingsOf(testConfig({ cloneSettings: bad }))).toThrow(
      /không hợp lệ \/ invalid clone-detection settings/,
    );
    expect(() => cloneSettingsOf(testConfig({ cloneSettings: { publicWarningMinNetworks: 1.5 } }))).toThrow(
      /cloneSettings\.publicWarningMinNetworks/,
    );
    expect(() => cloneSettingsOf(testConfig({ cloneSettings: { recountAfterMinutes: 0 } }))).toThrow(
      /cloneSettings\.recountAfterMinutes/,
    );
  });

  it('refuses thresholds that contradict each other, naming the field to change', () => {
    expect(() =>
      cloneSettingsOf(testConfig({ cloneSettings: { windowHours: 1, recountAfterMinutes: 120 } })),
    ).toThrow(/cloneSettings\.recountAfterMinutes: must not exceed windowHours/);
    expect(() =>
      cloneSettingsOf(
        testConfig({ cloneSettings: { publicWarningMinNetworks: 4, publicWarningMinRegions: 5 } }),
      ),
    ).toThrow(/cloneSettings\.publicWarningMinRegions/);
  });

  it('a server with wrong thresholds does not start', async () => {
    await expect(
      buildApp({ database: t.database, config: testConfig({ cloneSettings: { maxDistinctNetworks: -1 } }) }),
    ).rejects.toThrow(/cloneSettings\.maxDistinctNetworks/);
  });
});
