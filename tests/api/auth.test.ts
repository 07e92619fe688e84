import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { accounts, apiTokens, roleGrants } from '../../src/db/schema';
import { queryCount, toCount } from '../../src/db/database';
import { buildAccount, buildJurisdictions, TEST_PASSWORD } from '../helpers/factories';
import { createTestApp, login, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;

beforeAll(async () => {
  t = await createTestApp();
  units = await buildJurisdictions(t.db);
});
afterAll(async () => t.close());

async function auditCount(): Promise<number> {
  return queryCount(t.db, sql`select count(*) as n from audit_log`);
}

describe('sign-in', () => {
  it('opens a session in an httpOnly SameSite cookie and returns the account with its grants', async () => {
    const account = await buildAccount(t.db, {
      unit: units.communeX,
      grants: [{ role: 'commune_officer', unit: units.communeX }],
    });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: account.username.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'ocop_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const me = response.json<{
      grants: { role: string; unitName: string }[];
      actions: string[];
      csrfToken: string;
    }>();
    expect(me.grants).toEqual([
      expect.objectContaining({ role: 'commune_officer', unitName: 'Xã Thanh Hòa' }),
    ]);
    expect(me.actions).toContain('unit.read');
    expect(me.actions).not.toContain('account.manage');
    expect(me.csrfToken.length).toBeGreaterThan(20);
  });

  it('answers a wrong password and an unknown user alike, with problem+json', async () => {
    const account = await buildAccount(t.db, { unit: units.communeX });
    for (const username of [account.username, 'nobody-here']) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: 'wrong-password' },
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        detail: 'Sai tên đăng nhập hoặc mật khẩu.',
      });
    }
  });

  it('throttles one address spraying many accounts, saying when to come back', async () => {
    // The clock stands still, so the Retry-After read is exact however slow the machine.
    t.setNow(new Date());
    const attempt = (i: number) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '198.51.100.44',
        payload: { username: `spray-${i}`, password: 'not-the-password' },
      });
    for (let i = 0; i < 50; i += 1) expect((await attempt(i)).statusCode).toBe(401);
    const refused = await attempt(50);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.json()).toMatchObject({ code: 'RATE_LIMITED' });
    const otherAddress = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: '198.51.100.45',
      payload: { username: 'spray-x', password: 'not-the-password' },
    });
    expect(otherAddress.statusCode).toBe(401);
  });

  it('refuses a disabled account', async () => {
    const account = await buildAccount(t.db, { unit: units.communeX, status: 'disabled' });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: account.username, password: TEST_PASSWORD },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ code: 'ACCOUNT_DISABLED' });
  });

  it('names the missing field of a malformed request and changes nothing', async () => {
    const before = await auditCount();
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'x' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      errors: [expect.objectContaining({ field: 'password' })],
    });
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "x", ',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.headers['content-type']).toContain('application/problem+json');
    expect(broken.json()).toMatchObject({ code: 'MALFORMED_JSON' });
    expect(await auditCount()).toBe(before);
  });
});

