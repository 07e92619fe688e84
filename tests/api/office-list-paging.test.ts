import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, DatabaseHandle } from '../../src/db/database';
import {
  cheaperCertificatePageWay,
  listCertificatesPage,
  type CertificateListFilter,
} from '../../src/db/repositories/certificate-list.repository';
import { listDossiersWithNames, type DossierListFilter } from '../../src/db/repositories/dossiers.repository';
import { adminUnits, certificates, decisions, dossiers, producers } from '../../src/db/schema';
import { FORWARDED_STATUSES } from '../../src/domain/dossier/dossier-workflow';
import { DOSSIER_STATUSES, emptyRegistration } from '../../src/domain/dossier/dossier.types';
import { buildProducer, buildProduct, type ProducerRow } from '../helpers/dossier-factories';
import { buildJurisdictions } from '../helpers/factories';
import { createTestDatabase } from '../helpers/test-database';

/**
 * The offices' dossier and certificate lists page through exactly the rows an independent reading
 * of the tables calls visible, in list order, with the exact total on every page — whichever way
 * a certificate page is found (sorted from the issuer and holder parts, or walked in list order).
 */
let handle: DatabaseHandle;
let db: Database;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let held: { x1: ProducerRow; x2: ProducerRow; y: ProducerRow; z: ProducerRow };
const TODAY = '2026-06-01';

async function buildDecision(unitId: string, number: string) {
  const [row] = await db
    .insert(decisions)
    .values({
      unitId,
      level: 'province',
      number,
      signedOn: '2024-01-10',
      titleVi: 'Quyết định công nhận sản phẩm OCOP',
      issuerName: 'Ủy ban nhân dân tỉnh',
      status: 'approved',
      draftedAt: new Date('2024-01-05T02:00:00Z'),
    })
    .returning();
  return row!;
}

beforeAll(async () => {
  handle = await createTestDatabase();
  db = handle.db;
  units = await buildJurisdictions(db);
  held = {
    x1: await buildProducer(db, { commune: units.communeX }),
    x2: await buildProducer(db, { commune: units.communeX }),
    y: await buildProducer(db, { commune: units.communeY }),
    z: await buildProducer(db, { commune: units.communeZ }),
  };
  const byA = await buildDecision(units.provinceA.id, '1/QĐ-A');
  const byB = await buildDecision(units.provinceB.id, '1/QĐ-B');
  // Issued by A or B, held in A or B (so each province sees some through its issuer and some
  // through its producers), with shared end dates (ties broken by number), revoked and expired ones.
  const plan: {
    producer: ProducerRow;
    byB?: boolean;
    validUntil: string;
    revokedOn?: string;
    stars?: number;
  }[] = [
    { producer: held.x1, validUntil: '2027-03-01' },
    { producer: held.x1, validUntil: '2026-07-15', stars: 4 },
    { producer: held.x2, validUntil: '2027-03-01' },
    { producer: held.x2, validUntil: '2025-12-31' },
    { producer: held.y, validUntil: '2028-01-20', revokedOn: '2026-02-01' },
    { producer: held.y, validUntil: '2027-03-01', stars: 5 },
    { producer: held.x1, byB: true, validUntil: '2026-09-09' },
    { producer: held.y, byB: true, validUntil: '2027-03-01' },
    { producer: held.z, byB: true, validUntil: '2026-08-08' },
    { producer: held.z, byB: true, validUntil: '2027-03-01', stars: 4 },
    { producer: held.z, validUntil: '2026-10-10' },
    { producer: held.z, validUntil: '2025-01-01' },
  ];
  let n = 0;
  for (const item of plan) {
    n += 1;
    const product = await buildProduct(db, { producer: item.producer });
    const decision = item.byB ? byB : byA;
    await db.insert(certificates).values({
      // Issued out of number order, so the order by number is not the order of insertion.
      number: `GCN-${String((n * 7) % 13).padStart(2, '0')}`,
      decisionId: decision.id,
      productId: product.id,
      producerId: item.producer.id,
      issuerUnitId: decision.unitId,
      stars: item.stars ?? 3,
      issuedOn: '2024-01-10',
      validUntil: item.validUntil,
      productName: product.name,
      productSet: product.productSet,
      producerName: item.producer.name,
      communeName: '',
      provinceName: '',
      issuerName: decision.issuerName,
      decisionNumber: decision.number,
      decisionDate: decision.signedOn,
      issueKind: 'imported',
      revokedOn: item.revokedOn ?? null,
      createdAt: new Date('2024-01-10T02:00:00Z'),
    });
    // Two dossiers per product, one in each of two statuses, some at the same instant.
    for (const [k, status] of [DOSSIER_STATUSES[n % 10]!, DOSSIER_STATUSES[(n + 4) % 10]!].entries())
      await db.insert(dossiers).values({
        producerId: item.producer.id,
        productId: product.id,
        communeId: item.producer.communeId,
        type: 'first',
        rubricVersionId: '148',
        productSet: product.productSet,
        procedureVersionId: '148-amended-1489',
        status,
        registration: emptyRegistration(),
        statusChangedAt: new Date(Date.UTC(2026, 0, 1 + ((n + k) % 5))),
      });
  }
});
afterAll(async () => handle.close());

