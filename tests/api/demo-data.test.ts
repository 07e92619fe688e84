import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProducerProfileInput, type ProducerOutput } from '../../src/contracts/producers.contracts';
import { CreateProductInput, type ProductOutput } from '../../src/contracts/products.contracts';
import { DEMO_PASSWORD, seedDemo } from '../../src/server/demo/seed-demo';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

/**
 * Demo data passes the product's own rules: every demo producer and product validates with the
 * contracts a user's save uses, and its owner saves it back unchanged (200). The demo producer of
 * the evaluation demo once had "DEMO-HN-0001" as registration number and could never be saved.
 */
let t: TestApp;
const NOW = new Date('2026-05-04T02:00:00Z');
let admin: Session;

beforeAll(async () => {
  // No background jobs: the daily certificate-expiry job would otherwise catch up while the test
  // saves products, and change the status (and version) of the demo product it reads (409).
  t = await createTestApp({ now: NOW, config: { jobs: { isEnabled: false, pollingSeconds: 2 } } as never });
  await seedDemo({ db: t.db, now: NOW, publicBaseUrl: 'http://localhost:3000' });
  admin = await login(t.app, 'admin', DEMO_PASSWORD);
});
afterAll(async () => t.close());

async function getJson<T>(session: Session, url: string): Promise<T> {
  const response = await t.app.inject({ method: 'GET', url, headers: session.headers });
  expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
  return response.json<T>();
}

/** What the producer profile form sends: the profile as read, nothing changed. */
function profileOf(producer: ProducerOutput) {
  return {
    type: producer.type,
    name: producer.name,
    registrationNumber: producer.registrationNumber,
    communeId: producer.communeId,
    address: producer.address,
    legalRepresentative: producer.legalRepresentative,
    contacts: producer.contacts,
    workforce: producer.workforce,
  };
}

function productOf(product: ProductOutput) {
  return {
    productSet: product.productSet,
    name: product.name,
    description: product.description,
    gtin: product.gtin,
    details: product.details,
  };
}

/** Each demo producer as its owner reads it (the owner sees the legal representative). */
async function producersOfOwners() {
  const result: { owner: Session; producer: ProducerOutput }[] = [];
  for (const username of ['chuthe1', 'chuthe2', 'chuthe-nhieu']) {
    const owner = await login(t.app, username, DEMO_PASSWORD);
    const { items } = await getJson<{ items: ProducerOutput[] }>(owner, '/api/v1/producers?limit=200');
    for (const producer of items) result.push({ owner, producer });
  }
  return result;
}

describe('demo data passes the rules a user save uses', () => {
  it('chuthe1 and chuthe2 belong to one producer each; chuthe-nhieu is the demo of several', async () => {
    const producersOf = async (username: string) => {
      const session = await login(t.app, username, DEMO_PASSWORD);
      const { items } = await getJson<{ items: ProducerOutput[] }>(session, '/api/v1/producers?limit=200');
      return items.map((p) => p.name).sort();
    };
    expect(await producersOf('chuthe1')).toEqual(['HTX Gốm sứ Bát Tràng']);
    expect(await producersOf('chuthe2')).toEqual(['Hộ kinh doanh Trà sen Yên Hòa']);
    expect(await producersOf('chuthe-nhieu')).toEqual(['HTX Nông sản sạch', 'Hộ kinh doanh Trà xanh']);
  });

  it("every demo producer's evidence library opens for its owner", async () => {
    for (const { owner, producer } of await producersOfOwners()) {
      const library = await getJson<{ items: unknown[] }>(
        owner,
        `/api/v1/evidence?producerId=${producer.id}`,
      );
      expect(library.items.length, producer.name).toBeGreaterThan(0);
    }
  });

  it('every demo producer validates and its owner saves it back unchanged', async () => {
    const all = await getJson<{ items: ProducerOutput[] }>(admin, '/api/v1/producers?limit=200');
    const owned = await producersOfOwners();
    expect(owned.map((o) => o.producer.id).sort()).toEqual(all.items.map((p) => p.id).sort());
    expect(owned.map((o) => o.producer.name)).toContain('HTX Gốm sứ Bát Tràng');
    for (const { owner, producer } of owned) {
      const profile = profileOf(producer);
      const parsed = ProducerProfileInput.safeParse(profile);
      expect(parsed.success, `${producer.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      const saved = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/producers/${producer.id}`,
        headers: owner.headers,
        payload: { ...profile, version: producer.version },
      });
      expect(saved.statusCode, `${producer.name}: ${saved.body}`).toBe(200);
      expect(saved.json<ProducerOutput>().registrationNumber).toBe(producer.registrationNumber);
    }
  });

  it('every demo product validates and its producer saves it back unchanged', async () => {
    const all = await getJson<{ items: ProductOutput[] }>(admin, '/api/v1/products?limit=200');
    expect(all.items.length).toBeGreaterThanOrEqual(8);
    const owned = await producersOfOwners();
    for (const product of all.items) {
      const input = productOf(product);
      const parsed = CreateProductInput.safeParse(input);
      expect(parsed.success, `${product.name}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
      const owner = owned.find((o) => o.producer.id === product.producerId)?.owner;
      expect(owner, product.name).toBeDefined();
      const saved = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/products/${product.id}`,
        headers: owner!.headers,
        payload: { ...input, version: product.version },
      });
      expect(saved.statusCode, `${product.name}: ${saved.body}`).toBe(200);
    }
  });
});
