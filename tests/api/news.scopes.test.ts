import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { auditLog, newsArticleProducers, newsArticleProducts, newsArticles } from '../../src/db/schema';
import type { Role } from '../../src/domain/access/roles';
import { buildProduct, buildProducer } from '../helpers/dossier-factories';
import { buildJurisdictions, type UnitRow } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Authorization matrix of news articles (bản tin). Actors: the commune officer of commune X, the
 * standing office of province A (X's province) and of province B, the central standing office, a
 * leader of A and a producer of X. The standing office of a province writes its own articles;
 * another province neither sees (404) nor writes them; commune and producer are refused; the
 * central office reads all. Every refusal leaves no row and no audit entry.
 */
type ActorName = 'commune' | 'province' | 'otherProvince' | 'central' | 'leader' | 'producer';
const ACTORS: readonly ActorName[] = [
  'commune',
  'province',
  'otherProvince',
  'central',
  'leader',
  'producer',
];

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<ActorName, Session>();
let productId: string;
let producerId: string;

const GRANTS: Record<ActorName, [Role, () => UnitRow]> = {
  commune: ['commune_officer', () => units.communeX],
  province: ['standing_office', () => units.provinceA],
  otherProvince: ['standing_office', () => units.provinceB],
  central: ['standing_office', () => units.nation],
  leader: ['leader', () => units.provinceA],
  producer: ['producer', () => units.communeX],
};

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-06-15T03:00:00Z') });
  units = await buildJurisdictions(t.db);
  for (const actor of ACTORS) {
    const [role, unit] = GRANTS[actor];
    sessions.set(actor, await signInAs(t, role, unit()));
  }
  const producer = await buildProducer(t.db, { commune: units.communeX });
  producerId = producer.id;
  productId = (await buildProduct(t.db, { producer, name: 'Chè Shan tuyết' })).id;
});
afterAll(async () => {
  await t.close();
});

const inject = (actor: ActorName, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, ...(payload ? { payload } : {}), headers: sessions.get(actor)!.headers });

async function snapshot(): Promise<number[]> {
  return Promise.all(
    [auditLog, newsArticles, newsArticleProducts, newsArticleProducers].map(async (table) => {
      const [row] = await t.db.select({ n: sql<unknown>`count(*)` }).from(table);
      return toCount(row?.n);
    }),
  );
}

async function statusOf(id: string): Promise<string> {
  const [row] = await t.db
    .select({ status: newsArticles.status })
    .from(newsArticles)
    .where(sql`${newsArticles.id} = ${id}`);
  return row!.status;
}

const article = (unitId: string) => ({
  unitId,
  kind: 'announcement',
  title: 'Thông báo đăng ký tham gia OCOP 2026',
  summary: 'Các chủ thể đăng ký trước 30/6.',
  body: 'Đoạn một.\n\nĐoạn hai.',
  productIds: [productId],
  producerIds: [producerId],
});

