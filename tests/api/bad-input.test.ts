/**
 * Bad input answers 4xx, never 5xx. A fuzzer driven by the published OpenAPI document sends, to
 * every operation, a NUL character in each string field and parameter, integers one past a
 * PostgreSQL `integer`, wrong types and malformed JSON, signed in as an administrator holding every
 * role nationwide and anonymously. Targeted regressions pin the reported cases; the database's own
 * data errors (which the contracts should have caught) still degrade to 400 on either driver.
 */
import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import Fastify, { type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database';
import { dossiers, evidence, producers, products, stampReports } from '../../src/db/schema';
import { ROLES } from '../../src/domain/access/roles';
import { errorsPlugin } from '../../src/server/plugins/errors.plugin';
import { buildEvidence } from '../helpers/dossier-factories';
import { buildPoolProduct } from '../helpers/evaluation-fixtures';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { multipartFile, tinyPdf } from '../helpers/multipart';
import { fuzzCases, OVERSIZED_INTEGER, type FuzzCase, type OpenApiDocument } from '../helpers/openapi-fuzz';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let admin: Session;
let doc: OpenApiDocument;
let world: {
  units: Awaited<ReturnType<typeof buildJurisdictions>>;
  pool: Awaited<ReturnType<typeof buildPoolProduct>>;
  certified: Awaited<ReturnType<typeof buildCertifiedProduct>>;
  evidenceId: string;
  otherAccountId: string;
};

const FORMULA_NAME = '=HYPERLINK("http://evil.example/x","Bấm để xem")';

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-10T08:00:00Z') });
  const units = await buildJurisdictions(t.db);
  const account = await buildAccount(t.db, {
    unit: units.nation,
    grants: ROLES.map((role) => ({ role, unit: units.nation })),
  });
  const other = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'commune_officer', unit: units.communeX }],
  });
  const pool = await buildPoolProduct(t.db, units.communeX);
  const certified = await buildCertifiedProduct(
    t.db,
    { province: units.provinceA, commune: units.communeX },
    { name: FORMULA_NAME, stars: 4 },
  );
  const evidenceRow = await buildEvidence(t.db, { producer: pool.producer });
  // The pool fixtures store only the representative's name; the registry lists whole profiles.
  await t.db.update(producers).set({
    legalRepresentative: {
      fullName: 'Nguyễn Thị A',
      title: 'Giám đốc',
      gender: 'female',
      isEthnicMinority: false,
      ethnicity: null,
    },
  });
  world = { units, pool, certified, evidenceId: evidenceRow.id, otherAccountId: other.id };
  admin = await login(t.app, account.username);
  doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json<OpenApiDocument>();
}, 120_000);
afterAll(async () => t.close());

/** A live record for a path parameter or an id field, so refusals happen on real rows too. */
function liveId(path: string, name: string): string | undefined {
  const byName: Record<string, string> = {
    productId: world.pool.product.id,
    producerId: world.pool.producer.id,
    dossierId: world.pool.dossier.id,
    unitId: world.units.communeX.id,
    communeId: world.units.communeX.id,
    provinceId: world.units.provinceA.id,
    evidenceId: world.evidenceId,
  };
  if (name !== 'id') return byName[name];
  const resource = path.split('/')[3];
  const byResource: Record<string, string> = {
    products: world.pool.product.id,
    producers: world.pool.producer.id,
    dossiers: world.pool.dossier.id,
    certificates: world.certified.certificate.id,
    evidence: world.evidenceId,
    units: world.units.communeX.id,
    accounts: world.otherAccountId,
  };
  return resource ? byResource[resource] : undefined;
}

interface ProblemBody {
  code?: string;
  errors?: { field: string }[];
}

function namedFields(response: LightMyRequestResponse): string[] {
  try {
    return (response.json<ProblemBody>().errors ?? []).map((e) => e.field);
  } catch {
    return [];
  }
}

/** What is wrong with one answer to one bad case, or undefined when it is right. */
function judge(fuzz: FuzzCase, response: LightMyRequestResponse, isSignedIn: boolean): string | undefined {
  const status = response.statusCode;
  if (status >= 500) return `${status} ${response.body.slice(0, 200)}`;
  if (status < 400)
    return fuzz.kind === 'wrong-type' || fuzz.kind === 'int32-overflow'
      ? undefined
      : `accepted with ${status}`;
  if (!String(response.headers['content-type']).startsWith('application/problem+json'))
    return `${status} without problem+json`;
  if (fuzz.routerStatus && status !== fuzz.routerStatus) return `${status} instead of ${fuzz.routerStatus}`;
  if (fuzz.kind === 'int32-overflow') {
    return status === 400 && namedFields(response).length === 0
      ? '400 without naming any field (a database refusal?)'
      : undefined;
  }
  if (!fuzz.field) return undefined;
  // NUL is refused before sign-in is checked; everything else may meet 401 first when anonymous.
  const mustBe400 = fuzz.kind === 'nul' || (isSignedIn && fuzz.kind === 'oversized-integer');
  if (fuzz.kind === 'nul-multipart-field' && status !== 400) return undefined;
  if (!mustBe400 && status !== 400) return undefined;
  if (status !== 400) return `${status} instead of 400`;
  const fields = namedFields(response);
  return fields.includes(fuzz.field) ? undefined : `400 naming ${JSON.stringify(fields)}, not ${fuzz.field}`;
}

