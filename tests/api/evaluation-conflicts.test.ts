import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryCount } from '../../src/db/database';
import { dossiers, dossierVersions, type FrozenEvidence } from '../../src/db/schema';
import { emptyRegistration } from '../../src/domain/dossier/dossier.types';
import { createBlobStore, fileStoreRoot } from '../../src/server/files/blob-store';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  choicesFor,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { tinyPdf } from '../helpers/multipart';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';

/**
 * A declared conflict of interest really takes the member out of that product: no dossier, no
 * evidence (refused and audited), no draft and no submission — the sheet stays as it was. The
 * member may withdraw the declaration while scoring is open, and then everything comes back.
 */
let t: TestApp;
let w: EvaluationWorld;
let dataDir: string;
let roundId: string;
let itemId: string;
let evidence: FrozenEvidence;
let memberIdOf: (s: Session) => string;
const fullChoices = choicesFor(80);
const code = Object.keys(fullChoices)[0]!;

const NOW = new Date('2026-05-04T02:00:00Z');
const OPEN = {
  distributedOn: '2026-05-05',
  meetingDateOverrideReason: 'Họp gấp theo chỉ đạo của UBND tỉnh',
  compositionOverrideReason: 'Hội đồng thử nghiệm ít thành viên',
};

const inject = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const sheetUrl = () => `/api/v1/rounds/${roundId}/products/${itemId}/sheet`;
const fileUrl = () => `/api/v1/rounds/${roundId}/products/${itemId}/evidence/${evidence.id}/file`;
const declare = (s: Session, declaration: 'none' | 'conflict', note = '') =>
  inject(s, 'POST', `/api/v1/rounds/${roundId}/products/${itemId}/conflict`, { declaration, note });
const countAudit = (action: string) =>
  queryCount(t.db, sql`select count(*) as n from audit_log where action = ${action}`);
const sheetState = () =>
  queryCount(
    t.db,
    sql`select count(*) + coalesce(sum(revision), 0) + count(submitted_at) as n from score_sheets`,
  );