describe('sessions', () => {
  it('requires the CSRF token on writes made with the session cookie', async () => {
    const account = await buildAccount(t.db, {
      unit: units.communeX,
      grants: [{ role: 'producer', unit: units.communeX }],
    });
    const session = await login(t.app, account.username);
    const withoutToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: session.cookie },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json()).toMatchObject({ code: 'CSRF_FAILED' });
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.statusCode).toBe(200);
    const withToken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: session.headers,
    });
    expect(withToken.statusCode).toBe(200);
    const after = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(after.statusCode).toBe(401);
  });

  it('logs out everywhere', async () => {
    const account = await buildAccount(t.db, { unit: units.communeX });
    const first = await login(t.app, account.username);
    const second = await login(t.app, account.username);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout-all',
      headers: first.headers,
    });
    expect(response.statusCode).toBe(200);
    for (const s of [first, second]) {
      expect(
        (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: s.cookie } }))
          .statusCode,
      ).toBe(401);
    }
  });

  it('carries only the grants in force today, and ends when the account is disabled', async () => {
    const account = await buildAccount(t.db, {
      unit: units.communeX,
      grants: [{ role: 'commune_officer', unit: units.communeX }],
    });
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await t.db.insert(roleGrants).values([
      {
        accountId: account.id,
        role: 'standing_office',
        unitId: units.provinceA.id,
        validFrom: '2000-01-01',
        validTo: '2001-12-31',
      },
      { accountId: account.id, role: 'admin', unitId: units.provinceA.id, validFrom: tomorrow },
      {
        accountId: account.id,
        role: 'admin',
        unitId: units.provinceB.id,
        validFrom: '2000-01-01',
        revokedAt: new Date(),
      },
    ]);
    const session = await login(t.app, account.username);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: session.cookie },
    });
    expect(me.statusCode).toBe(200);
    const body = me.json<{
      grants: { role: string; unitName: string; validFrom: string }[];
      actions: string[];
    }>();
    expect(body.grants).toEqual([
      expect.objectContaining({
        role: 'commune_officer',
        unitName: units.communeX.fullName,
        validFrom: '2000-01-01',
      }),
    ]);
    expect(body.grants[0]!.validFrom <= today).toBe(true);
    // A grant that ended, one not yet begun and a revoked one open nothing.
    expect(body.actions).not.toContain('account.manage');
    expect(body.actions).not.toContain('dossier-deadline.manage');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/accounts', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(403);

    await t.db.update(accounts).set({ status: 'disabled' }).where(eq(accounts.id, account.id));
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(401);
  });

  it('changes the password after checking the current one and ends the other sessions', async () => {
    const account = await buildAccount(t.db, { unit: units.communeX });
    const current = await login(t.app, account.username);
    const other = await login(t.app, account.username);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: current.headers,
      payload: { currentPassword: 'not-it-at-all', newPassword: 'a-brand-new-password' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ errors: [expect.objectContaining({ field: 'currentPassword' })] });
    const short = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: current.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ errors: [expect.objectContaining({ field: 'newPassword' })] });
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: current.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a-brand-new-password' },
    });
    expect(ok.statusCode).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: current.cookie } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: other.cookie } }))
        .statusCode,
    ).toBe(401);
    await expect(login(t.app, account.username)).rejects.toThrow();
    await expect(login(t.app, account.username, 'a-brand-new-password')).resolves.toBeDefined();
  });
});

