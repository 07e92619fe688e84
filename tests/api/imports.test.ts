import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { producers, products } from '../../src/db/schema';
import { IMPORT_COLUMNS } from '../../src/domain/registry/import-layout';
import { gtinCheckDigit } from '../../src/domain/registry/gtin';
import { buildJurisdictions } from '../helpers/factories';
import { multipartBody, waitFor } from '../helpers/registry-helpers';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let dataDir: string;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let office: Session;

const HEADERS = IMPORT_COLUMNS.map((c) => c.header);

/** One CSV row in the documented layout (column order of IMPORT_COLUMNS). */
function row(values: Partial<Record<(typeof IMPORT_COLUMNS)[number]['key'], string>>): string[] {
  return IMPORT_COLUMNS.map((c) => values[c.key] ?? '');
}

function csv(rows: string[][]): Buffer {
  const escape = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return Buffer.from(`\uFEFF${[HEADERS, ...rows].map((r) => r.map(escape).join(',')).join('\r\n')}\r\n`);
}

function gtin13(n: number): string {
  const body = `893${String(n).padStart(9, '0')}`;
  return `${body}${gtinCheckDigit(body)}`;
}

/** 5,000 data rows: 2,500 producers with two products each; a few rows broken on purpose. */
function bigFile(): { content: Buffer; badLines: Map<number, string> } {
  const rows: string[][] = [];
  const badLines = new Map<number, string>();
  for (let i = 0; i < 5000; i += 1) {
    const producer = Math.floor(i / 2);
    const values: Parameters<typeof row>[0] = {
      producerType: producer % 3 === 0 ? 'Hợp tác xã' : 'Doanh nghiệp',
      producerName: `Chủ thể số ${producer}`,
      registrationNumber: `46${String(producer).padStart(8, '0')}`,
      communeCode: producer % 2 === 0 ? units.communeX.code : units.communeY.code,
      address: `Thôn ${producer}`,
      representativeName: 'Nguyễn Thị Lan',
      representativeTitle: 'Giám đốc',
      representativeGender: i % 4 === 0 ? 'Nữ' : 'Nam',
      representativeEthnicMinority: i % 5 === 0 ? 'Có' : 'Không',
      workforceTotal: '12',
      productName: `Sản phẩm ${i}`,
      productSet: String((i % 26) + 1),
      gtin: i % 7 === 0 ? gtin13(i) : '',
      rawMaterialAreaHectares: '2,5',
    };
    const line = i + 2;
    if (i === 10) {
      values.registrationNumber = '12345';
      badLines.set(line, 'Mã số đăng ký');
    } else if (i === 777) {
      values.gtin = '8938505974000';
      badLines.set(line, 'GTIN');
    } else if (i === 2024) {
      values.communeCode = 'KHONG-CO';
      badLines.set(line, 'Mã xã');
    } else if (i === 3001) {
      values.representativeGender = 'Không rõ';
      badLines.set(line, 'Giới tính');
    } else if (i === 4500) {
      values.productSet = '30';
      badLines.set(line, 'Bộ sản phẩm');
    } else if (i === 4998) {
      values.communeCode = units.communeZ.code;
      values.registrationNumber = '4699999999';
      badLines.set(line, 'Mã xã');
    }
    rows.push(row(values));
  }
  return { content: csv(rows), badLines };
}

function post(url: string, content: Buffer, name: string, session = office) {
  const body = multipartBody({}, { name, content });
  return t.app.inject({
    method: 'POST',
    url,
    headers: { ...session.headers, ...body.headers },
    payload: body.payload,
  });
}

async function count(table: typeof producers | typeof products): Promise<number> {
  const [r] = await t.db.select({ count: sql<unknown>`count(*)` }).from(table);
  return toCount(r?.count);
}

interface Job {
  id: string;
  status: string;
  processedRows: number;
  totalRows: number;
  producersCreated: number;
  productsCreated: number;
  problems: { line: number; column: string }[];
}

