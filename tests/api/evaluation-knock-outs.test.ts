import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { roundResults } from '../../src/db/schema';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  choicesFor,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';

/**
 * Knock-out notes (issue 16, item 5): set 7 carries, by analogy with sets 5–6, the note "bị loại nếu
 * sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc" on A.1.a. Two of three members
 * record it on sheets otherwise worth 80 points: the chair's view, the adopted result and the
 * results list say "Không đánh giá tiếp: …", no stars, nothing certified or forwarded.
 */
let t: TestApp;
let w: EvaluationWorld;
let roundId: string;
let itemId: string;

const NOW = new Date('2026-05-04T02:00:00Z');
/** The meeting is later than the clock: closing and adopting early need the chair's reason. */
const EARLY = { reason: 'Hội đồng họp sớm hơn lịch đã định' };
const inject = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const sheetUrl = () => `/api/v1/rounds/${roundId}/products/${itemId}/sheet`;

async function scoreAndSubmit(s: Session, knockOuts: string[]) {
  const current = (await inject(s, 'GET', sheetUrl())).json<{ sheet: { revision: number } | null }>();
  const saved = await inject(s, 'PUT', sheetUrl(), {
    choices: choicesFor(80, 7),
    knockOuts,
    revision: current.sheet?.revision ?? 1,
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const submitted = await inject(s, 'POST', `${sheetUrl()}/submit`, {
    revision: saved.json<{ revision: number }>().revision,
  });
  expect(submitted.statusCode, submitted.body).toBe(200);
}

type KnockOut = { criterionCode: string; reasonVi: string; reasonEn: string };

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await buildEvaluationWorld(t);
  const pool = await buildPoolProduct(t.db, w.units.communeX, { set: 7, name: 'Mứt gừng' });
  const council = await createCouncilViaApi(t, w);
  const round = await inject(w.office, 'POST', '/api/v1/rounds', {
    councilId: council.id,
    name: 'Đợt có ghi chú loại',
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

describe('a knock-out note recorded by a majority', () => {
  it('a note can only be recorded on a criterion that carries one', async () => {
    const refused = await inject(w.member2, 'PUT', sheetUrl(), {
      choices: choicesFor(80, 7),
      knockOuts: ['A.1.b'],
      revision: 1,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'knockOuts.A.1.b',
    ]);
  });

  it('the member finds the note recorded on their own sheet', async () => {
    await scoreAndSubmit(w.chair, ['A.1.a']);
    await scoreAndSubmit(w.member1, ['A.1.a']);
    await scoreAndSubmit(w.member2, []);
    const mine = (await inject(w.member1, 'GET', sheetUrl())).json<{
      sheet: { knockOuts: string[]; total: number };
    }>();
    expect(mine.sheet).toMatchObject({ knockOuts: ['A.1.a'], total: 80 });
  });

  it('the chair’s view shows “không đánh giá tiếp” and no stars, although the mean is 80', async () => {
    const view = await inject(w.chair, 'GET', `/api/v1/rounds/${roundId}/chair`);
    expect(view.statusCode, view.body).toBe(200);
    const product = view.json<{
      products: {
        mean: number;
        stars: number | null;
        knockOuts: (KnockOut & { memberCount: number })[];
        explanationVi: string;
      }[];
    }>().products[0]!;
    expect(product).toMatchObject({ mean: 80, stars: null });
    expect(product.knockOuts).toEqual([
      {
        criterionCode: 'A.1.a',
        memberCount: 2,
        reasonVi:
          'Không đánh giá tiếp: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc (tiêu chí A.1.a)',
        reasonEn:
          'Not evaluated further: Excluded if all raw material is imported or of unknown origin. (criterion A.1.a)',
      },
    ]);
    expect(product.explanationVi).toMatch(/^Không đánh giá tiếp: /);
  });

  it('the adopted result keeps the reason, is neither certified nor forwarded', async () => {
    expect((await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/close`, EARLY)).statusCode).toBe(200);
    const adopted = await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/adopt`, EARLY);
    expect(adopted.statusCode, adopted.body).toBe(200);
    const results = await inject(w.office, 'GET', `/api/v1/rounds/${roundId}/results`);
    expect(results.statusCode, results.body).toBe(200);
    const item = results.json<{
      items: { stars: number | null; isCertifiable: boolean; routeAction: string; knockOuts: KnockOut[] }[];
    }>().items[0]!;
    expect(item).toMatchObject({ stars: null, isCertifiable: false, routeAction: 'not-certified' });
    expect(item.knockOuts.map((k) => k.reasonVi)).toEqual([
      'Không đánh giá tiếp: Bị loại nếu sử dụng toàn bộ nguyên liệu nhập khẩu hoặc không rõ nguồn gốc (tiêu chí A.1.a)',
    ]);
    const [row] = await t.db.select().from(roundResults).where(eq(roundResults.roundId, roundId));
    expect(row!.knockOuts.map((k) => k.criterionCode)).toEqual(['A.1.a']);
  });

  it('no decision can be drafted for it: nothing is certifiable', async () => {
    const draft = await inject(w.office, 'POST', '/api/v1/decisions', {
      roundId,
      number: '12/QĐ-UBND',
      signedOn: '2026-05-25',
    });
    expect(draft.statusCode).toBe(400);
    expect(draft.json<{ code: string }>().code).toBe('VALIDATION_FAILED');
  });
});
