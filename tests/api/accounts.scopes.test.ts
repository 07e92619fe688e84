import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryCount } from '../../src/db/database';
import { roleGrants } from '../../src/db/schema';
import { ROLES, type Role } from '../../src/domain/access/roles';
import { buildAccount, buildJurisdictions, nextId, type UnitRow } from '../helpers/factories';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

/**
 * Authorization matrix for the accounts and grants endpoints: every role, granted in province A,
 * acting on a target inside province A (commune X) or outside it (commune Z of province B).
 * Only an admin acts, and only inside; every refusal leaves the database as it was.
 */
let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
const sessions = new Map<Role, Session>();

beforeAll(async () => {
  t = await createTestApp();
  units = await buildJurisdictions(t.db);
  for (const role of ROLES) sessions.set(role, await signInAs(t, role, units.provinceA));
});
afterAll(async () => t.close());

interface Case {
  operation: string;
  request: (
    target: UnitRow,
  ) => Promise<{ method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object }>;
  success: number;
}

const cases: Case[] = [
  {
    operation: 'createAccount',
    request: async (target) => ({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: {
        username: `matrix${nextId()}`,
        displayName: 'M',
        password: 'mat-khau-manh-2026',
        unitId: target.id,
      },
    }),
    success: 201,
  },
  {
    operation: 'getAccount',
    request: async (target) => ({
      method: 'GET',
      url: `/api/v1/accounts/${(await buildAccount(t.db, { unit: target })).id}`,
    }),
    success: 200,
  },
  {
    operation: 'updateAccount',
    request: async (target) => ({
      method: 'PATCH',
      url: `/api/v1/accounts/${(await buildAccount(t.db, { unit: target })).id}`,
      payload: { version: 1, displayName: 'Đổi tên' },
    }),
    success: 200,
  },
  {
    operation: 'createGrant',
    request: async (target) => ({
      method: 'POST',
      url: `/api/v1/accounts/${(await buildAccount(t.db, { unit: target })).id}/grants`,
      payload: { role: 'producer', unitId: target.id },
    }),
    success: 201,
  },
  {
    operation: 'revokeGrant',
    request: async (target) => {
      const account = await buildAccount(t.db, {
        unit: target,
        grants: [{ role: 'producer', unit: target }],
      });
      const [grant] = await t.db
        .select()
        .from(roleGrants)
        .where(sql`${roleGrants.accountId} = ${account.id}`);
      return { method: 'DELETE', url: `/api/v1/accounts/${account.id}/grants/${grant!.id}` };
    },
    success: 200,
  },
  {
    operation: 'resetAccountPassword',
    request: async (target) => ({
      method: 'POST',
      url: `/api/v1/accounts/${(await buildAccount(t.db, { unit: target })).id}/password-reset`,
      payload: { newPassword: 'mat-khau-moi-2026' },
    }),
    success: 200,
  },
];

async function changeCount(): Promise<number> {
  return queryCount(t.db, sql`select count(*) as n from audit_log`);
}

describe.each(cases)('$operation', ({ request, success }) => {
  it.each(ROLES.flatMap((role) => [[role, 'inside'] as const, [role, 'outside'] as const]))(
    '%s acting %s its unit',
    async (role, where) => {
      const target = where === 'inside' ? units.communeX : units.communeZ;
      const spec = await request(target);
      const before = await changeCount();
      const response = await t.app.inject({ ...spec, headers: sessions.get(role)!.headers });
      const expected = role === 'admin' && where === 'inside' ? success : 403;
      expect(response.statusCode).toBe(expected);
      if (expected === 403) {
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(await changeCount()).toBe(before);
      }
    },
  );

  it('anonymous → 401', async () => {
    const spec = await request(units.communeX);
    const before = await changeCount();
    const response = await t.app.inject(spec);
    expect(response.statusCode).toBe(401);
    expect(await changeCount()).toBe(before);
  });
});

describe('listAccounts', () => {
  it.each(ROLES)('%s', async (role) => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/accounts',
      headers: sessions.get(role)!.headers,
    });
    expect(response.statusCode).toBe(role === 'admin' ? 200 : 403);
  });
});

/**
 * Jurisdiction over an account is every grant it holds, not only its home unit: a province admin
 * must not take over an account of its province that also holds a national (or another
 * province's) grant. Each refusal is a 403 that leaves the password, status and grants unchanged.
 */
