import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierOutput } from '../../src/contracts/dossiers.contracts';
import { evidence } from '../../src/db/schema';
import { getRubricSheet } from '../../src/domain/rubric/catalogue/rubric-catalogue';
import { createBlobStore, fileStoreRoot, type BlobStore } from '../../src/server/files/blob-store';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';
import {
  buildEvidence,
  buildProducer,
  buildProduct,
  communeChoices,
  completeAnswers,
  signInAsProducer,
  type ProducerRow,
} from '../helpers/dossier-factories';

/**
 * The dossier as a reviewer reads it on screen: Biểu 2 criterion by criterion with the evidence
 * linked to each, and each evidence file opened in place (PDF and images inline, in a frame of the
 * back-office only) through the dossier — as frozen at submit, for whoever may read the dossier
 * and nobody else.
 */
let t: TestApp;
let dataDir: string;
let blobs: BlobStore;
let producer: ProducerRow;
const sessions = new Map<string, Session>();
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
let pdfId: string;
let pngId: string;
let pngBytes: Buffer;
let sheetId: string;
let uncitedId: string;
let dossier: { id: string; version: number };

async function send(who: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object) {
  return t.app.inject({ method, url, headers: sessions.get(who)!.headers, ...(payload ? { payload } : {}) });
}

async function step(who: string, method: 'POST' | 'PUT', action: string, payload: object): Promise<void> {
  const response = await send(who, method, `/api/v1/dossiers/${dossier.id}/${action}`, {
    version: dossier.version,
    ...payload,
  });
  expect(response.statusCode, response.body).toBe(200);
  dossier = response.json();
}

const fileUrl = (evidenceId: string, query = '') =>
  `/api/v1/dossiers/${dossier.id}/evidence/${evidenceId}/file${query}`;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-dossier-review-'));
  t = await createTestApp({ now: new Date('2026-03-02T08:00:00Z'), config: { dataDir } });
  blobs = createBlobStore(fileStoreRoot(dataDir));
  const units = await buildJurisdictions(t.db);
  producer = await buildProducer(t.db, { commune: units.communeX });
  sessions.set('producer', await signInAsProducer(t.app, t.db, producer, units.communeX));
  sessions.set('communeX', await signInAs(t, 'commune_officer', units.communeX));
  sessions.set('communeY', await signInAs(t, 'commune_officer', units.communeY));
  sessions.set('provinceA', await signInAs(t, 'standing_office', units.provinceA));
  sessions.set('provinceB', await signInAs(t, 'standing_office', units.provinceB));

  const pdf = await blobs.put(PDF);
  pdfId = (
    await buildEvidence(t.db, {
      producer,
      title: 'Phiếu kiểm nghiệm số 12/KN',
      sha256: pdf.sha256,
      fileName: 'kiểm nghiệm 12.pdf',
      sizeBytes: PDF.length,
    })
  ).id;
  pngBytes = await QRCode.toBuffer('Ảnh vùng nguyên liệu', { type: 'png', width: 120 });
  const png = await blobs.put(pngBytes);
  pngId = (
    await buildEvidence(t.db, {
      producer,
      title: 'Ảnh vùng nguyên liệu',
      sha256: png.sha256,
      fileName: 'vung-nguyen-lieu.png',
      mediaType: 'image/png',
      sizeBytes: pngBytes.length,
    })
  ).id;
  const sheetBytes = Buffer.from('PK\u0003\u0004 bảng tính');
  const sheet = await blobs.put(sheetBytes);
  sheetId = (
    await buildEvidence(t.db, {
      producer,
      title: 'Sổ theo dõi sản xuất',
      sha256: sheet.sha256,
      fileName: 'so-theo-doi.xlsx',
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      sizeBytes: sheetBytes.length,
    })
  ).id;
  uncitedId = (await buildEvidence(t.db, { producer, title: 'Tài liệu không dẫn chiếu', sha256: pdf.sha256 }))
    .id;

  const product = await buildProduct(t.db, { producer, productSet: 11 });
  let body = (
    await send('producer', 'POST', '/api/v1/dossiers', { productId: product.id, type: 'first' })
  ).json<DossierOutput>();
  const answers = completeAnswers(11, [pdfId]);
  answers['A.1.a'] = { option: 2, evidenceIds: [pdfId, pngId], note: 'Hợp đồng mua chè búp tươi' };
  answers['A.2.b'] = { ...answers['A.2.b']!, evidenceIds: [sheetId] };
  body = (
    await send('producer', 'PATCH', `/api/v1/dossiers/${body.id}`, {
      version: body.version,
      registration: { ...body.registration, sampleCount: 5 },
      answers,
    })
  ).json<DossierOutput>();
  dossier = body;
  await step('producer', 'POST', 'submit', { truthfulnessCommitment: true });
});
afterAll(async () => t.close());

