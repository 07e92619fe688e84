import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryCount } from '../../src/db/database';
import { roleGrants } from '../../src/db/schema';
import { ROLES, type Role } from '../../src/domain/access/roles';
import { buildAccount, buildJurisdictions, nextId, type UnitRow } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

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
  request: (target: UnitRow) => Promise<{ method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; url: string; payload?: object }>;
  success: number;
}

const cases: Case[] = [
  {
    operation: 'createAccount',
    request: async (target) => ({
      method: 'POST',
      url: '/api/v1/accounts',
      payload: { username: `matrix${nextId()}`, displayName: 'M', password: 'mat-khau-manh-2026', unitId: target.id },
    }),
    success: 201,
  },
  {
    operation: 'getAccount',
    request: async (target) => ({ method: 'GET', url: `/api/v1/accounts/${(await buildAccount(t.db, { unit: target })).id}` }),
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
      const account = await buildAccount(t.db, { unit: target, grants: [{ role: 'producer', unit: target }] });
      const [grant] = await t.db.select().from(roleGrants).where(sql`${roleGrants.accountId} = ${account.id}`);
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
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/accounts', headers: sessions.get(role)!.headers });
    expect(response.statusCode).toBe(role === 'admin' ? 200 : 403);
  });
});
