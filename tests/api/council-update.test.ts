import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { queryCount } from '../../src/db/database';
import { auditLog } from '../../src/db/schema';
import { ROLES } from '../../src/domain/access/roles';
import {
  buildEvaluationWorld,
  buildPoolProduct,
  createCouncilViaApi,
  type EvaluationWorld,
} from '../helpers/evaluation-fixtures';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Editing a council after it was set up (PATCH /api/v1/councils/:id): name, term, members and
 * advisory team, under optimistic concurrency (`version`), with the same checks as creation, by
 * the standing office of the council's unit only; a member still scoring a round keeps their seat.
 */
let t: TestApp;
let w: EvaluationWorld;

const NOW = new Date('2026-05-04T02:00:00Z');
const OPEN = {
  distributedOn: '2026-05-05',
  meetingDateOverrideReason: 'Họp gấp theo chỉ đạo của UBND tỉnh',
  compositionOverrideReason: 'Hội đồng thử nghiệm ít thành viên',
};

interface Member {
  id: string;
  accountId: string | null;
  fullName: string;
  agency: string;
  position: string;
  organisation: string;
  role: string;
}
interface Council {
  id: string;
  name: string;
  termFrom: string;
  termTo: string | null;
  version: number;
  canManage: boolean;
  members: Member[];
  formerMembers: { id: string; fullName: string; removedAt: string }[];
}

const inject = (s: Session | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: s?.headers ?? {}, ...(payload ? { payload } : {}) });
const getCouncil = async (id: string) =>
  (await inject(w.office, 'GET', `/api/v1/councils/${id}`)).json<Council>();
const councilAudits = () =>
  queryCount(t.db, sql`select count(*) as n from audit_log where action = 'council.updated'`);

/** The body that leaves a council as it is (members by id), to be changed by each test. */
function bodyOf(c: Council) {
  return {
    name: c.name,
    termFrom: c.termFrom,
    termTo: c.termTo,
    version: c.version,
    members: c.members.map((m) => ({
      id: m.id,
      accountId: m.accountId,
      fullName: m.fullName,
      agency: m.agency,
      position: m.position,
      organisation: m.organisation,
      role: m.role,
    })),
  };
}

beforeAll(async () => {
  t = await createTestApp({ now: NOW });
  w = await buildEvaluationWorld(t);
});
afterAll(async () => {
  await t.close();
});

