import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCount } from '../../src/db/database';
import { certificates, decisions, notifications } from '../../src/db/schema';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { buildStage, type Staged } from '../helpers/evaluation-stages';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * The leader returns a draft recognition decision with a reason; the standing office sees the
 * reason, amends the draft and resubmits it; the leader then approves it. Only the issuing
 * province's leader may return (another province's leader: 404; every other role: 403), a
 * returned decision cannot be approved until resubmitted (409), and every step is audited.
 */
const ACTORS = [
  'producer',
  'communeX',
  'officeA',
  'officeB',
  'leaderA',
  'leaderB',
  'chairA',
  'memberA',
  'admin',
] as const;
type ActorKey = (typeof ACTORS)[number];

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const actors = new Map<ActorKey, Session>();

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-04T02:00:00Z') });
  units = await buildJurisdictions(t.db);
  const producer = await buildAccount(t.db, {
    unit: units.communeX,
    grants: [{ role: 'producer', unit: units.communeX }],
  });
  actors.set('producer', await login(t.app, producer.username));
  actors.set('communeX', await signInAs(t, 'commune_officer', units.communeX));
  actors.set('officeA', await signInAs(t, 'standing_office', units.provinceA));
  actors.set('officeB', await signInAs(t, 'standing_office', units.provinceB));
  actors.set('leaderA', await signInAs(t, 'leader', units.provinceA));
  actors.set('leaderB', await signInAs(t, 'leader', units.provinceB));
  actors.set('chairA', await signInAs(t, 'council_chair', units.provinceA));
  actors.set('memberA', await signInAs(t, 'council_member', units.provinceA));
  actors.set('admin', await signInAs(t, 'admin', units.provinceA));
}, 120_000);
afterAll(async () => t.close());

const as = (who: ActorKey) => actors.get(who)!;
const send = (who: ActorKey, method: 'POST' | 'GET' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: as(who).headers, ...(payload ? { payload } : {}) });

async function draftDecisionOfA(): Promise<Staged> {
  return buildStage(
    t,
    { province: units.provinceA, commune: units.communeX, office: as('officeA'), leader: as('leaderA') },
    { chairAccountId: as('chairA').accountId, memberAccountId: as('memberA').accountId },
    'decision',
  );
}

interface DecisionBody {
  status: string;
  version: number;
  number: string;
  returnReason: string | null;
  returnedByName: string | null;
  items: { certificateId: string | null; roundResultId: string }[];
}

const auditCount = (action: string, entityId: string) =>
  queryCount(
    t.db,
    sql`select count(*) as n from audit_log where action = ${action} and entity_id = ${entityId}`,
  );

