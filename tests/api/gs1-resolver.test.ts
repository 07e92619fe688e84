/**
 * The stamp resolver against the GS1-Conformant Resolver standard, table-driven: methods and CORS,
 * 400 / 404 / trailing slash, walk-up (serial → lot → GTIN), `linkType`, the default-link redirect
 * with the other links in the `Link` header, query strings passed on, language negotiation, the
 * resolver description file, compressed URIs (checked against GS1's own toolkit) and the linkset
 * (validated with ajv against a JSON schema restating GS1's linkset schema).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Ajv } from 'ajv';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stamps } from '../../src/db/schema';
import { scanRecorderOf } from '../../src/server/modules/stamps/scan-recorder';
import linksetSchema from '../fixtures/gs1-conformant-linkset.schema.json';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

const require = createRequire(import.meta.url);
const { Utils } = require('digital-link.js') as {
  Utils: { compressWebUri(uri: string): string; decompressWebUri(uri: string): string };
};

const BASE = 'http://localhost:3000';
const GTIN = '08938505970011';
let t: TestApp;
let producer: Session;
let product: Awaited<ReturnType<typeof buildCertifiedProduct>>;
let serials: string[];
let shortSerial: string;

const stampPath = (serial: string) => `/01/${GTIN}/10/R1/21/${serial}`;
const get = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  const units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  producer = await login(t.app, account.username);
  const scope = { province: units.provinceA, commune: units.communeX };
  product = await buildCertifiedProduct(t.db, scope, {
    gtin: '8938505970011',
    producerAccountId: account.id,
    name: 'Mắm tôm Hòa Bình',
  });
  const noGtin = await buildCertifiedProduct(t.db, scope, { producerAccountId: account.id });
  const order = async (productId: string, lot: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/stamp-batches',
      headers: producer.headers,
      payload: { productId, lot, productionDate: '2026-05-01', expiryDate: '2027-05-01', quantity: 3 },
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string }>().id;
  };
  const batchId = await order(product.product.id, 'R1');
  serials = (await t.db.select().from(stamps).where(eq(stamps.batchId, batchId))).map((s) => s.serial);
  const shortBatch = await order(noGtin.product.id, 'S1');
  shortSerial = (await t.db.select().from(stamps).where(eq(stamps.batchId, shortBatch)))[0]!.serial;
}, 120_000);
afterAll(async () => t.close());

describe('methods and CORS', () => {
  it.each([
    ['GET', 307],
    ['HEAD', 307],
    ['OPTIONS', 204],
  ] as const)('%s on a stamp URI answers %i with CORS headers', async (method, status) => {
    const res = await t.app.inject({ method, url: stampPath(serials[0]!) });
    expect(res.statusCode).toBe(status);
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    if (method === 'OPTIONS') expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('keeps the same-origin resource policy everywhere else', async () => {
    const res = await get('/api/v1/hello');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('publishes the resolver description file at /.well-known/gs1resolver', async () => {
    const res = await get('/.well-known/gs1resolver');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toMatchObject({
      resolverRoot: BASE,
      supportedPrimaryKeys: ['gtin'],
      linkTypeDefaultCanBeLinkset: true,
      supportsLinksetJsonLd: true,
    });
  });
});

describe('syntax: 400 for a malformed Digital Link, 404 for an unknown valid one', () => {
  it.each([
    ['bad GTIN check digit', `/01/08938505970012/10/R1/21/ABC`, 400],
    ['GTIN of a wrong length', `/01/893850597/10/R1`, 400],
    ['qualifiers out of order', `/01/${GTIN}/21/ABC/10/R1`, 400],
    ['a qualifier GTIN does not take', `/01/${GTIN}/17/260501`, 400],
    ['forbidden characters', `/01/${GTIN}/10/L%C3%B4`, 400],
    ['a lot longer than 20 characters', `/01/${GTIN}/10/${'A'.repeat(21)}`, 400],
    ['a key without its value', `/01/${GTIN}/10`, 400],
    ['unknown GTIN', '/01/04006381333931', 404],
    ['unknown GTIN with lot and serial', '/01/04006381333931/10/R1/21/ABC', 404],
    ['unknown short serial', '/s/0000000000000000A', 404],
  ])('%s → %i with a problem body', async (_label, url, status) => {
    const res = await get(url, { accept: 'application/json' });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ status });
    const html = await get(url, { accept: 'text/html' });
    expect(html.statusCode).toBe(status);
    expect(html.headers['access-control-allow-origin']).toBe('*');
  });

  it('tolerates a trailing slash', async () => {
    const res = await get(`${stampPath(serials[0]!)}/`);
    expect(res.statusCode).toBe(307);
    expect(res.headers.location).toBe(`${BASE}/kiem-tra-tem${stampPath(serials[0]!)}`);
  });
});

describe('default link, walk-up and link types', () => {
  it.each([
    [
      'a stamp → its verification page',
      () => stampPath(serials[0]!),
      () => `${BASE}/kiem-tra-tem${stampPath(serials[0]!)}`,
    ],
    [
      'a short stamp URI → its verification page',
      () => `/s/${shortSerial}`,
      () => `${BASE}/kiem-tra-tem/s/${shortSerial}`,
    ],
    [
      'a lot → the lot verification page',
      () => `/01/${GTIN}/10/R1`,
      () => `${BASE}/kiem-tra-tem/01/${GTIN}/10/R1`,
    ],
    ['a GTIN → the product page', () => `/01/${GTIN}`, () => `${BASE}/p/${product.product.id}`],
    ['a GTIN-13 → the product page', () => '/01/8938505970011', () => `${BASE}/p/${product.product.id}`],
    [
      'an unknown serial → its own page with the warning',
      () => stampPath('0000000000000000A'),
      () => `${BASE}/kiem-tra-tem${stampPath('0000000000000000A')}`,
    ],
    [
      'an unknown lot walks up to the product',
      () => `/01/${GTIN}/10/NOPE`,
      () => `${BASE}/kiem-tra-tem/01/${GTIN}/10/NOPE`,
    ],
    [
      'gs1:pip → the product page',
      () => `${stampPath(serials[0]!)}?linkType=gs1:pip`,
      () => `${BASE}/p/${product.product.id}`,
    ],
    [
      'the full URI of gs1:pip',
      () => `${stampPath(serials[0]!)}?linkType=${encodeURIComponent('https://gs1.org/voc/pip')}`,
      () => `${BASE}/p/${product.product.id}`,
    ],
    [
      'gs1:certificationInfo → the certificate page',
      () => `/01/${GTIN}?linkType=gs1:certificationInfo`,
      () => `${BASE}/c/${encodeURIComponent(product.certificate.number)}`,
    ],
    [
      'gs1:verificationService of a GTIN',
      () => `/01/${GTIN}?linkType=gs1:verificationService`,
      () => `${BASE}/kiem-tra-tem/01/${GTIN}`,
    ],
    [
      'gs1:homepage → the producer in the catalogue',
      () => `/01/${GTIN}/10/R1?linkType=gs1:homepage`,
      (): unknown => expect.stringMatching(/^http:\/\/localhost:3000\/\?q=/),
    ],
    [
      'gs1:defaultLink is the default',
      () => `/01/${GTIN}?linkType=gs1:defaultLink`,
      () => `${BASE}/p/${product.product.id}`,
    ],
    [
      'query strings are passed on',
      () => `/01/${GTIN}?linkType=gs1:pip&utm_source=tem&x=1`,
      () => `${BASE}/p/${product.product.id}?utm_source=tem&x=1`,
    ],
  ])('%s (307)', async (_label, url, location) => {
    const res = await get(url(), { accept: 'text/html' });
    expect(res.statusCode).toBe(307);
    expect(res.headers.location).toEqual(location());
    expect(String(res.headers.link)).toContain('rel="https://gs1.org/voc/pip"');
    expect(String(res.headers.link)).toContain('rel="linkset"');
  });

  it.each([
    ['gs1:nosuchtype', `/01/${GTIN}?linkType=gs1:nosuchtype`],
    ['a type from no vocabulary', `/01/${GTIN}?linkType=pip`],
    ['a ratified type we have no link for', `/01/${GTIN}?linkType=gs1:recipeInfo`],
  ])('?linkType=%s → 404', async (_label, url) => {
    expect((await get(url, { accept: 'text/html' })).statusCode).toBe(404);
  });

  it('the four targets are distinct and none points back at the resolver', async () => {
    const res = await get(`${stampPath(serials[0]!)}?linkType=linkset`);
    const entry = res.json<{ linkset: Record<string, { href: string }[]>[] }>().linkset[0]!;
    const targets = ['verificationService', 'pip', 'certificationInfo', 'homepage'].map(
      (type) => entry[`https://gs1.org/voc/${type}`]![0]!.href,
    );
    expect(new Set(targets).size).toBe(4);
    for (const href of targets) expect(href).not.toBe(`${BASE}${stampPath(serials[0]!)}`);
  });

  it.each([
    ['no Accept-Language → Vietnamese', undefined, ''],
    ['vi', 'vi-VN,vi;q=0.9', ''],
    ['en first', 'en-GB,en;q=0.9,vi;q=0.5', '?lang=en'],
    ['a language we do not have → Vietnamese', 'fr-FR', ''],
  ])('language: %s', async (_label, acceptLanguage, suffix) => {
    const res = await get(
      stampPath(serials[0]!),
      acceptLanguage ? { 'accept-language': acceptLanguage } : {},
    );
    expect(res.headers.location).toBe(`${BASE}/kiem-tra-tem${stampPath(serials[0]!)}${suffix}`);
    expect(res.headers.vary).toContain('Accept-Language');
  });
});

describe('the verification page', () => {
  it('one redirect lands on the page, which counts the scan once', async () => {
    const redirect = await get(stampPath(serials[1]!), { accept: 'text/html' });
    expect(redirect.statusCode).toBe(307);
    const page = await get(redirect.headers.location!.replace(BASE, ''));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Mắm tôm Hòa Bình');
    expect(page.body).toContain('scanned 1 time');
    await scanRecorderOf(t.app.deps, t.app.log).flush();
    const [row] = await t.db.select().from(stamps).where(eq(stamps.serial, serials[1]!));
    expect(row!.scanCount).toBe(1);
  });

  it.each([
    ['an unknown serial', () => `/kiem-tra-tem${stampPath('0000000000000000A')}`, 'chưa được đăng ký'],
    ['a lot', () => `/kiem-tra-tem/01/${GTIN}/10/R1`, 'Mắm tôm Hòa Bình'],
    ['a GTIN', () => `/kiem-tra-tem/01/${GTIN}`, 'Mắm tôm Hòa Bình'],
  ])('answers for %s', async (_label, url, text) => {
    const page = await get(url());
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(text);
  });

  it('a lot asked for as such is not called unregistered', async () => {
    expect((await get(`/kiem-tra-tem/01/${GTIN}/10/R1`)).body).not.toContain('chưa được đăng ký');
  });

  it('leads in English with ?lang=en', async () => {
    const page = await get(`/kiem-tra-tem${stampPath(serials[2]!)}?lang=en`);
    expect(page.body).toContain('<html lang="en">');
  });
});

describe('the linkset', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(linksetSchema);

  it.each([
    ['?linkType=linkset', (p: string) => ({ url: `${p}?linkType=linkset`, headers: {} })],
    ['?linkType=all', (p: string) => ({ url: `${p}?linkType=all`, headers: {} })],
    [
      'Accept: application/linkset+json',
      (p: string) => ({ url: p, headers: { accept: 'application/linkset+json' } }),
    ],
  ])('%s answers the linkset with every level walked up, valid against the schema', async (_label, ask) => {
    const { url, headers } = ask(stampPath(serials[0]!));
    const res = await get(url, headers);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/linkset+json');
    expect(String(res.headers.link)).toContain('rel="http://www.w3.org/ns/json-ld#context"');
    const body = res.json<{ linkset: { anchor: string; itemDescription: string }[] }>();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.linkset.map((l) => l.anchor)).toEqual([
      `${BASE}${stampPath(serials[0]!)}`,
      `${BASE}/01/${GTIN}/10/R1`,
      `${BASE}/01/${GTIN}`,
    ]);
    expect(body.linkset[0]!.itemDescription).toContain('Mắm tôm Hòa Bình');
  });

  it('an unknown serial walks up: the linkset starts at the lot', async () => {
    const res = await get(`${stampPath('0000000000000000A')}?linkType=linkset`);
    const body = res.json<{ linkset: { anchor: string }[] }>();
    expect(validate(body)).toBe(true);
    expect(body.linkset.map((l) => l.anchor)).toEqual([`${BASE}/01/${GTIN}/10/R1`, `${BASE}/01/${GTIN}`]);
  });

  it('uses only GS1 Web Vocabulary or schema.org link types, each link with a title and languages', async () => {
    const res = await get(`${stampPath(serials[0]!)}?linkType=linkset`);
    for (const entry of res.json<{ linkset: Record<string, unknown>[] }>().linkset)
      for (const [key, value] of Object.entries(entry)) {
        if (['anchor', 'itemDescription', 'description'].includes(key)) continue;
        expect(key).toMatch(/^https:\/\/(gs1\.org\/voc\/|schema\.org\/)[A-Za-z]+$/);
        for (const link of value as { title: string; hreflang: string[] }[]) {
          expect(link.title.length).toBeGreaterThan(0);
          expect(link.hreflang.length).toBeGreaterThan(0);
        }
      }
  });

  it('the schema rejects what GS1 forbids (negative controls)', () => {
    expect(
      validate({
        linkset: [{ anchor: `${BASE}/01/${GTIN}`, 'https://gs1.org/voc/pip': [{ href: `${BASE}/p/1` }] }],
      }),
    ).toBe(false);
    expect(validate({ linkset: [{ itemDescription: 'x' }] })).toBe(false);
    expect(validate({ linkset: [{ anchor: `${BASE}/01/${GTIN}`, extra: 1, Foo: [] }] })).toBe(false);
  });
});

/**
 * GS1's own linkset schema (GS1-Conformant Resolver standard, https://ref.gs1.org/standards/resolver/linkset-schema),
 * when it is placed in the shared reference: GS1 publishes it on its site only, so the project
 * cannot vendor it, and the tests above validate against a restatement of its rules.
 */
