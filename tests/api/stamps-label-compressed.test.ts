/**
 * Label sheets with compressed GS1 Digital Link URIs (for small labels): every QR code decoded from
 * the PDF (pdftoppm + zbarimg) is one compressed path segment that GS1's own toolkit
 * (digital-link.js) decompresses to the stamp's URI, shorter than the URI itself, and the resolver
 * sends it to the stamp's verification page. Each URI form is
 * its own job: asking again for the same form reuses it.
 */
import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stamps } from '../../src/db/schema';
import { buildStampUri } from '../../src/domain/stamps/digital-link';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { decodeQrCodesFromPdf } from '../helpers/qr-from-pdf';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

const require = createRequire(import.meta.url);
const { Utils } = require('digital-link.js') as { Utils: { decompressWebUri(uri: string): string } };

interface Job {
  id: string;
  status: string;
  uriForm: string;
  downloadUrl: string | null;
}

const GTIN14 = '08938505970011';
const LOT = 'NHO-2026/05';

let t: TestApp;
let producer: Session;
let batchId: string;
let serials: string[];
let base: string;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  base = t.app.deps.config.publicBaseUrl;
  const units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producer = await login(t.app, account.username);
  const product = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { gtin: GTIN14.slice(1), producerAccountId: account.id, name: 'Nhãn lồng Hưng Yên' },
  );
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stamp-batches',
    headers: producer.headers,
    payload: {
      productId: product.product.id,
      lot: LOT,
      productionDate: '2026-05-01',
      expiryDate: '2026-06-01',
      quantity: 4,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  batchId = res.json<{ id: string }>().id;
  serials = (await t.db.select().from(stamps).where(eq(stamps.batchId, batchId))).map((s) => s.serial);
}, 120_000);
afterAll(async () => t.close());

const startJob = (payload?: Record<string, unknown>) =>
  t.app.inject({
    method: 'POST',
    url: `/api/v1/stamp-batches/${batchId}/label-jobs`,
    headers: producer.headers,
    ...(payload ? { payload } : {}),
  });

async function finished(id: string): Promise<Job> {
  const read = async () =>
    (
      await t.app.inject({ method: 'GET', url: `/api/v1/stamp-label-jobs/${id}`, headers: producer.headers })
    ).json<Job>();
  await expect.poll(async () => (await read()).status, { timeout: 60_000, interval: 50 }).toBe('completed');
  return read();
}

const stampUri = (serial: string) => buildStampUri(base, { kind: 'gtin', gtin14: GTIN14, lot: LOT, serial });

describe('label sheets with compressed Digital Link URIs', () => {
  let compressedJob: Job;
  let decoded: string[];

  it('prints QR codes that GS1’s toolkit decompresses to each stamp’s URI, in fewer characters', async () => {
    const started = await startJob({ uriForm: 'compressed' });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json<Job>().uriForm).toBe('compressed');
    compressedJob = await finished(started.json<Job>().id);
    const pdf = await t.app.inject({
      method: 'GET',
      url: compressedJob.downloadUrl!,
      headers: producer.headers,
    });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    decoded = decodeQrCodesFromPdf(pdf.rawPayload);
    expect(decoded).toHaveLength(serials.length);
    for (const uri of decoded) {
      expect(uri).toMatch(new RegExp(`^${base}/[A-Za-z0-9_-]+$`));
      const uncompressed = Utils.decompressWebUri(uri);
      expect(uncompressed.startsWith(`${base}/01/${GTIN14}/10/`)).toBe(true);
      // Shorter text; QR module counts are compared in bench/README.md (often not fewer: QR's
      // numeric mode already packs the GTIN's digits, and base64 needs byte mode).
      expect(uri.length).toBeLessThan(uncompressed.length - 8);
    }
    expect(new Set(decoded.map((uri) => Utils.decompressWebUri(uri)))).toEqual(
      new Set(serials.map((serial) => stampUri(serial))),
    );
  }, 120_000);

  it('the resolver sends a decoded compressed URI to the stamp’s verification page, naming the uncompressed URI', async () => {
    for (const uri of decoded) {
      const uncompressed = Utils.decompressWebUri(uri);
      const res = await t.app.inject({ method: 'GET', url: uri.slice(base.length) });
      expect(res.statusCode).toBe(307);
      expect(res.headers.location).toBe(uncompressed.replace(base, `${base}/kiem-tra-tem`));
      expect(res.headers.link).toContain(`<${uncompressed}>; rel="owl:sameAs"`);
      const page = await t.app.inject({ method: 'GET', url: res.headers.location!.replace(base, '') });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('Nhãn lồng Hưng Yên');
    }
  });

  it('asking again for compressed sheets reuses the job; uncompressed sheets are a job of their own', async () => {
    const again = await startJob({ uriForm: 'compressed' });
    expect(again.statusCode).toBe(200);
    expect(again.json<Job>().id).toBe(compressedJob.id);
    const plain = await startJob();
    expect(plain.statusCode, plain.body).toBe(202);
    expect(plain.json<Job>()).toMatchObject({ uriForm: 'uncompressed' });
    expect(plain.json<Job>().id).not.toBe(compressedJob.id);
    const done = await finished(plain.json<Job>().id);
    const pdf = await t.app.inject({ method: 'GET', url: done.downloadUrl!, headers: producer.headers });
    expect(new Set(decodeQrCodesFromPdf(pdf.rawPayload))).toEqual(new Set(serials.map(stampUri)));
  }, 120_000);

  it('refuses an unknown URI form with 400 naming the field', async () => {
    const res = await startJob({ uriForm: 'tiny' });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('uriForm');
  });
});
