import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCount } from '../../src/db/database';
import { adminUnitSuccessions, certificates, products } from '../../src/db/schema';
import { CERTIFICATE_IMPORT_COLUMNS } from '../../src/domain/registry/certificate-import-layout';
import { IMPORT_COLUMNS } from '../../src/domain/registry/import-layout';
import { buildJurisdictions, buildUnit, type UnitRow } from '../helpers/factories';
import { multipartBody, waitFor } from '../helpers/registry-helpers';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let dataDir: string;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let formerProvince: UnitRow;
let formerDistrict: UnitRow;
let office: Session;
let otherOffice: Session;

const COLUMNS = [...IMPORT_COLUMNS, ...CERTIFICATE_IMPORT_COLUMNS];
type Key = (typeof COLUMNS)[number]['key'];

function csv(rows: Partial<Record<Key, string>>[]): Buffer {
  const escape = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const lines = [COLUMNS.map((c) => c.header), ...rows.map((r) => COLUMNS.map((c) => r[c.key] ?? ''))];
  return Buffer.from(`\uFEFF${lines.map((l) => l.map(escape).join(',')).join('\r\n')}\r\n`);
}

/**
 * 1,000 certificates of 500 producers (two products each): half issued in 2021 by a former
 * district (Decision 1048), half in 2024 by the former province (148); ten rows broken on purpose.
 */
function thousandRows(): { content: Buffer; badLines: Map<number, string> } {
  const rows: Partial<Record<Key, string>>[] = [];
  const badLines = new Map<number, string>();
  for (let i = 0; i < 1000; i += 1) {
    const producer = Math.floor(i / 2);
    const is2021 = i % 2 === 0;
    const values: Partial<Record<Key, string>> = {
      producerType: 'Hợp tác xã',
      producerName: `HTX số ${producer}`,
      registrationNumber: `47${String(producer).padStart(8, '0')}`,
      communeCode: producer % 2 === 0 ? units.communeX.code : units.communeY.code,
      address: `Thôn ${producer}`,
      representativeName: 'Trần Văn Bình',
      representativeTitle: 'Giám đốc',
      representativeGender: 'Nam',
      productName: `Sản phẩm ${i}`,
      productSet: String((i % 26) + 1),
      stars: i % 5 === 0 ? '4' : '3',
      certificateNumber: is2021 ? `${1000 + i}/GCN-UBND` : `GCN-2024-${String(i).padStart(4, '0')}`,
      decisionNumber: is2021 ? '1234/QĐ-UBND' : `${i % 3}/QĐ-UBND-2024`,
      decisionDate: is2021 ? '15/03/2021' : '10/06/2024',
      issuerCode: is2021 ? formerDistrict.code : formerProvince.code,
      issuedOn: is2021 ? '15/03/2021' : '10/06/2024',
      legalBasis: is2021 ? '1048/QĐ-TTg' : '148/QĐ-TTg',
    };
    const line = i + 2;
    const breakRow = (column: string, change: Partial<Record<Key, string>>) => {
      Object.assign(values, change);
      badLines.set(line, column);
    };
    if (i === 7) breakRow('Số sao', { stars: '6' });
    else if (i === 100) breakRow('Ngày cấp', { issuedOn: '31/02/2024' });
    else if (i === 201) breakRow('Căn cứ', { legalBasis: '1048' });
    else if (i === 302) breakRow('Mã đơn vị cấp', { issuerCode: '99999' });
    else if (i === 403) breakRow('Số giấy chứng nhận', { certificateNumber: '' });
    else if (i === 504) breakRow('Số giấy chứng nhận', { certificateNumber: '1502/GCN-UBND' });
    else if (i === 605) breakRow('Ngày quyết định', { decisionDate: '11/06/2024' });
    else if (i === 706) breakRow('Số sao', { stars: '5' });
    else if (i === 807)
      breakRow('Mã xã', { communeCode: units.communeZ.code, registrationNumber: '4799999999' });
    else if (i === 908) breakRow('Bộ sản phẩm', { productSet: '40' });
    rows.push(values);
  }
  return { content: csv(rows), badLines };
}

function post(url: string, content: Buffer, session = office) {
  const body = multipartBody({}, { name: 'giay-chung-nhan.csv', content });
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...session.headers, ...body.headers },
    payload: body.payload,
  });
}

interface Job {
  id: string;
  status: string;
  kind: string;
  totalRows: number;
  processedRows: number;
  certificatesCreated: number;
  producersCreated: number;
  productsCreated: number;
  problems: { line: number; column: string; messageVi: string }[];
}

async function runImport(content: Buffer): Promise<Job> {
  const started = await post('/api/v1/imports/certificates', content);
  expect(started.statusCode).toBe(202);
  const { id } = started.json<Job>();
  return waitFor(async () => {
    const job = (
      await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: office.headers })
    ).json<Job>();
    return job.status === 'running' ? undefined : job;
  }, 120_000);
}

