import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/db/schema';
import { ROLES, type Role } from '../../src/domain/access/roles';
import { buildAccount, TEST_PASSWORD, type UnitRow } from '../helpers/factories';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { createTestApp, sessionCookieOf, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * The holiday calendar (lịch ngày nghỉ): built-in national days with the real Tết dates,
 * national days kept by a nation admin and a province's own days by its admin, removal that is
 * recorded and never undone by the built-in list, and opening a round that skips those days.
 */
let t: TestApp;
let w: EvaluationWorld;
let nationAdmin: Session;
let provinceAdmin: Session;

interface Holiday {
  id: string;
  unitId: string | null;
  date: string;
  kind: 'day-off' | 'working-day';
  nameVi: string;
  source: string;
  canDelete: boolean;
}

const inject = (s: Session, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
async function signInFrom(remoteAddress: string, role: Role, unit: UnitRow): Promise<Session> {
  const account = await buildAccount(t.db, { unit, grants: [{ role, unit }] });
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    payload: { username: account.username, password: TEST_PASSWORD },
  });
  expect(response.statusCode, response.body).toBe(200);
  const cookie = sessionCookieOf(response);
  const csrfToken = response.json<{ csrfToken: string }>().csrfToken;
  return { accountId: account.id, cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
}
const list = async (s: Session, query = '') =>
  (await inject(s, 'GET', `/api/v1/holidays${query}`)).json<{
    items: Holiday[];
    canManageNational: boolean;
  }>();

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-04T02:00:00Z') });
  w = await buildEvaluationWorld(t);
  nationAdmin = await signInAs(t, 'admin', w.units.nation);
  provinceAdmin = await signInAs(t, 'admin', w.units.provinceA);
});
afterAll(async () => t.close());

