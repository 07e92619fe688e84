import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCount } from '../../src/db/database';
import {
  auditLog,
  consultants,
  councils,
  fiveStarCandidates,
  roundProducts,
  roundResults,
  rounds,
} from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { DEFAULT_COUNCIL_SETTINGS } from '../../src/domain/rubric/council-settings';
import { buildPoolProduct } from '../helpers/evaluation-fixtures';
import { buildJurisdictions, nextId, type UnitRow } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * 5★ candidates: suggestions from the last result (≥ 90 points, never 89.99), the support plan
 * against the failed mandatory criteria, the way to the central evaluation, and the authorization
 * matrix — only the standing office of the product's province writes; province and central read;
 * every refusal leaves no row and no audit entry.
 */
type ActorName =
  'province' | 'otherProvince' | 'central' | 'leader' | 'commune' | 'producer' | 'councilMember';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<ActorName, Session>();
const GRANTS: Record<ActorName, [Role, () => UnitRow]> = {
  province: ['standing_office', () => units.provinceA],
  otherProvince: ['standing_office', () => units.provinceB],
  central: ['standing_office', () => units.nation],
  leader: ['leader', () => units.provinceA],
  commune: ['commune_officer', () => units.communeX],
  producer: ['producer', () => units.communeX],
  councilMember: ['council_member', () => units.provinceA],
};
const products: Record<'ninety' | 'justBelow' | 'fellBack' | 'otherProvince' | 'decision', string> = {
  ninety: '',
  justBelow: '',
  fellBack: '',
  otherProvince: '',
  decision: '',
};
let consultantId: string;

const BLOCKING = [
  { criterionCode: 'B.5', star: 5, titleVi: 'Khả năng xuất khẩu' },
  { criterionCode: 'C.2', star: 4, titleVi: 'Truy xuất nguồn gốc' },
];

/** A product of `commune` with adopted results of the given means (in hundredths), oldest first. */
async function productWithResults(
  commune: UnitRow,
  province: UnitRow,
  name: string,
  results: { mean: number; blockedBy?: typeof BLOCKING }[],
): Promise<string> {
  const { producer, product, dossier } = await buildPoolProduct(t.db, commune, { name });
  const [council] = await t.db
    .insert(councils)
    .values({ unitId: province.id, level: 'province', name: `Hội đồng ${nextId()}`, termFrom: '2025-01-01' })
    .returning();
  for (const [index, { mean, blockedBy }] of results.entries()) {
    const meetingOn = `2026-0${index + 3}-10`;
    const [round] = await t.db
      .insert(rounds)
      .values({
        councilId: council!.id,
        unitId: province.id,
        level: 'province',
        name: `Đợt ${index + 1}/2026`,
        status: 'adopted',
        meetingOn,
        settings: DEFAULT_COUNCIL_SETTINGS,
        procedureVersionId: '148-amended-1489',
      })
      .returning();
    const [item] = await t.db
      .insert(roundProducts)
      .values({
        roundId: round!.id,
        dossierId: dossier.id,
        productId: product.id,
        producerId: producer.id,
        productSet: dossier.productSet,
        rubricVersionId: '148',
      })
      .returning();
    const stars = mean >= 7000 ? 4 : 3;
    await t.db.insert(roundResults).values({
      roundId: round!.id,
      roundProductId: item!.id,
      productId: product.id,
      producerId: producer.id,
      meanHundredths: mean,
      bandStars: mean >= 9000 ? 5 : stars,
      stars,
      isCertifiable: true,
      routeAction: 'certify',
      explanationVi: '',
      explanationEn: '',
      memberTotals: [],
      blockedBy: blockedBy ?? [],
      adoptedAt: new Date(`${meetingOn}T03:00:00Z`),
    });
  }
  return product.id;
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  for (const [actor, [role, unit]] of Object.entries(GRANTS) as [ActorName, (typeof GRANTS)[ActorName]][]) {
    sessions.set(actor, await signInAs(t, role, unit()));
  }
  const { communeX, communeY, communeZ, provinceA, provinceB } = units;
  products.ninety = await productWithResults(communeX, provinceA, 'Gốm men rạn', [
    { mean: 9000, blockedBy: BLOCKING },
  ]);
  products.justBelow = await productWithResults(communeY, provinceA, 'Chè búp', [{ mean: 8999 }]);
  products.fellBack = await productWithResults(communeX, provinceA, 'Mật ong', [
    { mean: 9500 },
    { mean: 8000 },
  ]);
  products.decision = await productWithResults(communeY, provinceA, 'Nón lá', [
    { mean: 8650, blockedBy: BLOCKING.slice(1) },
  ]);
  products.otherProvince = await productWithResults(communeZ, provinceB, 'Cà phê', [{ mean: 9300 }]);
  const [consultant] = await t.db
    .insert(consultants)
    .values({
      unitId: provinceA.id,
      kind: 'organisation',
      name: 'Công ty Tư vấn Thử',
      fields: ['product_development'],
    })
    .returning();
  consultantId = consultant!.id;
});
afterAll(async () => {
  await t.close();
});

