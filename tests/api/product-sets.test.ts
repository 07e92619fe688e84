import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';
import { buildProducer, signInAsProducer } from '../helpers/dossier-factories';

/** The product sets the registry screens offer come from the server, not from a bundled catalogue. */
let t: TestApp;
let producerSession: Session;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  const units = await buildJurisdictions(t.db);
  const producer = await buildProducer(t.db, { commune: units.communeX });
  producerSession = await signInAsProducer(t.app, t.db, producer, units.communeX);
});
afterAll(async () => t.close());

describe('GET /api/v1/product-sets', () => {
  it('lists the 26 sets of Decision 148 in force, with their names, to a signed-in producer', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/product-sets',
      headers: producerSession.headers,
    });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: { setNumber: number; nameVi: string; nameEn: string }[] }>();
    expect(items.map((s) => s.setNumber)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(items[0]).toEqual({
      setNumber: 1,
      nameVi: 'Rau, củ, quả, hạt tươi',
      nameEn: 'Fresh vegetables, tubers, fruits and nuts',
    });
  });

  it('answers 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/product-sets' })).statusCode).toBe(401);
  });
});
