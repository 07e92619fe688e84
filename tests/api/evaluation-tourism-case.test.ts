import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog, roundProducts } from '../../src/db/schema';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { buildAccount } from '../helpers/factories';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

/**
 * The case of a set-26 product (issue 16, item 4): fixed at round set-up from Biểu 2 (here none
 * answered → case 1), corrected by the standing office of the round's unit (setRoundProductCase)
 * before anybody scores; audited; refused with 409 once a member saved a sheet; members then see
 * and may score only the new case.
 */
let t: TestApp;
let w: EvaluationWorld;
let otherProvinceOffice: Session;
let roundId: string;
let itemId: string;

const NOW = new Date('2026-05-04T02:00:00Z');
const CASE_2 = { 'C.8': 2, 'C.9': 2, 'C.15': 2 };
const inject = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const caseUrl = () => `/api/v1/rounds/${roundId}/products/${itemId}/case`;
const sheetUrl = () => `/api/v1/rounds/${roundId}/products/${itemId}/sheet`;
const storedCases = async () =>
  (await t.db.select().from(roundProducts).where(eq(roundProducts.id, itemId)))[0]!.caseChoices;
const caseAudits = async () =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'round.product-case-changed'), eq(auditLog.entityId, roundId)));

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await buildEvaluationWorld(t);
  const elsewhere = await buildAccount(t.db, {
    unit: w.units.provinceB,
    grants: [{ role: 'standing_office', unit: w.units.provinceB }],
  });
  otherProvinceOffice = await login(t.app, elsewhere.username);
  const pool = await buildPoolProduct(t.db, w.units.communeY, { set: 26, name: 'Điểm du lịch làng nghề' });
  const council = await createCouncilViaApi(t, w);
  const round = await inject(w.office, 'POST', '/api/v1/rounds', {
    councilId: council.id,
    name: 'Đợt du lịch',
    meetingOn: '2026-05-20',
    dossierIds: [pool.dossier.id],
  });
  expect(round.statusCode, round.body).toBe(201);
  roundId = round.json<{ id: string }>().id;
  itemId = round.json<{ products: { id: string }[] }>().products[0]!.id;
  const opened = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
    distributedOn: '2026-05-05',
    compositionOverrideReason: 'Hội đồng thử nghiệm 3 thành viên',
  });
  expect(opened.statusCode, opened.body).toBe(200);
});
afterAll(async () => t.close());

describe('setRoundProductCase', () => {
  it.each([
    ['the chair', () => w.chair, 403],
    ['a member', () => w.member1, 403],
    ['a leader', () => w.leader, 403],
    ['the producer', () => w.producer, 403],
    ['the standing office of another province', () => otherProvinceOffice, 403],
  ])('%s is refused and nothing is written', async (_who, session, status) => {
    const res = await inject(session(), 'PUT', caseUrl(), {
      caseChoices: CASE_2,
      reason: 'Sản phẩm là một điểm du lịch',
    });
    expect(res.statusCode).toBe(status);
    expect(await storedCases()).toEqual({ 'C.8': 1, 'C.9': 1, 'C.15': 1 });
    expect(await caseAudits()).toEqual([]);
  });

  it('refuses a case block the set does not have, or a case that does not exist, naming the field', async () => {
    const res = await inject(w.office, 'PUT', caseUrl(), {
      caseChoices: { 'C.8': 3, 'C.9': 2, 'C.15': 2, 'C.99': 1 },
      reason: 'Sai',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<{ errors: { field: string }[] }>()
        .errors.map((e) => e.field)
        .sort(),
    ).toEqual(['caseChoices.C.8', 'caseChoices.C.99']);
    expect(await storedCases()).toEqual({ 'C.8': 1, 'C.9': 1, 'C.15': 1 });
  });

  it('the standing office of the round’s unit changes it before scoring, audited with the reason', async () => {
    const res = await inject(w.office, 'PUT', caseUrl(), {
      caseChoices: CASE_2,
      reason: 'Biểu 2 ghi nhầm: sản phẩm là một điểm du lịch',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res.json<{ products: { caseChoices: Record<string, number> }[] }>().products[0]!.caseChoices,
    ).toEqual(CASE_2);
    const [audit] = await caseAudits();
    expect(audit).toMatchObject({
      before: { caseChoices: { 'C.8': 1, 'C.9': 1, 'C.15': 1 } },
      after: { caseChoices: CASE_2, reason: 'Biểu 2 ghi nhầm: sản phẩm là một điểm du lịch' },
    });
  });

  it('members then see and may score only the new case', async () => {
    const mine = (await inject(w.member1, 'GET', sheetUrl())).json<{
      roundProduct: { caseChoices: Record<string, number> };
    }>();
    expect(mine.roundProduct.caseChoices).toEqual(CASE_2);
    const oldCase = await inject(w.member1, 'PUT', sheetUrl(), { choices: { 'C.8.case-1': 1 }, revision: 1 });
    expect(oldCase.statusCode).toBe(400);
    expect(oldCase.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'choices.C.8.case-1',
    ]);
    const newCase = await inject(w.member1, 'PUT', sheetUrl(), { choices: { 'C.8.case-2': 1 }, revision: 1 });
    expect(newCase.statusCode, newCase.body).toBe(200);
  });

  it('once a member has saved a sheet, the case can no longer change (409) and nothing is written', async () => {
    const res = await inject(w.office, 'PUT', caseUrl(), {
      caseChoices: { 'C.8': 1, 'C.9': 1, 'C.15': 1 },
      reason: 'Đổi lại',
    });
    expect(res.statusCode).toBe(409);
    expect(res.json<{ code: string }>().code).toBe('CONFLICT');
    expect(await storedCases()).toEqual(CASE_2);
    expect(await caseAudits()).toHaveLength(1);
  });
});
