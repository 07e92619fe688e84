import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryCount, queryRows } from '../../src/db/database';
import { dossiers, memberAssignments } from '../../src/db/schema';
import { buildJurisdictions } from '../helpers/factories';
import { buildStage, type Staged } from '../helpers/evaluation-stages';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Round set-up: the standing office changes which members score a product before the round
 * opens. Members must be scoring members of the council and free of conflicts of interest;
 * once the round is open the change is refused (409); each change is audited; other roles and
 * another province's office are refused and change nothing.
 */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const s = {} as Record<'officeA' | 'leaderA' | 'officeB' | 'chairA' | 'memberA', Session>;

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-05-04T02:00:00Z') });
  units = await buildJurisdictions(t.db);
  s.officeA = await signInAs(t, 'standing_office', units.provinceA);
  s.leaderA = await signInAs(t, 'leader', units.provinceA);
  s.officeB = await signInAs(t, 'standing_office', units.provinceB);
  s.chairA = await signInAs(t, 'council_chair', units.provinceA);
  s.memberA = await signInAs(t, 'council_member', units.provinceA);
}, 120_000);
afterAll(async () => t.close());

const roundOfA = (stage: 'draft' | 'open' = 'draft') =>
  buildStage(
    t,
    { province: units.provinceA, commune: units.communeX, office: s.officeA, leader: s.leaderA },
    { chairAccountId: s.chairA.accountId, memberAccountId: s.memberA.accountId },
    stage,
  );

const put = (who: Session, staged: Staged, memberIds: string[]) =>
  t.app.inject({
    method: 'PUT',
    url: `/api/v1/rounds/${staged.roundId}/products/${staged.itemId}/members`,
    headers: who.headers,
    payload: { memberIds },
  });

const assigned = async (staged: Staged) =>
  (
    await t.db
      .select({ memberId: memberAssignments.memberId })
      .from(memberAssignments)
      .where(eq(memberAssignments.roundProductId, staged.itemId))
  )
    .map((r) => r.memberId)
    .sort();

const audits = (roundId: string) =>
  queryCount(
    t.db,
    sql`select count(*) as n from audit_log where action = 'round.assignment-changed' and entity_id = ${roundId}`,
  );

describe('changing who scores a product at round set-up', () => {
  it('the office narrows the assignment; the round shows it and the audit log keeps before and after', async () => {
    const staged = await roundOfA();
    expect(await assigned(staged)).toEqual(
      [staged.seats.chair, staged.seats.member, staged.seats.paper].sort(),
    );
    const res = await put(s.officeA, staged, [staged.seats.chair, staged.seats.member]);
    expect(res.statusCode, res.body).toBe(200);
    const product = res.json<{ products: { id: string; memberIds: string[] }[] }>().products[0]!;
    expect([...product.memberIds].sort()).toEqual([staged.seats.chair, staged.seats.member].sort());
    expect(await assigned(staged)).toEqual([staged.seats.chair, staged.seats.member].sort());
    const rows = await queryRows<{ before: { memberIds: string[] }; after: { memberIds: string[] } }>(
      t.db,
      sql`select before, after from audit_log where action = 'round.assignment-changed' and entity_id = ${staged.roundId}`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.before.memberIds).toContain(staged.seats.paper);
    expect(rows[0]!.after.memberIds).not.toContain(staged.seats.paper);
  });

  it('the round names the assigned members in the order the council lists them, whatever order they were sent in', async () => {
    const staged = await roundOfA();
    const council = await t.app.inject({
      method: 'GET',
      url: `/api/v1/councils/${staged.councilId}`,
      headers: s.officeA.headers,
    });
    expect(council.statusCode, council.body).toBe(200);
    const councilOrder = council
      .json<{ members: { id: string }[] }>()
      .members.map((m) => m.id)
      .filter((id) => id === staged.seats.chair || id === staged.seats.member);
    expect(councilOrder).toHaveLength(2);
    const res = await put(s.officeA, staged, [...councilOrder].reverse());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ products: { memberIds: string[] }[] }>().products[0]!.memberIds).toEqual(councilOrder);
    const again = await t.app.inject({
      method: 'GET',
      url: `/api/v1/rounds/${staged.roundId}`,
      headers: s.officeA.headers,
    });
    expect(again.json<{ products: { memberIds: string[] }[] }>().products[0]!.memberIds).toEqual(
      councilOrder,
    );
  });

  it('a member of another council, or nobody, is refused naming the field', async () => {
    const staged = await roundOfA();
    const other = await roundOfA();
    const res = await put(s.officeA, staged, [staged.seats.chair, other.seats.member]);
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toEqual(['memberIds.1']);
    expect((await put(s.officeA, staged, [])).statusCode).toBe(400);
    expect(await assigned(staged)).toHaveLength(3);
    expect(await audits(staged.roundId)).toBe(0);
  });

  it('a member who advised the producer has a conflict of interest and is refused', async () => {
    const staged = await roundOfA();
    const [dossier] = await t.db
      .select({ producerId: dossiers.producerId })
      .from(dossiers)
      .where(eq(dossiers.id, staged.dossierId));
    const link = await t.app.inject({
      method: 'POST',
      url: '/api/v1/consultancy-links',
      headers: s.officeA.headers,
      payload: { accountId: s.memberA.accountId, producerId: dossier!.producerId, validFrom: '2025-01-01' },
    });
    expect(link.statusCode, link.body).toBe(201);
    const choices = await t.app.inject({
      method: 'GET',
      url: `/api/v1/rounds/${staged.roundId}/products/${staged.itemId}/members`,
      headers: s.officeA.headers,
    });
    expect(choices.statusCode, choices.body).toBe(200);
    const listed = choices.json<{
      items: { memberId: string; isAssigned: boolean; conflicts: { code: string }[] }[];
    }>();
    expect(listed.items.find((i) => i.memberId === staged.seats.member)).toMatchObject({
      isAssigned: true,
      conflicts: [{ code: 'consultancy' }],
    });
    expect(listed.items.find((i) => i.memberId === staged.seats.chair)!.conflicts).toEqual([]);
    const res = await put(s.officeA, staged, [staged.seats.chair, staged.seats.member]);
    expect(res.statusCode).toBe(400);
    const body = res.json<{ detail: string; errors: { field: string; messageVi: string }[] }>();
    expect(body.errors.map((e) => e.field)).toEqual(['memberIds.1']);
    expect(body.detail).toContain('xung đột lợi ích');
    expect(await assigned(staged)).toHaveLength(3);
  });

  it('once the round is open the assignment cannot change (409)', async () => {
    const staged = await roundOfA('open');
    const res = await put(s.officeA, staged, [staged.seats.chair]);
    expect(res.statusCode).toBe(409);
    expect(res.json<{ code: string }>().code).toBe('INVALID_TRANSITION');
    expect(await assigned(staged)).toHaveLength(3);
  });

  it('only the province’s standing office may change it; others change nothing', async () => {
    const staged = await roundOfA();
    for (const who of [s.officeB, s.leaderA, s.chairA, s.memberA]) {
      const res = await put(who, staged, [staged.seats.chair]);
      expect(res.statusCode).toBe(403);
      const choices = await t.app.inject({
        method: 'GET',
        url: `/api/v1/rounds/${staged.roundId}/products/${staged.itemId}/members`,
        headers: who.headers,
      });
      expect(choices.statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/rounds/${staged.roundId}/products/${staged.itemId}/members`,
      payload: { memberIds: [staged.seats.chair] },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(await assigned(staged)).toHaveLength(3);
    expect(await audits(staged.roundId)).toBe(0);
  });
});
