/**
 * Stamps end to end on the API: ordering (authorization, bad orders create nothing), the resolver
 * (200 / 404 / 410, linkset, unregistered serials, scans and the clone flag), label sheets whose
 * QR codes decode, and reports of suspected fakes reaching the right standing office.
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, stampBatches, stamps } from '../../src/db/schema';
import { scanRecorderOf } from '../../src/server/modules/stamps/scan-recorder';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { scanStamp } from '../helpers/scan-stamp';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { buildPoolProduct } from '../helpers/evaluation-fixtures';
import { decodeLabelCells } from '../helpers/label-cells';
import { revokeThroughDecision } from '../helpers/revoke-through-decision';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producer: Session;
let officeA: Session;
let officeB: Session;
let withGtin: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let noGtin: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let otherProducers: Awaited<ReturnType<typeof buildCertifiedProduct>>;

const order = (who: Session, body: Record<string, unknown>) =>
  t.app.inject({ method: 'POST', url: '/api/v1/stamp-batches', headers: who.headers, payload: body });
const lot = (productId: string, extra: Record<string, unknown> = {}) => ({
  productId,
  lot: 'L2026/05-A',
  productionDate: '2026-05-01',
  expiryDate: '2027-05-01',
  quantity: 5,
  ...extra,
});
const flush = () => scanRecorderOf(t.app.deps, t.app.log).flush();
const pathOf = (uri: string) => uri.replace('http://localhost:3000', '');

beforeAll(async () => {
  // cloneSettings is read by the scan recorder beside the typed configuration.
  const config = {
    cloneSettings: {
      windowHours: 24,
      maxDistinctNetworks: 2,
      maxScansInWindow: 50,
      publicWarningMinNetworks: 3,
      publicWarningMinRegions: 2,
    },
  } as never;
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z'), config });
  units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producer = await login(t.app, account.username);
  officeA = await signInAs(t, 'standing_office', units.provinceA);
  officeB = await signInAs(t, 'standing_office', units.provinceB);
  const scope = { province: units.provinceA, commune: units.communeX };
  withGtin = await buildCertifiedProduct(t.db, scope, {
    gtin: '8938505970011',
    producerAccountId: account.id,
    name: 'Mắm tôm Hòa Bình',
  });
  noGtin = await buildCertifiedProduct(t.db, scope, { producerAccountId: account.id, stars: 3 });
  otherProducers = await buildCertifiedProduct(t.db, scope);
}, 120_000);
afterAll(async () => t.close());

describe('ordering stamps', () => {
  it('a producer orders stamps for its certified product; GS1 Digital Link URIs, audited', async () => {
    const res = await order(producer, lot(withGtin.product.id));
    expect(res.statusCode).toBe(201);
    const batch = res.json<{ id: string; gtin14: string; sampleUri: string; certificateNumber: string }>();
    expect(batch.gtin14).toBe('08938505970011');
    expect(batch.certificateNumber).toBe(withGtin.certificate.number);
    expect(batch.sampleUri).toMatch(
      /^http:\/\/localhost:3000\/01\/08938505970011\/10\/L2026%2F05-A\/21\/[0-9A-Z]{17}$/,
    );
    expect((await t.db.select().from(stamps).where(eq(stamps.batchId, batch.id))).length).toBe(5);
    expect((await t.db.select().from(auditLog).where(eq(auditLog.entityId, batch.id)))[0]?.action).toBe(
      'stamp-batch.ordered',
    );
  });

  it('a product without a GTIN gets short URIs', async () => {
    const res = await order(producer, lot(noGtin.product.id, { lot: 'TRA-01' }));
    expect(res.statusCode).toBe(201);
    expect(res.json<{ sampleUri: string }>().sampleUri).toMatch(/^http:\/\/localhost:3000\/s\/[0-9A-Z]{17}$/);
  });

  it('the standing office orders within its province only', async () => {
    expect((await order(officeA, lot(otherProducers.product.id))).statusCode).toBe(201);
    expect((await order(officeB, lot(otherProducers.product.id))).statusCode).toBe(403);
  });

  it.each([
    ['quantity 0', () => lot(withGtin.product.id, { quantity: 0 }), 400],
    ['quantity above 100,000', () => lot(withGtin.product.id, { quantity: 100_001 }), 400],
    ['lot outside the GS1 character set', () => lot(withGtin.product.id, { lot: 'Lô một' }), 400],
    ['expiry before production', () => lot(withGtin.product.id, { expiryDate: '2026-01-01' }), 400],
    ["another producer's product", () => lot(otherProducers.product.id), 403],
  ])('refuses %s and creates nothing', async (_label, body, status) => {
    const before = await t.db.select({ n: sql<number>`count(*)` }).from(stampBatches);
    expect((await order(producer, body())).statusCode).toBe(status);
    const after = await t.db.select({ n: sql<number>`count(*)` }).from(stampBatches);
    expect(Number(after[0]!.n)).toBe(Number(before[0]!.n));
  });

  it('refuses a product without a valid certificate', async () => {
    const { product } = await buildPoolProduct(t.db, units.communeX);
    const res = await order(officeA, lot(product.id));
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('productId');
  });

  it('generates 100,000 stamps in one order quickly', async () => {
    const started = Date.now();
    const res = await order(officeA, lot(noGtin.product.id, { lot: 'BIG', quantity: 100_000 }));
    const seconds = (Date.now() - started) / 1000;
    expect(res.statusCode).toBe(201);
    const [count] = await t.db
      .select({ n: sql<number>`count(*)` })
      .from(stamps)
      .where(eq(stamps.batchId, res.json<{ id: string }>().id));
    expect(Number(count!.n)).toBe(100_000);
    expect(seconds).toBeLessThan(90);
  }, 180_000);
});

describe('resolver', () => {
  let batch: { id: string; sampleUri: string };
  let serials: string[];
  beforeAll(async () => {
    batch = (await order(producer, lot(withGtin.product.id, { lot: 'R1', quantity: 4 }))).json();
    serials = (
      await t.db.select().from(stamps).where(eq(stamps.batchId, batch.id)).orderBy(stamps.position)
    ).map((s) => s.serial);
  });
  const uri = (serial: string, l = 'R1') => `/01/08938505970011/10/${l}/21/${serial}`;

  it('shows the product, the live certificate status and counts scans', async () => {
    const first = await scanStamp(t.app, { method: 'GET', url: uri(serials[0]!) });
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('Mắm tôm Hòa Bình');
    expect(first.body).toContain('Còn hiệu lực');
    expect(first.body).toContain('scanned 1 time');
    expect(first.body).not.toContain('<script src');
    await flush();
    const second = await scanStamp(t.app, { method: 'GET', url: uri(serials[0]!) });
    expect(second.body).toContain('scanned 2 times');
    await flush();
    const [row] = await t.db.select().from(stamps).where(eq(stamps.serial, serials[0]!));
    expect(row!.scanCount).toBe(2);
    expect(row!.firstScannedAt?.toISOString()).toBe('2026-05-10T08:00:00.000Z');
  });

  it('accepts a GTIN-13 in the URI and answers machines with a GS1 linkset', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/01/8938505970011/10/R1/21/${serials[1]}`,
      headers: { accept: 'application/linkset+json' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/linkset+json');
    const set = res.json<{ linkset: Record<string, unknown>[] }>().linkset[0]!;
    expect(set.anchor).toBe(`http://localhost:3000${uri(serials[1]!)}`);
    expect((set['https://gs1.org/voc/pip'] as { href: string }[])[0]!.href).toBe(
      `http://localhost:3000/p/${withGtin.product.id}`,
    );
    expect((set['https://gs1.org/voc/certificationInfo'] as { href: string }[])[0]!.href).toBe(
      `http://localhost:3000/c/${withGtin.certificate.number}`,
    );
    expect(set['https://gs1.org/voc/verificationService']).toBeDefined();
  });

  it('an unknown serial of a known GTIN and lot answers at product level with a warning', async () => {
    const res = await scanStamp(t.app, { method: 'GET', url: uri('0000000000000000A') });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('this code is not registered');
    expect(res.body).toContain('Mắm tôm Hòa Bình');
  });

  it.each([
    ['unknown GTIN', '/01/04006381333931/10/R1/21/ABC', 404],
    ['unknown short serial', '/s/0000000000000000A', 404],
    ['malformed URI', '/01/123/10/R1/21/ABC', 400],
  ])('%s → %i', async (_label, url, status) => {
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(status);
  });

  it('an unknown lot of a known GTIN walks up to the product, with the warning', async () => {
    const res = await scanStamp(t.app, { method: 'GET', url: '/01/08938505970011/10/NOPE/21/ABC' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('this code is not registered');
  });

  it('flags a stamp scanned from too many networks and says so', async () => {
    for (const ip of ['203.0.113.5', '198.51.100.7', '192.0.2.9'])
      await scanStamp(t.app, { method: 'GET', url: uri(serials[2]!), remoteAddress: ip });
    await flush();
    const res = await scanStamp(t.app, { method: 'GET', url: uri(serials[2]!) });
    expect(res.body).toContain('possible copy');
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/stamp-batches/${batch.id}/stamps?flaggedOnly=true`,
      headers: producer.headers,
    });
    expect(list.json<{ items: { serial: string }[] }>().items.map((s) => s.serial)).toEqual([serials[2]]);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/stamp-batches/${batch.id}/stamps`,
          headers: officeB.headers,
        })
      ).statusCode,
    ).toBe(403);
    const summary = await t.app.inject({
      method: 'GET',
      url: `/api/v1/stamp-batches/${batch.id}`,
      headers: officeA.headers,
    });
    expect(summary.json<{ scans: { possibleCopies: number } }>().scans.possibleCopies).toBe(1);
  });

  it('a deactivated stamp answers 410 with the reason', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stamps/${serials[3]}/deactivate`,
      headers: producer.headers,
      payload: { reason: 'Tem in lỗi, đã huỷ' },
    });
    expect(res.statusCode).toBe(200);
    const page = await scanStamp(t.app, { method: 'GET', url: uri(serials[3]!) });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('Tem in lỗi, đã huỷ');
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/stamps/${serials[3]}/deactivate`,
          headers: producer.headers,
          payload: { reason: 'again' },
        })
      ).statusCode,
    ).toBe(409);
  });

  it('a stamp of a product without GTIN resolves by its short URI', async () => {
    const short = (await order(producer, lot(noGtin.product.id, { lot: 'S1', quantity: 1 }))).json<{
      sampleUri: string;
    }>();
    const res = await scanStamp(t.app, { method: 'GET', url: pathOf(short.sampleUri) });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('3 sao');
  });

  it('a revoked certificate answers 410 and says so', async () => {
    await revokeThroughDecision(t, {
      certificateId: withGtin.certificate.id,
      office: officeA,
      leader: await signInAs(t, 'leader', units.provinceA),
      decisionNumber: '99/QĐ-UBND',
      groundText: 'Vi phạm an toàn thực phẩm',
    });
    const res = await scanStamp(t.app, { method: 'GET', url: uri(serials[0]!) });
    expect(res.statusCode).toBe(410);
    expect(res.body).toContain('Đã bị thu hồi');
    expect(res.body).toContain('Vi phạm an toàn thực phẩm');
    expect((await order(producer, lot(withGtin.product.id))).statusCode).toBe(400);
  });
});

describe('label sheets', () => {
  it('are generated in the background, re-downloadable, and their QR codes decode', async () => {
    const batch = (await order(producer, lot(noGtin.product.id, { lot: 'PDF1', quantity: 30 }))).json<{
      id: string;
    }>();
    const start = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stamp-batches/${batch.id}/label-jobs`,
      headers: producer.headers,
    });
    expect(start.statusCode).toBe(202);
    const jobId = start.json<{ id: string }>().id;
    type LabelJob = { status: string; processed: number; total: number; downloadUrl: string | null };
    let job = start.json<LabelJob>();
    await expect
      .poll(
        async () => {
          job = (
            await t.app.inject({
              method: 'GET',
              url: `/api/v1/stamp-label-jobs/${jobId}`,
              headers: producer.headers,
            })
          ).json<LabelJob>();
          return job.status;
        },
        { timeout: 20_000, interval: 100 },
      )
      .not.toMatch(/^(pending|running)$/);
    expect(job).toMatchObject({ status: 'completed', processed: 30, total: 30 });
    const pdf = await t.app.inject({ method: 'GET', url: job.downloadUrl!, headers: producer.headers });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const again = await t.app.inject({ method: 'GET', url: job.downloadUrl!, headers: producer.headers });
    expect(again.rawPayload.equals(pdf.rawPayload)).toBe(true);
    const expected = (
      await t.db.select().from(stamps).where(eq(stamps.batchId, batch.id)).orderBy(stamps.position)
    ).map((s) => `http://localhost:3000/s/${s.serial}`);
    for (const dpi of [300, 150]) {
      expect(decodeLabelCells(pdf.rawPayload, { layout: 'a4-24', dpi })).toEqual(expected.slice(0, 24));
      expect(decodeLabelCells(pdf.rawPayload, { layout: 'a4-24', dpi, page: 2, cells: 6 })).toEqual(
        expected.slice(24),
      );
    }
    expect(
      (await t.app.inject({ method: 'GET', url: job.downloadUrl!, headers: officeB.headers })).statusCode,
    ).toBe(403);
  }, 60_000);
});

function multipart(
  fields: Record<string, string>,
  file?: { name: string; type: string; content: Buffer<ArrayBufferLike> },
) {
  const boundary = '----ocopTestBoundary';
  const parts: Buffer<ArrayBufferLike>[] = Object.entries(fields).map(([k, v]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
  );
  if (file)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.content,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('reports of suspected fakes', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    'base64',
  );

  it('reach the standing office of the province, with the photo checked by content', async () => {
    const short = (await order(producer, lot(noGtin.product.id, { lot: 'REP', quantity: 1 }))).json<{
      sampleUri: string;
    }>();
    const stampPath = pathOf(short.sampleUri);
    const sent = await t.app.inject({
      method: 'POST',
      url: '/stamp-reports',
      ...multipart(
        { stampPath, message: 'Bao bì in mờ, tem bong', placeOfPurchase: 'Chợ Đồng Xuân' },
        { name: 'a.png', type: 'image/png', content: png },
      ),
    });
    expect(sent.statusCode).toBe(201);
    const fake = await t.app.inject({
      method: 'POST',
      url: '/stamp-reports',
      ...multipart(
        { stampPath, message: 'Ảnh không phải ảnh' },
        { name: 'a.png', type: 'image/png', content: Buffer.from('MZ not an image') },
      ),
    });
    expect(fake.statusCode).toBe(415);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/stamp-reports',
          ...multipart({ stampPath, message: '' }),
        })
      ).statusCode,
    ).toBe(400);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/stamp-reports',
      headers: officeA.headers,
    });
    const items = list.json<{ items: { message: string; hasPhoto: boolean; photoUrl: string }[] }>().items;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ message: 'Bao bì in mờ, tem bong', hasPhoto: true });
    expect(
      (await t.app.inject({ method: 'GET', url: items[0]!.photoUrl, headers: officeA.headers })).headers[
        'content-type'
      ],
    ).toBe('image/png');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/stamp-reports', headers: officeB.headers })).json<{
        items: unknown[];
      }>().items,
    ).toHaveLength(0);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/stamp-reports', headers: producer.headers })).json<{
        items: unknown[];
      }>().items,
    ).toHaveLength(0);
  });
});
