import { describe, expect, it } from 'vitest';
import type { Actor } from './permissions';
import type { Role } from './roles';
import { findRubricManagerGrant } from './rubric-policy';

function actor(role: Role, unitPath: string): Actor {
  return { accountId: 'a', username: 'u', grants: [{ role, unitId: 'u', unitPath }] };
}

describe('findRubricManagerGrant', () => {
  it.each([
    ['admin', '/vn/', true],
    ['admin', '/vn/province/', true],
    ['admin', '/vn/province/commune/', false],
    ['standing_office', '/vn/province/', false],
    ['leader', '/vn/', false],
  ] as const)('%s at %s → %s', (role, path, expected) => {
    expect(findRubricManagerGrant(actor(role, path)) !== undefined).toBe(expected);
  });
});
