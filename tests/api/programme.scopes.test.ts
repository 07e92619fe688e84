import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAccount, buildJurisdictions, type UnitRow } from '../helpers/factories';
import { buildProducer, signInAsProducer, type ProducerRow } from '../helpers/dossier-factories';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Authorization matrix of the programme endpoints (ideas, business plans, registered products,
 * yearly plans, progress): the owner producer and another producer of the same commune, the
 * officers of commune X (the records' commune) and Y, the standing offices of province A (X's) and
 * B, the central office, and the leaders of X, A and B. Whoever cannot see a record gets 404,
 * whoever sees it but may not act gets 403, and a refused write changes nothing.
 */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producer: ProducerRow;
const as = new Map<string, Session>();

const ACTORS = [
  'producerA',
  'producerB',
  'communeX',
  'communeY',
  'provinceA',
  'provinceB',
  'central',
  'leaderX',
  'leaderA',
  'leaderB',
] as const;
type ActorKey = (typeof ACTORS)[number];

async function signInWith(role: 'leader', unit: UnitRow): Promise<Session> {
  const account = await buildAccount(t.db, { unit, grants: [{ role, unit }] });
  return login(t.app, account.username);
}

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-03-02T08:00:00Z') });
  units = await buildJurisdictions(t.db);
  producer = await buildProducer(t.db, { commune: units.communeX });
  const other = await buildProducer(t.db, { commune: units.communeX });
  as.set('producerA', await signInAsProducer(t.app, t.db, producer, units.communeX));
  as.set('producerB', await signInAsProducer(t.app, t.db, other, units.communeX));
  as.set('communeX', await signInAs(t, 'commune_officer', units.communeX));
  as.set('communeY', await signInAs(t, 'commune_officer', units.communeY));
  as.set('provinceA', await signInAs(t, 'standing_office', units.provinceA));
  as.set('provinceB', await signInAs(t, 'standing_office', units.provinceB));
  as.set('central', await signInAs(t, 'standing_office', units.nation));
  as.set('leaderX', await signInWith('leader', units.communeX));
  as.set('leaderA', await signInWith('leader', units.provinceA));
  as.set('leaderB', await signInWith('leader', units.provinceB));
});
afterAll(async () => t.close());

function session(key: ActorKey): Session {
  return as.get(key)!;
}