describe('holiday calendar', () => {
  it('starts from Vietnam’s public holidays with the lunar Tết and Hùng Kings dates', async () => {
    const body = await list(w.office, '?year=2026');
    const dates = body.items.map((h) => h.date);
    expect(dates).toEqual(
      expect.arrayContaining([
        '2026-01-01',
        '2026-02-17',
        '2026-02-18',
        '2026-04-26',
        '2026-04-30',
        '2026-05-01',
        '2026-09-02',
      ]),
    );
    expect(dates.every((d) => d.startsWith('2026-'))).toBe(true);
    expect(body.items.find((h) => h.date === '2026-02-17')).toMatchObject({
      unitId: null,
      source: 'built-in',
      nameVi: 'Tết Nguyên đán (mùng 1)',
      canDelete: false,
    });
    expect(body.canManageNational).toBe(false);
    const all = (await list(w.office)).items.map((h) => h.date);
    expect(all).toEqual(expect.arrayContaining(['2025-01-29', '2025-04-07', '2027-02-06', '2027-04-16']));
  });

  it('a province admin adds a day of its own province only; a standing office cannot edit', async () => {
    const added = await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
      unitId: w.units.provinceA.id,
      date: '2026-06-01',
      nameVi: 'Ngày nghỉ riêng của tỉnh',
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<Holiday>()).toMatchObject({
      unitId: w.units.provinceA.id,
      date: '2026-06-01',
      source: 'manual',
      canDelete: true,
    });
    expect(
      (
        await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
          unitId: null,
          date: '2026-06-05',
          nameVi: 'Ngày quốc gia',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
          unitId: w.units.provinceB.id,
          date: '2026-06-05',
          nameVi: 'Tỉnh khác',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await inject(w.office, 'POST', '/api/v1/holidays', {
          unitId: w.units.provinceA.id,
          date: '2026-06-05',
          nameVi: 'Không được',
        })
      ).statusCode,
    ).toBe(403);

    const commune = await inject(nationAdmin, 'POST', '/api/v1/holidays', {
      unitId: w.units.communeX.id,
      date: '2026-06-05',
      nameVi: 'Xã',
    });
    expect(commune.statusCode).toBe(400);
    expect(commune.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('unitId');
    const duplicate = await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
      unitId: w.units.provinceA.id,
      date: '2026-06-01',
      nameVi: 'Lần hai',
    });
    expect(duplicate.statusCode).toBe(409);
    const problem = duplicate.json<{ detail: string; errors: { field: string }[] }>();
    expect(problem.detail).toContain('đã có trong lịch');
    expect(problem.errors.map((e) => e.field)).toEqual(['date']);
    const badDate = await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
      unitId: w.units.provinceA.id,
      date: '2026-02-30',
      nameVi: 'Sai ngày',
    });
    expect(badDate.statusCode).toBe(400);

    expect(
      (await list(w.office, `?unitId=${w.units.provinceA.id}&year=2026`)).items.map((h) => h.date),
    ).toContain('2026-06-01');
    expect(
      (await list(nationAdmin, `?unitId=${w.units.provinceB.id}&year=2026`)).items.map((h) => h.date),
    ).not.toContain('2026-06-01');
    expect(
      (await inject(w.office, 'GET', `/api/v1/holidays?unitId=${w.units.provinceB.id}`)).statusCode,
    ).toBe(403);
  });

  it('the nation admin removes a built-in day: recorded, and it stays removed', async () => {
    const day = (await list(nationAdmin, '?year=2027')).items.find((h) => h.date === '2027-09-03')!;
    expect(day.canDelete).toBe(true);
    expect((await inject(provinceAdmin, 'DELETE', `/api/v1/holidays/${day.id}`)).statusCode).toBe(403);
    const removed = await inject(nationAdmin, 'DELETE', `/api/v1/holidays/${day.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await inject(nationAdmin, 'DELETE', `/api/v1/holidays/${day.id}`)).statusCode).toBe(404);
    expect((await list(nationAdmin, '?year=2027')).items.map((h) => h.date)).not.toContain('2027-09-03');
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'holiday.deleted'), eq(auditLog.entityId, day.id)));
    expect(audit).toHaveLength(1);

    const restored = await inject(nationAdmin, 'POST', '/api/v1/holidays', {
      unitId: null,
      date: '2027-09-03',
      nameVi: 'Quốc khánh (nghỉ liền kề theo thông báo)',
    });
    expect(restored.statusCode, restored.body).toBe(201);
    expect(restored.json<Holiday>()).toMatchObject({
      id: day.id,
      source: 'manual',
      nameVi: 'Quốc khánh (nghỉ liền kề theo thông báo)',
    });
  });
});

describe('working days in lieu (ngày làm việc bù)', () => {
  type Problem = { status: number; detail: string; errors: { field: string; message: string }[] };

  it('the nation admin records a Saturday worked in lieu; a plain weekday is refused on `date`', async () => {
    const weekday = await inject(nationAdmin, 'POST', '/api/v1/holidays', {
      unitId: null,
      date: '2026-06-10',
      kind: 'working-day',
      nameVi: 'Làm bù thứ Tư',
    });
    expect(weekday.statusCode).toBe(422);
    expect(weekday.headers['content-type']).toContain('application/problem+json');
    expect(weekday.json<Problem>().errors).toEqual([
      expect.objectContaining({ field: 'date', message: 'Ngày này đã là ngày làm việc' }),
    ]);
    expect((await list(nationAdmin, '?year=2026')).items.map((h) => h.date)).not.toContain('2026-06-10');

    const badKind = await inject(nationAdmin, 'POST', '/api/v1/holidays', {
      unitId: null,
      date: '2026-06-13',
      kind: 'holiday',
      nameVi: 'Sai loại',
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json<Problem>().errors.map((e) => e.field)).toEqual(['kind']);

    const saturday = await inject(nationAdmin, 'POST', '/api/v1/holidays', {
      unitId: null,
      date: '2026-06-13',
      kind: 'working-day',
      nameVi: 'Làm bù cho ngày nghỉ hoán đổi',
      nameEn: 'Worked in lieu',
    });
    expect(saturday.statusCode, saturday.body).toBe(201);
    expect(saturday.json<Holiday>()).toMatchObject({
      unitId: null,
      date: '2026-06-13',
      kind: 'working-day',
      source: 'manual',
    });
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'holiday.created'), eq(auditLog.entityId, saturday.json<Holiday>().id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ date: '2026-06-13', kind: 'working-day' });
    expect(
      (await list(w.office, `?unitId=${w.units.provinceA.id}&year=2026`)).items.find(
        (h) => h.date === '2026-06-13',
      ),
    ).toMatchObject({ kind: 'working-day', unitId: null });
    expect((await list(w.office, '?year=2026')).items.find((h) => h.date === '2026-02-17')).toMatchObject({
      kind: 'day-off',
    });
  });

  it('a province admin keeps a national day off as a working day for its province, not another', async () => {
    const national = await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
      unitId: null,
      date: '2026-06-20',
      kind: 'working-day',
      nameVi: 'Làm bù',
    });
    expect(national.statusCode).toBe(403);
    const other = await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
      unitId: w.units.provinceB.id,
      date: '2026-09-02',
      kind: 'working-day',
      nameVi: 'Làm việc',
    });
    expect(other.statusCode).toBe(403);
    const office = await inject(w.office, 'POST', '/api/v1/holidays', {
      unitId: w.units.provinceA.id,
      date: '2026-09-02',
      kind: 'working-day',
      nameVi: 'Làm việc',
    });
    expect(office.statusCode).toBe(403);
    // Saturday 13/06 is already worked nationally: nothing to make up in the province.
    const alreadyWorked = await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
      unitId: w.units.provinceA.id,
      date: '2026-06-13',
      kind: 'working-day',
      nameVi: 'Trùng',
    });
    expect(alreadyWorked.statusCode).toBe(422);
    expect(alreadyWorked.json<Problem>().errors.map((e) => e.field)).toEqual(['date']);

    const kept = await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
      unitId: w.units.provinceA.id,
      date: '2026-09-02',
      kind: 'working-day',
      nameVi: 'Tỉnh vẫn làm việc (trường hợp đặc biệt)',
    });
    expect(kept.statusCode, kept.body).toBe(201);
    const inA = (await list(provinceAdmin, `?unitId=${w.units.provinceA.id}&year=2026`)).items.filter(
      (h) => h.date === '2026-09-02',
    );
    expect(inA.map((h) => [h.unitId, h.kind])).toEqual(
      expect.arrayContaining([
        [null, 'day-off'],
        [w.units.provinceA.id, 'working-day'],
      ]),
    );
    const inB = (await list(nationAdmin, `?unitId=${w.units.provinceB.id}&year=2026`)).items.filter(
      (h) => h.date === '2026-09-02',
    );
    expect(inB.map((h) => h.kind)).toEqual(['day-off']);

    const removed = await inject(provinceAdmin, 'DELETE', `/api/v1/holidays/${kept.json<Holiday>().id}`);
    expect(removed.statusCode).toBe(200);
    const audit = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'holiday.deleted'), eq(auditLog.entityId, kept.json<Holiday>().id)));
    expect(audit[0]?.before).toMatchObject({ date: '2026-09-02', kind: 'working-day' });
    expect(
      (await list(provinceAdmin, `?unitId=${w.units.provinceA.id}&year=2026`)).items
        .filter((h) => h.date === '2026-09-02')
        .map((h) => h.kind),
    ).toEqual(['day-off']);
  });
});

describe('opening a round skips the stored calendar', () => {
  const compositionOverrideReason = 'Hội đồng thử nghiệm 3 thành viên';

  it('refuses a meeting on the province’s own day off, and opens once the day is removed', async () => {
    const council = await createCouncilViaApi(t, w);
    const product = await buildPoolProduct(t.db, w.units.communeX);
    const created = await inject(w.office, 'POST', '/api/v1/rounds', {
      councilId: council.id,
      name: 'Đợt tháng 6',
      meetingOn: '2026-06-01',
      dossierIds: [product.dossier.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const roundId = created.json<{ id: string }>().id;

    // Distributed on Friday 29/05; Monday 01/06 is the province's day off, so the earliest is 02/06.
    const refused = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
      distributedOn: '2026-05-29',
      compositionOverrideReason,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ detail: string }>().detail).toContain('sớm nhất 2026-06-02');

    const provinceDay = (await list(provinceAdmin, `?unitId=${w.units.provinceA.id}&year=2026`)).items.find(
      (h) => h.date === '2026-06-01',
    )!;
    expect((await inject(provinceAdmin, 'DELETE', `/api/v1/holidays/${provinceDay.id}`)).statusCode).toBe(
      200,
    );
    const opened = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
      distributedOn: '2026-05-29',
      compositionOverrideReason,
    });
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json<{ status: string; meetingDateOverride: unknown }>()).toMatchObject({
      status: 'open',
      meetingDateOverride: null,
    });
  });

  it('counts a Saturday worked in lieu, and the province’s own day off overrules it', async () => {
    const council = await createCouncilViaApi(t, w);
    const product = await buildPoolProduct(t.db, w.units.communeY);
    const created = await inject(w.office, 'POST', '/api/v1/rounds', {
      councilId: council.id,
      name: 'Đợt họp thứ Bảy',
      meetingOn: '2026-06-27',
      dossierIds: [product.dossier.id],
    });
    expect(created.statusCode, created.body).toBe(201);
    const roundId = created.json<{ id: string }>().id;
    const open = () =>
      inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
        distributedOn: '2026-06-26',
        compositionOverrideReason,
      });

    // Sent on Friday 26/06: Saturday 27/06 is no working day yet, so the earliest meeting is Monday 29/06.
    const refused = await open();
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ detail: string }>().detail).toContain('sớm nhất 2026-06-29');
    const swap = await inject(nationAdmin, 'POST', '/api/v1/holidays', {
      unitId: null,
      date: '2026-06-27',
      kind: 'working-day',
      nameVi: 'Làm bù',
    });
    expect(swap.statusCode, swap.body).toBe(201);
    const provinceOff = await inject(provinceAdmin, 'POST', '/api/v1/holidays', {
      unitId: w.units.provinceA.id,
      date: '2026-06-27',
      nameVi: 'Tỉnh nghỉ',
    });
    expect(provinceOff.statusCode, provinceOff.body).toBe(201);
    expect((await open()).json<{ detail: string }>().detail).toContain('sớm nhất 2026-06-29');

    expect(
      (await inject(provinceAdmin, 'DELETE', `/api/v1/holidays/${provinceOff.json<Holiday>().id}`))
        .statusCode,
    ).toBe(200);
    const opened = await open();
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json<{ status: string; meetingDateOverride: unknown }>()).toMatchObject({
      status: 'open',
      meetingDateOverride: null,
    });
  });

  it('counts Tết as days off: a meeting on the third day of Tết 2027 needs an override', async () => {
    const council = await createCouncilViaApi(t, w);
    const product = await buildPoolProduct(t.db, w.units.communeY);
    const created = await inject(w.office, 'POST', '/api/v1/rounds', {
      councilId: council.id,
      name: 'Đợt trước Tết',
      meetingOn: '2027-02-08',
      dossierIds: [product.dossier.id],
    });
    const roundId = created.json<{ id: string }>().id;
    // Sent on Thursday 04/02/2027: 05/02 and 08–11/02 are days off, so the earliest meeting is 12/02.
    const refused = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
      distributedOn: '2027-02-04',
      compositionOverrideReason,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ detail: string }>().detail).toContain('sớm nhất 2027-02-12');
  });

  it('refuses a distribution date before the opening day, naming the field', async () => {
    const council = await createCouncilViaApi(t, w);
    const product = await buildPoolProduct(t.db, w.units.communeY);
    const created = await inject(w.office, 'POST', '/api/v1/rounds', {
      councilId: council.id,
      name: 'Đợt ghi lùi ngày',
      meetingOn: '2026-05-06',
      dossierIds: [product.dossier.id],
    });
    const roundId = created.json<{ id: string }>().id;
    const backdated = await inject(w.office, 'POST', `/api/v1/rounds/${roundId}/open`, {
      distributedOn: '2026-04-30',
      compositionOverrideReason,
    });
    expect(backdated.statusCode).toBe(400);
    expect(backdated.json<{ errors: { field: string; message: string }[] }>().errors).toEqual([
      expect.objectContaining({ field: 'distributedOn', message: 'Không thể trước ngày mở đợt' }),
    ]);
    expect(
      (await inject(w.office, 'GET', `/api/v1/rounds/${roundId}`)).json<{ status: string }>().status,
    ).toBe('draft');
  });
});

describe('per-product assignment', () => {
  it('assigns the chosen members to each product', async () => {
    const council = await createCouncilViaApi(t, w);
    const a = await buildPoolProduct(t.db, w.units.communeX);
    const b = await buildPoolProduct(t.db, w.units.communeX, { set: 26, name: 'Điểm du lịch cộng đồng' });
    const seat = (s: Session) => council.members.find((m) => m.accountId === s.accountId)!.id;
    const created = await inject(w.office, 'POST', '/api/v1/rounds', {
      councilId: council.id,
      name: 'Đợt phân công',
      meetingOn: '2026-06-10',
      dossierIds: [a.dossier.id, b.dossier.id],
      assignments: [
        { dossierId: a.dossier.id, memberIds: [seat(w.member1)] },
        { dossierId: b.dossier.id, memberIds: [seat(w.chair), seat(w.member2)] },
      ],
    });
    expect(created.statusCode, created.body).toBe(201);
    const products = created.json<{
      products: { dossierId: string; memberIds: string[]; requiresOnSiteInspection: boolean }[];
    }>().products;
    expect(products.find((p) => p.dossierId === a.dossier.id)!.memberIds).toEqual([seat(w.member1)]);
    expect(products.find((p) => p.dossierId === b.dossier.id)).toMatchObject({
      requiresOnSiteInspection: true,
    });
    expect(products.find((p) => p.dossierId === b.dossier.id)!.memberIds.sort()).toEqual(
      [seat(w.chair), seat(w.member2)].sort(),
    );
  });

  it('lists the accounts that can take a scoring seat to the standing office only', async () => {
    const res = await inject(w.office, 'GET', `/api/v1/council-candidates?unitId=${w.units.provinceA.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const ids = res.json<{ items: { accountId: string; roles: string[] }[] }>().items.map((i) => i.accountId);
    expect(ids).toEqual(
      expect.arrayContaining([w.chair.accountId, w.member1.accountId, w.member2.accountId]),
    );
    expect(ids).not.toContain(w.office.accountId);
    expect(
      (await inject(w.member1, 'GET', `/api/v1/council-candidates?unitId=${w.units.provinceA.id}`))
        .statusCode,
    ).toBe(403);
  });
});