async function provinceArticle(): Promise<string> {
  const response = await inject('province', 'POST', '/api/v1/news', article(units.provinceA.id));
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

describe('createNewsArticle', () => {
  const matrix: [ActorName, 'provinceA' | 'nation' | 'communeX', number][] = [
    ['province', 'provinceA', 201],
    ['central', 'nation', 201],
    ['central', 'provinceA', 201],
    ['otherProvince', 'provinceA', 403],
    ['province', 'nation', 403],
    ['commune', 'provinceA', 403],
    ['commune', 'communeX', 400],
    ['province', 'communeX', 400],
    ['leader', 'provinceA', 403],
    ['producer', 'provinceA', 403],
  ];
  it.each(matrix)('%s at %s → %i', async (actor, target, status) => {
    const before = await snapshot();
    const response = await inject(actor, 'POST', '/api/v1/news', article(units[target].id));
    expect(response.statusCode).toBe(status);
    if (status === 201) {
      const body = response.json<{
        status: string;
        slug: string;
        products: unknown[];
        producers: unknown[];
      }>();
      expect(body.status).toBe('draft');
      expect(body.slug).toMatch(/^thong-bao-dang-ky-tham-gia-ocop-2026(-\d+)?$/);
      expect(body.products).toHaveLength(1);
      expect(body.producers).toHaveLength(1);
    } else {
      expect(await snapshot()).toEqual(before);
    }
  });

  it('names the unknown product and writes nothing', async () => {
    const before = await snapshot();
    const response = await inject('province', 'POST', '/api/v1/news', {
      ...article(units.provinceA.id),
      productIds: [productId, '00000000-0000-4000-8000-000000000000'],
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('productIds.1');
    expect(await snapshot()).toEqual(before);
  });
});

describe('reading articles', () => {
  it('lets the province and the central office see the article, hides it from others', async () => {
    const id = await provinceArticle();
    const expected: Record<ActorName, number> = {
      province: 200,
      central: 200,
      leader: 200,
      otherProvince: 404,
      commune: 404,
      producer: 403,
    };
    for (const actor of ACTORS) {
      const response = await inject(actor, 'GET', `/api/v1/news/${id}`);
      expect(response.statusCode, actor).toBe(expected[actor]);
    }
    const listed = async (actor: ActorName) =>
      (await inject(actor, 'GET', '/api/v1/news?limit=200'))
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id);
    expect(await listed('central')).toContain(id);
    expect(await listed('province')).toContain(id);
    expect(await listed('otherProvince')).not.toContain(id);
    expect(await listed('commune')).not.toContain(id);
  });
});

describe('updateNewsArticle, reviewNewsArticle, publishNewsArticle, unpublishNewsArticle', () => {
  const writers: [ActorName, number][] = [
    ['province', 200],
    ['central', 200],
    ['otherProvince', 404],
    ['commune', 404],
    ['leader', 403],
    ['producer', 403],
  ];

  it.each(writers)('%s reviewing → %i', async (actor, status) => {
    const id = await provinceArticle();
    const before = await snapshot();
    const response = await inject(actor, 'POST', `/api/v1/news/${id}/review`);
    expect(response.statusCode).toBe(status);
    if (status === 200) expect(await statusOf(id)).toBe('reviewed');
    else {
      expect(await statusOf(id)).toBe('draft');
      expect(await snapshot()).toEqual(before);
    }
  });

  it.each(writers)('%s editing → %i', async (actor, status) => {
    const id = await provinceArticle();
    const before = await snapshot();
    const response = await inject(actor, 'PUT', `/api/v1/news/${id}`, {
      kind: 'producer_story',
      title: 'Câu chuyện chè Shan tuyết',
      body: 'Nội dung mới.',
    });
    expect(response.statusCode).toBe(status);
    if (status !== 200) expect(await snapshot()).toEqual(before);
  });

  it('walks draft → reviewed → published → unpublished, refusing to skip the review', async () => {
    const id = await provinceArticle();
    const refused = await inject('province', 'POST', `/api/v1/news/${id}/publish`);
    expect(refused.statusCode).toBe(409);
    expect(await statusOf(id)).toBe('draft');
    expect((await inject('province', 'POST', `/api/v1/news/${id}/review`)).statusCode).toBe(200);
    const published = await inject('province', 'POST', `/api/v1/news/${id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json<{ status: string; publishedAt: string }>()).toMatchObject({
      status: 'published',
      publishedAt: '2026-06-15T03:00:00.000Z',
    });
    const edit = await inject('province', 'PUT', `/api/v1/news/${id}`, {
      kind: 'announcement',
      title: 'x',
      body: 'y',
    });
    expect(edit.statusCode).toBe(409);
    expect((await inject('province', 'POST', `/api/v1/news/${id}/unpublish`)).statusCode).toBe(200);
    expect(await statusOf(id)).toBe('unpublished');
    const edited = await inject('province', 'PUT', `/api/v1/news/${id}`, {
      kind: 'announcement',
      title: 'Sửa lại',
      body: 'Nội dung.',
    });
    expect(edited.json<{ status: string; reviewedAt: null }>()).toMatchObject({
      status: 'draft',
      reviewedAt: null,
    });
  });

  it('refuses a reviewed article being published by another province, and nothing changes', async () => {
    const id = await provinceArticle();
    await inject('province', 'POST', `/api/v1/news/${id}/review`);
    const before = await snapshot();
    for (const actor of ['otherProvince', 'commune', 'producer', 'leader'] as const) {
      const response = await inject(actor, 'POST', `/api/v1/news/${id}/publish`);
      expect(response.statusCode, actor).toBeGreaterThanOrEqual(403);
    }
    expect(await statusOf(id)).toBe('reviewed');
    expect(await snapshot()).toEqual(before);
  });
});
