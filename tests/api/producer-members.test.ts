import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { toCount } from '../../src/db/database';
import { auditLog, producerMembers } from '../../src/db/schema';
import { ROLES, type Role } from '../../src/domain/access/roles';
import { buildAccount, buildJurisdictions, nextId, type UnitRow } from '../helpers/factories';
import { buildProducer, signInAsProducer, type ProducerRow } from '../helpers/dossier-factories';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

/** The accounts acting for a producer (tài khoản của chủ thể): list, add, remove. */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let officerX: Session;
let officerZ: Session;

interface Member {
  accountId: string;
  username: string;
  email: string | null;
  isActive: boolean;
  isOwner: boolean;
}

beforeAll(async () => {
  t = await createTestApp();
  units = await buildJurisdictions(t.db);
  officerX = await signInAs(t, 'commune_officer', units.communeX);
  officerZ = await signInAs(t, 'commune_officer', units.communeZ);
});
afterAll(async () => t.close());

const membersUrl = (producer: ProducerRow) => `/api/v1/producers/${producer.id}/members`;

async function addMember(session: Session, producer: ProducerRow, overrides: Record<string, unknown> = {}) {
  const username = `thanhvien${nextId()}`;
  return t.app.inject({
    method: 'POST',
    url: membersUrl(producer),
    headers: session.headers,
    payload: {
      username,
      email: `${username}@example.vn`,
      displayName: 'Kế toán HTX',
      password: 'mat-khau-manh-2026',
      ...overrides,
    },
  });
}

async function members(session: Session, producer: ProducerRow): Promise<Member[]> {
  const response = await t.app.inject({ method: 'GET', url: membersUrl(producer), headers: session.headers });
  expect(response.statusCode).toBe(200);
  return response.json<{ items: Member[] }>().items;
}

async function auditCount(): Promise<number> {
  const [row] = await t.db.select({ count: sql<unknown>`count(*)` }).from(auditLog);
  return toCount(row?.count);
}

describe('listing and adding producer accounts', () => {
  it('lists each account with its e-mail and whether it is active', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    const owner = await signInAsProducer(t.app, t.db, producer, units.communeX);
    const added = await addMember(owner, producer, { username: 'ketoan.chuthe', email: 'ketoan@example.vn' });
    expect(added.statusCode).toBe(201);
    const listed = await members(officerX, producer);
    expect(listed).toHaveLength(2);
    expect(listed[1]).toMatchObject({
      username: 'ketoan.chuthe',
      email: 'ketoan@example.vn',
      isActive: true,
      isOwner: false,
    });
    expect(listed[0]).toMatchObject({ isOwner: true, isActive: true });
  });

  it('names the field of a taken username or e-mail and of a short password, adding nobody', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    const first = await addMember(officerX, producer, { username: 'trung.ten', email: 'trung@example.vn' });
    expect(first.statusCode).toBe(201);
    const takenName = await addMember(officerX, producer, { username: 'TRUNG.TEN' });
    expect(takenName.statusCode).toBe(409);
    expect(takenName.json()).toMatchObject({ errors: [{ field: 'username' }] });
    const takenMail = await addMember(officerX, producer, { email: 'trung@example.vn' });
    expect(takenMail.statusCode).toBe(409);
    expect(takenMail.json()).toMatchObject({ errors: [{ field: 'email' }] });
    const weak = await addMember(officerX, producer, { password: 'ngan' });
    expect(weak.statusCode).toBe(400);
    expect(JSON.stringify(weak.json<{ errors: unknown[] }>().errors)).toContain('password');
    expect(await members(officerX, producer)).toHaveLength(1);
  });
});