/** Every certificate with its issuer's and holder's commune paths, read without the repository. */
async function certificateWorld() {
  const all = await db.select().from(certificates);
  const unitPath = new Map((await db.select().from(adminUnits)).map((u) => [u.id, u.path]));
  const communeOf = new Map((await db.select().from(producers)).map((p) => [p.id, p.communeId]));
  return all.map((c) => ({
    ...c,
    issuerPath: unitPath.get(c.issuerUnitId)!,
    holderPath: unitPath.get(communeOf.get(c.producerId)!)!,
  }));
}

const under = (path: string, paths: readonly string[]) => paths.some((p) => path.startsWith(p));
const byEndThenNumber = (a: { validUntil: string; number: string }, b: typeof a) =>
  a.validUntil === b.validUntil ? (a.number < b.number ? -1 : 1) : a.validUntil < b.validUntil ? -1 : 1;

async function pageThrough<T>(
  limit: number,
  read: (offset: number) => Promise<{ rows: T[]; total: number }>,
): Promise<{ rows: T[]; totals: number[] }> {
  const rows: T[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += limit) {
    const page = await read(offset);
    totals.push(page.total);
    rows.push(...page.rows);
    if (page.rows.length < limit) return { rows, totals };
  }
}

describe('certificate list pages', () => {
  const actors = (): [string, Pick<CertificateListFilter, 'producerIds' | 'unitPaths'>][] => [
    ['office of province A', { producerIds: [], unitPaths: [units.provinceA.path] }],
    ['office of province B', { producerIds: [], unitPaths: [units.provinceB.path] }],
    ['commune X', { producerIds: [], unitPaths: [units.communeX.path] }],
    ['central office', { producerIds: [], unitPaths: [units.nation.path] }],
    ['producer Z', { producerIds: [held.z.id], unitPaths: [] }],
    ['producer Z who is also commune Y', { producerIds: [held.z.id], unitPaths: [units.communeY.path] }],
    ['nobody', { producerIds: [], unitPaths: [] }],
  ];
  const filters: [string, Partial<CertificateListFilter>][] = [
    ['no filter', {}],
    ['valid today', { statuses: ['valid'] }],
    ['4 stars', { stars: 4 }],
  ];

  for (const way of [
    { name: 'sorted from the parts', way: 'sortParts' as const },
    { name: 'walked in list order', way: 'walk' as const },
  ])
    it(`pages through what each actor may see, ${way.name}`, async () => {
      const world = await certificateWorld();
      // Some certificates are issued by one province and held in the other.
      expect(world.filter((c) => !c.holderPath.startsWith(c.issuerPath)).length).toBeGreaterThan(2);
      for (const [actor, visibility] of actors())
        for (const [filterName, extra] of filters) {
          const expected = world
            .filter(
              (c) =>
                visibility.producerIds.includes(c.producerId) ||
                under(c.issuerPath, visibility.unitPaths) ||
                under(c.holderPath, visibility.unitPaths),
            )
            .filter((c) => extra.stars === undefined || c.stars === extra.stars)
            .filter((c) => !extra.statuses || (c.revokedOn === null && c.validUntil >= TODAY))
            .sort(byEndThenNumber)
            .map((c) => c.number);
          const { rows, totals } = await pageThrough(3, (offset) =>
            listCertificatesPage(
              db,
              { ...visibility, ...extra, today: TODAY, limit: 3, offset },
              { way: way.way },
            ),
          );
          const seen = `${actor}, ${filterName}`;
          expect(
            rows.map((c) => c.number),
            seen,
          ).toEqual(expected);
          expect(new Set(totals), seen).toEqual(new Set([expected.length]));
        }
    });
  it.each([
    { case: 'a commune', total: 60, offset: 0, tableRowsEstimate: 216_000, way: 'sortParts' },
    { case: 'a province, first page', total: 6_579, offset: 0, tableRowsEstimate: 216_000, way: 'walk' },
    {
      case: 'a province, last page',
      total: 6_579,
      offset: 6_500,
      tableRowsEstimate: 216_000,
      way: 'sortParts',
    },
    {
      case: 'the nation, middle page',
      total: 216_000,
      offset: 100_000,
      tableRowsEstimate: 216_000,
      way: 'walk',
    },
    { case: 'a province, table never analysed', total: 6_579, offset: 0, tableRowsEstimate: -1, way: 'walk' },
    {
      case: 'a province, 11th page, never analysed',
      total: 6_579,
      offset: 1_000,
      tableRowsEstimate: -1,
      way: 'sortParts',
    },
  ])('finds a page of $case by $way', ({ way, ...page }) => {
    expect(cheaperCertificatePageWay({ ...page, limit: 100 })).toBe(way);
  });
});

