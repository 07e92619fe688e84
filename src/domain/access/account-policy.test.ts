import { describe, expect, it } from 'vitest';
import { canManageAccount, type ManagedAccount } from './account-policy';
import type { Actor } from './permissions';

const nation = '/vn/';
const provinceA = '/vn/a/';
const communeX = '/vn/a/x/';
const provinceB = '/vn/b/';

function admin(unitPath: string, tokenScopes?: Actor['tokenScopes']): Actor {
  return {
    accountId: 'admin',
    username: 'admin',
    grants: [{ role: 'admin', unitId: unitPath, unitPath }],
    tokenScopes,
  };
}

function account(homeUnitPath: string, ...grants: [string, string | null][]): ManagedAccount {
  return { homeUnitPath, grants: grants.map(([unitPath, validTo]) => ({ unitPath, validTo })) };
}

describe('canManageAccount', () => {
  it.each([
    [
      'home and grants inside',
      admin(provinceA),
      account(communeX, [communeX, null], [provinceA, null]),
      true,
    ],
    ['no grants, home inside', admin(provinceA), account(communeX), true],
    ['home outside', admin(provinceA), account(provinceB), false],
    ['a national grant', admin(provinceA), account(communeX, [communeX, null], [nation, null]), false],
    ['a grant in another province', admin(provinceA), account(communeX, [provinceB, '2099-12-31']), false],
    ['a national grant that ended', admin(provinceA), account(communeX, [nation, '2025-12-31']), true],
    ['a national grant ending today', admin(provinceA), account(communeX, [nation, '2026-01-15']), false],
    ['nation admin, national grant', admin(nation), account(communeX, [nation, null]), true],
    ['commune admin, province grant', admin(communeX), account(communeX, [provinceA, null]), false],
    ['token without account.manage', admin(provinceA, ['unit.read']), account(communeX), false],
  ] as const)('%s → %s', (_, actor, target, expected) => {
    expect(canManageAccount(actor, 'account.manage', target, '2026-01-15')).toBe(expected);
  });
});