describe('editing a council', () => {
  it('the standing office renames it, changes the term, a role and an agency, adds a member and an advisor, removes a member', async () => {
    const created = await createCouncilViaApi(t, w);
    const before = await getCouncil(created.id);
    expect(before).toMatchObject({ version: 1, canManage: true });
    const body = bodyOf(before);
    const [chair, member1, member2] = body.members;
    const res = await inject(w.office, 'PATCH', `/api/v1/councils/${before.id}`, {
      ...body,
      name: 'Hội đồng OCOP tỉnh nhiệm kỳ 2026–2030',
      termTo: '2030-12-31',
      members: [
        chair,
        { ...member1, role: 'vice_chair', agency: 'science-and-technology', position: 'Giám đốc Sở' },
        {
          accountId: null,
          fullName: 'Bà Lê Thị Tư',
          agency: 'health',
          position: 'Phó Giám đốc Sở Y tế',
          role: 'member',
        },
        {
          accountId: null,
          fullName: 'Ông Tổ Tư Vấn',
          agency: 'agriculture-and-environment',
          position: 'Chuyên viên',
          role: 'advisor',
        },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    const updated = res.json<Council>();
    expect(updated).toMatchObject({
      name: 'Hội đồng OCOP tỉnh nhiệm kỳ 2026–2030',
      termTo: '2030-12-31',
      version: 2,
    });
    // In the order the office listed them, the kept seats and the new ones alike.
    expect(updated.members.map((m) => [m.fullName, m.role, m.agency])).toEqual([
      ['Chủ tịch', 'chair', 'peoples-committee'],
      ['Thành viên Một', 'vice_chair', 'science-and-technology'],
      ['Bà Lê Thị Tư', 'member', 'health'],
      ['Ông Tổ Tư Vấn', 'advisor', 'agriculture-and-environment'],
    ]);
    expect(updated.members).toHaveLength(4);
    // The edited seat keeps its id (its sheets stay attached); member 2 is gone.
    expect(updated.members.find((m) => m.fullName === 'Thành viên Một')!.id).toBe(member1!.id);
    expect(updated.members.some((m) => m.accountId === w.member2.accountId)).toBe(false);
    expect(updated.formerMembers).toEqual([
      { id: member2!.id, fullName: 'Thành viên Hai', removedAt: NOW.toISOString() },
    ]);
    expect(await getCouncil(before.id)).toEqual(updated);
    // Audited with what it was and what it became.
    const [audit] = await t.db
      .select({ before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council.updated'), eq(auditLog.entityId, before.id)));
    expect(audit).toMatchObject({
      before: { name: 'Hội đồng OCOP tỉnh thử nghiệm' },
      after: { name: 'Hội đồng OCOP tỉnh nhiệm kỳ 2026–2030' },
    });
    expect((audit!.before as { members: unknown[] }).members).toHaveLength(3);
    expect((audit!.after as { members: unknown[] }).members).toHaveLength(4);
    // The removed member no longer sees the council.
    const list = await inject(w.member2, 'GET', '/api/v1/councils');
    expect(list.json<{ items: { id: string }[] }>().items.map((c) => c.id)).not.toContain(before.id);
  });

  it('refuses a stale version with 409 naming `version`, and changes nothing', async () => {
    const created = await createCouncilViaApi(t, w);
    const read = await getCouncil(created.id);
    const first = await inject(w.office, 'PATCH', `/api/v1/councils/${read.id}`, {
      ...bodyOf(read),
      name: 'Tên của người thứ nhất',
    });
    expect(first.statusCode, first.body).toBe(200);
    const audits = await councilAudits();
    const second = await inject(w.office, 'PATCH', `/api/v1/councils/${read.id}`, {
      ...bodyOf(read),
      name: 'Tên của người thứ hai',
    });
    expect(second.statusCode).toBe(409);
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['version']);
    expect(second.json<{ detail: string }>().detail).toContain('vừa được người khác thay đổi');
    expect(await getCouncil(read.id)).toMatchObject({ name: 'Tên của người thứ nhất', version: 2 });
    expect(await councilAudits()).toBe(audits);
  });

  it('names the field of invalid data (400) and changes nothing', async () => {
    const created = await createCouncilViaApi(t, w);
    const read = await getCouncil(created.id);
    const body = bodyOf(read);
    const cases: [object, string][] = [
      [{ ...body, name: '' }, 'name'],
      [{ ...body, termTo: '2025-01-01' }, 'termTo'],
      [
        {
          ...body,
          members: [
            ...body.members,
            {
              accountId: w.member1.accountId,
              fullName: 'Trùng',
              agency: 'health',
              position: 'X',
              role: 'member',
            },
          ],
        },
        'members',
      ],
      [
        { ...body, members: [{ ...body.members[0]!, id: crypto.randomUUID() }, ...body.members.slice(1)] },
        'members.0.id',
      ],
      [{ ...body, members: [] }, 'members'],
      [{ ...body, members: [{ ...body.members[0]!, agency: 'ministry-of-magic' }] }, 'members.0.agency'],
    ];
    for (const [payload, field] of cases) {
      const res = await inject(w.office, 'PATCH', `/api/v1/councils/${read.id}`, payload);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    }
    expect(await getCouncil(read.id)).toEqual(read);
  });

  it('refuses (409, listing the products) to remove or unseat a member assigned in a round being scored; a draft round lets them go', async () => {
    const created = await createCouncilViaApi(t, w);
    const read = await getCouncil(created.id);
    const seat = (s: Session) => read.members.find((m) => m.accountId === s.accountId)!.id;
    const open = await buildPoolProduct(t.db, w.units.communeX, { name: 'Trà shan tuyết' });
    const draft = await buildPoolProduct(t.db, w.units.communeX, { name: 'Mật ong bạc hà' });
    const openRound = await inject(w.office, 'POST', '/api/v1/rounds', {
      councilId: read.id,
      name: 'Đợt đang chấm',
      meetingOn: '2026-05-20',
      dossierIds: [open.dossier.id],
      memberIds: [seat(w.chair), seat(w.member1)],
    });
    expect(openRound.statusCode, openRound.body).toBe(201);
    expect(
      (await inject(w.office, 'POST', `/api/v1/rounds/${openRound.json<{ id: string }>().id}/open`, OPEN))
        .statusCode,
    ).toBe(200);
    const draftRound = await inject(w.office, 'POST', '/api/v1/rounds', {
      councilId: read.id,
      name: 'Đợt chuẩn bị',
      meetingOn: '2026-06-20',
      dossierIds: [draft.dossier.id],
      memberIds: [seat(w.chair), seat(w.member2)],
    });
    expect(draftRound.statusCode, draftRound.body).toBe(201);
    const body = bodyOf(read);
    const audits = await councilAudits();

    const removed = await inject(w.office, 'PATCH', `/api/v1/councils/${read.id}`, {
      ...body,
      members: body.members.filter((m) => m.accountId !== w.member1.accountId),
    });
    expect(removed.statusCode).toBe(409);
    const problem = removed.json<{
      detail: string;
      assignedProducts: { memberName: string; productName: string; roundName: string }[];
    }>();
    expect(problem.detail).toContain('Thành viên Một — Trà shan tuyết (Đợt đang chấm)');
    expect(problem.assignedProducts).toEqual([
      { memberName: 'Thành viên Một', productName: 'Trà shan tuyết', roundName: 'Đợt đang chấm' },
    ]);
    // Making them secretary (no vote) takes them out of scoring just the same.
    const unseated = await inject(w.office, 'PATCH', `/api/v1/councils/${read.id}`, {
      ...body,
      members: body.members.map((m) =>
        m.accountId === w.member1.accountId ? { ...m, role: 'secretary' } : m,
      ),
    });
    expect(unseated.statusCode).toBe(409);
    expect(await getCouncil(read.id)).toEqual(read);
    expect(await councilAudits()).toBe(audits);

    // Member 2 is assigned only in the round still in preparation: removed, and unassigned there.
    const ok = await inject(w.office, 'PATCH', `/api/v1/councils/${read.id}`, {
      ...body,
      members: body.members.filter((m) => m.accountId !== w.member2.accountId),
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const round = await inject(w.office, 'GET', `/api/v1/rounds/${draftRound.json<{ id: string }>().id}`);
    expect(round.json<{ products: { memberIds: string[] }[] }>().products[0]!.memberIds).toEqual([
      seat(w.chair),
    ]);

    // Added back later, member 2 gets the old seat back.
    const again = await getCouncil(read.id);
    const back = await inject(w.office, 'PATCH', `/api/v1/councils/${read.id}`, {
      ...bodyOf(again),
      members: [
        ...bodyOf(again).members,
        {
          accountId: w.member2.accountId,
          fullName: 'Thành viên Hai',
          agency: 'industry-and-trade',
          position: 'Phó Giám đốc',
          role: 'member',
        },
      ],
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json<Council>().members.find((m) => m.accountId === w.member2.accountId)!.id).toBe(
      seat(w.member2),
    );
  });
});

describe('who may edit a council', () => {
  let insideId: string;
  let outsideId: string;
  const sessions = new Map<string, Session>();

  beforeAll(async () => {
    insideId = (await createCouncilViaApi(t, w)).id;
    const officeB = await signInAs(t, 'standing_office', w.units.provinceB);
    const outside = await inject(officeB, 'POST', '/api/v1/councils', {
      unitId: w.units.provinceB.id,
      name: 'Hội đồng tỉnh B',
      termFrom: '2026-01-01',
      members: [{ fullName: 'A', agency: 'peoples-committee', position: 'Chủ tịch', role: 'chair' }],
    });
    expect(outside.statusCode, outside.body).toBe(201);
    outsideId = outside.json<{ id: string }>().id;
    for (const role of ROLES) sessions.set(role, await signInAs(t, role, w.units.provinceA));
  });

  const attempt = async (s: Session | null, id: string) => {
    const read = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/councils/${id}`,
        headers: id === insideId ? w.office.headers : {},
      })
    ).json<Council>();
    const version = id === insideId ? read.version : 1;
    const members =
      id === insideId
        ? bodyOf(read).members
        : [{ fullName: 'A', agency: 'peoples-committee', position: 'Chủ tịch', role: 'chair' }];
    return inject(s, 'PATCH', `/api/v1/councils/${id}`, {
      name: 'Đổi tên',
      termFrom: '2026-01-01',
      version,
      members,
    });
  };

  it.each(ROLES.map((role) => [role] as const))(
    '%s of province A: allowed only to the standing office; others get 403 (may read) or 404',
    async (role) => {
      const audits = await councilAudits();
      const inside = await attempt(sessions.get(role)!, insideId);
      const expected = role === 'standing_office' ? 200 : role === 'leader' ? 403 : 404;
      expect(inside.statusCode, inside.body).toBe(expected);
      const outside = await attempt(sessions.get(role)!, outsideId);
      expect(outside.statusCode).toBe(404);
      expect(outside.headers['content-type']).toContain('application/problem+json');
      expect(await councilAudits()).toBe(audits + (expected === 200 ? 1 : 0));
    },
  );

  it('a seated member may read the council but not edit it (403); anonymous gets 401; an unknown id 404', async () => {
    expect((await attempt(w.member1, insideId)).statusCode).toBe(403);
    expect((await attempt(null, insideId)).statusCode).toBe(401);
    expect((await attempt(w.office, crypto.randomUUID())).statusCode).toBe(404);
    const read = await inject(w.member1, 'GET', `/api/v1/councils/${insideId}`);
    expect(read.json<Council>().canManage).toBe(false);
  });
});
