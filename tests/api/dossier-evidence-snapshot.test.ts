import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dossierVersions, evidence } from '../../src/db/schema';
import { createBlobStore, fileStoreRoot } from '../../src/server/files/blob-store';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';
import {
  buildEvidence,
  buildProducer,
  buildProduct,
  completeAnswers,
  signInAsProducer,
} from '../helpers/dossier-factories';

/**
 * A submitted version is immutable: its bundle and forms print the evidence as it was linked at
 * submit time, even after the library record is edited and its file replaced.
 */
let t: TestApp;
let dataDir: string;
let producerSession: Session;
let dossierId: string;
let evidenceId: string;

function makePdf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.fontSize(16).text(text);
  doc.end();
  return done;
}

function pdfText(bytes: Buffer): string {
  const file = path.join(dataDir, `out-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

async function download(url: string): Promise<string> {
  const response = await t.app.inject({ method: 'GET', url, headers: producerSession.headers });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  return pdfText(response.rawPayload);
}

/** The separator page of the evidence in the bundle's text. */
function separatorOf(bundle: string, title: string): string {
  const page = bundle.split('\f').find((p) => p.includes(`: ${title}`) && p.includes('Cơ quan cấp'));
  expect(page, `separator page of ${title}`).toBeDefined();
  return page!;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-evidence-snapshot-'));
  t = await createTestApp({ now: new Date('2026-03-02T08:00:00Z'), config: { dataDir } });
  const units = await buildJurisdictions(t.db);
  const producer = await buildProducer(t.db, { commune: units.communeX, name: 'Hợp tác xã Chè Sơn Dương' });
  producerSession = await signInAsProducer(t.app, t.db, producer, units.communeX);
  const blobs = createBlobStore(fileStoreRoot(dataDir));
  const original = await blobs.put(await makePdf('ORIGINAL TEST REPORT 2025'));
  const row = await buildEvidence(t.db, {
    producer,
    title: 'Phiếu kiểm nghiệm số 88/KN-2025',
    sha256: original.sha256,
    fileName: 'kn-88-2025.pdf',
  });
  await t.db
    .update(evidence)
    .set({ issuer: 'Trung tâm Kiểm nghiệm Thái Nguyên', issuedOn: '2025-04-10', validUntil: '2027-04-10' })
    .where(eq(evidence.id, row.id));
  evidenceId = row.id;

  const product = await buildProduct(t.db, { producer, name: 'Chè xanh Sơn Dương' });
  type Body = { id: string; version: number; registration: object };
  let body = (
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      payload: { productId: product.id, type: 'first' },
      headers: producerSession.headers,
    })
  ).json<Body>();
  body = (
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/dossiers/${body.id}`,
      payload: {
        version: body.version,
        registration: { ...body.registration, sampleCount: 5 },
        answers: completeAnswers(11, [evidenceId]),
      },
      headers: producerSession.headers,
    })
  ).json<Body>();
  const submitted = await t.app.inject({
    method: 'POST',
    url: `/api/v1/dossiers/${body.id}/submit`,
    payload: { version: body.version, truthfulnessCommitment: true },
    headers: producerSession.headers,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
  dossierId = body.id;

  // Later the producer corrects the library record and replaces its file with next year's report.
  const replacement = await blobs.put(await makePdf('REPLACED TEST REPORT 2026'));
  await t.db
    .update(evidence)
    .set({
      title: 'Phiếu kiểm nghiệm số 12/KN-2026',
      issuer: 'Viện Kiểm nghiệm An toàn Vệ sinh Thực phẩm Quốc gia',
      issuedOn: '2026-02-20',
      validUntil: '2028-02-20',
      fileSha256: replacement.sha256,
      fileName: 'kn-12-2026.pdf',
    })
    .where(eq(evidence.id, evidenceId));
});

afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('evidence frozen in a submitted version', () => {
  it('the bundle of version 1 shows the issuer, dates and file pages linked at submit, not the edited record', async () => {
    const bundle = await download(`/api/v1/dossiers/${dossierId}/bundle?version=1`);
    const separator = separatorOf(bundle, 'Phiếu kiểm nghiệm số 88/KN-2025');
    expect(separator).toContain('Trung tâm Kiểm nghiệm Thái Nguyên');
    expect(separator).toContain('10/04/2025');
    expect(separator).toContain('10/04/2027');
    expect(separator).toContain('kn-88-2025.pdf');
    expect(separator).not.toContain('theo hồ sơ hiện tại của thư viện');
    expect(bundle).toContain('ORIGINAL TEST REPORT 2025');
    for (const edited of [
      'REPLACED TEST REPORT 2026',
      '12/KN-2026',
      'Viện Kiểm nghiệm',
      '20/02/2026',
      '20/02/2028',
      'kn-12-2026.pdf',
    ])
      expect(bundle).not.toContain(edited);
  });

  it('Biểu 1 and Biểu 2 of version 1 name the evidence as it was linked', async () => {
    for (const form of ['bieu-1', 'bieu-2']) {
      const text = await download(`/api/v1/dossiers/${dossierId}/documents/${form}?version=1`);
      expect(text).toContain('Phiếu kiểm nghiệm số 88/KN-2025');
      expect(text).not.toContain('12/KN-2026');
    }
  });

  it('a version submitted before issue dates were kept prints the library date and says where it comes from', async () => {
    const [version] = await t.db
      .select()
      .from(dossierVersions)
      .where(and(eq(dossierVersions.dossierId, dossierId), eq(dossierVersions.number, 1)));
    // As written by the earlier release: no issue date in the frozen evidence.
    const older = version!.evidence.map((e) =>
      Object.fromEntries(Object.entries(e).filter(([key]) => key !== 'issuedOn')),
    );
    await t.db
      .update(dossierVersions)
      .set({ evidence: older as (typeof dossierVersions.$inferSelect)['evidence'] })
      .where(eq(dossierVersions.id, version!.id));

    const bundle = await download(`/api/v1/dossiers/${dossierId}/bundle?version=1`);
    const separator = separatorOf(bundle, 'Phiếu kiểm nghiệm số 88/KN-2025');
    expect(separator).toMatch(/20\/02\/2026\s+\(theo hồ sơ hiện tại của\s+thư viện\)/);
    // What the old version did keep is still printed from the version.
    expect(separator).toContain('Trung tâm Kiểm nghiệm Thái Nguyên');
    expect(separator).toContain('10/04/2027');
    expect(bundle).toContain('ORIGINAL TEST REPORT 2025');
  });
});
