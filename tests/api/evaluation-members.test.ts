import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryCount } from '../../src/db/database';
import { auditLog, dossierVersions, rounds, type FrozenEvidence } from '../../src/db/schema';
import { emptyRegistration } from '../../src/domain/dossier/dossier.types';
import { createBlobStore, fileStoreRoot } from '../../src/server/files/blob-store';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { tinyPdf } from '../helpers/multipart';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * What a council member needs beside the score sheet: the dossier's evidence one click away —
 * for the products assigned to them in an open round, never for others, every download audited —
 * the consultancy links the standing office records, shown as a conflict-of-interest hint, and
 * an abstention that the chair's view counts out of the quorum.
 */
let t: TestApp;
let w: EvaluationWorld;
let dataDir: string;
let council: Awaited<ReturnType<typeof createCouncilViaApi>>;
let pool: Record<'a' | 'c' | 'other', Awaited<ReturnType<typeof buildPoolProduct>>>;
let evidence: Record<'a' | 'c', FrozenEvidence>;
const pdfA = tinyPdf('giay chung nhan ATTP');
let roundId: string;
let otherRoundId: string;
let roundCId: string;
let item: { a: string; c: string; other: string };

const NOW = new Date('2026-05-04T02:00:00Z');
const OPEN = {
  distributedOn: '2026-05-05',
  meetingDateOverrideReason: 'Họp gấp theo chỉ đạo của UBND tỉnh',
  compositionOverrideReason: 'Hội đồng thử nghiệm ít thành viên',
};

const inject = (s: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s?.headers ?? {}, ...(payload ? { payload } : {}) });
const memberId = (s: Session) => council.members.find((m) => m.accountId === s.accountId)!.id;
const fileUrl = (round: string, itemId: string, evidenceId: string) =>
  `/api/v1/rounds/${round}/products/${itemId}/evidence/${evidenceId}/file`;
const downloads = () =>
  queryCount(t.db, sql`select count(*) as n from audit_log where action = 'evidence.downloaded-by-council'`);

/** Freezes a submitted dossier version whose evidence is linked to the first two criteria. */
async function submitVersion(dossierId: string, content: Buffer, title: string): Promise<FrozenEvidence> {
  const stored = await createBlobStore(fileStoreRoot(dataDir)).put(content);
  const frozen: FrozenEvidence = {
    id: crypto.randomUUID(),
    title,
    documentType: 'food_safety',
    fileName: `${title}.pdf`,
    mediaType: 'application/pdf',
    sizeBytes: content.length,
    sha256: stored.sha256,
    issuer: 'Sở Y tế',
    validUntil: '2028-01-01',
  };
  await t.db.insert(dossierVersions).values({
    dossierId,
    number: 1,
    registration: emptyRegistration(),
    answers: {
      '1.1.1': { option: 2, evidenceIds: [frozen.id], note: '' },
      '2.1.1': { option: 1, evidenceIds: [frozen.id], note: '' },
    },
    evidence: [frozen],
    committedBy: w.producerAccountId,
    committedByName: 'Nguyễn Thị A',
    submittedAt: NOW,
  });
  return frozen;
}