describe('API tokens', () => {
  it('are hashed at rest, limited to their scopes and revocable', async () => {
    const admin = await buildAccount(t.db, {
      unit: units.provinceA,
      grants: [{ role: 'admin', unit: units.provinceA }],
    });
    const session = await login(t.app, admin.username);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: session.headers,
      payload: { name: 'Đồng bộ cổng tỉnh', scopes: ['unit.read'] },
    });
    expect(created.statusCode).toBe(201);
    const { token, id } = created.json<{ token: string; id: string }>();
    const [stored] = await t.db.select().from(apiTokens).where(eq(apiTokens.id, id));
    expect(stored?.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(
      200,
    );
    // The admin may list accounts, but this token was not given that scope.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/accounts', headers: bearer })).statusCode).toBe(
      403,
    );
    // Tokens need no CSRF token: they are not sent automatically by browsers.
    const revoke = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/auth/tokens/${id}`,
      headers: session.headers,
    });
    expect(revoke.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(
      401,
    );
  });

  it('cannot carry a permission the account does not hold', async () => {
    const officer = await buildAccount(t.db, {
      unit: units.communeX,
      grants: [{ role: 'commune_officer', unit: units.communeX }],
    });
    const session = await login(t.app, officer.username);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: session.headers,
      payload: { name: 'x', scopes: ['account.manage'] },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({
      code: 'FORBIDDEN',
      errors: [expect.objectContaining({ field: 'scopes' })],
    });
    const [row] = await t.db
      .select({ n: sql<number>`count(*)` })
      .from(apiTokens)
      .where(eq(apiTokens.accountId, officer.id));
    expect(toCount(row?.n)).toBe(0);
  });

  it('cannot mint, list or revoke tokens, sign out everywhere or change the password', async () => {
    const producer = await buildAccount(t.db, {
      unit: units.communeX,
      grants: [{ role: 'producer', unit: units.communeX }],
    });
    const session = await login(t.app, producer.username);
    const readOnly = await createToken(session, ['unit.read']);
    const other = await createToken(session, ['product.manage']);
    const bearer = { authorization: `Bearer ${readOnly.token}` };
    const before = await auditCount();
    const attempts = [
      {
        method: 'POST',
        url: '/api/v1/auth/tokens',
        payload: { name: 'rộng hơn', scopes: ['product.manage'] },
      },
      { method: 'GET', url: '/api/v1/auth/tokens' },
      { method: 'DELETE', url: `/api/v1/auth/tokens/${other.id}` },
      { method: 'POST', url: '/api/v1/auth/logout-all', payload: {} },
      {
        method: 'POST',
        url: '/api/v1/auth/password',
        payload: { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-cua-ke-gian' },
      },
    ] as const;
    for (const attempt of attempts) {
      const response = await t.app.inject({ ...attempt, headers: bearer });
      expect(response.statusCode, attempt.url).toBe(403);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    // Nothing changed: no new token, the other token and the session still work, the password is the same.
    expect(await auditCount()).toBe(before);
    const tokens = await t.db.select().from(apiTokens).where(eq(apiTokens.accountId, producer.id));
    expect(tokens.map((token) => token.revokedAt)).toEqual([null, null]);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: `Bearer ${other.token}` },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(200);
    await expect(login(t.app, producer.username)).resolves.toBeDefined();
  });

  it('stop working when the password is changed or reset, or the account is disabled', async () => {
    const admin = await buildAccount(t.db, {
      unit: units.provinceA,
      grants: [{ role: 'admin', unit: units.provinceA }],
    });
    const officer = await buildAccount(t.db, {
      unit: units.communeX,
      grants: [{ role: 'commune_officer', unit: units.communeX }],
    });
    const session = await login(t.app, officer.username);
    const beforeChange = await createToken(session, ['unit.read']);
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: session.headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-cua-toi' },
    });
    expect(changed.statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: `Bearer ${beforeChange.token}` },
        })
      ).statusCode,
    ).toBe(401);

    const beforeReset = await createToken(session, ['unit.read']);
    const adminSession = await login(t.app, admin.username);
    const reset = await t.app.inject({
      method: 'POST',
      url: `/api/v1/accounts/${officer.id}/password-reset`,
      headers: adminSession.headers,
      payload: { newPassword: 'mat-khau-quan-tri-dat' },
    });
    expect(reset.statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: `Bearer ${beforeReset.token}` },
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } }))
        .statusCode,
    ).toBe(401);

    // Disabled, then enabled again: a token made before stays revoked.
    const beforeDisable = await createToken(await login(t.app, officer.username, 'mat-khau-quan-tri-dat'), [
      'unit.read',
    ]);
    for (const [version, status] of [
      [3, 'disabled'],
      [4, 'active'],
    ] as const) {
      const response = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/accounts/${officer.id}`,
        headers: adminSession.headers,
        payload: { version, status },
      });
      expect(response.statusCode).toBe(200);
    }
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/auth/me',
          headers: { authorization: `Bearer ${beforeDisable.token}` },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('with account.manage cannot reset their own account’s password into a session', async () => {
    const admin = await buildAccount(t.db, {
      unit: units.provinceA,
      grants: [{ role: 'admin', unit: units.provinceA }],
    });
    const session = await login(t.app, admin.username);
    const { token } = await createToken(session, ['account.manage']);
    const before = await auditCount();
    for (const headers of [{ authorization: `Bearer ${token}` }, session.headers]) {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/v1/accounts/${admin.id}/password-reset`,
        headers,
        payload: { newPassword: 'mat-khau-ke-trom-dat' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(await auditCount()).toBe(before);
    await expect(login(t.app, admin.username, 'mat-khau-ke-trom-dat')).rejects.toThrow();
    await expect(login(t.app, admin.username)).resolves.toBeDefined();
  });
});

async function createToken(session: Session, scopes: string[]): Promise<{ id: string; token: string }> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/tokens',
    headers: session.headers,
    payload: { name: `Mã ${scopes.join(',')}`, scopes },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string; token: string }>();
}

describe('unauthenticated', () => {
  it('gets 401 problem+json on private routes', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/accounts', payload: {} });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const [row] = await t.db.select({ n: sql<number>`count(*)` }).from(accounts);
    expect(toCount(row?.n)).toBeGreaterThan(0);
  });
});
