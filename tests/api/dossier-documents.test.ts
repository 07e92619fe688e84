import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBlobStore, fileStoreRoot } from '../../src/server/files/blob-store';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';
import {
  buildEvidence,
  buildProducer,
  buildProduct,
  communeChoices,
  completeAnswers,
  signInAsProducer,
} from '../helpers/dossier-factories';

/** Generated Biểu 1/2/3 and the bundle contain the submitted data, read back with pdftotext. */
let t: TestApp;
let dataDir: string;
let producerSession: Session;
let commune: Session;
let dossierId: string;

const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const TINY_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

function pdfText(bytes: Buffer): string {
  const file = path.join(dataDir, `out-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-dossier-docs-'));
  t = await createTestApp({ now: new Date('2026-03-02T08:00:00Z'), config: { dataDir } });
  const units = await buildJurisdictions(t.db);
  const producer = await buildProducer(t.db, {
    commune: units.communeX,
    name: 'Hợp tác xã Chè Tân Cương Hưng Thịnh',
  });
  producerSession = await signInAsProducer(t.app, t.db, producer, units.communeX);
  commune = await signInAs(t, 'commune_officer', units.communeX);
  const blobs = createBlobStore(fileStoreRoot(dataDir));
  const photo = await blobs.put(PNG_1X1);
  const report = await blobs.put(TINY_PDF);
  const image = await buildEvidence(t.db, {
    producer,
    title: 'Ảnh cơ sở sản xuất',
    mediaType: 'image/png',
    sha256: photo.sha256,
    fileName: 'co-so.png',
  });
  const pdf = await buildEvidence(t.db, {
    producer,
    title: 'Phiếu kết quả kiểm nghiệm số 125/KN',
    sha256: report.sha256,
    fileName: 'kiem-nghiem.pdf',
  });
  const product = await buildProduct(t.db, { producer, name: 'Chè búp Tân Cương đặc biệt' });
  type Body = { id: string; version: number; registration: object };
  let body = (
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      payload: { productId: product.id, type: 'first' },
      headers: producerSession.headers,
    })
  ).json<Body>();
  const answers = completeAnswers(11, [image.id, pdf.id]);
  answers['A.1.a'] = { option: 3, evidenceIds: [pdf.id], note: 'Vùng nguyên liệu 12 ha tại xóm Hồng Thái' };
  body = (
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/dossiers/${body.id}`,
      payload: { version: body.version, registration: { ...body.registration, sampleCount: 5 }, answers },
      headers: producerSession.headers,
    })
  ).json<Body>();
  body = (
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${body.id}/submit`,
      payload: { version: body.version, truthfulnessCommitment: true },
      headers: producerSession.headers,
    })
  ).json<Body>();
  body = (
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${body.id}/accept`,
      payload: { version: body.version },
      headers: commune.headers,
    })
  ).json<Body>();
  const choices = { ...communeChoices(11), 'A.1.a': { option: 2, note: 'Đã kiểm tra thực địa vùng chè' } };
  body = (
    await t.app.inject({
      method: 'PUT',
      url: `/api/v1/dossiers/${body.id}/commune-assessment`,
      payload: {
        version: body.version,
        choices,
        conclusion: 'Sản phẩm có nguồn gốc địa phương rõ ràng',
        assessorName: 'Đặng Thị Thu',
        assessedOn: '2026-03-03',
      },
      headers: commune.headers,
    })
  ).json<Body>();
  body = (
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/dossiers/${body.id}/forward`,
      payload: {
        version: body.version,
        request: {
          number: '27/TTr-UBND',
          date: '2026-03-04',
          signerName: 'Hoàng Văn Mạnh',
          signerTitle: 'Chủ tịch',
        },
      },
      headers: commune.headers,
    })
  ).json<Body>();
  dossierId = body.id;
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function download(url: string, session: Session) {
  const response = await t.app.inject({ method: 'GET', url, headers: session.headers });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  return pdfText(response.rawPayload);
}

describe('dossier PDFs', () => {
  it('Biểu 1 prints the registration data, the commitment and the attachments', async () => {
    const text = await download(`/api/v1/dossiers/${dossierId}/documents/bieu-1`, producerSession);
    for (const expected of [
      'PHIẾU ĐĂNG KÝ SẢN PHẨM OCOP',
      'Hợp tác xã Chè Tân Cương Hưng Thịnh',
      'Nguyễn Thị Hằng',
      'Chè búp Tân Cương đặc biệt',
      'Đánh giá lần đầu',
      '5 mẫu',
      'Phiếu kết quả kiểm nghiệm số 125/KN',
      'cam kết',
    ])
      expect(text).toContain(expected);
  });

  it('Biểu 2 prints each chosen option with its evidence and notes', async () => {
    const text = await download(`/api/v1/dossiers/${dossierId}/documents/bieu-2`, commune);
    expect(text).toContain('BÁO CÁO TỰ ĐÁNH GIÁ SẢN PHẨM OCOP');
    expect(text).toContain('Vùng nguyên liệu 12 ha tại xóm Hồng Thái');
    expect(text).toContain('Ảnh cơ sở sản xuất');
    expect(text).toMatch(/Tổng điểm tự đánh giá/);
  });

  it('Biểu 3 prints the commune choices, the conclusion and the written request', async () => {
    const text = await download(`/api/v1/dossiers/${dossierId}/documents/bieu-3`, commune);
    for (const expected of [
      'BÁO CÁO ĐÁNH GIÁ CỦA ỦY BAN NHÂN DÂN CẤP XÃ',
      'Đã kiểm tra thực địa vùng chè',
      'Sản phẩm có nguồn gốc địa phương rõ ràng',
      '27/TTr-UBND',
      'Hoàng Văn Mạnh',
    ])
      expect(text).toContain(expected);
  });

  it('the bundle holds the three forms, the embedded image and the list of files with SHA-256', async () => {
    const text = await download(`/api/v1/dossiers/${dossierId}/bundle`, producerSession);
    expect(text).toContain('PHIẾU ĐĂNG KÝ SẢN PHẨM OCOP');
    expect(text).toContain('BÁO CÁO TỰ ĐÁNH GIÁ SẢN PHẨM OCOP');
    expect(text).toContain('Minh chứng: Ảnh cơ sở sản xuất');
    expect(text).toContain('Đã in ảnh trong hồ sơ này');
    expect(text).toContain('kiem-nghiem.pdf');
    expect(text).toMatch(/SHA-256: [0-9a-f]{64}/);
  });

  it('an unknown version is 404 and an outsider gets 404', async () => {
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/dossiers/${dossierId}/documents/bieu-1?version=9`,
          headers: producerSession.headers,
        })
      ).statusCode,
    ).toBe(404);
    const units = await buildJurisdictions(t.db);
    const outsider = await signInAs(t, 'commune_officer', units.communeY);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/dossiers/${dossierId}/bundle`,
          headers: outsider.headers,
        })
      ).statusCode,
    ).toBe(404);
  });
});