async function counts(): Promise<number[]> {
  return Promise.all(
    [auditLog, fiveStarCandidates].map(async (table) => {
      const [row] = await t.db.select({ n: sql<unknown>`count(*)` }).from(table);
      return toCount(row?.n);
    }),
  );
}

function call(actor: ActorName, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.app.inject({
    method,
    url,
    ...(payload ? { payload } : {}),
    headers: sessions.get(actor)!.headers,
  });
}

const suggestedProductIds = async (actor: ActorName) =>
  (await call(actor, 'GET', '/api/v1/five-star-suggestions'))
    .json<{ items: { productId: string }[] }>()
    .items.map((i) => i.productId);

describe('5★ suggestions', () => {
  it('lists the province’s products whose last result reached 90 points, not 89.99 nor an older 95', async () => {
    const response = await call('province', 'GET', '/api/v1/five-star-suggestions');
    expect(response.statusCode).toBe(200);
    const items = response.json<{
      items: {
        productId: string;
        lastResult: { mean: number; failedCriteria: unknown[]; pointsMissingForFiveStar: number };
      }[];
    }>().items;
    expect(items.map((i) => i.productId)).toEqual([products.ninety]);
    expect(items[0]!.lastResult).toMatchObject({
      mean: 90,
      pointsMissingForFiveStar: 0,
      failedCriteria: BLOCKING,
    });
  });

  it('shows each province its own, the centre all, and a commune, producer or council member nothing', async () => {
    expect(await suggestedProductIds('otherProvince')).toEqual([products.otherProvince]);
    expect((await suggestedProductIds('central')).sort()).toEqual(
      [products.ninety, products.otherProvince].sort(),
    );
    expect(await suggestedProductIds('commune')).toEqual([]);
    for (const actor of ['producer', 'councilMember'] as const) {
      expect((await call(actor, 'GET', '/api/v1/five-star-suggestions')).statusCode).toBe(403);
    }
  });
});