describe('accounts holding a grant outside the admin’s unit', () => {
  const reach = [
    ['a national standing-office grant', () => ({ role: 'standing_office' as const, unit: units.nation })],
    ['an admin grant of another province', () => ({ role: 'admin' as const, unit: units.provinceB })],
  ] as const;

  async function buildTarget(wide: { role: Role; unit: UnitRow }) {
    return buildAccount(t.db, {
      unit: units.communeX,
      grants: [{ role: 'commune_officer', unit: units.communeX }, wide],
    });
  }

  async function grantsOf(accountId: string) {
    return t.db
      .select()
      .from(roleGrants)
      .where(sql`${roleGrants.accountId} = ${accountId}`)
      .orderBy(roleGrants.createdAt);
  }

  const operations = [
    [
      'resetAccountPassword',
      (id: string) => ({
        method: 'POST' as const,
        url: `/api/v1/accounts/${id}/password-reset`,
        payload: { newPassword: 'mat-khau-chiem-quyen' },
      }),
    ],
    [
      'updateAccount (disable)',
      (id: string) => ({
        method: 'PATCH' as const,
        url: `/api/v1/accounts/${id}`,
        payload: { version: 1, status: 'disabled' },
      }),
    ],
    [
      'updateAccount (e-mail)',
      (id: string) => ({
        method: 'PATCH' as const,
        url: `/api/v1/accounts/${id}`,
        payload: { version: 1, email: 'ke-gian@example.vn' },
      }),
    ],
    [
      'createGrant inside the province',
      (id: string) => ({
        method: 'POST' as const,
        url: `/api/v1/accounts/${id}/grants`,
        payload: { role: 'producer', unitId: units.communeX.id },
      }),
    ],
  ] as const;

  describe.each(reach)('holding %s', (_, wideGrant) => {
    it.each(operations)('%s by the province admin → 403, nothing changed', async (_operation, request) => {
      const target = await buildTarget(wideGrant());
      const grantsBefore = await grantsOf(target.id);
      const before = await changeCount();
      const response = await t.app.inject({ ...request(target.id), headers: sessions.get('admin')!.headers });
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<{ detail: string }>().detail).toContain(wideGrant().unit.fullName);
      expect(await changeCount()).toBe(before);
      expect(await grantsOf(target.id)).toEqual(grantsBefore);
      await expect(login(t.app, target.username)).resolves.toBeDefined();
    });

    it('revokeGrant of its in-province grant by the province admin → 403, nothing changed', async () => {
      const target = await buildTarget(wideGrant());
      const grantsBefore = await grantsOf(target.id);
      const local = grantsBefore.find((grant) => grant.unitId === units.communeX.id)!;
      const before = await changeCount();
      const response = await t.app.inject({
        method: 'DELETE',
        url: `/api/v1/accounts/${target.id}/grants/${local.id}`,
        headers: sessions.get('admin')!.headers,
      });
      expect(response.statusCode).toBe(403);
      expect(await changeCount()).toBe(before);
      expect(await grantsOf(target.id)).toEqual(grantsBefore);
    });
  });

  it('a national admin may reset the same account, and an ended national grant no longer blocks the province admin', async () => {
    const nationAdmin = await signInAs(t, 'admin', units.nation);
    const target = await buildTarget({ role: 'standing_office', unit: units.nation });
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${target.id}/password-reset`,
      headers: nationAdmin.headers,
      payload: { newPassword: 'mat-khau-quoc-gia-dat' },
    });
    expect(reset.statusCode).toBe(200);

    const formerlyNational = await buildTarget({ role: 'standing_office', unit: units.nation });
    await t.db
      .update(roleGrants)
      .set({ validTo: '2001-12-31' })
      .where(
        sql`${roleGrants.accountId} = ${formerlyNational.id} and ${roleGrants.unitId} = ${units.nation.id}`,
      );
    const provinceReset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${formerlyNational.id}/password-reset`,
      headers: sessions.get('admin')!.headers,
      payload: { newPassword: 'mat-khau-tinh-dat-lai' },
    });
    expect(provinceReset.statusCode).toBe(200);
  });

  it('a grant may only be given inside the admin’s own unit', async () => {
    const target = await buildAccount(t.db, { unit: units.communeX });
    for (const unit of [units.nation, units.provinceB, units.communeZ]) {
      const before = await changeCount();
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/accounts/${target.id}/grants`,
        headers: sessions.get('admin')!.headers,
        payload: { role: 'standing_office', unitId: unit.id },
      });
      expect(response.statusCode, unit.name).toBe(403);
      expect(await changeCount()).toBe(before);
    }
    expect(await grantsOf(target.id)).toEqual([]);
  });
});