interface MySheet {
  declaration: 'none' | 'conflict' | null;
  evidence: { id: string }[];
  selfAssessment: Record<string, number>;
  sheet: { revision: number; status: string } | null;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-evaluation-conflicts-'));
  t = await createTestApp({ now: NOW, config: { dataDir } });
  w = await buildEvaluationWorld(t);
  const product = await buildPoolProduct(t.db, w.units.communeX, { name: 'Bình gốm men lam' });
  const content = tinyPdf('kiem nghiem');
  const stored = await createBlobStore(fileStoreRoot(dataDir)).put(content);
  evidence = {
    id: crypto.randomUUID(),
    title: 'Phiếu kiểm nghiệm',
    documentType: 'food_safety',
    fileName: 'kiem-nghiem.pdf',
    mediaType: 'application/pdf',
    sizeBytes: content.length,
    sha256: stored.sha256,
    issuer: 'Sở Y tế',
    validUntil: '2028-01-01',
  };
  await t.db.insert(dossierVersions).values({
    dossierId: product.dossier.id,
    number: 1,
    registration: emptyRegistration(),
    answers: { [code]: { option: 2, evidenceIds: [evidence.id], note: '' } },
    evidence: [evidence],
    committedBy: w.producerAccountId,
    committedByName: 'Nguyễn Thị A',
    submittedAt: NOW,
  });
  await t.db
    .update(dossiers)
    .set({ answers: { [code]: { option: 2, evidenceIds: [evidence.id], note: '' } } })
    .where(eq(dossiers.id, product.dossier.id));
  const council = await createCouncilViaApi(t, w);
  memberIdOf = (s) => council.members.find((m) => m.accountId === s.accountId)!.id;
  const created = await inject(w.office, 'POST', '/api/v1/rounds', {
    councilId: council.id,
    name: 'Đợt 1',
    meetingOn: '2026-05-20',
    dossierIds: [product.dossier.id],
    memberIds: [memberIdOf(w.chair), memberIdOf(w.member1), memberIdOf(w.member2)],
  });
  expect(created.statusCode, created.body).toBe(201);
  roundId = created.json<{ id: string }>().id;
  itemId = created.json<{ products: { id: string }[] }>().products[0]!.id;
  const opened = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, OPEN);
  expect(opened.statusCode, opened.body).toBe(200);
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('a member who declares a conflict of interest', () => {
  let draftRevision: number;

  it('before declaring, sees the dossier and evidence and saves a draft', async () => {
    expect((await inject(w.member1, 'GET', fileUrl())).statusCode).toBe(200);
    const saved = await inject(w.member1, 'PUT', sheetUrl(), { choices: { [code]: 1 }, revision: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    draftRevision = saved.json<{ revision: number }>().revision;
    const mine = (await inject(w.member1, 'GET', sheetUrl())).json<MySheet>();
    expect(mine.evidence.map((e) => e.id)).toEqual([evidence.id]);
    expect(mine.selfAssessment).toMatchObject({ [code]: 2 });
  });

  it('after declaring, no longer sees the dossier or the evidence list', async () => {
    expect((await declare(w.member1, 'conflict', 'Tôi là người thân của chủ thể')).statusCode).toBe(200);
    const mine = (await inject(w.member1, 'GET', sheetUrl())).json<MySheet>();
    expect(mine.declaration).toBe('conflict');
    expect(mine.evidence).toEqual([]);
    expect(mine.selfAssessment).toEqual({});
  });

  it('is refused the evidence file with 403 naming the conflict, and the refusal is audited', async () => {
    const downloadsBefore = await countAudit('evidence.downloaded-by-council');
    const res = await inject(w.member1, 'GET', fileUrl());
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.json<{ detail: string }>().detail).toBe(
      'Bạn đã khai báo xung đột lợi ích với sản phẩm này nên không xem hồ sơ/minh chứng của nó.',
    );
    expect(await countAudit('evidence.download-refused')).toBe(1);
    expect(await countAudit('evidence.downloaded-by-council')).toBe(downloadsBefore);
    // Members without a conflict still open it.
    expect((await inject(w.member2, 'GET', fileUrl())).statusCode).toBe(200);
  });

  it('cannot save a draft, submit or re-score: 409 naming the conflict, the sheet unchanged', async () => {
    const before = await sheetState();
    const saved = await inject(w.member1, 'PUT', sheetUrl(), {
      choices: { [code]: 0 },
      revision: draftRevision,
    });
    expect(saved.statusCode).toBe(409);
    expect(saved.json<{ detail: string }>().detail).toContain('xung đột lợi ích');
    const submitted = await inject(w.member1, 'POST', `${sheetUrl()}/submit`, { revision: draftRevision });
    expect(submitted.statusCode).toBe(409);
    expect(submitted.json<{ detail: string }>().detail).toContain('xung đột lợi ích');
    expect(
      (await inject(w.member1, 'POST', `${sheetUrl()}/rescore`, { reason: 'Chấm lại' })).statusCode,
    ).toBe(409);
    expect(await sheetState()).toBe(before);
    const mine = (await inject(w.member1, 'GET', sheetUrl())).json<MySheet>();
    expect(mine.sheet).toMatchObject({ revision: draftRevision, status: 'draft' });
  });

  it('the abstaining sheet does not count: the chair sees the member as abstaining and the quorum without them', async () => {
    const chair = await inject(w.chair, 'GET', `/api/v1/rounds/${roundId}/chair`);
    expect(chair.statusCode, chair.body).toBe(200);
    const product = chair
      .json<{
        products: {
          roundProductId: string;
          assignedCount: number;
          abstainedCount: number;
          pending: { name: string }[];
        }[];
      }>()
      .products.find((p) => p.roundProductId === itemId)!;
    expect(product).toMatchObject({ assignedCount: 3, abstainedCount: 1 });
    expect(product.pending.map((p) => p.name)).not.toContain('Thành viên Một');
  });

  it('withdrawing the declaration gives the dossier, the evidence and the sheet back', async () => {
    expect((await declare(w.member1, 'none')).statusCode).toBe(200);
    const mine = (await inject(w.member1, 'GET', sheetUrl())).json<MySheet>();
    expect(mine.evidence.map((e) => e.id)).toEqual([evidence.id]);
    expect((await inject(w.member1, 'GET', fileUrl())).statusCode).toBe(200);
    const saved = await inject(w.member1, 'PUT', sheetUrl(), {
      choices: fullChoices,
      revision: draftRevision,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await inject(w.member1, 'POST', `${sheetUrl()}/submit`, {
      revision: saved.json<{ revision: number }>().revision,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
  });
});