async function certificateCount(): Promise<number> {
  const [r] = await t.db.select({ count: sql<unknown>`count(*)` }).from(certificates);
  return toCount(r?.count);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-cert-import-'));
  t = await createTestApp({ config: { dataDir } });
  units = await buildJurisdictions(t.db);
  // Before the 2025 reform: a province (now part of province A) and one of its districts.
  formerProvince = await buildUnit(t.db, {
    level: 'province',
    parent: units.nation,
    code: '17',
    name: 'Tỉnh Hòa Bình Cũ',
    validFrom: '2008-01-01',
    validTo: '2025-06-30',
  });
  formerDistrict = await buildUnit(t.db, {
    level: 'district',
    parent: formerProvince,
    code: '148',
    name: 'Huyện Lạc Sơn',
    validFrom: '2008-01-01',
    validTo: '2025-06-30',
  });
  await t.db.insert(adminUnitSuccessions).values({
    predecessorId: formerProvince.id,
    successorId: units.provinceA.id,
    effectiveDate: '2025-07-01',
  });
  office = await signInAs(t, 'standing_office', units.provinceA);
  otherOffice = await signInAs(t, 'standing_office', units.provinceB);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('import of certificates a province already has', () => {
  it('imports 990 of 1,000 rows, reports the 10 bad ones by line and column, and imports nothing the second time', async () => {
    const { content, badLines } = thousandRows();
    const dry = await post('/api/v1/imports/certificates/dry-run', content);
    expect(dry.statusCode).toBe(200);
    const report = dry.json<{
      totalRows: number;
      invalidRows: number;
      certificatesToCreate: number;
      problems: { line: number; column: string; messageVi: string }[];
    }>();
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([...badLines.entries()]);
    expect(report).toMatchObject({ totalRows: 1000, invalidRows: 10, certificatesToCreate: 990 });
    expect(report.problems.find((p) => p.line === 506)?.messageVi).toBe('Trùng số giấy với dòng 504');
    expect(await certificateCount()).toBe(0);

    const job = await runImport(content);
    expect(job).toMatchObject({
      kind: 'certificates',
      status: 'completed',
      totalRows: 1000,
      processedRows: 1000,
      certificatesCreated: 990,
    });
    expect(job.problems.map((p) => [p.line, p.column])).toEqual([...badLines.entries()]);
    expect(await certificateCount()).toBe(990);

    const again = await runImport(content);
    expect(again).toMatchObject({
      status: 'completed',
      certificatesCreated: 0,
      producersCreated: 0,
      productsCreated: 0,
    });
    expect(again.problems).toHaveLength(10);
    expect(await certificateCount()).toBe(990);
  }, 240_000);

  it('an imported certificate reads as issued: number, decision, 1048 basis, former district, public page', async () => {
    const [row] = await t.db.select().from(certificates).where(eq(certificates.number, '1000/GCN-UBND'));
    expect(row).toMatchObject({
      issueKind: 'imported',
      issuerName: 'Ủy ban nhân dân huyện Lạc Sơn',
      stars: 4,
    });
    const api = await t.app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${row!.id}`,
      headers: office.headers,
    });
    expect(api.json()).toMatchObject({
      number: '1000/GCN-UBND',
      status: 'expired',
      issuedOn: '2021-03-15',
      validUntil: '2024-03-14',
      decisionNumber: '1234/QĐ-UBND',
      legalBasis: { procedureId: '1048' },
    });
    const [product] = await t.db.select().from(products).where(eq(products.id, row!.productId));
    expect(product?.status).toBe('expired');
    // The office of the province that took over from the former province answers for it; another does not.
    const outside = await t.app.inject({
      method: 'GET',
      url: `/api/v1/certificates/${row!.id}`,
      headers: otherOffice.headers,
    });
    expect(outside.statusCode).toBe(403);
    const page = await t.app.inject({ method: 'GET', url: `/c/${encodeURIComponent('1000/GCN-UBND')}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('1234/QĐ-UBND');

    const [recent] = await t.db.select().from(certificates).where(eq(certificates.number, 'GCN-2024-0001'));
    expect(recent).toMatchObject({
      issuerName: 'Ủy ban nhân dân tỉnh Hòa Bình Cũ',
      validUntil: '2027-06-09',
    });
    const [certified] = await t.db.select().from(products).where(eq(products.id, recent!.productId));
    expect(certified?.status).toBe('certified');
  });

  it('refuses rows of an issuer outside the office jurisdiction', async () => {
    const content = csv([
      {
        producerType: 'Doanh nghiệp',
        producerName: 'Công ty Chè',
        registrationNumber: '4700000999',
        communeCode: units.communeZ.code,
        address: 'Bản Chè',
        representativeName: 'Lý Thị Mai',
        representativeTitle: 'Giám đốc',
        representativeGender: 'Nữ',
        productName: 'Chè shan tuyết',
        productSet: '3',
        stars: '3',
        certificateNumber: 'B-2025-1',
        decisionNumber: '9/QĐ-UBND',
        decisionDate: '01/08/2025',
        issuerCode: units.provinceB.code,
        issuedOn: '01/08/2025',
      },
    ]);
    const dry = await post('/api/v1/imports/certificates/dry-run', content);
    expect(dry.json()).toMatchObject({
      certificatesToCreate: 0,
      problems: [{ line: 2, column: 'Mã đơn vị cấp', messageVi: 'Đơn vị cấp ngoài phạm vi quản lý của bạn' }],
    });
    const inside = await post('/api/v1/imports/certificates/dry-run', content, otherOffice);
    expect(inside.json()).toMatchObject({ certificatesToCreate: 1, problems: [] });
  });
});
