import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { PROCEDURE_148_AMENDED_1489, PROCEDURE_148_ORIGINAL } from '../rubric/procedure-versions';
import { DOSSIER_STATUSES, type DossierStatus } from './dossier.types';
import {
  acceptActionFor,
  ALLOWED_ACTIONS_BY_STATUS,
  DOSSIER_ACTIONS,
  intakeRouteOf,
  returnActionFor,
  transition,
  type DossierAction,
  type IntakeRoute,
} from './dossier-workflow';

describe('intake route from the pinned procedure', () => {
  it('148 amended by 1489 goes commune → province; original 148 goes through the district', () => {
    expect(intakeRouteOf(PROCEDURE_148_AMENDED_1489)).toBe('province');
    expect(intakeRouteOf(PROCEDURE_148_ORIGINAL)).toBe('district');
  });
});

const TABLE: [DossierStatus, DossierAction, IntakeRoute, DossierStatus][] = [
  ['draft', 'edit', 'province', 'draft'],
  ['draft', 'submit', 'province', 'submitted'],
  ['submitted', 'commune.return', 'province', 'returned_by_commune'],
  ['returned_by_commune', 'submit', 'province', 'submitted'],
  ['submitted', 'commune.accept', 'province', 'accepted_by_commune'],
  ['accepted_by_commune', 'commune.assess', 'province', 'commune_assessed'],
  ['commune_assessed', 'commune.assess', 'province', 'commune_assessed'],
  ['commune_assessed', 'commune.forward', 'province', 'forwarded_to_province'],
  ['commune_assessed', 'commune.forward', 'district', 'forwarded_to_district'],
  ['forwarded_to_province', 'province.return', 'province', 'returned_by_province'],
  ['forwarded_to_province', 'province.accept', 'province', 'accepted_into_pool'],
  ['forwarded_to_district', 'district.return', 'district', 'returned_by_district'],
  ['forwarded_to_district', 'district.accept', 'district', 'accepted_into_pool'],
  ['returned_by_province', 'submit', 'province', 'submitted'],
  ['returned_by_district', 'submit', 'district', 'submitted'],
];

describe('transition table', () => {
  it.each(TABLE)('%s --%s (%s)--> %s', (from, action, route, to) => {
    expect(transition(from, action, route)).toBe(to);
  });

  const refused = DOSSIER_STATUSES.flatMap((status) =>
    DOSSIER_ACTIONS.filter((a) => !(ALLOWED_ACTIONS_BY_STATUS[status] as readonly string[]).includes(a)).map(
      (a) => [status, a] as const,
    ),
  );
  it.each(refused)('%s refuses %s with INVALID_TRANSITION', (status, action) => {
    try {
      transition(status, action, 'province');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_TRANSITION');
    }
  });

  it('the pool is final, and only producer statuses allow editing', () => {
    expect(ALLOWED_ACTIONS_BY_STATUS.accepted_into_pool).toEqual([]);
    const editable = DOSSIER_STATUSES.filter((s) =>
      (ALLOWED_ACTIONS_BY_STATUS[s] as readonly string[]).includes('edit'),
    );
    expect(editable).toEqual([
      'draft',
      'returned_by_commune',
      'returned_by_district',
      'returned_by_province',
    ]);
  });

  it('return and accept resolve to the level the status is waiting for', () => {
    expect(returnActionFor('submitted')).toBe('commune.return');
    expect(returnActionFor('forwarded_to_province')).toBe('province.return');
    expect(returnActionFor('forwarded_to_district')).toBe('district.return');
    expect(acceptActionFor('submitted')).toBe('commune.accept');
    expect(acceptActionFor('forwarded_to_province')).toBe('province.accept');
    expect(acceptActionFor('draft')).toBeUndefined();
  });
});

/** Random walks through the workflow: apply random actions, skipping refused ones. */
function walk(route: IntakeRoute, actions: readonly DossierAction[]): DossierStatus[] {
  const visited: DossierStatus[] = ['draft'];
  let status: DossierStatus = 'draft';
  for (const action of actions) {
    try {
      status = transition(status, action, route);
      visited.push(status);
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'INVALID_TRANSITION') throw error;
    }
  }
  return visited;
}

const actionsArb = fc.array(fc.constantFrom(...DOSSIER_ACTIONS), { maxLength: 60 });
const routeArb = fc.constantFrom<IntakeRoute>('province', 'district');

describe('state machine properties', () => {
  it('never leaves its route: province dossiers never see a district status, and vice versa', () => {
    fc.assert(
      fc.property(routeArb, actionsArb, (route, actions) => {
        const other = route === 'province' ? 'district' : 'province';
        return walk(route, actions).every((s) => !s.endsWith(`_${other}`));
      }),
    );
  });

  it('transition either throws INVALID_TRANSITION or returns a known status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...DOSSIER_STATUSES),
        fc.constantFrom(...DOSSIER_ACTIONS),
        routeArb,
        (status, action, route) => {
          try {
            return (DOSSIER_STATUSES as readonly string[]).includes(transition(status, action, route));
          } catch (error) {
            return error instanceof DomainError && error.code === 'INVALID_TRANSITION';
          }
        },
      ),
    );
  });

  it('the pool is reached only through the receiving level accepting a forwarded dossier', () => {
    fc.assert(
      fc.property(routeArb, actionsArb, (route, actions) => {
        const visited = walk(route, actions);
        return visited.every(
          (s, i) =>
            s !== 'accepted_into_pool' ||
            visited[i - 1] === `forwarded_to_${route}` ||
            visited[i - 1] === 'accepted_into_pool',
        );
      }),
    );
  });

  it('a dossier reaches the receiving level only after the commune assessed it', () => {
    fc.assert(
      fc.property(routeArb, actionsArb, (route, actions) => {
        const visited = walk(route, actions);
        return visited.every(
          (s, i) => !s.startsWith('forwarded_to_') || visited[i - 1] === 'commune_assessed',
        );
      }),
    );
  });

  it('every status can still reach the pool (no dead ends)', () => {
    for (const route of ['province', 'district'] as const) {
      const reachable = new Set<DossierStatus>(['accepted_into_pool']);
      let grew = true;
      while (grew) {
        grew = false;
        for (const status of DOSSIER_STATUSES) {
          if (reachable.has(status)) continue;
          const next = ALLOWED_ACTIONS_BY_STATUS[status].map((a: DossierAction) =>
            transition(status, a, route),
          );
          if (next.some((n) => reachable.has(n))) {
            reachable.add(status);
            grew = true;
          }
        }
      }
      const onRoute = DOSSIER_STATUSES.filter(
        (s) => !s.endsWith(route === 'province' ? '_district' : '_province'),
      );
      expect(onRoute.filter((s) => !reachable.has(s))).toEqual([]);
    }
  });
});
