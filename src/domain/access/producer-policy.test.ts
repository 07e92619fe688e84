import { describe, expect, it } from 'vitest';
import type { Actor } from './permissions';
import {
  canActOnProducer,
  canSeeLegalRepresentative,
  producerListScope,
  type ProducerAction,
} from './producer-policy';
import type { Role } from './roles';

const PRODUCER_A = { id: 'pa', unitPath: '/vn/p1/cx/' };
const PRODUCER_B = { id: 'pb', unitPath: '/vn/p1/cx/' };
const PRODUCER_Z = { id: 'pz', unitPath: '/vn/p2/cz/' };

function actor(role: Role, unitPath: string, tokenScopes?: ProducerAction[]): Actor {
  return { accountId: 'a', username: 'u', grants: [{ role, unitId: 'u', unitPath }], tokenScopes };
}

describe('canActOnProducer', () => {
  it.each([
    // role, grant unit, action, producer, member of, expected
    ['producer', '/vn/p1/cx/', 'evidence.read', PRODUCER_A, ['pa'], true],
    ['producer', '/vn/p1/cx/', 'evidence.read', PRODUCER_B, ['pa'], false],
    ['producer', '/vn/p1/cx/', 'producer.manage', PRODUCER_A, ['pa'], true],
    ['producer', '/vn/p1/cy/', 'producer.manage', PRODUCER_A, ['pa'], false],
    ['commune_officer', '/vn/p1/cx/', 'producer.manage', PRODUCER_B, [], true],
    ['commune_officer', '/vn/p1/cy/', 'producer.read', PRODUCER_A, [], false],
    ['standing_office', '/vn/p1/', 'evidence.manage', PRODUCER_A, [], true],
    ['standing_office', '/vn/p1/', 'evidence.manage', PRODUCER_Z, [], false],
    ['admin', '/vn/p1/', 'producer.read', PRODUCER_A, [], true],
    ['admin', '/vn/p1/', 'evidence.read', PRODUCER_A, [], false],
    ['admin', '/vn/p1/', 'producer.read-representative', PRODUCER_A, [], false],
    ['council_member', '/vn/p1/', 'producer.read', PRODUCER_A, [], false],
    ['inspector', '/vn/p1/', 'producer.read', PRODUCER_A, [], true],
    ['inspector', '/vn/p1/', 'producer.manage', PRODUCER_A, [], false],
  ] as const)('%s in %s: %s on %o (member of %o) → %s', (role, path, action, producer, members, expected) => {
    expect(canActOnProducer(actor(role, path), action, producer, members)).toBe(expected);
  });

  it('limits API tokens to their scopes', () => {
    expect(
      canActOnProducer(
        actor('commune_officer', '/vn/p1/cx/', ['producer.read']),
        'producer.manage',
        PRODUCER_A,
        [],
      ),
    ).toBe(false);
    expect(
      canActOnProducer(
        actor('commune_officer', '/vn/p1/cx/', ['producer.read']),
        'producer.read',
        PRODUCER_A,
        [],
      ),
    ).toBe(true);
  });

  it('shows the legal representative to the producer itself and the officials who need it only', () => {
    expect(canSeeLegalRepresentative(actor('producer', '/vn/p1/cx/'), PRODUCER_A, new Set(['pa']))).toBe(
      true,
    );
    expect(canSeeLegalRepresentative(actor('commune_officer', '/vn/p1/cx/'), PRODUCER_A, [])).toBe(true);
    expect(canSeeLegalRepresentative(actor('inspector', '/vn/p1/'), PRODUCER_A, [])).toBe(false);
    expect(canSeeLegalRepresentative(actor('leader', '/vn/p1/'), PRODUCER_A, [])).toBe(false);
  });
});

describe('producerListScope', () => {
  it('lists a producer account only its own producers', () => {
    expect(producerListScope(actor('producer', '/vn/p1/cx/'), 'producer.read', [PRODUCER_A])).toEqual({
      unitPaths: [],
      producerIds: ['pa'],
    });
  });

  it('lists officials by unit, dropping nested paths', () => {
    const official: Actor = {
      accountId: 'a',
      username: 'u',
      grants: [
        { role: 'standing_office', unitId: 'p1', unitPath: '/vn/p1/' },
        { role: 'commune_officer', unitId: 'cx', unitPath: '/vn/p1/cx/' },
      ],
    };
    expect(producerListScope(official, 'producer.read', [])).toEqual({
      unitPaths: ['/vn/p1/'],
      producerIds: [],
    });
  });
});
