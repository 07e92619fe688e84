import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  aggregateTableFor,
  queryFigures,
  type FigureQuery,
} from '../../src/db/repositories/statistics.repository';
import { certificates, producers, products, scanEvents, stampBatches } from '../../src/db/schema';
import { SET_GROUPS } from '../../src/domain/statistics/statistics-datasets';
import type { StatisticsScope } from '../../src/domain/statistics/statistics-scope';
import { refreshStatistics } from '../../src/server/modules/statistics/refresh-statistics';
import { buildUnit, type UnitRow } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * National and provincial answers are read from the coarser tables (certificates per province, for
 * the nation; stamps per province and month): every answer must equal the one summed from the fine
 * cells. Eight certificates over two provinces (one commune of P1 formed from a pre-reform commune),
 * of several stars, sets, producer types, years and statuses, with stamp batches and scans; their
 * products in several statuses.
 */
const TODAY = new Date('2026-03-02T08:00:00Z');
let t: TestApp;
const u: Record<string, UnitRow> = {};

beforeAll(async () => {
  t = await createTestApp({ now: TODAY });
  const db = t.db;
  u.nation = await buildUnit(db, { level: 'nation', code: 'VNC', name: 'Việt Nam' });
  u.p1 = await buildUnit(db, { level: 'province', parent: u.nation, code: 'C1', name: 'Tỉnh Một' });
  u.p2 = await buildUnit(db, { level: 'province', parent: u.nation, code: 'C2', name: 'Tỉnh Hai' });
  u.a1 = await buildUnit(db, { level: 'commune', parent: u.p1, name: 'Xã A Một' });
  u.a2 = await buildUnit(db, { level: 'commune', parent: u.p1, name: 'Xã A Hai' });
  u.b1 = await buildUnit(db, { level: 'commune', parent: u.p2, name: 'Xã B Một' });
  type ProducerType = (typeof producers.$inferSelect)['type'];
  const fixtures: {
    commune: UnitRow;
    province: UnitRow;
    stars: number;
    signedOn: string;
    set: number;
    type?: ProducerType;
    revokedOn?: string;
    productStatus?: (typeof products.$inferSelect)['status'];
  }[] = [
    { commune: u.a1, province: u.p1, stars: 4, signedOn: '2026-01-15', set: 1, type: 'cooperative' },
    { commune: u.a1, province: u.p1, stars: 3, signedOn: '2023-06-01', set: 5, type: 'household' },
    {
      commune: u.a2,
      province: u.p1,
      stars: 5,
      signedOn: '2025-09-01',
      set: 1,
      revokedOn: '2026-02-01',
      productStatus: 'revoked',
    },
    { commune: u.a2, province: u.p1, stars: 3, signedOn: '2024-04-10', set: 12, type: 'enterprise' },
    {
      commune: u.b1,
      province: u.p2,
      stars: 3,
      signedOn: '2022-01-10',
      set: 5,
      type: 'household',
      productStatus: 'expired',
    },
    { commune: u.b1, province: u.p2, stars: 4, signedOn: '2025-12-20', set: 12 },
    { commune: u.b1, province: u.p2, stars: 4, signedOn: '2024-07-01', set: 1, type: 'household' },
    { commune: u.a1, province: u.p1, stars: 3, signedOn: '2025-03-05', set: 20 },
  ];
  for (const [index, f] of fixtures.entries()) {
    const { certificate, producer, product } = await buildCertifiedProduct(db, f, {
      stars: f.stars,
      signedOn: f.signedOn,
    });
    await db
      .update(certificates)
      .set({ productSet: f.set, ...(f.revokedOn ? { revokedOn: f.revokedOn } : {}) })
      .where(eq(certificates.id, certificate.id));
    if (f.type) await db.update(producers).set({ type: f.type }).where(eq(producers.id, producer.id));
    await db
      .update(products)
      .set({ productSet: f.set, ...(f.productStatus ? { status: f.productStatus } : {}) })
      .where(eq(products.id, product.id));
    const [batch] = await db
      .insert(stampBatches)
      .values({
        productId: product.id,
        producerId: producer.id,
        certificateId: certificate.id,
        provinceUnitId: f.province.id,
        lot: `L${index}`,
        productionDate: '2026-01-01',
        quantity: 100 * (index + 1),
        createdAt: new Date(`2025-${String(index + 3).padStart(2, '0')}-10T03:00:00Z`),
      })
      .returning();
    await db.insert(scanEvents).values(
      Array.from({ length: index + 1 }, (_, i) => ({
        serial: `S${index}-${i}`,
        batchId: batch!.id,
        scannedAt: new Date(`202${5 + (i % 2)}-0${1 + (i % 3)}-1${i % 10}T0${i % 9}:00:00Z`),
        networkHash: `n${i}`,
        userAgentClass: 'mobile',
      })),
    );
  }
  await refreshStatistics({ db, now: TODAY });
}, 180_000);
afterAll(async () => t.close());

type Case = {
  name: string;
  dataset: 'certificates' | 'products' | 'stamps';
  dimensions: FigureQuery['dimensions'];
  filters?: FigureQuery['filters'];
  scope: 'nation' | 'p1' | 'p2';
};

