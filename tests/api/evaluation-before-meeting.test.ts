/**
 * Closing scoring and adopting results belong to the council's meeting: before the meeting date the
 * chair is refused unless a reason is given, and that reason is in the audit log. On the meeting day
 * no reason is asked.
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/db/schema';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  choicesFor,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let w: EvaluationWorld;

/** 09:00 on 04/05/2026 in Vietnam. */
const NOW = new Date('2026-05-04T02:00:00Z');
const inject = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });

/** A round meeting on `meetingOn`, opened, every member's sheet submitted. */
async function scoredRound(name: string, meetingOn: string): Promise<string> {
  const pool = await buildPoolProduct(t.db, w.units.communeX, { set: 7, name });
  const council = await createCouncilViaApi(t, w);
  const round = await inject(w.office, 'POST', '/api/v1/rounds', {
    councilId: council.id,
    name: `Đợt ${name}`,
    meetingOn,
    dossierIds: [pool.dossier.id],
  });
  expect(round.statusCode, round.body).toBe(201);
  const roundId = round.json<{ id: string }>().id;
  const itemId = round.json<{ products: { id: string }[] }>().products[0]!.id;
  const opened = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
    distributedOn: '2026-05-04',
    compositionOverrideReason: 'Hội đồng thử nghiệm 3 thành viên',
    meetingDateOverrideReason: 'Họp gấp theo chỉ đạo của tỉnh',
  });
  expect(opened.statusCode, opened.body).toBe(200);
  const sheetUrl = `/api/v1/rounds/${roundId}/products/${itemId}/sheet`;
  for (const member of [w.chair, w.member1, w.member2]) {
    const saved = await inject(member, 'PUT', sheetUrl, { choices: choicesFor(80, 7), revision: 1 });
    expect(saved.statusCode, saved.body).toBe(200);
    const submitted = await inject(member, 'POST', `${sheetUrl}/submit`, {
      revision: saved.json<{ revision: number }>().revision,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
  }
  return roundId;
}

const auditOf = async (roundId: string, action: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, roundId), eq(auditLog.action, action)));

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await buildEvaluationWorld(t);
});
afterAll(async () => t.close());

describe('before the meeting date', () => {
  it('the chair cannot close scoring or adopt without saying why; with a reason it is done and audited', async () => {
    const roundId = await scoredRound('Mứt gừng sớm', '2026-05-20');
    const refused = await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/close`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ code: string; detail: string }>()).toMatchObject({ code: 'OVERRIDE_REQUIRED' });
    expect(refused.json<{ detail: string }>().detail).toContain('20/05/2026');
    expect(await auditOf(roundId, 'round.scoring-closed')).toHaveLength(0);

    const reason = 'Hai thành viên đi công tác vào ngày họp; hội đồng đã thống nhất họp sớm.';
    const closed = await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/close`, { reason });
    expect(closed.statusCode, closed.body).toBe(200);
    const [closeAudit] = await auditOf(roundId, 'round.scoring-closed');
    expect(closeAudit?.after).toMatchObject({ status: 'closed', beforeMeetingOn: '2026-05-20', reason });

    expect((await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/adopt`)).statusCode).toBe(422);
    const adopted = await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/adopt`, { reason });
    expect(adopted.statusCode, adopted.body).toBe(200);
    const [adoptAudit] = await auditOf(roundId, 'round.adopted');
    expect(adoptAudit?.after).toMatchObject({ status: 'adopted', reason });
  });
});

describe('on the meeting day', () => {
  it('the chair closes and adopts without a reason', async () => {
    const roundId = await scoredRound('Mứt gừng đúng ngày', '2026-05-04');
    expect((await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/close`)).statusCode).toBe(200);
    expect((await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/adopt`)).statusCode).toBe(200);
    const [closeAudit] = await auditOf(roundId, 'round.scoring-closed');
    expect(closeAudit?.after).toEqual({ status: 'closed' });
  });
});