describe('authorization matrix of the calendar endpoints', () => {
  it.each(ROLES)(
    '%s granted in province A: create/delete a province day inside A, and in B',
    async (role) => {
      const session = await signInAs(t, role, w.units.provinceA);
      const isAdmin = role === 'admin';
      const date = `2026-10-${String(10 + ROLES.indexOf(role)).padStart(2, '0')}`;
      const inside = await inject(session, 'POST', '/api/v1/holidays', {
        unitId: w.units.provinceA.id,
        date,
        nameVi: `Ngày thử ${role}`,
      });
      expect(inside.statusCode, inside.body).toBe(isAdmin ? 201 : 403);
      const outside = await inject(session, 'POST', '/api/v1/holidays', {
        unitId: w.units.provinceB.id,
        date,
        nameVi: `Ngày thử ${role}`,
      });
      expect(outside.statusCode).toBe(403);
      const national = await inject(session, 'POST', '/api/v1/holidays', {
        unitId: null,
        date,
        nameVi: `Ngày thử ${role}`,
      });
      expect(national.statusCode).toBe(403);
      const builtIn = (await list(nationAdmin, '?year=2026')).items.find((h) => h.date === '2026-09-02')!;
      expect((await inject(session, 'DELETE', `/api/v1/holidays/${builtIn.id}`)).statusCode).toBe(403);
      if (isAdmin)
        expect(
          (await inject(session, 'DELETE', `/api/v1/holidays/${inside.json<Holiday>().id}`)).statusCode,
        ).toBe(200);
      const reading = await inject(session, 'GET', `/api/v1/holidays?unitId=${w.units.provinceA.id}`);
      expect(reading.statusCode).toBe(role === 'producer' || role === 'inspector' ? 403 : 200);
    },
  );

  const READERS: readonly string[] = [
    'commune_officer',
    'standing_office',
    'council_member',
    'council_chair',
    'leader',
    'admin',
  ];
  const places = ['commune in A', 'commune in B', 'nation', 'province B'] as const;
  const matrix = ROLES.flatMap((role) => places.map((place) => [role, place] as const));
  it.each(matrix)(
    '%s granted in %s reads province A’s calendar only from inside or above it',
    async (role, place) => {
      const unit = {
        'commune in A': w.units.communeX,
        'commune in B': w.units.communeZ,
        nation: w.units.nation,
        'province B': w.units.provinceB,
      }[place];
      // Each case signs in from its own address, so the sign-in throttle does not mix them up.
      const session = await signInFrom(
        `10.9.${matrix.findIndex(([r, p]) => r === role && p === place)}.1`,
        role,
        unit,
      );
      const reading = await inject(
        session,
        'GET',
        `/api/v1/holidays?unitId=${w.units.provinceA.id}&year=2026`,
      );
      const isAllowed = READERS.includes(role) && (place === 'commune in A' || place === 'nation');
      expect(reading.statusCode).toBe(isAllowed ? 200 : 403);
      if (isAllowed)
        expect(reading.json<{ items: Holiday[] }>().items.map((h) => h.date)).toContain('2026-09-02');
    },
  );
});