const cases: Case[] = [
  { name: 'certificates by stars, nation', dataset: 'certificates', dimensions: ['stars'], scope: 'nation' },
  {
    name: 'certificates by stars and status, nation',
    dataset: 'certificates',
    dimensions: ['stars', 'status'],
    scope: 'nation',
  },
  {
    name: 'valid certificates by province',
    dataset: 'certificates',
    dimensions: ['province'],
    filters: { status: 'valid' },
    scope: 'nation',
  },
  {
    name: 'certificates by former province',
    dataset: 'certificates',
    dimensions: ['formerProvince'],
    scope: 'nation',
  },
  {
    name: '4★ household certificates by group and year',
    dataset: 'certificates',
    dimensions: ['group', 'year'],
    filters: { stars: 4, producerType: 'household' },
    scope: 'nation',
  },
  {
    name: 'certificates by set and producer type',
    dataset: 'certificates',
    dimensions: ['set', 'producerType'],
    scope: 'nation',
  },
  {
    name: 'expiring certificates by stars (products do not add up per cell)',
    dataset: 'certificates',
    dimensions: ['stars'],
    filters: { status: 'expiring' },
    scope: 'nation',
  },
  { name: 'P1 certificates by stars', dataset: 'certificates', dimensions: ['stars'], scope: 'p1' },
  {
    name: 'P1 certificates of 2025 by group and status',
    dataset: 'certificates',
    dimensions: ['group', 'status'],
    filters: { year: 2025 },
    scope: 'p1',
  },
  {
    name: 'P2 certificates by producer type (a column only the fine table has per province)',
    dataset: 'certificates',
    dimensions: ['producerType'],
    scope: 'p2',
  },
  { name: 'P1 certificates by commune', dataset: 'certificates', dimensions: ['commune'], scope: 'p1' },
  { name: 'products by status, nation', dataset: 'products', dimensions: ['status'], scope: 'nation' },
  {
    name: 'products by province and status',
    dataset: 'products',
    dimensions: ['province', 'status'],
    scope: 'nation',
  },
  {
    name: 'household products by group, nation',
    dataset: 'products',
    dimensions: ['group'],
    filters: { producerType: 'household' },
    scope: 'nation',
  },
  {
    name: 'P1 products by set and producer type',
    dataset: 'products',
    dimensions: ['set', 'producerType'],
    scope: 'p1',
  },
  {
    name: 'P2 certified products by group',
    dataset: 'products',
    dimensions: ['group'],
    filters: { status: 'certified' },
    scope: 'p2',
  },
  { name: 'P1 products by commune', dataset: 'products', dimensions: ['commune'], scope: 'p1' },
  { name: 'stamps by month, nation', dataset: 'stamps', dimensions: ['month'], scope: 'nation' },
  { name: 'stamps by province', dataset: 'stamps', dimensions: ['province'], scope: 'nation' },
  {
    name: 'stamps of 2026 by month in P1',
    dataset: 'stamps',
    dimensions: ['month'],
    filters: { year: 2026 },
    scope: 'p1',
  },
  { name: 'stamps, nation total', dataset: 'stamps', dimensions: [], scope: 'nation' },
];

function scopeOf(name: Case['scope']): StatisticsScope {
  return name === 'nation' ? { kind: 'nation' } : { kind: 'province', provinceId: u[name]!.id };
}

describe('coarse and fine statistics tables give the same answers', () => {
  it.each(cases)('$name', async ({ dataset, dimensions, filters, scope }) => {
    const query: FigureQuery = {
      dataset,
      dimensions,
      filters: filters ?? {},
      scope: scopeOf(scope),
      today: TODAY.toISOString().slice(0, 10),
      setGroups: SET_GROUPS,
    };
    const fine = await queryFigures(t.db, { ...query, fineOnly: true });
    const read = await queryFigures(t.db, query);
    expect(fine.length).toBeGreaterThan(0);
    expect(read).toEqual(fine);
  });

  const reads: Record<string, string> = {
    'certificates by stars, nation': 'stats_certificates_nation',
    'valid certificates by province': 'stats_certificates_provinces',
    'certificates by former province': 'stats_certificates_provinces',
    '4★ household certificates by group and year': 'stats_certificates_nation',
    'expiring certificates by stars (products do not add up per cell)': 'stats_certificates',
    'P1 certificates by stars': 'stats_certificates_provinces',
    'P2 certificates by producer type (a column only the fine table has per province)': 'stats_certificates',
    'P1 certificates by commune': 'stats_certificates',
    'products by status, nation': 'stats_products_nation',
    'products by province and status': 'stats_products_provinces',
    'household products by group, nation': 'stats_products_nation',
    'P1 products by set and producer type': 'stats_products_provinces',
    'P2 certified products by group': 'stats_products_provinces',
    'P1 products by commune': 'stats_products',
    'stamps by month, nation': 'stats_stamps_provinces',
    'stamps of 2026 by month in P1': 'stats_stamps_provinces',
  };
  it.each(Object.entries(reads))('%s reads %s', (name, table) => {
    const c = cases.find((x) => x.name === name)!;
    expect(
      aggregateTableFor(
        { dimensions: c.dimensions, filters: c.filters ?? {}, scope: scopeOf(c.scope) },
        c.dataset,
      ),
    ).toBe(table);
  });
});
