import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditLog, roundAttendance, rounds } from '../../src/db/schema';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  choicesFor,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { createTestApp, type Session, type TestApp } from '../helpers/test-app';

/**
 * Quorum against the whole council (issue 16, item 1): an 11-member council (chair, vice-chair,
 * nine members; three score in the app, the others on paper) assigns a product to the three
 * members with accounts. The three scoring is 3 of 11 — no quorum — until the standing office
 * records the meeting's attendance; a chair absent with the vice-chair chairing still makes quorum.
 */
let t: TestApp;
let w: EvaluationWorld;
let council: {
  id: string;
  members: { id: string; accountId: string | null; role: string; fullName: string }[];
};
let roundId: string;
let itemId: string;

const NOW = new Date('2026-05-04T02:00:00Z');
/** The meeting is later than the clock: closing and adopting early need the chair's reason. */
const EARLY = { reason: 'Hội đồng họp sớm hơn lịch đã định' };
const inject = (s: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
const seat = (name: string) => council.members.find((m) => m.fullName === name)!.id;
const paper = (n: number) => ({
  accountId: null,
  fullName: `Thành viên giấy ${n}`,
  agency: 'other',
  position: 'Chuyên gia',
  role: 'member',
});

type Quorum = {
  isMet: boolean;
  councilSize: number;
  presentCount: number;
  requiredCount: number;
  chairedBy: string | null;
  attendanceSource: string;
};
async function quorum(): Promise<Quorum> {
  const view = await inject(w.chair, 'GET', `/api/v1/rounds/${roundId}/chair`);
  expect(view.statusCode, view.body).toBe(200);
  return view.json<{ products: { quorum: Quorum }[] }>().products[0]!.quorum;
}
const attendance = (present: string[], chairedBy: 'chair' | 'vice_chair' | null) => ({
  chairedBy,
  members: council.members
    .filter((m) => m.role !== 'secretary')
    .map((m) => ({ memberId: m.id, isPresent: present.includes(m.fullName) })),
});

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await buildEvaluationWorld(t);
  const pool = await buildPoolProduct(t.db, w.units.communeX);
  const created = await inject(w.office, 'POST', '/api/v1/councils', {
    unitId: w.units.provinceA.id,
    name: 'Hội đồng 11 thành viên',
    termFrom: '2026-01-01',
    members: [
      {
        accountId: w.chair.accountId,
        fullName: 'Chủ tịch',
        agency: 'peoples-committee',
        position: 'Phó Chủ tịch UBND tỉnh',
        role: 'chair',
      },
      {
        accountId: null,
        fullName: 'Phó Chủ tịch',
        agency: 'agriculture-and-environment',
        position: 'Giám đốc',
        role: 'vice_chair',
      },
      {
        accountId: w.member1.accountId,
        fullName: 'Thành viên Một',
        agency: 'science-and-technology',
        position: 'Phó Giám đốc',
        role: 'member',
      },
      {
        accountId: w.member2.accountId,
        fullName: 'Thành viên Hai',
        agency: 'industry-and-trade',
        position: 'Phó Giám đốc',
        role: 'member',
      },
      ...[1, 2, 3, 4, 5, 6, 7].map(paper),
      { accountId: null, fullName: 'Thư ký', agency: 'other', position: 'Chuyên viên', role: 'secretary' },
    ],
  });
  expect(created.statusCode, created.body).toBe(201);
  council = created.json();
  const round = await inject(w.office, 'POST', '/api/v1/rounds', {
    councilId: council.id,
    name: 'Đợt có điểm danh',
    meetingOn: '2026-05-20',
    dossierIds: [pool.dossier.id],
    memberIds: [seat('Chủ tịch'), seat('Thành viên Một'), seat('Thành viên Hai')],
  });
  expect(round.statusCode, round.body).toBe(201);
  roundId = round.json<{ id: string }>().id;
  itemId = round.json<{ products: { id: string }[] }>().products[0]!.id;
  const opened = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
    distributedOn: '2026-05-05',
    compositionOverrideReason: 'Thử nghiệm',
  });
  expect(opened.statusCode, opened.body).toBe(200);
  for (const s of [w.chair, w.member1, w.member2]) {
    const url = `/api/v1/rounds/${roundId}/products/${itemId}/sheet`;
    const saved = await inject(s, 'PUT', url, { choices: choicesFor(76), revision: 1 });
    expect(
      (await inject(s, 'POST', `${url}/submit`, { revision: saved.json<{ revision: number }>().revision }))
        .statusCode,
    ).toBe(200);
  }
  expect((await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/close`, EARLY)).statusCode).toBe(200);
});
afterAll(async () => t.close());

describe('quorum against the council of 11', () => {
  it('3 members assigned and scoring are 3 of 11: no quorum, adoption refused', async () => {
    // Secretary excluded: 11 voting seats; round(11 × 75 %) = round(8.25) = 8 required.
    expect(await quorum()).toMatchObject({
      isMet: false,
      councilSize: 11,
      presentCount: 3,
      requiredCount: 8,
      attendanceSource: 'derived-from-sheets',
    });
    const adopt = await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/adopt`, EARLY);
    expect(adopt.statusCode).toBe(409);
    expect(adopt.json<{ code: string }>().code).toBe('ADOPTION_BLOCKED');
  });

  it('only the standing office records attendance; refusals write nothing', async () => {
    const body = attendance(
      [
        'Chủ tịch',
        'Thành viên Một',
        'Thành viên Hai',
        'Thành viên giấy 1',
        'Thành viên giấy 2',
        'Thành viên giấy 3',
        'Thành viên giấy 4',
        'Thành viên giấy 5',
      ],
      'chair',
    );
    for (const s of [w.chair, w.member1, w.leader, w.outsiderMember])
      expect((await inject(s, 'PUT', `/api/v1/rounds/${roundId}/attendance`, body)).statusCode).toBe(403);
    const secretary = council.members.find((m) => m.role === 'secretary')!.id;
    const bad = await inject(w.office, 'PUT', `/api/v1/rounds/${roundId}/attendance`, {
      chairedBy: 'chair',
      members: [{ memberId: secretary, isPresent: true }],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual([
      'members.0.memberId',
      'chairedBy',
    ]);
    expect(
      await t.db.select().from(roundAttendance).where(eq(roundAttendance.roundId, roundId)),
    ).toHaveLength(0);
  });

  it.each([
    // present, chairedBy → met, present count (required 8 throughout)
    [
      '8 with the chair chairing: 8 ≥ 8',
      [
        'Chủ tịch',
        'Thành viên Một',
        'Thành viên Hai',
        'Thành viên giấy 1',
        'Thành viên giấy 2',
        'Thành viên giấy 3',
        'Thành viên giấy 4',
        'Thành viên giấy 5',
      ],
      'chair',
      true,
      8,
    ],
    [
      '7 with the chair: 7 < 8',
      [
        'Chủ tịch',
        'Thành viên Một',
        'Thành viên Hai',
        'Thành viên giấy 1',
        'Thành viên giấy 2',
        'Thành viên giấy 3',
        'Thành viên giấy 4',
      ],
      'chair',
      false,
      7,
    ],
    [
      '8 without the chair, the vice-chair chairing: 8 ≥ 8',
      [
        'Phó Chủ tịch',
        'Thành viên Một',
        'Thành viên Hai',
        'Thành viên giấy 1',
        'Thành viên giấy 2',
        'Thành viên giấy 3',
        'Thành viên giấy 4',
        'Thành viên giấy 5',
      ],
      'vice_chair',
      true,
      8,
    ],
    [
      '8 without chair or vice-chair: nobody chairs',
      [
        'Thành viên Một',
        'Thành viên Hai',
        'Thành viên giấy 1',
        'Thành viên giấy 2',
        'Thành viên giấy 3',
        'Thành viên giấy 4',
        'Thành viên giấy 5',
        'Thành viên giấy 6',
      ],
      null,
      false,
      8,
    ],
  ] as const)('%s', async (_name, present, chairedBy, met, presentCount) => {
    const res = await inject(
      w.office,
      'PUT',
      `/api/v1/rounds/${roundId}/attendance`,
      attendance([...present], chairedBy),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ source: string; members: unknown[] }>()).toMatchObject({ source: 'recorded' });
    expect(res.json<{ members: unknown[] }>().members).toHaveLength(11);
    expect(await quorum()).toMatchObject({
      isMet: met,
      presentCount,
      requiredCount: 8,
      attendanceSource: 'recorded',
    });
  });

  it('saying the chair chaired while absent is refused naming the field', async () => {
    const res = await inject(
      w.office,
      'PUT',
      `/api/v1/rounds/${roundId}/attendance`,
      attendance(['Thành viên Một'], 'chair'),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('chairedBy');
  });

  it('with quorum recorded the round is adopted; the attendance is audited and frozen afterwards', async () => {
    const present = [
      'Phó Chủ tịch',
      'Chủ tịch',
      'Thành viên Một',
      'Thành viên Hai',
      'Thành viên giấy 1',
      'Thành viên giấy 2',
      'Thành viên giấy 3',
      'Thành viên giấy 4',
      'Thành viên giấy 5',
    ];
    expect(
      (await inject(w.office, 'PUT', `/api/v1/rounds/${roundId}/attendance`, attendance(present, 'chair')))
        .statusCode,
    ).toBe(200);
    expect(await quorum()).toMatchObject({ isMet: true, presentCount: 9, chairedBy: 'chair' });
    const adopted = await inject(w.chair, 'POST', `/api/v1/rounds/${roundId}/adopt`, EARLY);
    expect(adopted.statusCode, adopted.body).toBe(200);
    expect(adopted.json<{ items: { routeReading: string }[] }>().items[0]!.routeReading).toBe('points');
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, roundId));
    expect(audit.filter((a) => a.action === 'round.attendance-recorded').length).toBeGreaterThanOrEqual(5);
    const late = await inject(w.office, 'PUT', `/api/v1/rounds/${roundId}/attendance`, attendance([], null));
    expect(late.statusCode).toBe(409);
    expect((await t.db.select().from(rounds).where(eq(rounds.id, roundId)))[0]!.chairedBy).toBe('chair');
  });
});