describe('returnDecision authorization', () => {
  const expected: Record<ActorKey, number> = {
    producer: 403,
    communeX: 403,
    officeA: 403,
    officeB: 403,
    leaderA: 200,
    leaderB: 404,
    chairA: 403,
    memberA: 403,
    admin: 403,
  };
  it.each(ACTORS)('%s', async (who) => {
    const staged = await draftDecisionOfA();
    const res = await send(who, 'POST', `/api/v1/decisions/${staged.decisionId}/return`, {
      version: 1,
      reason: 'Thiếu căn cứ pháp lý của tỉnh',
    });
    expect(res.statusCode, res.body).toBe(expected[who]);
    const [row] = await t.db.select().from(decisions).where(eq(decisions.id, staged.decisionId));
    expect(row!.status).toBe(expected[who] === 200 ? 'returned' : 'draft');
    expect(await auditCount('decision.returned', staged.decisionId)).toBe(expected[who] === 200 ? 1 : 0);
  });

  it('anonymous → 401', async () => {
    const staged = await draftDecisionOfA();
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/decisions/${staged.decisionId}/return`,
      payload: { version: 1, reason: 'Thiếu căn cứ' },
    });
    expect(res.statusCode).toBe(401);
  });
});

describe('return, amend, resubmit, approve', () => {
  let staged: Staged;
  const url = (tail = '') => `/api/v1/decisions/${staged.decisionId}${tail}`;

  beforeAll(async () => {
    staged = await draftDecisionOfA();
  });

  it('a reason is required, named as the field in error', async () => {
    const res = await send('leaderA', 'POST', url('/return'), { version: 1, reason: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain('reason');
  });

  it('the leader returns the draft; the office of the province is told why, the other province’s is not', async () => {
    const res = await send('leaderA', 'POST', url('/return'), {
      version: 1,
      reason: 'Số quyết định trùng với văn bản khác',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<DecisionBody>();
    expect(body.status).toBe('returned');
    expect(body.returnReason).toBe('Số quyết định trùng với văn bản khác');
    expect(body.returnedByName).toBeTruthy();
    const notices = await t.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.kind, 'decision.returned'), eq(notifications.entityId, staged.decisionId)));
    expect(notices.map((n) => n.accountId)).toEqual([as('officeA').accountId]);
    expect(notices[0]!.bodyVi).toContain('Số quyết định trùng với văn bản khác');
    // The office reads the reason on the decision.
    const seen = await send('officeA', 'GET', url());
    expect(seen.json<DecisionBody>().returnReason).toBe('Số quyết định trùng với văn bản khác');
  });

  it('a returned decision cannot be approved or returned again (409), and nothing is issued', async () => {
    const approve = await send('leaderA', 'POST', url('/approve'));
    expect(approve.statusCode, approve.body).toBe(409);
    expect(approve.json<{ code: string }>().code).toBe('INVALID_TRANSITION');
    const again = await send('leaderA', 'POST', url('/return'), { version: 2, reason: 'Lần nữa' });
    expect(again.statusCode).toBe(409);
    const issued = await t.db
      .select()
      .from(certificates)
      .where(eq(certificates.decisionId, staged.decisionId));
    expect(issued).toHaveLength(0);
  });

  it('the office amends the returned draft (stale version → 409); the leader may not amend', async () => {
    expect((await send('leaderA', 'PATCH', url(), { version: 2, number: '77/QĐ-UBND' })).statusCode).toBe(
      403,
    );
    expect((await send('officeB', 'PATCH', url(), { version: 2, number: '77/QĐ-UBND' })).statusCode).toBe(
      404,
    );
    expect((await send('officeA', 'PATCH', url(), { version: 1, number: '77/QĐ-UBND' })).statusCode).toBe(
      409,
    );
    const current = (await send('officeA', 'GET', url())).json<DecisionBody>();
    const res = await send('officeA', 'PATCH', url(), {
      version: 2,
      number: '77/QĐ-UBND',
      resultIds: current.items.map((i) => i.roundResultId),
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<DecisionBody>();
    expect(body).toMatchObject({ status: 'returned', number: '77/QĐ-UBND', version: 3 });
    expect(body.items).toHaveLength(1);
    expect(await auditCount('decision.amended', staged.decisionId)).toBe(1);
  });

  it('the office resubmits; the reason stays visible; the leader approves and certificates are issued', async () => {
    expect((await send('leaderA', 'POST', url('/resubmit'), { version: 3 })).statusCode).toBe(403);
    const res = await send('officeA', 'POST', url('/resubmit'), { version: 3 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<DecisionBody>()).toMatchObject({
      status: 'draft',
      returnReason: 'Số quyết định trùng với văn bản khác',
    });
    expect((await send('officeA', 'POST', url('/resubmit'), { version: 4 })).statusCode).toBe(409);
    const leaderNotices = await t.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.kind, 'decision.resubmitted'), eq(notifications.entityId, staged.decisionId)),
      );
    expect(leaderNotices.map((n) => n.accountId)).toEqual([as('leaderA').accountId]);
    const approved = await send('leaderA', 'POST', url('/approve'));
    expect(approved.statusCode, approved.body).toBe(200);
    const body = approved.json<DecisionBody>();
    expect(body.status).toBe('approved');
    expect(body.items[0]!.certificateId).toBeTruthy();
    for (const action of [
      'decision.returned',
      'decision.amended',
      'decision.resubmitted',
      'decision.approved',
    ])
      expect(await auditCount(action, staged.decisionId), action).toBe(1);
    // Approved is final.
    expect(
      (await send('leaderA', 'POST', url('/return'), { version: body.version, reason: 'Muộn rồi' }))
        .statusCode,
    ).toBe(409);
    expect((await send('officeA', 'PATCH', url(), { version: body.version, number: 'X' })).statusCode).toBe(
      409,
    );
  });
});
