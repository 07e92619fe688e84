import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { evidence } from '../../src/db/schema';
import { buildJurisdictions } from '../helpers/factories';
import { buildProducer, signInAsProducer, type ProducerRow } from '../helpers/dossier-factories';
import { docxZipBomb, listFiles, multipartBody, SAMPLE_PNG, samplePdf } from '../helpers/registry-helpers';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

const UPLOAD_LIMIT = 256 * 1024;
let t: TestApp;
let dataDir: string;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let producer: ProducerRow;
let own: Session;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-evidence-'));
  t = await createTestApp({ config: { dataDir, uploadMaxBytes: UPLOAD_LIMIT } });
  units = await buildJurisdictions(t.db);
  producer = await buildProducer(t.db, { commune: units.communeX });
  own = await signInAsProducer(t.app, t.db, producer, units.communeX);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function upload(
  session: Session,
  fields: Record<string, string>,
  file?: Parameters<typeof multipartBody>[1],
  producerId = producer.id,
) {
  const body = multipartBody(fields, file);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/producers/${producerId}/evidence`,
    headers: { ...session.headers, ...body.headers },
    payload: body.payload,
  });
}

async function evidenceCount(): Promise<number> {
  const [row] = await t.db.select({ count: sql<unknown>`count(*)` }).from(evidence);
  return toCount(row?.count);
}

describe('evidence uploads', () => {
  it('stores a PDF content-addressed, sniffs its type, and serves it only as an attachment', async () => {
    const content = samplePdf('giay phep');
    const response = await upload(
      own,
      {
        documentType: 'business_registration',
        title: 'Giấy chứng nhận đăng ký HTX',
        issuer: 'Sở Tài chính',
        issuedOn: '2024-01-02',
      },
      { name: 'giấy phép.pdf', content, contentType: 'text/html' },
    );
    expect(response.statusCode).toBe(201);
    const body = response.json<{
      id: string;
      mediaType: string;
      sha256: string;
      sizeBytes: number;
      downloadUrl: string;
      documentTypeLabel: string;
    }>();
    expect(body).toMatchObject({
      mediaType: 'application/pdf',
      sizeBytes: content.length,
      documentTypeLabel: 'Giấy chứng nhận đăng ký kinh doanh',
    });
    const blob = path.join(dataDir, 'files', body.sha256.slice(0, 2), body.sha256.slice(2, 4), body.sha256);
    expect(fs.readFileSync(blob)).toEqual(content);
    const download = await t.app.inject({ method: 'GET', url: body.downloadUrl, headers: own.headers });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="giay phep.pdf"; filename\*=UTF-8''gi%E1%BA%A5y%20ph%C3%A9p.pdf$/,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload).toEqual(content);
  });

  it('dedupes identical content into one blob', async () => {
    const content = samplePdf('dedupe');
    const before = listFiles(path.join(dataDir, 'files')).length;
    await upload(own, { documentType: 'other', title: 'Bản 1' }, { name: 'a.pdf', content });
    await upload(own, { documentType: 'other', title: 'Bản 2' }, { name: 'b.pdf', content });
    expect(listFiles(path.join(dataDir, 'files')).length).toBe(before + 1);
  });

  it('accepts images and office documents by content, and attaches photos to a product', async () => {
    const product = await t.app.inject({
      method: 'POST',
      url: `/api/v1/producers/${producer.id}/products`,
      headers: own.headers,
      payload: { productSet: 7, name: 'Mứt mận' },
    });
    const productId = product.json<{ id: string }>().id;
    const photo = await upload(
      own,
      { documentType: 'photo', title: 'Ảnh sản phẩm', productId },
      { name: 'anh.bin', content: SAMPLE_PNG },
    );
    expect(photo.statusCode).toBe(201);
    expect(photo.json()).toMatchObject({ mediaType: 'image/png', fileName: 'anh.bin.png' });
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Kết quả').addRow(['Chỉ tiêu', 'Kết quả']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const office = await upload(
      own,
      { documentType: 'test_report', title: 'Phiếu kiểm nghiệm' },
      { name: 'kiem-nghiem.xlsx', content: xlsx },
    );
    expect(office.statusCode).toBe(201);
    expect(office.json()).toMatchObject({
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    const shown = await t.app.inject({
      method: 'GET',
      url: `/api/v1/products/${productId}`,
      headers: own.headers,
    });
    expect(shown.json()).toMatchObject({ photoEvidenceIds: [photo.json<{ id: string }>().id] });
  });

  it.each([
    ['an empty file', { name: 'rong.pdf', content: Buffer.alloc(0) }, 400, 'VALIDATION_FAILED'],
    [
      'a PDF that is really HTML',
      {
        name: 'giay-phep.pdf',
        content: Buffer.from('<!doctype html><html><script>alert(1)</script></html>'),
        contentType: 'application/pdf',
      },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'an oversized file',
      { name: 'lon.pdf', content: Buffer.concat([samplePdf(), Buffer.alloc(UPLOAD_LIMIT)]) },
      413,
      'PAYLOAD_TOO_LARGE',
    ],
    [
      'a zip bomb dressed as a Word document',
      { name: 'bom.docx', content: docxZipBomb(120) },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'an executable',
      {
        name: 'chay.pdf',
        content: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(200)]),
      },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    [
      'a plain text file',
      { name: 'ghi-chu.txt', content: Buffer.from('chỉ là chữ') },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
  ])('refuses %s and stores nothing', async (_label, file, status, code) => {
    const rows = await evidenceCount();
    const files = listFiles(path.join(dataDir, 'files'));
    const response = await upload(own, { documentType: 'other', title: 'Thử' }, file);
    expect(response.statusCode).toBe(status);
    expect(response.json()).toMatchObject({ code });
    expect(await evidenceCount()).toBe(rows);
    expect(listFiles(path.join(dataDir, 'files'))).toEqual(files);
  });

  it('names the bad fields of the form and stores nothing', async () => {
    const rows = await evidenceCount();
    const response = await upload(
      own,
      { documentType: 'hoa_don', title: '', validUntil: '2020-13-01' },
      { name: 'a.pdf', content: samplePdf('fields') },
    );
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['documentType', 'title', 'validUntil']));
    expect(await evidenceCount()).toBe(rows);
  });
});

describe('evidence library', () => {
  it('flags documents expiring within 30 days and filters on it', async () => {
    const p = await buildProducer(t.db, { commune: units.communeY });
    const session = await signInAsProducer(t.app, t.db, p, units.communeY);
    const today = new Date().toISOString().slice(0, 10);
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    await upload(
      session,
      {
        documentType: 'food_safety_eligibility',
        title: 'ATTP sắp hết hạn',
        issuedOn: '2023-01-01',
        validUntil: inDays(10),
      },
      { name: 'a.pdf', content: samplePdf('soon') },
      p.id,
    );
    await upload(
      session,
      { documentType: 'qms_certificate', title: 'VietGAP còn hạn', validUntil: inDays(200) },
      { name: 'b.pdf', content: samplePdf('later') },
      p.id,
    );
    await upload(
      session,
      { documentType: 'test_report', title: 'Kiểm nghiệm hết hạn', validUntil: '2020-01-01' },
      { name: 'c.pdf', content: samplePdf('old') },
      p.id,
    );
    const soon = await t.app.inject({
      method: 'GET',
      url: `/api/v1/evidence?producerId=${p.id}&validity=expiring_soon`,
      headers: session.headers,
    });
    expect(soon.json()).toMatchObject({
      total: 1,
      items: [{ title: 'ATTP sắp hết hạn', isExpiringSoon: true, validity: 'expiring_soon' }],
    });
    const expired = await t.app.inject({
      method: 'GET',
      url: `/api/v1/evidence?producerId=${p.id}&validity=expired`,
      headers: session.headers,
    });
    expect(expired.json()).toMatchObject({
      total: 1,
      items: [{ validity: 'expired', isExpiringSoon: false }],
    });
    const all = await t.app.inject({ method: 'GET', url: '/api/v1/evidence', headers: session.headers });
    expect(all.json<{ total: number }>().total).toBe(3);
    expect(today).toBeTruthy();
  });

  it('never shows producer A the evidence of producer B, nor a commune another commune', async () => {
    const [first] = await t.db.select().from(evidence).where(eq(evidence.producerId, producer.id)).limit(1);
    const other = await signInAsProducer(
      t.app,
      t.db,
      await buildProducer(t.db, { commune: units.communeX }),
      units.communeX,
    );
    for (const url of [`/api/v1/evidence/${first!.id}`, `/api/v1/evidence/${first!.id}/file`]) {
      expect((await t.app.inject({ method: 'GET', url, headers: other.headers })).statusCode).toBe(404);
    }
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/evidence?producerId=${producer.id}`,
      headers: other.headers,
    });
    expect(list.json()).toMatchObject({ total: 0 });
    const officerY = await signInAs(t, 'commune_officer', units.communeY);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/evidence/${first!.id}`, headers: officerY.headers }))
        .statusCode,
    ).toBe(404);
    const officerX = await signInAs(t, 'commune_officer', units.communeX);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/evidence/${first!.id}`, headers: officerX.headers }))
        .statusCode,
    ).toBe(200);
  });

  it('soft-deletes: the document disappears from the library but the row and blob stay', async () => {
    const created = await upload(
      own,
      { documentType: 'other', title: 'Xóa thử' },
      { name: 'x.pdf', content: samplePdf('delete me') },
    );
    const { id, sha256 } = created.json<{ id: string; sha256: string }>();
    const deleted = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/evidence/${id}`,
      headers: own.headers,
    });
    expect(deleted.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/evidence/${id}`, headers: own.headers })).statusCode,
    ).toBe(404);
    const [row] = await t.db.select().from(evidence).where(eq(evidence.id, id));
    expect(row?.deletedAt).not.toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'files', sha256.slice(0, 2), sha256.slice(2, 4), sha256))).toBe(
      true,
    );
  });
});

describe('evidence upload policy', () => {
  it('tells a signed-in user the size limit of this deployment and the accepted types, and the limit is the one enforced', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/evidence/upload-policy',
      headers: own.headers,
    });
    expect(response.statusCode).toBe(200);
    const policy = response.json<{
      maxBytes: number;
      maxMegabytes: number;
      acceptedExtensions: string[];
      acceptedMediaTypes: string[];
    }>();
    expect(policy).toMatchObject({ maxBytes: UPLOAD_LIMIT, maxMegabytes: 0.25 });
    expect(policy.acceptedExtensions).toEqual(expect.arrayContaining(['pdf', 'jpg', 'png', 'docx', 'odt']));
    expect(policy.acceptedExtensions).not.toContain('doc');
    expect(policy.acceptedMediaTypes).toContain('application/pdf');
    const justOver = await upload(
      own,
      { documentType: 'other', title: 'Quá cỡ' },
      { name: 'lon.pdf', content: Buffer.concat([samplePdf(), Buffer.alloc(policy.maxBytes)]) },
    );
    expect(justOver.statusCode).toBe(413);
  });

  it('is not shown to someone who has not signed in', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/evidence/upload-policy' });
    expect(response.statusCode).toBe(401);
  });
});