describe('removing a producer account', () => {
  it('removes an account: it can no longer sign in, and its session ends', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    const owner = await signInAsProducer(t.app, t.db, producer, units.communeX);
    const added = (await addMember(owner, producer, { username: 'nguoi.roi.di' })).json<{ items: Member[] }>()
      .items;
    const leaving = added.find((m) => m.username === 'nguoi.roi.di')!;
    const leavingSession = await login(t.app, 'nguoi.roi.di', 'mat-khau-manh-2026');

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `${membersUrl(producer)}/${leaving.accountId}`,
      headers: owner.headers,
    });
    expect(removed.statusCode).toBe(200);
    expect(removed.json<{ items: Member[] }>().items.map((m) => m.username)).not.toContain('nguoi.roi.di');
    const stale = await t.app.inject({
      method: 'GET',
      url: `/api/v1/producers/${producer.id}`,
      headers: leavingSession.headers,
    });
    expect(stale.statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nguoi.roi.di', password: 'mat-khau-manh-2026' },
    });
    expect(again.statusCode).not.toBe(200);
  });

  it('keeps the last active account and refuses removing oneself, naming accountId, changing nothing', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    const owner = await signInAsProducer(t.app, t.db, producer, units.communeX);
    const [ownerRow] = await members(officerX, producer);
    const before = await auditCount();
    const last = await t.app.inject({
      method: 'DELETE',
      url: `${membersUrl(producer)}/${ownerRow!.accountId}`,
      headers: officerX.headers,
    });
    expect(last.statusCode).toBe(409);
    expect(last.json()).toMatchObject({ code: 'CONFLICT', errors: [{ field: 'accountId' }] });

    await addMember(officerX, producer);
    const self = await t.app.inject({
      method: 'DELETE',
      url: `${membersUrl(producer)}/${owner.accountId}`,
      headers: owner.headers,
    });
    expect(self.statusCode).toBe(409);
    expect(self.json()).toMatchObject({ errors: [{ field: 'accountId' }] });
    expect(await members(officerX, producer)).toHaveLength(2);
    expect(await auditCount()).toBe(before + 2); // the added account and its membership only
  });

  it('answers 404 for an account that does not act for this producer', async () => {
    const producer = await buildProducer(t.db, { commune: units.communeX });
    await signInAsProducer(t.app, t.db, producer, units.communeX);
    const response = await t.app.inject({
      method: 'DELETE',
      url: `${membersUrl(producer)}/${officerX.accountId}`,
      headers: officerX.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ errors: [{ field: 'accountId' }] });
  });

  it('lets producer A not touch the accounts of producer B', async () => {
    const a = await buildProducer(t.db, { commune: units.communeX });
    const b = await buildProducer(t.db, { commune: units.communeX });
    const sessionA = await signInAsProducer(t.app, t.db, a, units.communeX);
    await signInAsProducer(t.app, t.db, b, units.communeX);
    const [memberB] = (await addMember(officerX, b)).json<{ items: Member[] }>().items;
    expect(
      (await t.app.inject({ method: 'GET', url: membersUrl(b), headers: sessionA.headers })).statusCode,
    ).toBe(404);
    expect((await addMember(sessionA, b)).statusCode).toBe(404);
    const removal = await t.app.inject({
      method: 'DELETE',
      url: `${membersUrl(b)}/${memberB!.accountId}`,
      headers: sessionA.headers,
    });
    expect(removal.statusCode).toBe(404);
    expect(await members(officerX, b)).toHaveLength(2);
  });
});

describe('removeProducerMember authorization', () => {
  const ACTING_ROLES: readonly Role[] = ['commune_officer', 'standing_office'];
  const READING_ROLES: readonly Role[] = ['admin', 'leader', 'inspector'];
  const sessions = new Map<Role, Session>();

  beforeAll(async () => {
    for (const role of ROLES) sessions.set(role, await signInAs(t, role, units.provinceA));
  });

  it.each(ROLES.flatMap((role) => [[role, 'inside'] as const, [role, 'outside'] as const]))(
    '%s acting %s its unit',
    async (role, where) => {
      const commune: UnitRow = where === 'inside' ? units.communeX : units.communeZ;
      const producer = await buildProducer(t.db, { commune });
      const owner = await buildAccount(t.db, {
        unit: commune,
        grants: [{ role: 'producer', unit: commune }],
      });
      await t.db
        .insert(producerMembers)
        .values({ producerId: producer.id, accountId: owner.id, isOwner: true });
      const [, extra] = (await addMember(where === 'inside' ? officerX : officerZ, producer)).json<{
        items: Member[];
      }>().items;
      const before = await auditCount();
      const response = await t.app.inject({
        method: 'DELETE',
        url: `${membersUrl(producer)}/${extra!.accountId}`,
        headers: sessions.get(role)!.headers,
      });
      if (where === 'inside' && ACTING_ROLES.includes(role)) {
        expect(response.statusCode).toBe(200);
        return;
      }
      expect(response.statusCode).toBe(where === 'inside' && READING_ROLES.includes(role) ? 403 : 404);
      expect(await auditCount()).toBe(before);
    },
  );
});
