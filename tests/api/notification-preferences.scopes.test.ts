/**
 * Who may change mail choices: every signed-in person, for themselves only; nobody anonymous.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/access/roles';
import { buildJurisdictions } from '../helpers/factories';
import { createTestApp, signInAs, type Session, type TestApp } from '../helpers/test-app';

let t: TestApp;
let units: Awaited<ReturnType<typeof buildJurisdictions>>;

const put = (who: Session | undefined, isMailEnabled: boolean) =>
  t.app.inject({
    method: 'PUT',
    url: '/api/v1/notification-preferences',
    headers: who?.headers ?? {},
    payload: { kind: 'dossier', isMailEnabled },
  });
const dossierMailOf = async (who: Session) =>
  (await t.app.inject({ method: 'GET', url: '/api/v1/notification-preferences', headers: who.headers }))
    .json<{ items: { kind: string; isMailEnabled: boolean }[] }>()
    .items.find((i) => i.kind === 'dossier')?.isMailEnabled;

beforeAll(async () => {
  t = await createTestApp();
  units = await buildJurisdictions(t.db);
}, 180_000);
afterAll(async () => t.close());

describe('setMailPreference', () => {
  it.each<[Role, 'communeX' | 'provinceA' | 'nation']>([
    ['producer', 'communeX'],
    ['commune_officer', 'communeX'],
    ['standing_office', 'provinceA'],
    ['leader', 'provinceA'],
    ['inspector', 'provinceA'],
    ['admin', 'nation'],
  ])('%s changes its own choice and nobody else’s', async (role, unit) => {
    const me = await signInAs(t, role, units[unit]);
    const other = await signInAs(t, 'producer', units.communeY);
    expect((await put(me, false)).statusCode).toBe(200);
    expect(await dossierMailOf(me)).toBe(false);
    expect(await dossierMailOf(other)).toBe(true);
    expect((await put(me, true)).statusCode).toBe(200);
    expect(await dossierMailOf(me)).toBe(true);
  });

  it('anonymous: 401', async () => {
    expect((await put(undefined, false)).statusCode).toBe(401);
  });

  it('an unknown kind: 400 naming the field', async () => {
    const me = await signInAs(t, 'producer', units.communeX);
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/notification-preferences',
      headers: me.headers,
      payload: { kind: 'everything', isMailEnabled: false },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('kind');
  });
});
