/**
 * The offices' list "sắp hết hạn / đã hết hạn chưa đánh giá lại": certificates ending soon or
 * already ended whose product has no re-evaluation dossier submitted since, with the export of
 * exactly that list.
 */
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates, dossiers } from '../../src/db/schema';
import { addDays } from '../../src/domain/calendar/working-days';
import { emptyRegistration, type DossierStatus } from '../../src/domain/dossier/dossier.types';
import { buildJurisdictions } from '../helpers/factories';
import { buildCertifiedProduct } from '../helpers/stamp-fixtures';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

const NOW = new Date('2026-06-01T03:00:00Z');
const TODAY = '2026-06-01';

interface Case {
  name: string;
  endInDays: number;
  reEvaluation: DossierStatus | null;
  isRevoked?: boolean;
  /** Listed with the default window (30 days). */
  isListed: boolean;
}

/** One certified product per case, its certificate ending `endInDays` from today. */
const CASES: readonly Case[] = [
  { name: 'Hết hạn sau 20 ngày, chưa có hồ sơ', endInDays: 20, reEvaluation: null, isListed: true },
  { name: 'Hết hạn sau 20 ngày, hồ sơ đã nộp', endInDays: 20, reEvaluation: 'submitted', isListed: false },
  { name: 'Hết hạn sau 20 ngày, hồ sơ đang soạn', endInDays: 20, reEvaluation: 'draft', isListed: true },
  { name: 'Đã hết hạn, chưa có hồ sơ', endInDays: -10, reEvaluation: null, isListed: true },
  {
    name: 'Đã hết hạn, hồ sơ đã tiếp nhận',
    endInDays: -10,
    reEvaluation: 'accepted_into_pool',
    isListed: false,
  },
  { name: 'Đã hết hạn, đã thu hồi', endInDays: -10, reEvaluation: null, isRevoked: true, isListed: false },
  { name: 'Hết hạn sau 45 ngày, chưa có hồ sơ', endInDays: 45, reEvaluation: null, isListed: false },
  { name: 'Còn hơn một năm', endInDays: 400, reEvaluation: null, isListed: false },
];

let t: TestApp;
let officeA: Session;
let officeB: Session;
let communeOfficer: Session;
const numberOf = new Map<string, string>();

async function list(session: Session, query: string): Promise<string[]> {
  const response = await t.app.inject({
    url: `/api/v1/certificates?notReEvaluated=true${query}`,
    headers: session.headers,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: { number: string }[] }>().items.map((i) => i.number);
}

const numbersOf = (names: readonly string[]) => names.map((n) => numberOf.get(n)!).sort();

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  const units = await buildJurisdictions(t.db);
  officeA = await signInAs(t, 'standing_office', units.provinceA);
  officeB = await signInAs(t, 'standing_office', units.provinceB);
  communeOfficer = await signInAs(t, 'commune_officer', units.communeX);
  for (const c of CASES) {
    const built = await buildCertifiedProduct(
      t.db,
      { province: units.provinceA, commune: units.communeX },
      { name: c.name, signedOn: '2023-06-01' },
    );
    await t.db
      .update(certificates)
      .set({
        validUntil: addDays(TODAY, c.endInDays),
        ...(c.isRevoked
          ? {
              revokedOn: TODAY,
              revocation: {
                reason: 'Không đánh giá lại',
                decisionNumber: '5/QĐ-UBND',
                decisionDate: TODAY,
                byAccountId: officeA.accountId,
                byName: 'Văn phòng',
                recordedAt: NOW.toISOString(),
              },
            }
          : {}),
      })
      .where(eq(certificates.id, built.certificate.id));
    numberOf.set(c.name, built.certificate.number);
    if (c.reEvaluation)
      await t.db.insert(dossiers).values({
        producerId: built.producer.id,
        productId: built.product.id,
        communeId: units.communeX.id,
        type: 're-evaluation',
        rubricVersionId: '148',
        productSet: built.product.productSet,
        procedureVersionId: '148-amended-1489',
        status: c.reEvaluation,
        registration: emptyRegistration(),
        versionNumber: c.reEvaluation === 'draft' ? 0 : 1,
        createdAt: NOW,
        statusChangedAt: NOW,
      });
  }
}, 120_000);
afterAll(async () => t.close());

describe('certificates not re-evaluated', () => {
  it.each(CASES)('$name → listed: $isListed', async (c) => {
    expect((await list(officeA, '')).includes(numberOf.get(c.name)!)).toBe(c.isListed);
  });

  it('lists exactly the due ones, soonest end first, for the office and the commune', async () => {
    const due = CASES.filter((c) => c.isListed).map((c) => c.name);
    expect((await list(officeA, '')).sort()).toEqual(numbersOf(due));
    expect((await list(communeOfficer, '')).sort()).toEqual(numbersOf(due));
    expect(await list(officeB, '')).toEqual([]);
    const ends = (
      await t.app.inject({ url: '/api/v1/certificates?notReEvaluated=true', headers: officeA.headers })
    )
      .json<{ items: { validUntil: string }[] }>()
      .items.map((i) => i.validUntil);
    expect(ends).toEqual([...ends].sort());
  });

  it('looks further ahead with expiringWithinDays', async () => {
    expect(await list(officeA, '&expiringWithinDays=60')).toContain(
      numberOf.get('Hết hạn sau 45 ngày, chưa có hồ sơ'),
    );
    expect(await list(officeA, '&expiringWithinDays=60')).not.toContain(numberOf.get('Còn hơn một năm'));
  });

  it('exports the same list to Excel', async () => {
    const response = await t.app.inject({
      url: '/api/v1/exports/certificates?format=xlsx&notReEvaluated=true',
      headers: officeA.headers,
    });
    expect(response.statusCode, response.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.worksheets[0]!.eachRow((row) =>
      row.eachCell((cell) => {
        cells.push(cell.text);
      }),
    );
    const exported = [...numberOf.values()].filter((n) => cells.includes(n)).sort();
    expect(exported).toEqual(numbersOf(CASES.filter((c) => c.isListed).map((c) => c.name)));
  });

  it('refuses a bad value with 400 naming the field', async () => {
    const response = await t.app.inject({
      url: '/api/v1/certificates?notReEvaluated=yes',
      headers: officeA.headers,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('notReEvaluated');
  });
});