const GS1_LINKSET_SCHEMA = path.resolve(
  import.meta.dirname,
  '../../../shared/reference/gs1/linkset-schema.json',
);

describe.skipIf(!fs.existsSync(GS1_LINKSET_SCHEMA))('the linkset against GS1’s own schema', () => {
  it.each([
    ['a stamp', () => stampPath(serials[0]!)],
    ['an unknown serial (walked up to the lot)', () => stampPath('0000000000000000A')],
    ['a lot', () => `/01/${GTIN}/10/R1`],
    ['a GTIN', () => `/01/${GTIN}`],
  ])('%s', async (_label, pathOf) => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(fs.readFileSync(GS1_LINKSET_SCHEMA, 'utf8')) as object,
    );
    const res = await get(`${pathOf()}?linkType=linkset`);
    expect(res.statusCode).toBe(200);
    expect(validate(res.json()), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('compressed Digital Link URIs', () => {
  it.each([
    ['a stamp', () => stampPath(serials[0]!)],
    ['a lot', () => `/01/${GTIN}/10/R1`],
    ['a GTIN', () => `/01/${GTIN}`],
  ])(
    '%s: GS1 toolkit compression resolves like the uncompressed URI, owl:sameAs in Link',
    async (_label, path) => {
      const compressed = Utils.compressWebUri(`${BASE}${path()}`);
      expect(compressed).not.toBe(`${BASE}${path()}`);
      const res = await get(compressed.replace(BASE, ''), { accept: 'text/html' });
      const plain = await get(path(), { accept: 'text/html' });
      expect(res.statusCode).toBe(307);
      expect(res.headers.location).toBe(plain.headers.location);
      expect(String(res.headers.link)).toContain(`<${BASE}${path()}>; rel="owl:sameAs"`);
      expect(Utils.decompressWebUri(compressed)).toBe(`${BASE}${path()}`);
    },
  );

  it('a single path segment that is not a compressed Digital Link is still a plain 404', async () => {
    expect((await get('/khong-co-trang-nay-dau')).statusCode).toBe(404);
    expect((await get('/tin-tuc')).statusCode).toBe(200);
  });
});
