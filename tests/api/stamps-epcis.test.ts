/**
 * EPCIS 2.0 events of stamp batches: the per-batch document and the query endpoint validate against
 * GS1's EPCIS 2.0 JSON schema (vendor/gs1/epcis, checked with ajv + ajv-formats); commissioning
 * carries the Digital Link URIs, the lot, dates and the certificate; deactivating a stamp adds a
 * decommissioning event; revoking the certificate adds a certification change; access follows the
 * stamp jurisdiction.
 */
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stamps } from '../../src/db/schema';
import epcisSchema from '../../vendor/gs1/epcis/EPCIS-JSON-Schema.json';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { revokeThroughDecision } from '../helpers/revoke-through-decision';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
const validate = ajv.compile(epcisSchema);

interface EpcisEvent {
  type: string;
  action: string;
  bizStep: string;
  disposition: string;
  eventTime: string;
  epcList?: string[];
  quantityList?: { epcClass: string; quantity: number }[];
  certificationInfo?: string;
  ilmd?: Record<string, string>;
  'ocop:kind': string;
}
interface EpcisDocument {
  type: string;
  epcisBody: { eventList: EpcisEvent[] };
}

let t: TestApp;
let producer: Session;
let officeA: Session;
let officeB: Session;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let product: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let batchId: string;
let serials: string[];

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producer = await login(t.app, account.username);
  officeA = await signInAs(t, 'standing_office', units.provinceA);
  officeB = await signInAs(t, 'standing_office', units.provinceB);
  product = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { gtin: '8938505970011', producerAccountId: account.id, name: 'Mắm tôm Hòa Bình' },
  );
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/stamp-batches',
    headers: producer.headers,
    payload: {
      productId: product.product.id,
      lot: 'E1',
      productionDate: '2026-05-01',
      expiryDate: '2027-05-01',
      quantity: 3,
    },
  });
  expect(res.statusCode).toBe(201);
  batchId = res.json<{ id: string }>().id;
  serials = (await t.db.select().from(stamps).where(eq(stamps.batchId, batchId))).map((s) => s.serial);
}, 120_000);
afterAll(async () => t.close());

const epcisOf = (who: Session) =>
  t.app.inject({ method: 'GET', url: `/api/v1/stamp-batches/${batchId}/epcis`, headers: who.headers });

describe('EPCIS 2.0 per stamp batch', () => {
  it('commissioning: the Digital Link URIs, lot, dates and certificate, valid against GS1 EPCIS 2.0', async () => {
    const res = await epcisOf(producer);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/ld+json');
    const doc = res.json<EpcisDocument>();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(doc.epcisBody.eventList).toHaveLength(1);
    const [commissioning] = doc.epcisBody.eventList;
    expect(commissioning).toMatchObject({
      type: 'ObjectEvent',
      action: 'ADD',
      bizStep: 'commissioning',
      disposition: 'active',
      certificationInfo: `http://localhost:3000/c/${encodeURIComponent(product.certificate.number)}`,
      ilmd: {
        'cbvmda:lotNumber': 'E1',
        'cbvmda:itemExpirationDate': '2027-05-01',
        'ocop:productionDate': '2026-05-01',
      },
    });
    expect(commissioning!.eventTime).toBe('2026-05-10T15:00:00+07:00');
    expect([...commissioning!.epcList!].sort()).toEqual(
      serials.map((s) => `http://localhost:3000/01/08938505970011/10/E1/21/${s}`).sort(),
    );
  });

  it('a deactivated stamp adds a decommissioning event', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stamps/${serials[0]}/deactivate`,
      headers: producer.headers,
      payload: { reason: 'Tem in lỗi' },
    });
    expect(res.statusCode).toBe(200);
    const doc = (await epcisOf(producer)).json<EpcisDocument>();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    const decommissioning = doc.epcisBody.eventList.filter((e) => e.bizStep === 'decommissioning');
    expect(decommissioning).toHaveLength(1);
    expect(decommissioning[0]).toMatchObject({
      action: 'DELETE',
      disposition: 'inactive',
      epcList: [`http://localhost:3000/01/08938505970011/10/E1/21/${serials[0]}`],
    });
  });

  it('is read within the stamp jurisdiction only', async () => {
    expect((await epcisOf(officeA)).statusCode).toBe(200);
    expect((await epcisOf(officeB)).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/stamp-batches/${batchId}/epcis` })).statusCode,
    ).toBe(401);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/stamp-batches/00000000-0000-4000-8000-000000000000/epcis',
          headers: producer.headers,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('EPCIS query', () => {
  const query = (who: Session, q: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/epcis/events?${q}`, headers: who.headers });

  it('a revoked certificate adds a certification change; the query filters by type, product and time', async () => {
    // The decision is approved the day before the batch was made.
    t.setNow(new Date('2026-05-09T08:00:00Z'));
    await revokeThroughDecision(t, {
      certificateId: product.certificate.id,
      office: officeA,
      leader: await signInAs(t, 'leader', units.provinceA),
      decisionNumber: '9/QĐ-UBND',
      groundText: 'Vi phạm',
    });
    t.setNow(new Date('2026-05-10T08:00:00Z'));
    const all = await query(officeA, `productId=${product.product.id}`);
    expect(all.statusCode).toBe(200);
    const body = all.json<{ total: number; document: EpcisDocument }>();
    expect(validate(body.document), JSON.stringify(validate.errors)).toBe(true);
    // Oldest first: the revocation takes effect on its decision date, the day before the batch.
    expect(body.document.epcisBody.eventList.map((e) => e['ocop:kind'])).toEqual([
      'certification',
      'commissioning',
      'decommissioning',
    ]);
    const certification = body.document.epcisBody.eventList[0]!;
    expect(certification).toMatchObject({
      action: 'OBSERVE',
      disposition: 'recalled',
      quantityList: [{ epcClass: 'http://localhost:3000/01/08938505970011/10/E1', quantity: 3 }],
    });

    const onlyCertification = await query(officeA, 'eventType=certification');
    expect(onlyCertification.json<{ total: number }>().total).toBe(1);
    const window = await query(
      producer,
      `from=${encodeURIComponent('2026-05-10T00:00:00+07:00')}&to=${encodeURIComponent('2026-05-10T23:59:59+07:00')}`,
    );
    expect(
      window.json<{ document: EpcisDocument }>().document.epcisBody.eventList.map((e) => e['ocop:kind']),
    ).toEqual(['commissioning', 'decommissioning']);
  });

  it('shows another province nothing and refuses bad input with 400', async () => {
    const other = await query(officeB, '');
    expect(other.json<{ total: number }>().total).toBe(0);
    expect((await query(officeB, `productId=${product.product.id}`)).statusCode).toBe(403);
    expect((await query(officeA, 'eventType=shipping')).statusCode).toBe(400);
    expect((await query(officeA, 'from=yesterday')).statusCode).toBe(400);
  });
});