async function call(key: ActorKey, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) {
  const response = await t.app.inject({
    method,
    url,
    headers: session(key).headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
  return {
    status: response.statusCode,
    body: response.json<Record<string, unknown> & { items?: { id?: string; ideaId?: string }[] }>(),
  };
}

const ideaInput = (name: string) => ({
  producerId: producer.id,
  year: 2026,
  productName: name,
  productSet: 7,
  description: 'Gừng sẻ sên đường mía',
  rawMaterialArea: 'Vùng gừng thôn Đông',
  rawMaterialAreaHectares: 4.5,
  market: 'Hà Nội',
  novelty: 'Công thức gia truyền',
  packaging: 'Hộp giấy 250 g',
});

async function ideaOf(id: string) {
  return (await call('producerA', 'GET', `/api/v1/product-ideas/${id}`)).body as {
    status: string;
    version: number;
    productName: string;
  };
}

describe('product ideas', () => {
  it('createProductIdea: the producer and its commune officer register; nobody else, and a refusal writes nothing', async () => {
    const expected: Record<ActorKey, number> = {
      producerA: 201,
      producerB: 403,
      communeX: 201,
      communeY: 403,
      provinceA: 403,
      provinceB: 403,
      central: 403,
      leaderX: 403,
      leaderA: 403,
      leaderB: 403,
    };
    for (const key of ACTORS) {
      const before = (await call('central', 'GET', '/api/v1/product-ideas?limit=200')).body.total;
      const { status } = await call(key, 'POST', '/api/v1/product-ideas', ideaInput(`Mứt gừng ${key}`));
      expect(status, key).toBe(expected[key]);
      const after = (await call('central', 'GET', '/api/v1/product-ideas?limit=200')).body.total;
      expect(after, key).toBe((before as number) + (status === 201 ? 1 : 0));
    }
  });

  it('getProductIdea and listProductIdeas: the producer its own, its commune, province and the centre; others see nothing', async () => {
    const created = await call('producerA', 'POST', '/api/v1/product-ideas', ideaInput('Gừng sấy'));
    const id = created.body.id as string;
    const expected: Record<ActorKey, number> = {
      producerA: 200,
      producerB: 404,
      communeX: 200,
      communeY: 404,
      provinceA: 200,
      provinceB: 404,
      central: 200,
      leaderX: 200,
      leaderA: 200,
      leaderB: 404,
    };
    for (const key of ACTORS) {
      expect((await call(key, 'GET', `/api/v1/product-ideas/${id}`)).status, key).toBe(expected[key]);
      const list = await call(key, 'GET', '/api/v1/product-ideas?limit=200');
      expect(list.status, key).toBe(200);
      expect(
        list.body.items!.some((i) => i.id === id),
        key,
      ).toBe(expected[key] === 200);
    }
  });

  it('reviewProductIdea: only the officer of the idea’s commune decides; refusals leave it submitted', async () => {
    const id = (await call('producerA', 'POST', '/api/v1/product-ideas', ideaInput('Gừng ngâm mật ong'))).body
      .id as string;
    const expected: Record<ActorKey, number> = {
      producerA: 403,
      producerB: 403,
      communeX: 200,
      communeY: 403,
      provinceA: 403,
      provinceB: 403,
      central: 403,
      leaderX: 403,
      leaderA: 403,
      leaderB: 403,
    };
    for (const key of ACTORS.filter((k) => k !== 'communeX')) {
      const { version } = await ideaOf(id);
      const { status } = await call(key, 'POST', `/api/v1/product-ideas/${id}/review`, {
        version,
        decision: 'accept',
      });
      // The route needs idea.review somewhere (403); an officer of another commune does not see the idea (404).
      expect(status, key).toBe(key === 'communeY' ? 404 : expected[key]);
      expect((await ideaOf(id)).status, key).toBe('submitted');
    }
    const { version } = await ideaOf(id);
    const noReason = await call('communeX', 'POST', `/api/v1/product-ideas/${id}/review`, {
      version,
      decision: 'decline',
    });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    const asked = await call('communeX', 'POST', `/api/v1/product-ideas/${id}/review`, {
      version,
      decision: 'request_changes',
      reason: 'Bổ sung vùng nguyên liệu',
    });
    expect(asked.status).toBe(200);
    expect(asked.body.status).toBe('changes_requested');
    expect((asked.body.lastReview as { reason: string }).reason).toBe('Bổ sung vùng nguyên liệu');
  });

  it('updateProductIdea: the producer changes what the commune sent back, which submits it again; others cannot', async () => {
    const id = (await call('producerA', 'POST', '/api/v1/product-ideas', ideaInput('Trà gừng'))).body
      .id as string;
    await call('communeX', 'POST', `/api/v1/product-ideas/${id}/review`, {
      version: 1,
      decision: 'request_changes',
      reason: 'Ghi rõ thị trường',
    });
    const { version } = await ideaOf(id);
    for (const key of ['producerB', 'communeY', 'provinceA', 'provinceB'] as const) {
      const { status } = await call(key, 'PATCH', `/api/v1/product-ideas/${id}`, {
        ...ideaInput('Đổi tên'),
        version,
      });
      // Standing offices hold no idea.manage at all (403); a producer or commune that cannot see the idea gets 404.
      expect(status, key).toBe(key === 'producerB' || key === 'communeY' ? 404 : 403);
    }
    expect((await ideaOf(id)).productName).toBe('Trà gừng');
    const { producerId: _, year: __, ...fields } = ideaInput('Trà gừng túi lọc');
    const changed = await call('producerA', 'PATCH', `/api/v1/product-ideas/${id}`, {
      ...fields,
      market: 'Hà Nội, siêu thị',
      version,
    });
    expect(changed.status).toBe(200);
    expect([changed.body.status, changed.body.productName]).toEqual(['submitted', 'Trà gừng túi lọc']);
  });
});

describe('business plans and the list of registered products', () => {
  let ideaId: string;
  let planId: string;

  beforeAll(async () => {
    ideaId = (await call('producerA', 'POST', '/api/v1/product-ideas', ideaInput('Chuối sấy dẻo'))).body
      .id as string;
  });

  it('createBusinessPlan: only for an accepted idea, by the producer or its commune officer', async () => {
    const payload = {
      ideaId,
      investmentVnd: 850_000_000,
      annualCapacity: 12,
      capacityUnit: 'tấn',
      market: 'Siêu thị',
      supportNeeded: 'Bao bì',
      summary: 'Phương án 2026–2028',
    };
    const early = await call('producerA', 'POST', '/api/v1/business-plans', payload);
    expect(early.status).toBe(400);
    await call('communeX', 'POST', `/api/v1/product-ideas/${ideaId}/review`, {
      version: 1,
      decision: 'accept',
    });
    const expected: Partial<Record<ActorKey, number>> = {
      producerB: 404,
      communeY: 404,
      provinceA: 403,
      provinceB: 403,
      central: 403,
      leaderA: 403,
    };
    for (const [key, code] of Object.entries(expected)) {
      expect((await call(key as ActorKey, 'POST', '/api/v1/business-plans', payload)).status, key).toBe(code);
    }
    expect((await call('central', 'GET', '/api/v1/business-plans')).body.total).toBe(0);
    const made = await call('producerA', 'POST', '/api/v1/business-plans', payload);
    expect(made.status).toBe(201);
    planId = made.body.id as string;
    expect([made.body.status, made.body.productName, made.body.investmentVnd]).toEqual([
      'submitted',
      'Chuối sấy dẻo',
      850_000_000,
    ]);
  });

  it('reviewBusinessPlan and reads follow the commune, province and centre; the other producer sees nothing', async () => {
    const reads: Record<ActorKey, number> = {
      producerA: 200,
      producerB: 404,
      communeX: 200,
      communeY: 404,
      provinceA: 200,
      provinceB: 404,
      central: 200,
      leaderX: 200,
      leaderA: 200,
      leaderB: 404,
    };
    for (const key of ACTORS)
      expect((await call(key, 'GET', `/api/v1/business-plans/${planId}`)).status, key).toBe(reads[key]);
    for (const key of ['producerA', 'provinceA', 'communeY'] as const) {
      const { status } = await call(key, 'POST', `/api/v1/business-plans/${planId}/review`, {
        version: 1,
        decision: 'accept',
      });
      expect(status, key).toBe(key === 'communeY' ? 404 : 403);
    }
    const accepted = await call('communeX', 'POST', `/api/v1/business-plans/${planId}/review`, {
      version: 1,
      decision: 'accept',
    });
    expect(accepted.body.status).toBe('accepted');
  });

  it('listRegisteredProducts: the accepted ideas of the year, per commune and province', async () => {
    const seen = async (key: ActorKey, query = '') =>
      (await call(key, 'GET', `/api/v1/registered-products?year=2026${query}`)).body.items!.map(
        (i) => i.ideaId,
      );
    expect(await seen('communeX')).toContain(ideaId);
    expect(await seen('provinceA', `&unitId=${units.communeX.id}`)).toContain(ideaId);
    expect(await seen('provinceA', `&unitId=${units.communeY.id}`)).not.toContain(ideaId);
    expect(await seen('central', `&unitId=${units.provinceA.id}`)).toContain(ideaId);
    expect(await seen('communeY')).not.toContain(ideaId);
    expect(await seen('provinceB')).not.toContain(ideaId);
    expect(await seen('provinceB', `&unitId=${units.provinceA.id}`)).toEqual([]);
    expect((await call('communeX', 'GET', '/api/v1/registered-products?year=2027')).body.items).toEqual([]);
  });

  it('a first dossier starts from the accepted idea with its fields filled, once, and only by the producer', async () => {
    expect((await call('communeX', 'POST', `/api/v1/product-ideas/${ideaId}/start-dossier`)).status).toBe(
      403,
    );
    expect((await call('producerB', 'POST', `/api/v1/product-ideas/${ideaId}/start-dossier`)).status).toBe(
      404,
    );
    const started = await call('producerA', 'POST', `/api/v1/product-ideas/${ideaId}/start-dossier`);
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const dossier = (await call('producerA', 'GET', `/api/v1/dossiers/${started.body.dossierId as string}`))
      .body as {
      type: string;
      registration: { product: { name: string; description: string; packaging: string } };
    };
    expect(dossier.type).toBe('first');
    expect(dossier.registration.product).toEqual({
      name: 'Chuối sấy dẻo',
      description: 'Gừng sẻ sên đường mía',
      packaging: 'Hộp giấy 250 g',
    });
    const product = (await call('producerA', 'GET', `/api/v1/products/${started.body.productId as string}`))
      .body as { productSet: number; details: { rawMaterialAreaHectares: number; story: string } };
    expect([product.productSet, product.details.rawMaterialAreaHectares, product.details.story]).toEqual([
      7,
      4.5,
      'Công thức gia truyền',
    ]);
    expect((await call('producerA', 'POST', `/api/v1/product-ideas/${ideaId}/start-dossier`)).status).toBe(
      409,
    );
    const listed = await call('communeX', 'GET', '/api/v1/registered-products?year=2026');
    expect(listed.body.items!.find((i) => i.ideaId === ideaId)).toMatchObject({
      dossierId: started.body.dossierId,
      businessPlanStatus: 'accepted',
    });
  });
});

const planContent = (title: string, targets: { indicatorCode: string; target: number }[]) => ({
  title,
  legalBasis: ['Quyết định 148/QĐ-TTg'],
  goals: 'Phát triển sản phẩm OCOP',
  sections: [
    {
      kind: 'training',
      title: 'Tập huấn',
      activities: [
        {
          title: 'Lớp tập huấn',
          responsibleAgency: 'UBND xã',
          timing: '2026-Q3',
          budget: [{ source: 'commune', plannedVnd: 100_000_000, spentVnd: 40_000_000 }],
          status: 'in_progress',
        },
      ],
    },
  ],
  targets,
});

describe('yearly plans', () => {
  let communePlan: { id: string; version: number };
  let provincePlan: { id: string; version: number };

  it('createPlan: drafted by the unit’s own officer or office only; a refusal writes nothing', async () => {
    const body = (unitId: string) => ({
      unitId,
      year: 2026,
      content: planContent('Kế hoạch OCOP 2026', [
        { indicatorCode: 'producers_supported', target: 2 },
        { indicatorCode: 'products_new_3_star_plus', target: 0 },
      ]),
    });
    const refused: Partial<Record<ActorKey, number>> = {
      producerA: 403,
      communeY: 403,
      provinceA: 403,
      provinceB: 403,
      central: 403,
      leaderX: 403,
    };
    for (const [key, code] of Object.entries(refused))
      expect(
        (await call(key as ActorKey, 'POST', '/api/v1/plans', body(units.communeX.id))).status,
        key,
      ).toBe(code);
    expect((await call('central', 'GET', '/api/v1/plans')).body.total).toBe(0);
    const made = await call('communeX', 'POST', '/api/v1/plans', body(units.communeX.id));
    expect(made.status).toBe(201);
    communePlan = { id: made.body.id as string, version: made.body.version as number };
    expect((await call('communeX', 'POST', '/api/v1/plans', body(units.communeX.id))).status).toBe(409);
    const bad = await call('provinceA', 'POST', '/api/v1/plans', {
      ...body(units.provinceA.id),
      content: planContent('X', [{ indicatorCode: 'nope', target: 1 }]),
    });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('targets.0.indicatorCode');
    const province = await call('provinceA', 'POST', '/api/v1/plans', {
      unitId: units.provinceA.id,
      year: 2026,
      content: planContent('Kế hoạch OCOP tỉnh 2026', [
        { indicatorCode: 'producers_supported', target: 3 },
        { indicatorCode: 'products_new_3_star_plus', target: 5 },
      ]),
    });
    expect(province.status).toBe(201);
    provincePlan = { id: province.body.id as string, version: province.body.version as number };
  });

  it('getPlan and listPlans: a province sees its communes’ plans, the centre all, a commune its province’s; producers none', async () => {
    const communeReads: Record<ActorKey, number> = {
      producerA: 403,
      producerB: 403,
      communeX: 200,
      communeY: 404,
      provinceA: 200,
      provinceB: 404,
      central: 200,
      leaderX: 200,
      leaderA: 200,
      leaderB: 404,
    };
    for (const key of ACTORS) {
      expect((await call(key, 'GET', `/api/v1/plans/${communePlan.id}`)).status, key).toBe(communeReads[key]);
      expect((await call(key, 'GET', `/api/v1/plans/${communePlan.id}/progress`)).status, key).toBe(
        communeReads[key],
      );
    }
    expect((await call('communeY', 'GET', `/api/v1/plans/${provincePlan.id}`)).status).toBe(200);
    const ids = async (key: ActorKey) =>
      (await call(key, 'GET', '/api/v1/plans?year=2026')).body.items!.map((i) => i.id).sort();
    expect(await ids('provinceA')).toEqual([communePlan.id, provincePlan.id].sort());
    expect(await ids('central')).toEqual([communePlan.id, provincePlan.id].sort());
    expect(await ids('communeY')).toEqual([provincePlan.id]);
    expect(await ids('provinceB')).toEqual([]);
  });

  it('approvePlan: only the leader of the plan’s own unit; refusals leave it a draft', async () => {
    const input = { version: communePlan.version, decisionNumber: '15/QĐ-UBND', decisionDate: '2026-03-01' };
    const refused: Partial<Record<ActorKey, number>> = {
      communeX: 403,
      provinceA: 403,
      leaderA: 403,
      leaderB: 404,
      producerA: 403,
    };
    for (const [key, code] of Object.entries(refused)) {
      expect(
        (await call(key as ActorKey, 'POST', `/api/v1/plans/${communePlan.id}/approve`, input)).status,
        key,
      ).toBe(code);
      const plan = (await call('communeX', 'GET', `/api/v1/plans/${communePlan.id}`)).body;
      expect([plan.status, plan.approvedVersion], key).toEqual(['draft', 0]);
    }
    const approved = await call('leaderX', 'POST', `/api/v1/plans/${communePlan.id}/approve`, input);
    expect(approved.status).toBe(200);
    expect([approved.body.status, approved.body.approvedVersion]).toEqual(['approved', 1]);
    expect(
      (
        await call('leaderX', 'POST', `/api/v1/plans/${communePlan.id}/approve`, {
          ...input,
          version: approved.body.version,
        })
      ).status,
    ).toBe(409);
    communePlan.version = approved.body.version as number;
  });

  it('an amendment keeps the approved version readable, and progress reads the approved targets until the amendment is approved', async () => {
    expect(
      (
        await call('communeX', 'PATCH', `/api/v1/plans/${communePlan.id}`, {
          version: communePlan.version,
          content: planContent('Sửa', []),
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await call('provinceA', 'POST', `/api/v1/plans/${communePlan.id}/amend`, {
          version: communePlan.version,
        })
      ).status,
    ).toBe(403);
    const amending = await call('communeX', 'POST', `/api/v1/plans/${communePlan.id}/amend`, {
      version: communePlan.version,
    });
    expect(amending.body.status).toBe('amending');
    const edited = await call('communeX', 'PATCH', `/api/v1/plans/${communePlan.id}`, {
      version: amending.body.version,
      content: planContent('Kế hoạch OCOP 2026 (điều chỉnh)', [
        { indicatorCode: 'producers_supported', target: 4 },
      ]),
    });
    expect(edited.status).toBe(200);
    const progress = (await call('communeX', 'GET', `/api/v1/plans/${communePlan.id}/progress`)).body as {
      indicators: { indicatorCode: string; planned: number }[];
    };
    expect(progress.indicators.find((i) => i.indicatorCode === 'producers_supported')!.planned).toBe(2);
    const v2 = await call('leaderX', 'POST', `/api/v1/plans/${communePlan.id}/approve`, {
      version: edited.body.version,
      decisionNumber: '40/QĐ-UBND',
      decisionDate: '2026-07-01',
      amendmentReason: 'Sơ kết 6 tháng',
    });
    expect(v2.body.approvedVersion).toBe(2);
    const first = await call('provinceA', 'GET', `/api/v1/plans/${communePlan.id}/versions/1`);
    expect([first.status, (first.body.content as { title: string }).title]).toEqual([
      200,
      'Kế hoạch OCOP 2026',
    ]);
    expect((await call('provinceB', 'GET', `/api/v1/plans/${communePlan.id}/versions/1`)).status).toBe(404);
    const after = (await call('communeX', 'GET', `/api/v1/plans/${communePlan.id}/progress`)).body as {
      indicators: { indicatorCode: string; planned: number }[];
    };
    expect(after.indicators.map((i) => [i.indicatorCode, i.planned])).toEqual([['producers_supported', 4]]);
  });

  it('recordPlanActual: the unit enters values the system does not compute; the province rolls its communes up', async () => {
    const value = { value: 3, note: 'Hỗ trợ ba chủ thể', evidence: 'Báo cáo 12/BC-UBND' };
    const url = `/api/v1/plans/${communePlan.id}/actuals/producers_supported`;
    expect((await call('communeX', 'PUT', url, value)).status).toBe(200);
    // Refused writes (another unit's office, another commune, a computed indicator) change nothing.
    const other = { ...value, value: 99, note: 'Không được ghi' };
    expect((await call('provinceA', 'PUT', url, other)).status).toBe(403);
    expect((await call('communeY', 'PUT', url, other)).status).toBe(404);
    const computedUrl = `/api/v1/plans/${communePlan.id}/actuals/products_new_3_star_plus`;
    expect((await call('communeX', 'PUT', computedUrl, other)).status).toBe(400);
    // Training courses are counted from the training records since the promotion module holds them.
    const trainingUrl = `/api/v1/plans/${communePlan.id}/actuals/training_courses`;
    expect((await call('communeX', 'PUT', trainingUrl, other)).status).toBe(400);

    type Progress = {
      indicators: {
        indicatorCode: string;
        actual: number | null;
        percent: number | null;
        isMet: boolean | null;
        source: string;
        note: string;
      }[];
      children: Progress[];
    };
    const province = (await call('provinceA', 'GET', `/api/v1/plans/${provincePlan.id}/progress`))
      .body as unknown as Progress;
    expect(province.children).toHaveLength(1);
    const supported = province.indicators.find((i) => i.indicatorCode === 'producers_supported')!;
    expect([supported.actual, supported.percent, supported.isMet, supported.source]).toEqual([
      3,
      100,
      true,
      'children',
    ]);
    const stars = province.indicators.find((i) => i.indicatorCode === 'products_new_3_star_plus')!;
    expect([stars.actual, stars.percent, stars.isMet, stars.source]).toEqual([0, 0, false, 'computed']);
    const commune = province.children[0]!.indicators.find((i) => i.indicatorCode === 'producers_supported')!;
    expect([commune.actual, commune.percent, commune.note]).toEqual([3, 75, 'Hỗ trợ ba chủ thể']);
    // An officer of another commune reads the province plan, but not commune X's progress inside it.
    const fromY = (await call('communeY', 'GET', `/api/v1/plans/${provincePlan.id}/progress`))
      .body as unknown as Progress;
    expect(fromY.children).toEqual([]);
  });
});