describe('fuzzing every operation of the OpenAPI document', () => {
  it('answers no bad request with 5xx, and NUL or oversized integers with 400 naming the field', async () => {
    const cases = fuzzCases(doc, liveId);
    const operations = new Set(cases.map((c) => c.operationId));
    expect(operations.size).toBeGreaterThan(100);
    expect(cases.filter((c) => c.kind === 'nul').length).toBeGreaterThan(300);
    expect(cases.filter((c) => c.kind === 'oversized-integer').length).toBeGreaterThan(30);

    const failures: string[] = [];
    let request = 0;
    for (const [who, headers] of [
      ['admin', admin.headers],
      ['anonymous', {}],
    ] as const) {
      for (const fuzz of cases) {
        // A new client address per request: the per-address throttles (sign-in, registration) stay out of the way.
        request += 1;
        const remoteAddress = `10.${(request >> 16) & 255}.${(request >> 8) & 255}.${request & 255}`;
        const response = await t.app.inject({
          method: fuzz.method as 'GET',
          url: fuzz.url,
          payload: fuzz.payload as string,
          headers: { ...fuzz.headers, ...headers },
          remoteAddress,
        });
        const problem = judge(fuzz, response, who === 'admin');
        if (problem)
          failures.push(
            `${who} ${fuzz.operationId} ${fuzz.kind} ${fuzz.field ?? ''} ${fuzz.method} ${fuzz.url.slice(0, 120)}: ${problem}`,
          );
      }
    }
    expect(failures).toEqual([]);
    // The administrator's session survived the whole run (nothing above signed it out).
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: admin.headers })).statusCode,
    ).toBe(200);
  }, 180_000);
});

describe('public pages outside the API document', () => {
  const big = String(OVERSIZED_INTEGER);
  const pages = ['/', '/diem-ban', '/su-kien', '/open-data/catalogue.csv', '/open-data/catalogue.json'];
  const pathPages = ['/p/', '/c/', '/s/', '/01/08938505970011/10/LO1/21/'];

  it('answer a NUL with 400 and other bad addresses with 4xx or a page, never 5xx', async () => {
    const failures: string[] = [];
    const check = async (url: string, expected?: number) => {
      const response = await t.app.inject({ method: 'GET', url });
      const isWrong = expected ? response.statusCode !== expected : response.statusCode >= 500;
      if (isWrong) failures.push(`${url.slice(0, 80)}: ${response.statusCode}`);
    };
    for (const page of pages) {
      for (const name of ['q', 'province', 'group', 'set', 'stars', 'page', 'valid']) {
        await check(`${page}?${name}=%00`, 400);
        for (const value of [big, '-1', 'abc', '', '1e400']) await check(`${page}?${name}=${value}`);
      }
    }
    for (const prefix of pathPages) {
      await check(`${prefix}%00`, 400);
      await check(`${prefix}${'x'.repeat(300)}`, 414);
      await check(`${prefix}%E0%A4%A`, 400);
      for (const value of [big, randomUUID(), 'khong-co', '..%2F..%2Fetc']) await check(`${prefix}${value}`);
    }
    expect(failures).toEqual([]);
  });
});

async function expect400Naming(response: LightMyRequestResponse, field: string): Promise<void> {
  expect(response.statusCode, response.body).toBe(400);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(namedFields(response)).toContain(field);
}

