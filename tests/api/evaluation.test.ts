import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, certificates, decisions, roundResults, scoreSheets } from '../../src/db/schema';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  choicesFor,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { revokeThroughDecision } from '../helpers/revoke-through-decision';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';

/**
 * The council journey through the API: pool → round → open (override) → scoring with the
 * 10-point rule and re-scoring → chair closes and adopts (twice at once) → decision drafted and
 * approved (twice at once) → certificates, PDF with a decodable QR, public page, revocation.
 */
let t: TestApp;
let w: EvaluationWorld;
let council: Awaited<ReturnType<typeof createCouncilViaApi>>;
let pool: {
  a: Awaited<ReturnType<typeof buildPoolProduct>>;
  b: Awaited<ReturnType<typeof buildPoolProduct>>;
};
let roundId: string;
let items: { id: string; productSet: number; requiresOnSiteInspection: boolean }[];
let decisionId: string;

const NOW = new Date('2026-05-04T02:00:00Z');
/** The meeting is later than the clock: closing and adopting early need the chair's reason. */
const EARLY = { reason: 'Hội đồng họp sớm hơn lịch đã định' };

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await buildEvaluationWorld(t);
  pool = {
    a: await buildPoolProduct(t.db, w.units.communeX, {
      producerAccountId: w.producerAccountId,
      name: 'Bình gốm men lam Bát Tràng',
    }),
    b: await buildPoolProduct(t.db, w.units.communeY, { set: 26, name: 'Điểm du lịch làng nghề' }),
  };
  council = await createCouncilViaApi(t, w);
});
afterAll(async () => t.close());

const inject = (s: Session | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s?.headers ?? {}, ...(payload ? { payload } : {}) });
const memberId = (s: Session) => council.members.find((m) => m.accountId === s.accountId)!.id;