describe('the self-assessment criterion by criterion', () => {
  it('gives the commune officer each criterion with the chosen option, its points and the evidence linked to it', async () => {
    const response = await send('communeX', 'GET', `/api/v1/dossiers/${dossier.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<DossierOutput>();
    const sheet = getRubricSheet('148', 11);
    const a1a = sheet.parts
      .flatMap((p) => p.groups)
      .flatMap((g) => g.criteria)
      .find((c) => c.code === 'A.1.a')!;
    const item = body.selfAssessment.find((i) => i.criterionCode === 'A.1.a');
    expect(item).toEqual({
      criterionCode: 'A.1.a',
      option: 2,
      optionTextVi: a1a.options[1]!.textVi,
      points: a1a.options[1]!.points,
      maxPoints: a1a.maxPoints,
      note: 'Hợp đồng mua chè búp tươi',
      evidenceIds: [pdfId, pngId],
    });
    expect(body.selfAssessment.length).toBe(Object.keys(completeAnswers(11, [])).length);
    const total = body.selfAssessment.reduce((sum, i) => sum + (i.points ?? 0), 0);
    expect(total).toBeCloseTo(body.selfScore.total, 5);

    const photo = body.evidence.find((e) => e.id === pngId)!;
    expect(photo).toMatchObject({
      title: 'Ảnh vùng nguyên liệu',
      mediaType: 'image/png',
      criterionCodes: ['A.1.a'],
      fileUrl: fileUrl(pngId),
      isViewableInline: true,
    });
    expect(body.evidence.find((e) => e.id === sheetId)).toMatchObject({
      criterionCodes: ['A.2.b'],
      isViewableInline: false,
    });
    expect(body.evidence.map((e) => e.id)).not.toContain(uncitedId);
    // The criteria an evidence supports read in sheet order.
    const report = body.evidence.find((e) => e.id === pdfId)!;
    expect(report.criterionCodes.slice(0, 3)).toEqual(['A.1.a', 'A.1.b', 'A.1.c']);
    expect(report.criterionCodes.at(-1)).toBe('C.11');
  });
});

describe('opening evidence in place', () => {
  it('serves a PDF inline, framable only by the back-office, with its bytes', async () => {
    const response = await send('communeX', 'GET', fileUrl(pdfId));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(/^inline; filename="kiem nghiem 12\.pdf"/);
    expect(response.headers['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'self'");
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.rawPayload.equals(PDF)).toBe(true);
  });

  it('serves an image inline and, on request, any file as a download', async () => {
    const image = await send('communeX', 'GET', fileUrl(pngId));
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.headers['content-disposition']).toMatch(/^inline;/);
    expect(image.rawPayload.equals(pngBytes)).toBe(true);
    const saved = await send('communeX', 'GET', fileUrl(pdfId, '?download=1'));
    expect(saved.statusCode).toBe(200);
    expect(saved.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it('never shows other types in place: a spreadsheet goes out as a sandboxed download', async () => {
    const response = await send('communeX', 'GET', fileUrl(sheetId));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment;/);
    expect(response.headers['content-security-policy']).toContain('sandbox');
  });

  it('answers 404 for a document of the library the dossier does not cite', async () => {
    const response = await send('communeX', 'GET', fileUrl(uncitedId));
    expect(response.statusCode).toBe(404);
  });

  it('refuses another commune officer and the standing office before forwarding, as if absent', async () => {
    for (const who of ['communeY', 'provinceA', 'provinceB']) {
      expect((await send(who, 'GET', `/api/v1/dossiers/${dossier.id}`)).statusCode, who).toBe(404);
      expect((await send(who, 'GET', fileUrl(pdfId))).statusCode, who).toBe(404);
    }
  });

  it('refuses a signed-out visitor', async () => {
    const response = await t.app.inject({ method: 'GET', url: fileUrl(pdfId) });
    expect(response.statusCode).toBe(401);
  });
});

describe('what was submitted, whatever the library does later', () => {
  it('keeps showing and serving the evidence as frozen at submit after the library record changes', async () => {
    const replacement = Buffer.from(`${PDF.toString('latin1')}% năm sau\n`, 'latin1');
    const stored = await blobs.put(replacement);
    await t.db
      .update(evidence)
      .set({
        title: 'Phiếu kiểm nghiệm số 99/KN (mới)',
        fileSha256: stored.sha256,
        sizeBytes: replacement.length,
      })
      .where(eq(evidence.id, pdfId));
    const body = (await send('communeX', 'GET', `/api/v1/dossiers/${dossier.id}`)).json<DossierOutput>();
    expect(body.evidence.find((e) => e.id === pdfId)?.title).toBe('Phiếu kiểm nghiệm số 12/KN');
    const file = await send('communeX', 'GET', fileUrl(pdfId));
    expect(file.rawPayload.equals(PDF)).toBe(true);
  });
});

describe('a returned dossier', () => {
  it('shows the commune what was submitted while the producer edits its working copy', async () => {
    const product = await buildProduct(t.db, { producer, productSet: 11 });
    let body = (
      await send('producer', 'POST', '/api/v1/dossiers', { productId: product.id, type: 'first' })
    ).json<DossierOutput>();
    body = (
      await send('producer', 'PATCH', `/api/v1/dossiers/${body.id}`, {
        version: body.version,
        registration: { ...body.registration, sampleCount: 5 },
        answers: completeAnswers(11, [pdfId]),
      })
    ).json<DossierOutput>();
    const url = `/api/v1/dossiers/${body.id}`;
    body = (
      await send('producer', 'POST', `${url}/submit`, { version: body.version, truthfulnessCommitment: true })
    ).json<DossierOutput>();
    body = (
      await send('communeX', 'POST', `${url}/return`, { version: body.version, comment: 'Bổ sung A.1.a' })
    ).json<DossierOutput>();
    const edited = await send('producer', 'PATCH', url, {
      version: body.version,
      registration: { ...body.registration, sampleCount: 7 },
      answers: { 'A.1.a': { option: 3, evidenceIds: [pngId], note: 'Bản đang sửa' } },
    });
    expect(edited.statusCode, edited.body).toBe(200);

    const producerView = edited.json<DossierOutput>();
    expect(producerView.selfAssessment.find((i) => i.criterionCode === 'A.1.a')).toMatchObject({
      option: 3,
      note: 'Bản đang sửa',
      evidenceIds: [pngId],
    });
    expect(producerView.registration.sampleCount).toBe(7);

    const communeView = (await send('communeX', 'GET', url)).json<DossierOutput>();
    expect(communeView.selfAssessment.find((i) => i.criterionCode === 'A.1.a')).toMatchObject({
      option: 1,
      note: '',
      evidenceIds: [pdfId],
    });
    expect(communeView.answers['A.1.a']?.option).toBe(1);
    expect(communeView.registration.sampleCount).toBe(5);
    expect(communeView.evidence.map((e) => e.id)).toEqual([pdfId]);
    expect((await send('communeX', 'GET', `${url}/evidence/${pngId}/file`)).statusCode).toBe(404);
    expect((await send('producer', 'GET', `${url}/evidence/${pngId}/file`)).statusCode).toBe(200);
  });
});

describe('the provincial standing office checking completeness', () => {
  it('reads the same self-assessment and opens the evidence once the dossier is forwarded to it', async () => {
    await step('communeX', 'POST', 'accept', {});
    await step('communeX', 'PUT', 'commune-assessment', {
      choices: communeChoices(11),
      conclusion: 'Đạt',
      assessorName: 'Cán bộ xã',
      assessedOn: '2026-03-02',
    });
    await step('communeX', 'POST', 'forward', {
      request: {
        number: '7/TTr-UBND',
        date: '2026-03-02',
        signerName: 'Chủ tịch xã',
        signerTitle: 'Chủ tịch',
      },
    });
    const response = await send('provinceA', 'GET', `/api/v1/dossiers/${dossier.id}`);
    expect(response.statusCode).toBe(200);
    const body = response.json<DossierOutput>();
    expect(body.selfAssessment.find((i) => i.criterionCode === 'A.1.a')?.evidenceIds).toEqual([pdfId, pngId]);
    const file = await send('provinceA', 'GET', fileUrl(pngId));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    for (const who of ['provinceB', 'communeY'])
      expect((await send(who, 'GET', fileUrl(pngId))).statusCode, who).toBe(404);
  });
});