describe('the reported cases', () => {
  it('a NUL in the public unit search or in the sign-in name answers 400 without signing in', async () => {
    await expect400Naming(
      await t.app.inject({ method: 'GET', url: '/api/v1/public/units?q=%00' }),
      'querystring.q',
    );
    await expect400Naming(
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: '\u0000', password: 'x' },
      }),
      'username',
    );
  });

  it('a NUL in a product name or story answers 400 and leaves the product as it was', async () => {
    const url = `/api/v1/products/${world.pool.product.id}`;
    await expect400Naming(
      await t.app.inject({
        method: 'PATCH',
        url,
        headers: admin.headers,
        payload: { version: world.pool.product.version, name: 'Gốm\u0000' },
      }),
      'name',
    );
    await expect400Naming(
      await t.app.inject({
        method: 'PATCH',
        url,
        headers: admin.headers,
        payload: { version: world.pool.product.version, details: { story: 'a\u0000' } },
      }),
      'details.story',
    );
    const [row] = await t.db.select().from(products).where(eq(products.id, world.pool.product.id));
    expect(row?.name).toBe(world.pool.product.name);
    expect(row?.version).toBe(world.pool.product.version);
  });

  it('a NUL in an upload title answers 400 naming the field and stores nothing', async () => {
    const before = await t.db.select().from(evidence).where(eq(evidence.producerId, world.pool.producer.id));
    const upload = multipartFile(tinyPdf(), 'giay-phep.pdf', 'application/pdf');
    const boundary = /boundary=(.+)$/.exec(upload.headers['content-type'])![1]!;
    const fields = `--${boundary}\r\nContent-Disposition: form-data; name="documentType"\r\n\r\nbusiness_registration\r\n--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\nGiấy\u0000phép\r\n`;
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1/producers/${world.pool.producer.id}/evidence`,
      headers: { ...admin.headers, ...upload.headers },
      payload: Buffer.concat([Buffer.from(fields), upload.payload]),
    });
    await expect400Naming(response, 'title');
    expect(
      await t.db.select().from(evidence).where(eq(evidence.producerId, world.pool.producer.id)),
    ).toHaveLength(before.length);
  });

  it('a NUL in the public fake-report form answers 400 in words and stores nothing', async () => {
    const boundary = '----ocopNulReport';
    const fields = { stampPath: '/s/ABCDEFGHJK', message: 'Tem có vẻ\u0000 bị in lại' };
    const body = Object.entries(fields).map(
      ([name, value]) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    );
    const before = await t.db.select().from(stampReports);
    const response = await t.app.inject({
      method: 'POST',
      url: '/stamp-reports',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.from(`${body.join('')}--${boundary}--\r\n`),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.body).toContain('ký tự không hợp lệ');
    expect(await t.db.select().from(stampReports)).toHaveLength(before.length);
  });

  it('a version above 2,147,483,647 answers 400 naming it on products, producers, dossier acceptance and documents', async () => {
    const big = OVERSIZED_INTEGER;
    const patchProduct = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/products/${world.pool.product.id}`,
      headers: admin.headers,
      payload: { version: big, name: 'Đổi tên' },
    });
    await expect400Naming(patchProduct, 'version');
    const patchProducer = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/producers/${world.pool.producer.id}`,
      headers: admin.headers,
      payload: { version: big, name: 'Đổi tên' },
    });
    await expect400Naming(patchProducer, 'version');
    const accept = await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${world.pool.dossier.id}/accept`,
      headers: admin.headers,
      payload: { version: big },
    });
    await expect400Naming(accept, 'version');
    for (const url of [
      `/api/v1/dossiers/${world.pool.dossier.id}/bundle?version=${big}`,
      `/api/v1/dossiers/${world.pool.dossier.id}/documents/bieu-1?version=${big}`,
    ]) {
      await expect400Naming(
        await t.app.inject({ method: 'GET', url, headers: admin.headers }),
        'querystring.version',
      );
    }
    const [product] = await t.db.select().from(products).where(eq(products.id, world.pool.product.id));
    const [producer] = await t.db.select().from(producers).where(eq(producers.id, world.pool.producer.id));
    const [dossier] = await t.db.select().from(dossiers).where(eq(dossiers.id, world.pool.dossier.id));
    expect([product?.name, producer?.name, dossier?.status]).toEqual([
      world.pool.product.name,
      world.pool.producer.name,
      world.pool.dossier.status,
    ]);
  });

  it('the open-data CSV writes a formula-like product name as text and the stars as a number', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/open-data/catalogue.csv?lang=en' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toMatch(/(^|,)=HYPERLINK/m);
    const rows = parse<Record<string, string>>(response.body, { columns: true, bom: true });
    const row = rows.find((r) => r.productId === world.certified.product.id);
    expect(row?.productName).toBe(`'${FORMULA_NAME}`);
    expect(row?.stars).toBe('4');
    // The JSON open data keeps the name exactly as typed.
    const json = (await t.app.inject({ method: 'GET', url: '/open-data/catalogue.json' })).json<{
      items: { productId: string; productName: string }[];
    }>();
    expect(json.items.find((i) => i.productId === world.certified.product.id)?.productName).toBe(
      FORMULA_NAME,
    );
  });
});

describe('database data errors the contracts missed', () => {
  const statements = {
    '22021 NUL in text': sql`select ${'a\u0000b'}::text as v`,
    '22003 integer out of range': sql`select ${String(OVERSIZED_INTEGER)}::integer as v`,
    '22P02 invalid number': sql`select ${'mười'}::integer as v`,
    '22008 impossible date': sql`select ${'2026-13-45'}::date as v`,
    '22001 too long': sql.raw(`do $$ declare v varchar(2); begin v := 'quá dài'; end $$`),
    '23502 missing value': sql`insert into products (id) values (${randomUUID()})`,
  };

  it.each(Object.entries(statements))(
    '%s: answers 400 problem+json without the statement',
    async (_name, statement) => {
      const app = Fastify({ logger: false });
      await app.register(errorsPlugin);
      app.get('/probe', async () => queryRows(t.db, statement));
      const response = await app.inject({ method: 'GET', url: '/probe' });
      await app.close();
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<ProblemBody>().code).toBe('VALIDATION_FAILED');
      expect(response.body).not.toMatch(/select|insert|integer|varchar/i);
    },
  );
});