async function createAndOpenRound(
  office: Session,
  body: object,
): Promise<{ id: string; products: { id: string; dossierId: string }[] }> {
  const created = await inject(office, 'POST', '/api/v1/rounds', body);
  expect(created.statusCode, created.body).toBe(201);
  const round = created.json<{ id: string; products: { id: string; dossierId: string }[] }>();
  const opened = await inject(office, 'POST', `/api/v1/rounds/${round.id}/open`, OPEN);
  expect(opened.statusCode, opened.body).toBe(200);
  return round;
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-evaluation-members-'));
  t = await createTestApp({ now: NOW, config: { dataDir } });
  w = await buildEvaluationWorld(t);
  pool = {
    a: await buildPoolProduct(t.db, w.units.communeX, {
      producerAccountId: w.producerAccountId,
      name: 'Bình gốm men lam',
    }),
    c: await buildPoolProduct(t.db, w.units.communeX, { name: 'Chén gốm men rạn' }),
    other: await buildPoolProduct(t.db, w.units.communeY, { name: 'Lọ hoa gốm' }),
  };
  evidence = {
    a: await submitVersion(pool.a.dossier.id, pdfA, 'Giấy chứng nhận ATTP'),
    c: await submitVersion(pool.c.dossier.id, tinyPdf('men ran'), 'Phiếu kiểm nghiệm'),
  };
  council = await createCouncilViaApi(t, w);
  const round = await createAndOpenRound(w.office, {
    councilId: council.id,
    name: 'Đợt 1 năm 2026',
    meetingOn: '2026-05-20',
    dossierIds: [pool.a.dossier.id],
    memberIds: [memberId(w.chair), memberId(w.member1), memberId(w.member2)],
  });
  roundId = round.id;
  // The same council's second round: product C is assigned to the chair and member 2 only.
  const roundC = await createAndOpenRound(w.office, {
    councilId: council.id,
    name: 'Đợt 2 năm 2026',
    meetingOn: '2026-05-21',
    dossierIds: [pool.c.dossier.id],
    memberIds: [memberId(w.chair), memberId(w.member2)],
  });
  roundCId = roundC.id;
  // A second council of the province, where the outsider sits, scoring another product.
  const other = await inject(w.office, 'POST', '/api/v1/councils', {
    unitId: w.units.provinceA.id,
    name: 'Hội đồng thứ hai',
    termFrom: '2026-01-01',
    members: [
      {
        accountId: w.outsiderMember.accountId,
        fullName: 'Thành viên ngoài',
        agency: 'health',
        position: 'Phó Giám đốc',
        role: 'chair',
      },
    ],
  });
  expect(other.statusCode, other.body).toBe(201);
  const otherRound = await createAndOpenRound(w.office, {
    councilId: other.json<{ id: string }>().id,
    name: 'Đợt khác',
    meetingOn: '2026-05-20',
    dossierIds: [pool.other.dossier.id],
  });
  otherRoundId = otherRound.id;
  const itemOf = (dossierId: string) =>
    [...round.products, ...roundC.products, ...otherRound.products].find((p) => p.dossierId === dossierId)!
      .id;
  item = { a: itemOf(pool.a.dossier.id), c: itemOf(pool.c.dossier.id), other: itemOf(pool.other.dossier.id) };
});
afterAll(async () => {
  await t.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('dossier evidence for assigned members', () => {
  it('the score sheet lists the evidence with the criteria it supports and a download link', async () => {
    const res = await inject(w.member1, 'GET', `/api/v1/rounds/${roundId}/products/${item.a}/sheet`);
    expect(res.statusCode, res.body).toBe(200);
    const sheet = res.json<{
      evidence: { id: string; title: string; criterionCodes: string[]; downloadUrl: string }[];
    }>();
    expect(sheet.evidence).toEqual([
      expect.objectContaining({
        id: evidence.a.id,
        title: 'Giấy chứng nhận ATTP',
        criterionCodes: ['1.1.1', '2.1.1'],
        downloadUrl: fileUrl(roundId, item.a, evidence.a.id),
      }),
    ]);
  });

  it('an assigned member downloads the file (200, as an attachment) and the download is audited', async () => {
    const res = await inject(w.member1, 'GET', fileUrl(roundId, item.a, evidence.a.id));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.rawPayload).toEqual(pdfA);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Giay chung nhan ATTP\.pdf"/);
    expect(await downloads()).toBe(1);
    const rows = await t.db
      .select({ actor: auditLog.actorAccountId, entityId: auditLog.entityId })
      .from(auditLog)
      .where(eq(auditLog.action, 'evidence.downloaded-by-council'));
    expect(rows).toEqual([{ actor: w.member1.accountId, entityId: evidence.a.id }]);
  });

  it('refuses every other member, product and round with 404, and records nothing', async () => {
    const before = await downloads();
    // Seated in the council but not assigned to product C.
    expect((await inject(w.member1, 'GET', fileUrl(roundCId, item.c, evidence.c.id))).statusCode).toBe(404);
    // Product C's evidence asked through product A, or product C through the other round.
    expect((await inject(w.member1, 'GET', fileUrl(roundId, item.c, evidence.c.id))).statusCode).toBe(404);
    expect((await inject(w.member1, 'GET', fileUrl(roundId, item.a, evidence.c.id))).statusCode).toBe(404);
    // Another round's member, through this round and through their own.
    expect((await inject(w.outsiderMember, 'GET', fileUrl(roundId, item.a, evidence.a.id))).statusCode).toBe(
      404,
    );
    expect(
      (await inject(w.outsiderMember, 'GET', fileUrl(otherRoundId, item.other, evidence.a.id))).statusCode,
    ).toBe(404);
    // Not a council member at all.
    expect((await inject(w.producer, 'GET', fileUrl(roundId, item.a, evidence.a.id))).statusCode).toBe(404);
    expect((await inject(null, 'GET', fileUrl(roundId, item.a, evidence.a.id))).statusCode).toBe(401);
    // Assigned to C: allowed there.
    expect((await inject(w.member2, 'GET', fileUrl(roundCId, item.c, evidence.c.id))).statusCode).toBe(200);
    expect(await downloads()).toBe(before + 1);
  });

  it('closes the files once scoring is closed', async () => {
    await t.db.update(rounds).set({ status: 'closed' }).where(eq(rounds.id, otherRoundId));
    const res = await inject(w.outsiderMember, 'GET', fileUrl(otherRoundId, item.other, evidence.a.id));
    expect([403, 404]).toContain(res.statusCode);
    await submitVersion(pool.other.dossier.id, tinyPdf('lo hoa'), 'Lọ hoa').then(async (frozen) => {
      const closed = await inject(w.outsiderMember, 'GET', fileUrl(otherRoundId, item.other, frozen.id));
      expect(closed.statusCode).toBe(403);
      expect(closed.json<{ detail: string }>().detail).toContain('đang chấm điểm');
    });
  });
});

describe('consultancy links and conflicts of interest', () => {
  const links = '/api/v1/consultancy-links';

  it('the standing office records a consultancy link; a second one for the same pair is refused', async () => {
    const body = {
      accountId: w.member1.accountId,
      producerId: pool.a.producer.id,
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
      note: 'Tư vấn xây dựng hồ sơ OCOP 2024',
    };
    const created = await inject(w.office, 'POST', links, body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      producerName: pool.a.producer.name,
      validFrom: '2024-01-01',
      validTo: '2024-12-31',
    });
    expect((await inject(w.office, 'POST', links, body)).statusCode).toBe(409);
    const audits = await queryCount(
      t.db,
      sql`select count(*) as n from audit_log where action = 'consultancy-link.created'`,
    );
    expect(audits).toBe(1);
  });

  it('names the field of a bad period and refuses members and other provinces', async () => {
    const bad = await inject(w.office, 'POST', links, {
      accountId: w.member2.accountId,
      producerId: pool.a.producer.id,
      validFrom: '2025-06-01',
      validTo: '2025-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('validTo');
    const body = { accountId: w.member2.accountId, producerId: pool.a.producer.id, validFrom: '2025-01-01' };
    expect((await inject(w.member1, 'POST', links, body)).statusCode).toBe(403);
    const officeB = await signInAs(t, 'standing_office', w.units.provinceB);
    expect((await inject(officeB, 'POST', links, body)).statusCode).toBe(403);
    expect((await inject(officeB, 'GET', links)).json<{ items: unknown[] }>().items).toEqual([]);
    expect((await inject(w.member1, 'GET', links)).statusCode).toBe(403);
    const mine = await inject(w.office, 'GET', `${links}?accountId=${w.member1.accountId}`);
    expect(mine.json<{ items: { accountId: string }[] }>().items.map((l) => l.accountId)).toEqual([
      w.member1.accountId,
    ]);
  });

  it('the member sees the consultancy hint with its period before declaring', async () => {
    const res = await inject(w.member1, 'GET', `/api/v1/rounds/${roundId}/products/${item.a}/sheet`);
    const hints = res.json<{ conflictHints: { code: string; messageVi: string }[] }>().conflictHints;
    expect(hints).toEqual([
      expect.objectContaining({
        code: 'consultancy',
        messageVi: 'Bạn đã từng tư vấn cho chủ thể này (từ 2024-01-01 đến 2024-12-31).',
      }),
    ]);
    expect(
      (await inject(w.member2, 'GET', `/api/v1/rounds/${roundId}/products/${item.a}/sheet`)).json<{
        conflictHints: unknown[];
      }>().conflictHints,
    ).toEqual([]);
  });

  it('a member who declares a conflict abstains: the chair sees who, and the quorum is counted without them', async () => {
    const declared = await inject(
      w.member1,
      'POST',
      `/api/v1/rounds/${roundId}/products/${item.a}/conflict`,
      { declaration: 'conflict', note: 'Đã tư vấn hồ sơ năm 2024' },
    );
    expect(declared.statusCode, declared.body).toBe(200);
    const chair = await inject(w.chair, 'GET', `/api/v1/rounds/${roundId}/chair`);
    const product = chair
      .json<{
        products: {
          roundProductId: string;
          assignedCount: number;
          abstainedCount: number;
          abstained: { name: string }[];
          pending: { name: string }[];
        }[];
      }>()
      .products.find((p) => p.roundProductId === item.a)!;
    expect(product).toMatchObject({
      assignedCount: 3,
      abstainedCount: 1,
      abstained: [{ name: 'Thành viên Một' }],
    });
    expect(product.pending.map((p) => p.name)).not.toContain('Thành viên Một');
    const sheet = await inject(w.member1, 'PUT', `/api/v1/rounds/${roundId}/products/${item.a}/sheet`, {
      choices: {},
      revision: 1,
    });
    expect(sheet.statusCode).toBe(409);
  });
});
