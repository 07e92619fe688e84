import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/permissions';
import type { Role } from '../access/roles';
import { isEmptyScope, isVisibleByPath, unitReadScope } from './unit-visibility';

function actor(...grants: [Role, string][]): Actor {
  return {
    accountId: 'a',
    username: 'u',
    grants: grants.map(([role, unitPath]) => ({ role, unitId: unitPath.split('/').at(-2)!, unitPath })),
  };
}

describe('unitReadScope', () => {
  it('covers everything for a national grant', () => {
    const scope = unitReadScope(actor(['admin', '/vn/']));
    expect(scope.isEverything).toBe(true);
    expect(isVisibleByPath(scope, { id: 'old', path: '/vn/old-province/old-district/old/' })).toBe(true);
  });

  it('covers the subtree of a commune grant plus its ancestors, nothing beside it', () => {
    const scope = unitReadScope(actor(['commune_officer', '/vn/pa/cx/']));
    expect(scope.isEverything).toBe(false);
    expect(scope.ancestorIds).toEqual(['vn', 'pa']);
    expect(isVisibleByPath(scope, { id: 'cx', path: '/vn/pa/cx/' })).toBe(true);
    expect(isVisibleByPath(scope, { id: 'pa', path: '/vn/pa/' })).toBe(true);
    expect(isVisibleByPath(scope, { id: 'vn', path: '/vn/' })).toBe(true);
    expect(isVisibleByPath(scope, { id: 'cy', path: '/vn/pa/cy/' })).toBe(false);
    expect(isVisibleByPath(scope, { id: 'pb', path: '/vn/pb/' })).toBe(false);
  });

  it('is empty for an account without grants, and token scopes narrow it', () => {
    expect(isEmptyScope(unitReadScope(actor()))).toBe(true);
    const limited: Actor = { ...actor(['admin', '/vn/']), tokenScopes: ['audit.read'] };
    expect(isEmptyScope(unitReadScope(limited))).toBe(true);
  });
});