async function runImport(content: Buffer, name: string): Promise<Job> {
  const started = await post('/api/v1/imports/producers', content, name);
  expect(started.statusCode).toBe(202);
  const { id } = started.json<Job>();
  return waitFor(async () => {
    const job = (
      await t.app.inject({ method: 'GET', url: `/api/v1/imports/${id}`, headers: office.headers })
    ).json<Job>();
    return job.status === 'running' ? undefined : job;
  }, 120_000);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-import-'));
  t = await createTestApp({ config: { dataDir } });
  units = await buildJurisdictions(t.db);
  office = await signInAs(t, 'standing_office', units.provinceA);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('bulk import of producers and products', () => {
  it('dry-runs, imports 5,000 rows except the bad ones, and imports nothing new the second time', async () => {
    const { content, badLines } = bigFile();
    const dry = await post('/api/v1/imports/producers/dry-run', content, 'chu-the.csv');
    expect(dry.statusCode).toBe(200);
    const report = dry.json<{
      totalRows: number;
      invalidRows: number;
      producersToCreate: number;
      productsToCreate: number;
      problems: { line: number; column: string; messageVi: string }[];
    }>();
    expect(report.totalRows).toBe(5000);
    expect(report.problems.map((p) => [p.line, p.column])).toEqual([...badLines.entries()]);
    expect(report.problems.every((p) => p.messageVi.length > 0)).toBe(true);
    expect(report.invalidRows).toBe(badLines.size);
    expect(report.productsToCreate).toBe(5000 - badLines.size);
    expect(await count(producers)).toBe(0);

    const job = await runImport(content, 'chu-the.csv');
    expect(job).toMatchObject({
      status: 'completed',
      totalRows: 5000,
      processedRows: 5000,
      productsCreated: 5000 - badLines.size,
    });
    expect(job.problems).toHaveLength(badLines.size);
    expect(await count(products)).toBe(5000 - badLines.size);
    // Each producer has two rows; where one row is bad, its twin still creates the producer.
    expect(await count(producers)).toBe(report.producersToCreate);
    expect(report.producersToCreate).toBe(2500);

    const again = await runImport(content, 'chu-the.csv');
    expect(again).toMatchObject({ status: 'completed', producersCreated: 0, productsCreated: 0 });
    expect(await count(products)).toBe(5000 - badLines.size);
  }, 240_000);

  it('reads Excel workbooks with the same layout and reports bad rows by row number', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Chủ thể');
    sheet.addRow(HEADERS);
    const base = {
      producerType: 'Hộ sản xuất kinh doanh',
      producerName: 'Hộ Mật ong',
      communeCode: units.communeY.code,
      address: 'Bản Lác',
      representativeName: 'Lò Văn Pọm',
      representativeTitle: 'Chủ hộ',
      representativeGender: 'Nam',
      representativeEthnicMinority: 'Có',
    };
    sheet.addRow(
      row({ ...base, registrationNumber: '27A8099999', productName: 'Mật ong bạc hà', productSet: '4' }),
    );
    sheet.addRow(
      row({ ...base, registrationNumber: '27A8099999', productName: 'Mật ong bạc hà', productSet: '4' }),
    );
    sheet.addRow(row({ ...base, registrationNumber: '', productName: 'Sáp ong', productSet: '4' }));
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const dry = await post('/api/v1/imports/producers/dry-run', content, 'ho.xlsx');
    expect(dry.json()).toMatchObject({
      totalRows: 3,
      producersToCreate: 1,
      productsToCreate: 1,
      problems: [
        { line: 3, column: 'Tên sản phẩm', messageVi: 'Trùng sản phẩm với dòng 2' },
        { line: 4, column: 'Mã số đăng ký', messageVi: 'Bắt buộc, đang để trống' },
      ],
    });
  });

  it('refuses unreadable files and missing columns as a whole, and non-importers', async () => {
    const pdf = await post('/api/v1/imports/producers/dry-run', Buffer.from('%PDF-1.4\n%%EOF'), 'x.csv');
    expect(pdf.statusCode).toBe(422);
    expect(pdf.json()).toMatchObject({ code: 'IMPORT_INVALID' });
    const missing = await post(
      '/api/v1/imports/producers/dry-run',
      Buffer.from('Tên chủ thể,Địa chỉ\nA,B\n'),
      'x.csv',
    );
    expect(
      missing.json<{ problems: { line: number; column: string }[] }>().problems.map((p) => p.column),
    ).toContain('Mã số đăng ký');
    const producerSession = await signInAs(t, 'producer', units.communeX);
    expect(
      (await post('/api/v1/imports/producers/dry-run', csv([]), 'x.csv', producerSession)).statusCode,
    ).toBe(403);
  });
});
