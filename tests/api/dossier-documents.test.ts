import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import PDFDocument from 'pdfkit';
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

/** A PDF of `pages` pages, each saying which page it is; encrypted when a password is given. */
function makePdf(pages: string[], userPassword?: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    ...(userPassword ? { userPassword, pdfVersion: '1.7' as const } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  pages.forEach((text, index) => {
    if (index > 0) doc.addPage();
    doc.fontSize(16).text(text);
  });
  doc.end();
  return done;
}

/** Words that only an English sentence would contain, as whole words (Vietnamese letters included). */
const ENGLISH =
  /(?<![\p{L}\p{N}])(the|and|of|to|with|self-assessment|registration|product|commune|page|signed|date)(?![\p{L}\p{N}])/iu;

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
  const twoPages = await blobs.put(
    await makePdf(['KN-125 RESULT SHEET PAGE ONE', 'KN-125 RESULT SHEET PAGE TWO']),
  );
  const locked = await blobs.put(await makePdf(['LOCKED CONTENT'], 'secret'));
  const word = await blobs.put(Buffer.from('PK\u0003\u0004 not really a docx'));
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
  const analysis = await buildEvidence(t.db, {
    producer,
    title: 'Phiếu phân tích chỉ tiêu vi sinh',
    sha256: twoPages.sha256,
    fileName: 'vi-sinh.pdf',
  });
  const encrypted = await buildEvidence(t.db, {
    producer,
    title: 'Hợp đồng bao tiêu có mật khẩu',
    sha256: locked.sha256,
    fileName: 'hop-dong.pdf',
  });
  const office = await buildEvidence(t.db, {
    producer,
    title: 'Kế hoạch kinh doanh',
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sha256: word.sha256,
    fileName: 'ke-hoach.docx',
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
  const answers = completeAnswers(11, [image.id, pdf.id, analysis.id, encrypted.id, office.id]);
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
    expect(text.replace(/\s+/g, ' ')).toMatch(/Kính gửi: Ủy ban nhân dân (xã|phường) /);
    expect(text).toMatch(/\(giờ Việt Nam\)/);
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

  it('Biểu 2 and 3 print how "cấp huyện" is read under the criteria that speak of the district', async () => {
    // Commune X has no recorded predecessors: the default reading (former district) says so.
    const reading = 'Cấp huyện được hiểu là: địa bàn huyện cũ (trước 01/07/2025)';
    for (const form of ['bieu-2', 'bieu-3']) {
      const text = (await download(`/api/v1/dossiers/${dossierId}/documents/${form}`, commune)).replace(
        /\s+/g,
        ' ',
      );
      expect(text, form).toContain(reading);
      // Printed next to the local-labour criterion (A.3.c), whose options say "cấp huyện".
      expect(text.indexOf(reading, text.indexOf('A.3.c')), form).toBeGreaterThan(-1);
    }
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

  it('Biểu 1–3 read as Vietnamese official forms: national title and motto, dates in words, no English', async () => {
    for (const form of ['bieu-1', 'bieu-2', 'bieu-3']) {
      const text = (await download(`/api/v1/dossiers/${dossierId}/documents/${form}`, commune)).replace(
        /\s+/g,
        ' ',
      );
      expect(text, form).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(text, form).toContain('Độc lập - Tự do - Hạnh phúc');
      expect(text, form).toMatch(/ngày \d{2} tháng \d{2} năm \d{4}|ngày … tháng … năm …/);
      expect(text, form).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
      expect(text.match(ENGLISH)?.[0], form).toBeUndefined();
      // "Ủy ban nhân dân xã …": the kind of unit is written in lower case inside a name.
      expect(text, form).not.toMatch(/Ủy ban nhân dân (Xã|Phường|Tỉnh|Thành phố) /);
    }
  });

  it('the bundle merges evidence PDF pages and images after a page naming each, and lists what it cannot merge', async () => {
    const pagesOf = async (url: string) => (await download(url, producerSession)).split('\f').slice(0, -1);
    const formPages = (
      await Promise.all(
        ['bieu-1', 'bieu-2', 'bieu-3'].map((form) =>
          pagesOf(`/api/v1/dossiers/${dossierId}/documents/${form}`),
        ),
      )
    ).reduce((sum, pages) => sum + pages.length, 0);
    const pages = await pagesOf(`/api/v1/dossiers/${dossierId}/bundle`);
    // forms + (separator + 2 pages of the analysis) + image page + "attached separately" + file list
    expect(pages).toHaveLength(formPages + 6);
    const text = pages.join('\n');
    expect(text).toContain('PHIẾU ĐĂNG KÝ SẢN PHẨM OCOP');
    expect(text).toContain('BÁO CÁO TỰ ĐÁNH GIÁ SẢN PHẨM OCOP');

    const separator = pages.findIndex((page) =>
      /Minh chứng \d+: Phiếu phân tích chỉ tiêu vi sinh/.test(page),
    );
    expect(separator).toBeGreaterThanOrEqual(formPages);
    expect(pages[separator]).toContain('Giấy chứng nhận đăng ký kinh doanh');
    expect(pages[separator]).toContain('Sở Tài chính');
    expect(pages[separator]).toContain('01/03/2024');
    expect(pages[separator]).toContain('01/03/2029');
    expect(pages[separator]).toContain(
      `Tệp gồm 2 trang, là các trang ${separator + 2}–${separator + 3} của hồ sơ này.`,
    );
    expect(pages[separator + 1]).toContain('KN-125 RESULT SHEET PAGE ONE');
    expect(pages[separator + 2]).toContain('KN-125 RESULT SHEET PAGE TWO');
    expect(pages[separator + 3] ?? pages[separator - 1]).toMatch(/Minh chứng \d+: /);
    expect(text).toContain(`Trang ${pages.length}/${pages.length}`);

    const imagePage = pages.find((page) => /Minh chứng \d+: Ảnh cơ sở sản xuất/.test(page));
    expect(imagePage).toBeDefined();
    expect(imagePage).not.toContain('Không đọc được ảnh');
    expect(text).not.toContain('LOCKED CONTENT');

    const separate = pages.find((page) => page.includes('Tệp minh chứng đính kèm riêng'));
    expect(separate).toContain('tải về từ thư viện minh chứng');
    for (const expected of [
      'Hợp đồng bao tiêu có mật khẩu',
      'Kế hoạch kinh doanh',
      'kiem-nghiem.pdf',
      'Tài liệu văn phòng',
    ])
      expect(separate).toContain(expected);
    expect(separate).not.toContain('Vượt giới hạn dung lượng');
    const list = pages.at(-1);
    expect(list).toContain('Danh mục tệp minh chứng kèm theo hồ sơ');
    expect(list).toContain('Đã ghép 2 trang vào hồ sơ này');
    expect(list).toContain('Đã in ảnh trong hồ sơ này');
    expect(list).toMatch(/SHA-256: [0-9a-f]{64}/);
  });

  it('a bundle over the size limit merges what fits and says the rest is attached separately', async () => {
    const config = t.app.deps.config;
    const limit = config.bundleEvidenceMaxBytes;
    config.bundleEvidenceMaxBytes = 2000; // each evidence is recorded as 1,234 bytes: only the first fits
    try {
      const text = await download(`/api/v1/dossiers/${dossierId}/bundle`, producerSession);
      expect(text).toContain('Bản ghép hồ sơ chỉ chứa tối đa 2 KB minh chứng');
      expect(text.match(/Vượt giới hạn dung lượng/g)?.length).toBeGreaterThanOrEqual(3);
      expect(text).toContain('Danh mục tệp minh chứng kèm theo hồ sơ');
    } finally {
      config.bundleEvidenceMaxBytes = limit;
    }
  });

  it('Biểu 1, 2 and 3 embed only Be Vietnam Pro and render to an image with ink on the page', async () => {
    for (const form of ['bieu-1', 'bieu-2', 'bieu-3']) {
      const response = await t.app.inject({
        method: 'GET',
        url: `/api/v1/dossiers/${dossierId}/documents/${form}`,
        headers: commune.headers,
      });
      const file = path.join(dataDir, `${form}.pdf`);
      fs.writeFileSync(file, response.rawPayload);
      const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
      expect(fonts.length).toBeGreaterThan(0);
      // name type encoding emb sub uni: every font is an embedded Be Vietnam Pro subset with a Unicode map
      for (const line of fonts) expect(line).toMatch(/BeVietnamPro.*\byes\s+yes\s+yes\s/);
      const image = path.join(dataDir, form);
      execFileSync('pdftoppm', ['-r', '50', '-gray', '-f', '1', '-l', '1', '-singlefile', file, image]);
      const pgm = fs.readFileSync(`${image}.pgm`);
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
      expect(header).not.toBeNull();
      const [width, height] = [Number(header![1]), Number(header![2])];
      expect(width / height).toBeCloseTo(210 / 297, 2);
      const pixels = pgm.subarray(pgm.length - width * height);
      const dark = pixels.filter((value) => value < 128).length / pixels.length;
      expect(dark).toBeGreaterThan(0.005);
    }
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