async function scoreAndSubmit(s: Session, itemId: string, total: number, set = 21) {
  const sheetUrl = `/api/v1/rounds/${roundId}/products/${itemId}/sheet`;
  const current = (await inject(s, 'GET', sheetUrl)).json<{
    sheet: { revision: number; status: string } | null;
  }>();
  const saved = await inject(s, 'PUT', sheetUrl, {
    choices: choicesFor(total, set),
    revision: current.sheet?.revision ?? 1,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return inject(s, 'POST', `${sheetUrl}/submit`, { revision: saved.json<{ revision: number }>().revision });
}

describe('rounds', () => {
  it('lists the accepted pool, filterable by product set', async () => {
    const all = await inject(w.office, 'GET', `/api/v1/councils/${council.id}/pool`);
    expect(all.json<{ items: unknown[] }>().items).toHaveLength(2);
    const tourism = await inject(w.office, 'GET', `/api/v1/councils/${council.id}/pool?set=26`);
    expect(tourism.json<{ items: { dossierId: string }[] }>().items.map((i) => i.dossierId)).toEqual([
      pool.b.dossier.id,
    ]);
    expect((await inject(w.member1, 'GET', `/api/v1/councils/${council.id}/pool`)).statusCode).toBe(403);
  });

  it('creates a round; set 26 is marked for on-site inspection; members do not see a draft round', async () => {
    const res = await inject(w.office, 'POST', '/api/v1/rounds', {
      councilId: council.id,
      name: 'Đợt 1 năm 2026',
      meetingOn: '2026-05-05',
      dossierIds: [pool.a.dossier.id, pool.b.dossier.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const round = res.json<{
      id: string;
      status: string;
      products: typeof items;
      compositionProblems: { code: string }[];
    }>();
    roundId = round.id;
    items = round.products;
    expect(round.status).toBe('draft');
    expect(items.map((i) => i.requiresOnSiteInspection)).toEqual([false, true]);
    expect(round.compositionProblems.map((p) => p.code)).toContain('size-below-minimum');
    expect(
      (await inject(w.member1, 'GET', `/api/v1/rounds/${roundId}`)).json<{ products: unknown[] }>().products,
    ).toEqual([]);
    const again = await inject(w.office, 'POST', '/api/v1/rounds', {
      councilId: council.id,
      name: 'Trùng',
      meetingOn: '2026-05-05',
      dossierIds: [pool.a.dossier.id],
    });
    expect(again.statusCode).toBe(400);
  });

  it('refuses to open with too short a notice or a short council unless overridden, and records the override', async () => {
    const refused = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
      distributedOn: '2026-05-05',
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ code: string }>().code).toBe('OVERRIDE_REQUIRED');
    expect(
      (await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/open`, { distributedOn: '2026-05-04' }))
        .statusCode,
    ).toBe(403);
    const opened = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
      distributedOn: '2026-05-05',
      meetingDateOverrideReason: 'Họp gấp theo chỉ đạo của UBND tỉnh',
      compositionOverrideReason: 'Hội đồng thử nghiệm 3 thành viên',
    });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json<{ status: string; meetingDateOverride: { reason: string } }>()).toMatchObject({
      status: 'open',
      meetingDateOverride: { reason: 'Họp gấp theo chỉ đạo của UBND tỉnh' },
    });
  });

  it('a seated member sees assigned products; an unseated member sees nothing', async () => {
    expect(
      (await inject(w.member1, 'GET', `/api/v1/rounds/${roundId}`)).json<{ products: unknown[] }>().products,
    ).toHaveLength(2);
    expect((await inject(w.outsiderMember, 'GET', `/api/v1/rounds/${roundId}`)).statusCode).toBe(403);
    expect(
      (await inject(w.outsiderMember, 'GET', `/api/v1/rounds/${roundId}/products/${items[0]!.id}/sheet`))
        .statusCode,
    ).toBe(403);
  });
});

describe('scoring', () => {
  it('autosaves drafts with optimistic concurrency; refuses unknown criteria', async () => {
    const url = `/api/v1/rounds/${roundId}/products/${items[0]!.id}/sheet`;
    const first = await inject(w.member1, 'PUT', url, { choices: { 'A.1.a': 1 }, revision: 1 });
    expect(first.json<{ revision: number; status: string }>()).toMatchObject({
      revision: 1,
      status: 'draft',
    });
    const second = await inject(w.member1, 'PUT', url, { choices: { 'A.1.a': 2 }, revision: 1 });
    expect(second.json<{ revision: number }>().revision).toBe(2);
    expect((await inject(w.member1, 'PUT', url, { choices: { 'A.1.a': 1 }, revision: 1 })).statusCode).toBe(
      409,
    );
    expect((await inject(w.member1, 'PUT', url, { choices: { 'Z.9.z': 1 }, revision: 2 })).statusCode).toBe(
      400,
    );
    const incomplete = await inject(w.member1, 'POST', `${url}/submit`, { revision: 2 });
    expect(incomplete.statusCode).toBe(422);
  });

  it('a member does not see others’ sheets before submitting; two members submit at the same instant', async () => {
    expect((await scoreAndSubmit(w.chair, items[0]!.id, 62)).statusCode).toBe(200);
    const others = `/api/v1/rounds/${roundId}/products/${items[0]!.id}/sheets`;
    expect((await inject(w.member1, 'GET', others)).statusCode).toBe(403);
    const [a, b] = await Promise.all([
      scoreAndSubmit(w.member1, items[0]!.id, 70),
      scoreAndSubmit(w.member2, items[0]!.id, 74),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const seen = await inject(w.member1, 'GET', others);
    expect(seen.statusCode).toBe(200);
    expect(
      seen
        .json<{ items: { total: number }[] }>()
        .items.map((s) => s.total)
        .sort(),
    ).toEqual([62, 70, 74]);
    const rows = await t.db.select().from(scoreSheets).where(eq(scoreSheets.roundProductId, items[0]!.id));
    expect(rows.filter((r) => r.status === 'submitted')).toHaveLength(3);
  });

  it('a submitted sheet is frozen', async () => {
    const url = `/api/v1/rounds/${roundId}/products/${items[0]!.id}/sheet`;
    const mine = (await inject(w.member1, 'GET', url)).json<{ sheet: { revision: number } }>();
    const res = await inject(w.member1, 'PUT', url, {
      choices: choicesFor(80),
      revision: mine.sheet.revision,
    });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json<{ code: string }>().code).toBe('INVALID_TRANSITION');
  });

  it('everybody scores the tourism product on the one case chosen for it; its score sheet warns that set 26 is unverified', async () => {
    const url = `/api/v1/rounds/${roundId}/products/${items[1]!.id}/sheet`;
    const fixed = (await inject(w.member1, 'GET', url)).json<{
      roundProduct: { caseChoices: Record<string, number> };
    }>().roundProduct.caseChoices;
    // The producer's Biểu 2 answered no case block, so the round was set up on case 1 for all three.
    expect(fixed).toEqual({ 'C.8': 1, 'C.9': 1, 'C.15': 1 });
    const otherCase = await inject(w.member1, 'PUT', url, { choices: { 'C.8.case-2': 1 }, revision: 1 });
    expect(otherCase.statusCode).toBe(400);
    expect(otherCase.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'choices.C.8.case-2',
    ]);
    for (const s of [w.chair, w.member1, w.member2])
      expect((await scoreAndSubmit(s, items[1]!.id, 80, 26)).statusCode).toBe(200);
    const sheets = await t.db.select().from(scoreSheets).where(eq(scoreSheets.roundProductId, items[1]!.id));
    expect(sheets.every((s) => Object.keys(s.choices).every((code) => !code.includes('case-2')))).toBe(true);
    type Warned = { sheetWarning: { status: string; messageVi: string; acknowledgement: unknown } | null };
    const tourism = (
      await inject(w.member1, 'GET', `/api/v1/rounds/${roundId}/products/${items[1]!.id}/sheet`)
    ).json<Warned>();
    expect(tourism.sheetWarning).toMatchObject({ status: 'unverified', acknowledgement: null });
    expect(tourism.sheetWarning!.messageVi).toContain('Phiếu chấm bộ 26 chưa kiểm chứng');
    const pottery = (
      await inject(w.member1, 'GET', `/api/v1/rounds/${roundId}/products/${items[0]!.id}/sheet`)
    ).json<Warned>();
    expect(pottery.sheetWarning).toBeNull();
  });
});

describe('chair', () => {
  it('only the chair sees the chair’s view and closes scoring', async () => {
    expect((await inject(w.member1, 'GET', `/api/v1/rounds/${roundId}/chair`)).statusCode).toBe(403);
    expect((await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/close`)).statusCode).toBe(403);
    const view = await inject(w.chair, 'GET', `/api/v1/rounds/${roundId}/chair`);
    const product = view.json<{
      products: {
        spread: number;
        isDispersionExceeded: boolean;
        gaps: { memberId: string; isOutlier: boolean; excess: number }[];
      }[];
    }>().products[0]!;
    expect(product).toMatchObject({ spread: 12, isDispersionExceeded: true });
    const tourism = view.json<{
      products: {
        sheetWarning: { status: string } | null;
        quorum: { councilSize: number; presentCount: number; attendanceSource: string };
      }[];
    }>().products[1]!;
    expect(tourism.sheetWarning?.status).toBe('unverified');
    // Council of 3, everybody scored: counted against the council, attendance read from the sheets.
    expect(tourism.quorum).toMatchObject({
      councilSize: 3,
      presentCount: 3,
      attendanceSource: 'derived-from-sheets',
    });
    expect(
      product.gaps
        .filter((g) => g.isOutlier)
        .map((g) => g.memberId)
        .sort(),
    ).toEqual([memberId(w.chair), memberId(w.member2)].sort());
    expect((await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/close`, EARLY)).statusCode).toBe(200);
  });

  it('cannot adopt 62 / 70 / 74 until re-scoring brings them within 10 points', async () => {
    const blocked = await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/adopt`, EARLY);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json<{ code: string }>().code).toBe('ADOPTION_BLOCKED');
    const request = await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/rescore-requests`, {
      roundProductId: items[0]!.id,
      memberIds: [memberId(w.chair)],
      reason: 'Chênh lệch quá 10 điểm',
    });
    expect(request.statusCode, request.body).toBe(200);
    expect(request.json<{ items: { version: number; reason: string }[] }>().items[0]).toMatchObject({
      version: 2,
      reason: 'Chênh lệch quá 10 điểm',
    });
    expect((await scoreAndSubmit(w.chair, items[0]!.id, 66)).statusCode).toBe(200);
    const versions = await t.db
      .select()
      .from(scoreSheets)
      .where(eq(scoreSheets.memberId, memberId(w.chair)));
    expect(
      versions.filter((v) => v.roundProductId === items[0]!.id).map((v) => [v.version, v.totalHundredths]),
    ).toEqual(
      expect.arrayContaining([
        [1, 6200],
        [2, 6600],
      ]),
    );
    expect((await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/close`, EARLY)).statusCode).toBe(200);
  });

  it('a double click on adopt gives one set of results', async () => {
    const [a, b] = await Promise.all([
      inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/adopt`, EARLY),
      inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/adopt`, EARLY),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const results = await t.db.select().from(roundResults).where(eq(roundResults.roundId, roundId));
    expect(results).toHaveLength(2);
    const first = a.json<{
      status: string;
      items: { mean: number; stars: number; memberTotals: unknown[] }[];
    }>();
    expect(first.status).toBe('adopted');
    expect(first.items[0]).toMatchObject({ mean: 70, stars: 4 });
    expect(first.items[0]!.memberTotals).toHaveLength(3);
  });

  it('renders the minutes with every member’s total', async () => {
    const res = await inject(w.chair, 'GET', `/api/v1/rounds/${roundId}/minutes.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

/**
 * The decision draft carries the set-26 warning; approving is refused (nothing issued) until the
 * standing office acknowledges it — and only the standing office may.
 */
async function acknowledgeTheTourismSheet() {
  type Item = {
    roundResultId: string;
    productSet: number;
    sheetWarning: { status: string; acknowledgement: { byName: string } | null } | null;
  };
  const draft = (await inject(w.office, 'GET', `/api/v1/decisions/${decisionId}`)).json<{ items: Item[] }>();
  const tourism = draft.items.find((i) => i.productSet === 26)!;
  expect(tourism.sheetWarning).toMatchObject({ status: 'unverified', acknowledgement: null });
  expect(draft.items.find((i) => i.productSet === 21)!.sheetWarning).toBeNull();
  const refused = await inject(w.leader, 'POST', `/api/v1/decisions/${decisionId}/approve`);
  expect(refused.statusCode, refused.body).toBe(409);
  expect(refused.json<{ detail: string }>().detail).toContain('chưa kiểm chứng');
  expect(await t.db.select().from(certificates).where(eq(certificates.decisionId, decisionId))).toHaveLength(
    0,
  );
  expect((await t.db.select().from(decisions).where(eq(decisions.id, decisionId)))[0]!.status).toBe('draft');
  const url = `/api/v1/rounds/${roundId}/results/${tourism.roundResultId}/acknowledge-sheet`;
  for (const s of [w.leader, w.chair, w.member1])
    expect((await inject(s, 'POST', url, { note: 'Đã xem' })).statusCode).toBe(403);
  expect((await inject(w.office, 'POST', url, { note: '' })).statusCode).toBe(400);
  expect(
    (await t.db.select().from(roundResults).where(eq(roundResults.id, tourism.roundResultId)))[0]!
      .sheetAcknowledgement,
  ).toBeNull();
  const acknowledged = await inject(w.office, 'POST', url, {
    note: 'Hội đồng đã thẩm định thực địa; chấp nhận bộ 26 chưa đối chiếu Công báo.',
  });
  expect(acknowledged.statusCode, acknowledged.body).toBe(200);
  expect(
    acknowledged.json<{ sheetWarning: { acknowledgement: { note: string } | null } }>().sheetWarning
      .acknowledgement?.note,
  ).toContain('thực địa');
  const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, tourism.roundResultId));
  expect(audit.map((a) => a.action)).toEqual(['round-result.sheet-acknowledged']);
  const pottery = draft.items.find((i) => i.productSet === 21)!;
  expect(
    (
      await inject(
        w.office,
        'POST',
        `/api/v1/rounds/${roundId}/results/${pottery.roundResultId}/acknowledge-sheet`,
        { note: 'Không cần' },
      )
    ).statusCode,
  ).toBe(409);
}

describe('decisions and certificates', () => {
  it('the standing office drafts, only a leader approves; approving twice issues once', async () => {
    expect(
      (
        await inject(w.leader, 'POST', '/api/v1/decisions', {
          roundId,
          number: '999/QĐ-UBND',
          signedOn: '2026-05-10',
        })
      ).statusCode,
    ).toBe(403);
    const drafted = await inject(w.office, 'POST', '/api/v1/decisions', {
      roundId,
      number: '1234/QĐ-UBND',
      signedOn: '2026-05-10',
    });
    expect(drafted.statusCode, drafted.body).toBe(201);
    decisionId = drafted.json<{ id: string }>().id;
    expect(
      (
        await inject(w.office, 'POST', '/api/v1/decisions', {
          roundId,
          number: '1235/QĐ-UBND',
          signedOn: '2026-05-10',
        })
      ).statusCode,
    ).toBe(409);
    expect((await inject(w.office, 'POST', `/api/v1/decisions/${decisionId}/approve`)).statusCode).toBe(403);
    expect((await inject(w.chair, 'POST', `/api/v1/decisions/${decisionId}/approve`)).statusCode).toBe(403);
    await acknowledgeTheTourismSheet();
    const [a, b] = await Promise.all([
      inject(w.leader, 'POST', `/api/v1/decisions/${decisionId}/approve`),
      inject(w.leader, 'POST', `/api/v1/decisions/${decisionId}/approve`),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const decision = a.json<{
      status: string;
      approvedByName: string;
      items: { certificateNumber: string }[];
    }>();
    expect(decision.status).toBe('approved');
    expect(decision.items.every((i) => /^T\d+-2026-\d{5}$/.test(i.certificateNumber))).toBe(true);
    const certs = await t.db.select().from(certificates).where(eq(certificates.decisionId, decisionId));
    expect(certs).toHaveLength(2);
    expect(certs[0]!.validUntil).toBe('2029-05-09');
  });

  it('the producer downloads its certificate PDF; its QR decodes to the verification URL', async () => {
    const list = await inject(w.producer, 'GET', '/api/v1/certificates');
    const mine = list.json<{
      items: { id: string; number: string; verificationUrl: string; productName: string }[];
    }>().items;
    expect(mine.map((c) => c.productName)).toEqual(['Bình gốm men lam Bát Tràng']);
    const pdf = await inject(w.producer, 'GET', `/api/v1/certificates/${mine[0]!.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ocop-cert-'));
    fs.writeFileSync(path.join(dir, 'c.pdf'), pdf.rawPayload);
    execFileSync('pdftoppm', [
      '-r',
      '150',
      '-png',
      '-singlefile',
      path.join(dir, 'c.pdf'),
      path.join(dir, 'c'),
    ]);
    const decoded = execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, 'c.png')])
      .toString()
      .trim();
    expect(decoded).toBe(mine[0]!.verificationUrl);
    expect(decoded).toBe(`http://localhost:3000/c/${mine[0]!.number}`);
    const text = execFileSync('pdftotext', [path.join(dir, 'c.pdf'), '-']).toString();
    expect(text).toContain('GIẤY CHỨNG NHẬN');
    expect(text).toContain('Bình gốm men lam Bát Tràng');
    fs.rmSync(dir, { recursive: true, force: true });
    const other = await inject(
      w.producer,
      'GET',
      `/api/v1/certificates/${(await t.db.select().from(certificates).where(eq(certificates.productId, pool.b.product.id)))[0]!.id}/pdf`,
    );
    expect(other.statusCode).toBe(403);
    const bulk = await inject(w.office, 'GET', `/api/v1/decisions/${decisionId}/certificates.pdf`);
    expect(bulk.statusCode).toBe(200);
  });

  it('the public page shows valid, expired, unknown and revoked', async () => {
    const [cert] = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.productId, pool.a.product.id));
    const page = await t.app.inject({ method: 'GET', url: `/c/${cert!.number}` });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('Còn hiệu lực');
    expect(page.body).toContain('Bình gốm men lam Bát Tràng');
    expect(page.body).not.toContain('Nguyễn Thị A');
    expect(page.body).not.toContain('<script');
    const unknown = await t.app.inject({ method: 'GET', url: '/c/01-2026-99999' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('this certificate is not in the registry');
    t.setNow(new Date('2029-05-10T03:00:00Z'));
    expect((await t.app.inject({ method: 'GET', url: `/c/${cert!.number}` })).body).toContain('Hết hiệu lực');
    t.setNow(NOW);
    await revokeThroughDecision(t, {
      certificateId: cert!.id,
      office: w.office,
      leader: w.leader,
      decisionNumber: '77/QĐ-UBND',
      groundText: 'Vi phạm an toàn thực phẩm',
    });
    // Revoked once: a second proposal is refused.
    expect(
      (
        await inject(w.office, 'POST', '/api/v1/revocation-proposals', {
          certificateId: cert!.id,
          groundCode: 'production_stopped',
        })
      ).statusCode,
    ).toBe(409);
    const revoked = await t.app.inject({ method: 'GET', url: `/c/${cert!.number}` });
    expect(revoked.body).toContain('Đã bị thu hồi');
    expect(revoked.body).toContain('77/QĐ-UBND');
  });

  it('a correction replaces a certificate with a new number; the old one is superseded', async () => {
    const [cert] = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.productId, pool.b.product.id));
    expect(
      (await inject(w.producer, 'POST', `/api/v1/certificates/${cert!.id}/replace`, { reason: 'x' }))
        .statusCode,
    ).toBe(403);
    const res = await inject(w.office, 'POST', `/api/v1/certificates/${cert!.id}/replace`, {
      reason: 'Sai tên sản phẩm',
      productName: 'Điểm du lịch làng nghề Bát Tràng',
    });
    expect(res.statusCode, res.body).toBe(201);
    const replacement = res.json<{ number: string; supersedesId: string; validUntil: string }>();
    expect(replacement.number).not.toBe(cert!.number);
    expect(replacement).toMatchObject({ supersedesId: cert!.id, validUntil: cert!.validUntil });
    const old = await t.app.inject({ method: 'GET', url: `/c/${cert!.number}` });
    expect(old.body).toContain('Đã được thay thế');
    expect(old.body).toContain(replacement.number);
  });
});
