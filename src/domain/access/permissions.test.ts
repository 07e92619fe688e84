import { describe, expect, it } from 'vitest';
import { can, scopesFor, type Actor, type Action } from './permissions';
import type { Role } from './roles';

const NATION = '/vn/';
const PROVINCE_A = '/vn/pa/';
const COMMUNE_X = '/vn/pa/cx/';
const COMMUNE_Y = '/vn/pa/cy/';
const PROVINCE_B = '/vn/pb/';

function actorWith(role: Role, unitPath: string, tokenScopes?: Action[]): Actor {
  return { accountId: 'a', username: 'u', grants: [{ role, unitId: 'x', unitPath }], tokenScopes };
}

describe('can', () => {
  it.each([
    // role, grant unit, action, resource unit, expected
    ['admin', PROVINCE_A, 'account.manage', COMMUNE_X, true],
    ['admin', PROVINCE_A, 'account.manage', PROVINCE_A, true],
    ['admin', PROVINCE_A, 'account.manage', PROVINCE_B, false],
    ['admin', PROVINCE_A, 'account.manage', NATION, false],
    ['admin', NATION, 'account.manage', COMMUNE_Y, true],
    ['admin', COMMUNE_X, 'grant.manage', COMMUNE_Y, false],
    ['commune_officer', COMMUNE_X, 'unit.read', COMMUNE_X, true],
    ['commune_officer', COMMUNE_X, 'unit.read', COMMUNE_Y, false],
    ['commune_officer', COMMUNE_X, 'account.manage', COMMUNE_X, false],
    ['producer', COMMUNE_X, 'rubric.manage', COMMUNE_X, false],
    ['standing_office', PROVINCE_A, 'unit.read', COMMUNE_Y, true],
  ] as const)('%s in %s: %s on %s → %s', (role, grantPath, action, resourcePath, expected) => {
    expect(can(actorWith(role, grantPath), action, { unitPath: resourcePath })).toBe(expected);
  });

  it('limits an API token to its scopes even when the role would allow more', () => {
    const actor = actorWith('admin', NATION, ['unit.read']);
    expect(can(actor, 'unit.read', { unitPath: COMMUNE_X })).toBe(true);
    expect(can(actor, 'account.manage', { unitPath: COMMUNE_X })).toBe(false);
  });

  it('denies everything to an account without grants', () => {
    const actor: Actor = { accountId: 'a', username: 'u', grants: [] };
    expect(can(actor, 'unit.read', { unitPath: NATION })).toBe(false);
  });
});

describe('scopesFor', () => {
  it('keeps only the widest of nested grants', () => {
    const actor: Actor = {
      accountId: 'a',
      username: 'u',
      grants: [
        { role: 'admin', unitId: 'cx', unitPath: COMMUNE_X },
        { role: 'admin', unitId: 'pa', unitPath: PROVINCE_A },
        { role: 'admin', unitId: 'pb', unitPath: PROVINCE_B },
        { role: 'producer', unitId: 'vn', unitPath: NATION },
      ],
    };
    expect(scopesFor(actor, 'account.manage').sort()).toEqual([PROVINCE_A, PROVINCE_B]);
  });
});
