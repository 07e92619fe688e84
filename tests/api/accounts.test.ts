import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { accounts, roleGrants } from '../../src/db/schema';
import { queryCount } from '../../src/db/database';
import { buildAccount, buildJurisdictions } from '../helpers/factories';
import { createTestApp, login, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;
let provinceAdmin: Session;

beforeAll(async () => {
  t = await createTestApp();
  units = await buildJurisdictions(t.db);
  provinceAdmin = await signInAs(t, 'admin', units.provinceA);
});
afterAll(async () => t.close());

async function snapshot() {
  const count = (query: ReturnType<typeof sql>) => queryCount(t.db, query);
  return {
    accounts: await count(sql`select count(*) as n from accounts`),
    grants: await count(sql`select count(*) as n from role_grants`),
    audit: await count(sql`select count(*) as n from audit_log`),
  };
}

describe('creating accounts', () => {
  it('creates a commune officer with a grant in a commune of the admin province', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: provinceAdmin.headers,
      payload: {
        username: 'canbo.thanhhoa',
        displayName: 'Nguyễn Thị Hoà',
        email: 'hoa@example.vn',
        password: 'mat-khau-manh-2026',
        unitId: units.communeX.id,
        grants: [{ role: 'commune_officer', unitId: units.communeX.id }],
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json<{
      id: string;
      grants: { role: string; unitName: string }[];
      unitName: string;
    }>();
    expect(body.unitName).toBe('Xã Thanh Hòa');
    expect(body.grants).toEqual([
      expect.objectContaining({ role: 'commune_officer', unitName: 'Xã Thanh Hòa' }),
    ]);
    expect(JSON.stringify(body)).not.toContain('argon2');
    const session = await login(t.app, 'canbo.thanhhoa', 'mat-khau-manh-2026');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.json()).toMatchObject({ displayName: 'Nguyễn Thị Hoà' });
  });

  it('refuses a taken username with 409 naming the field, and writes nothing', async () => {
    const existing = await buildAccount(t.db, { unit: units.communeX });
    const before = await snapshot();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: provinceAdmin.headers,
      payload: {
        username: existing.username.toUpperCase(),
        displayName: 'X',
        password: 'mat-khau-manh-2026',
        unitId: units.communeX.id,
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'CONFLICT',
      errors: [expect.objectContaining({ field: 'username' })],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('names every invalid field and writes nothing', async () => {
    const before = await snapshot();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: provinceAdmin.headers,
      payload: {
        username: 'có dấu',
        displayName: '',
        password: 'short',
        unitId: 'not-a-uuid',
        email: 'nope',
      },
    });
    expect(response.statusCode).toBe(400);
    const fields = response
      .json<{ errors: { field: string }[] }>()
      .errors.map((e) => e.field)
      .sort();
    expect(fields).toEqual(['displayName', 'email', 'password', 'unitId', 'username']);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a grant outside the admin jurisdiction, even for an account inside it, and writes nothing', async () => {
    const before = await snapshot();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/accounts',
      headers: provinceAdmin.headers,
      payload: {
        username: 'sneaky',
        displayName: 'X',
        password: 'mat-khau-manh-2026',
        unitId: units.communeX.id,
        grants: [{ role: 'admin', unitId: units.nation.id }],
      },
    });
    expect(response.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});

describe('updating accounts', () => {
  it('detects a concurrent edit with 409 and keeps the first change', async () => {
    const account = await buildAccount(t.db, { unit: units.communeY });
    const url = `/api/v1/accounts/${account.id}`;
    const first = await t.app.inject({
      method: 'PATCH',
      url,
      headers: provinceAdmin.headers,
      payload: { version: 1, displayName: 'Tên mới' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ version: 2, displayName: 'Tên mới' });
    const second = await t.app.inject({
      method: 'PATCH',
      url,
      headers: provinceAdmin.headers,
      payload: { version: 1, displayName: 'Ghi đè' },
    });
    expect(second.statusCode).toBe(409);
    const [row] = await t.db.select().from(accounts).where(eq(accounts.id, account.id));
    expect(row?.displayName).toBe('Tên mới');
  });

  it('disabling an account ends its sessions', async () => {
    const account = await buildAccount(t.db, { unit: units.communeY });
    const session = await login(t.app, account.username);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/accounts/${account.id}`,
      headers: provinceAdmin.headers,
      payload: { version: 1, status: 'disabled' },
    });
    expect(response.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(401);
  });

  it('grants and revokes a role; the revoked grant stays on record but no longer counts', async () => {
    const account = await buildAccount(t.db, { unit: units.communeY });
    const granted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${account.id}/grants`,
      headers: provinceAdmin.headers,
      payload: { role: 'commune_officer', unitId: units.communeY.id },
    });
    expect(granted.statusCode).toBe(201);
    const grantId = granted.json<{ grants: { id: string }[] }>().grants[0]!.id;
    const session = await login(t.app, account.username);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.json<{ grants: unknown[] }>().grants).toHaveLength(1);
    const revoked = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/accounts/${account.id}/grants/${grantId}`,
      headers: provinceAdmin.headers,
    });
    expect(revoked.statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(after.json<{ grants: unknown[] }>().grants).toHaveLength(0);
    const rows = await t.db.select().from(roleGrants).where(eq(roleGrants.id, grantId));
    expect(rows[0]?.revokedAt).not.toBeNull();
  });

  it('lists only accounts of the admin jurisdiction, searchable', async () => {
    await buildAccount(t.db, { unit: units.communeZ, username: 'outsider.z' });
    await buildAccount(t.db, { unit: units.communeX, username: 'insider.x' });
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/accounts?limit=200',
      headers: provinceAdmin.headers,
    });
    const names = response.json<{ items: { username: string }[] }>().items.map((a) => a.username);
    expect(names).toContain('insider.x');
    expect(names).not.toContain('outsider.z');
    const search = await t.app.inject({
      method: 'GET',
      url: '/api/v1/accounts?q=INSIDER',
      headers: provinceAdmin.headers,
    });
    expect(search.json()).toMatchObject({
      total: 1,
      items: [expect.objectContaining({ username: 'insider.x' })],
    });
  });
});
