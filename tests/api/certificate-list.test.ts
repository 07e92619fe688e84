import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { producerMembers, producers } from '../../src/db/schema';
import { CERTIFICATE_IMPORT_COLUMNS } from '../../src/domain/registry/certificate-import-layout';
import { IMPORT_COLUMNS } from '../../src/domain/registry/import-layout';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { multipartBody, waitFor } from '../helpers/registry-helpers';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';
import { eq } from 'drizzle-orm';

/** The offices' certificate list: filters, jurisdiction, pagination and the Excel export. */
let t: TestApp;
let dataDir: string;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let officeA: Session;
let officeB: Session;
const NOW = new Date('2026-06-01T03:00:00Z');

const COLUMNS = [...IMPORT_COLUMNS, ...CERTIFICATE_IMPORT_COLUMNS];
type Key = (typeof COLUMNS)[number]['key'];

function csv(rows: Partial<Record<Key, string>>[]): Buffer {
  const lines = [COLUMNS.map((c) => c.header), ...rows.map((r) => COLUMNS.map((c) => r[c.key] ?? ''))];
  return Buffer.from(lines.map((l) => l.join(',')).join('\n'));
}

function certificateRow(i: number, over: Partial<Record<Key, string>>): Partial<Record<Key, string>> {
  return {
    producerType: 'Doanh nghiệp',
    producerName: `Công ty ${i}`,
    registrationNumber: `48${String(i).padStart(8, '0')}`,
    communeCode: units.communeX.code,
    address: 'Thôn 1',
    representativeName: 'Lê Văn An',
    representativeTitle: 'Giám đốc',
    representativeGender: 'Nam',
    productName: `Sản phẩm ${i}`,
    productSet: '3',
    stars: '3',
    certificateNumber: `L-${i}`,
    decisionNumber: `${i}/QĐ-UBND`,
    decisionDate: '01/08/2025',
    issuedOn: '01/08/2025',
    issuerCode: units.provinceA.code,
    ...over,
  };
}

async function importRows(session: Session, rows: Partial<Record<Key, string>>[]): Promise<void> {
  const body = multipartBody({}, { name: 'gcn.csv', content: csv(rows) });
  const started = await t.app.inject({
    method: 'POST',
    url: '/api/v1/imports/certificates',
    headers: { ...session.headers, ...body.headers },
    payload: body.payload,
  });
  expect(started.statusCode).toBe(202);
  const id = started.json<{ id: string }>().id;
  const job = await waitFor(async () => {
    const j = (
      await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: session.headers })
    ).json<{ status: string; problems: unknown[] }>();
    return j.status === 'running' ? undefined : j;
  }, 60_000);
  expect(job).toMatchObject({ status: 'completed', problems: [] });
}

interface Page {
  items: { number: string; status: string; stars: number }[];
  total: number;
}

async function list(session: Session, query: string): Promise<Page> {
  const response = await t.app.inject({
    method: 'GET',
    url: `/api/v1/certificates?${query}`,
    headers: session.headers,
  });
  expect(response.statusCode).toBe(200);
  return response.json<Page>();
}

const numbers = (page: Page) => page.items.map((i) => i.number);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-cert-list-'));
  t = await createTestApp({ now: NOW, config: { dataDir } });
  units = await buildJurisdictions(t.db);
  officeA = await signInAs(t, 'standing_office', units.provinceA);
  officeB = await signInAs(t, 'standing_office', units.provinceB);
  await importRows(officeA, [
    // valid, ends 2028-07-31
    certificateRow(1, { stars: '4', productSet: '5' }),
    // valid, ends in 20 days
    certificateRow(2, { issuedOn: '21/06/2023', decisionDate: '21/06/2023', validUntil: '21/06/2026' }),
    // valid, ends in 45 days
    certificateRow(3, { issuedOn: '16/07/2023', decisionDate: '16/07/2023', validUntil: '16/07/2026' }),
    // expired
    certificateRow(4, { issuedOn: '01/03/2023', decisionDate: '01/03/2023', validUntil: '01/03/2026' }),
    certificateRow(5, { communeCode: units.communeY.code }),
  ]);
  await importRows(officeB, [
    certificateRow(6, { communeCode: units.communeZ.code, issuerCode: units.provinceB.code }),
  ]);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('certificate list of the offices', () => {
  it('filters by status, stars, set, unit and expiry window, inside the jurisdiction only', async () => {
    expect(numbers(await list(officeA, ''))).toEqual(['L-4', 'L-2', 'L-3', 'L-1', 'L-5']);
    expect(numbers(await list(officeB, ''))).toEqual(['L-6']);
    expect(numbers(await list(officeA, 'status=expired'))).toEqual(['L-4']);
    expect((await list(officeA, 'status=valid,expired')).total).toBe(5);
    expect(numbers(await list(officeA, 'stars=4'))).toEqual(['L-1']);
    expect(numbers(await list(officeA, 'productSet=5'))).toEqual(['L-1']);
    expect(numbers(await list(officeA, 'expiringWithinDays=30'))).toEqual(['L-2']);
    expect(numbers(await list(officeA, 'expiringWithinDays=60'))).toEqual(['L-2', 'L-3']);
    expect(numbers(await list(officeA, `unitId=${units.communeY.id}`))).toEqual(['L-5']);
    expect(numbers(await list(officeB, `unitId=${units.communeY.id}`))).toEqual([]);
  });

  it('paginates with the total', async () => {
    const first = await list(officeA, 'limit=2&offset=0');
    const second = await list(officeA, 'limit=2&offset=2');
    expect(first.total).toBe(5);
    expect(numbers(first)).toEqual(['L-4', 'L-2']);
    expect(numbers(second)).toEqual(['L-3', 'L-1']);
  });

  it('shows a producer account only the certificates of its producer', async () => {
    const [producer] = await t.db
      .select()
      .from(producers)
      .where(eq(producers.registrationNumber, '4800000005'));
    const account = await buildAccount(t.db, {
      unit: units.communeY,
      grants: [{ role: 'producer', unit: units.communeY }],
    });
    await t.db.insert(producerMembers).values({ producerId: producer!.id, accountId: account.id });
    const session = await login(t.app, account.username);
    expect(numbers(await list(session, ''))).toEqual(['L-5']);
  });

  it('refuses a bad filter with 400', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/certificates?status=lost',
      headers: officeA.headers,
    });
    expect(response.statusCode).toBe(400);
  });

  it('exports the filtered list as an Excel workbook', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/certificates/export?expiringWithinDays=60',
      headers: officeA.headers,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).text).toBe('Số giấy chứng nhận');
    expect([2, 3].map((r) => sheet.getRow(r).getCell(1).text)).toEqual(['L-2', 'L-3']);
    expect(sheet.getRow(2).getCell(2).text).toBe('Còn hiệu lực');
    expect(sheet.getRow(2).getCell(13).text).toBe('21/06/2026');
    expect(sheet.rowCount).toBe(3);
  });
});