describe('dossier list pages', () => {
  const scopes = (): [string, Omit<DossierListFilter, 'limit' | 'offset'>][] => [
    [
      'office of province A',
      {
        producerIds: [],
        communePaths: [],
        forwardedPaths: [units.provinceA.path],
        forwardedStatuses: FORWARDED_STATUSES,
      },
    ],
    [
      'commune X',
      {
        producerIds: [],
        communePaths: [units.communeX.path],
        forwardedPaths: [],
        forwardedStatuses: FORWARDED_STATUSES,
      },
    ],
    [
      'producer X1',
      {
        producerIds: [held.x1.id],
        communePaths: [],
        forwardedPaths: [],
        forwardedStatuses: FORWARDED_STATUSES,
      },
    ],
    [
      'commune X, only submitted ones',
      {
        producerIds: [],
        communePaths: [units.communeX.path],
        forwardedPaths: [],
        forwardedStatuses: FORWARDED_STATUSES,
        statuses: ['submitted'],
      },
    ],
  ];

  it('pages through what each scope may see, most recently changed first, with the total', async () => {
    const all = await db.select().from(dossiers);
    const unitPath = new Map((await db.select().from(adminUnits)).map((u) => [u.id, u.path]));
    for (const [name, scope] of scopes()) {
      const expected = all
        .filter((d) => {
          const path = unitPath.get(d.communeId)!;
          return (
            scope.producerIds.includes(d.producerId) ||
            (under(path, scope.communePaths) && d.status !== 'draft') ||
            (under(path, scope.forwardedPaths) && scope.forwardedStatuses.includes(d.status))
          );
        })
        .filter((d) => !scope.statuses || scope.statuses.includes(d.status))
        .sort((a, b) =>
          a.statusChangedAt.getTime() === b.statusChangedAt.getTime()
            ? a.id < b.id
              ? -1
              : 1
            : b.statusChangedAt.getTime() - a.statusChangedAt.getTime(),
        )
        .map((d) => d.id);
      expect(expected.length, name).toBeGreaterThan(0);
      for (const limit of [2, 3, 100]) {
        const { rows, totals } = await pageThrough(limit, (offset) =>
          listDossiersWithNames(db, { ...scope, limit, offset }),
        );
        expect(
          rows.map((r) => r.dossier.id),
          `${name}, ${limit} a page`,
        ).toEqual(expected);
        expect(new Set(totals), `${name}, ${limit} a page`).toEqual(new Set([expected.length]));
      }
      const past = await listDossiersWithNames(db, { ...scope, limit: 2, offset: expected.length + 4 });
      expect(past, name).toEqual({ rows: [], total: expected.length });
    }
  });
});