describe('creating a candidate', () => {
  it.each([
    { actor: 'otherProvince', status: 403 },
    { actor: 'central', status: 403 },
    { actor: 'leader', status: 403 },
    { actor: 'commune', status: 403 },
    { actor: 'producer', status: 403 },
    { actor: 'councilMember', status: 403 },
  ] as const)('$actor is refused ($status) and nothing is written', async ({ actor, status }) => {
    const before = await counts();
    const response = await call(actor, 'POST', '/api/v1/five-star-candidates', {
      productId: products.ninety,
      origin: 'suggestion',
    });
    expect(response.statusCode).toBe(status);
    expect(await counts()).toEqual(before);
  });

  it('refuses a suggestion below 90 points, naming the field, and a decision without a reason', async () => {
    const before = await counts();
    const below = await call('province', 'POST', '/api/v1/five-star-candidates', {
      productId: products.justBelow,
      origin: 'suggestion',
    });
    expect(below.statusCode).toBe(400);
    expect(below.body).toContain('origin');
    const noReason = await call('province', 'POST', '/api/v1/five-star-candidates', {
      productId: products.decision,
      origin: 'decision',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('reason');
    expect(await counts()).toEqual(before);
  });

  it('lets the province’s standing office mark the suggestion, once; it leaves the suggestions', async () => {
    const response = await call('province', 'POST', '/api/v1/five-star-candidates', {
      productId: products.ninety,
      origin: 'suggestion',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      status: 'proposed',
      statusVi: 'Đề xuất',
      productName: 'Gốm men rạn',
    });
    expect(await suggestedProductIds('province')).toEqual([]);
    const again = await call('province', 'POST', '/api/v1/five-star-candidates', {
      productId: products.ninety,
      origin: 'suggestion',
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('support plan and the way to the central evaluation', () => {
  let candidateId: string;
  beforeAll(async () => {
    const response = await call('province', 'POST', '/api/v1/five-star-candidates', {
      productId: products.decision,
      origin: 'decision',
      reason: 'Sản phẩm đặc trưng của tỉnh, có đơn hàng xuất khẩu',
    });
    candidateId = response.json<{ id: string }>().id;
  });
  const plan = (version: number) => ({
    consultantId,
    budgetVnd: 150_000_000,
    deadline: '2026-10-31',
    improvements: [{ criterionCode: 'C.2', action: 'Gắn tem truy xuất điện tử cho toàn bộ lô hàng' }],
    version,
  });

  it('shows the failed mandatory criteria of the last result on the candidate', async () => {
    const response = await call('central', 'GET', `/api/v1/five-star-candidates/${candidateId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      origin: 'decision',
      lastResult: { mean: 86.5, pointsMissingForFiveStar: 3.5, failedCriteria: [BLOCKING[1]] },
    });
  });

  it.each([
    { actor: 'otherProvince', status: 404 },
    { actor: 'commune', status: 403 },
    { actor: 'central', status: 403 },
    { actor: 'leader', status: 403 },
    { actor: 'producer', status: 403 },
    { actor: 'councilMember', status: 403 },
  ] as const)('refuses the plan of $actor ($status), nothing written', async ({ actor, status }) => {
    const before = await counts();
    const response = await call(
      actor,
      'PUT',
      `/api/v1/five-star-candidates/${candidateId}/support-plan`,
      plan(1),
    );
    expect(response.statusCode).toBe(status);
    expect(await counts()).toEqual(before);
  });

  it('refuses a consultant outside the directory, naming the field, nothing written', async () => {
    const before = await counts();
    const response = await call(
      'province',
      'PUT',
      `/api/v1/five-star-candidates/${candidateId}/support-plan`,
      {
        ...plan(1),
        consultantId: '00000000-0000-4000-8000-000000000000',
      },
    );
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('consultantId');
    expect(await counts()).toEqual(before);
  });

  it('records the plan (the candidate is supported), submits it to the centre and records the result', async () => {
    const planned = await call(
      'province',
      'PUT',
      `/api/v1/five-star-candidates/${candidateId}/support-plan`,
      plan(1),
    );
    expect(planned.statusCode).toBe(200);
    expect(planned.json()).toMatchObject({
      status: 'supported',
      consultant: { id: consultantId, name: 'Công ty Tư vấn Thử' },
      budgetVnd: 150_000_000,
      deadline: '2026-10-31',
      allowedActions: ['plan-support', 'submit', 'drop'],
    });
    const stale = await call(
      'province',
      'PUT',
      `/api/v1/five-star-candidates/${candidateId}/support-plan`,
      plan(1),
    );
    expect(stale.statusCode).toBe(409);
    const early = await call('province', 'POST', `/api/v1/five-star-candidates/${candidateId}/transitions`, {
      action: 'record-result',
      version: 2,
    });
    expect(early.statusCode).toBe(409);
    const submitted = await call(
      'province',
      'POST',
      `/api/v1/five-star-candidates/${candidateId}/transitions`,
      {
        action: 'submit',
        note: 'Hồ sơ gửi Bộ Nông nghiệp và Môi trường',
        version: 2,
      },
    );
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      statusNote: 'Hồ sơ gửi Bộ Nông nghiệp và Môi trường',
    });
    const refused = await call('central', 'POST', `/api/v1/five-star-candidates/${candidateId}/transitions`, {
      action: 'record-result',
      version: 3,
    });
    expect(refused.statusCode).toBe(403);
    const evaluated = await call(
      'province',
      'POST',
      `/api/v1/five-star-candidates/${candidateId}/transitions`,
      {
        action: 'record-result',
        note: 'Đạt 5 sao',
        version: 3,
      },
    );
    expect(evaluated.json()).toMatchObject({ status: 'evaluated', allowedActions: [] });
  });

  it('lists candidates to the province and the centre, not to another province or a commune', async () => {
    const total = async (actor: ActorName) =>
      (await call(actor, 'GET', '/api/v1/five-star-candidates')).json<{ total: number }>().total;
    expect(await total('province')).toBe(2);
    expect(await total('central')).toBe(2);
    expect(await total('otherProvince')).toBe(0);
    expect(await total('commune')).toBe(0);
    expect((await call('producer', 'GET', '/api/v1/five-star-candidates')).statusCode).toBe(403);
  });
});
