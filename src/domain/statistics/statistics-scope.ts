/**
 * Whose figures an actor sees (OCOP.md §14): a commune its own, a province its communes, the
 * centre all; a producer nothing but its own products'. Pure.
 */
import { PERMISSIONS, type Actor } from '../access/permissions';
import { isWithinUnit, pathIds } from '../access/unit-path';

export type StatisticsScope =
  | { kind: 'nation' }
  | { kind: 'province'; provinceId: string }
  | { kind: 'commune'; provinceId: string; communeId: string }
  | { kind: 'producers'; producerIds: readonly string[] };

/** A unit as the scope rules need it. */
export interface ScopeUnit {
  id: string;
  path: string;
  level: string;
}

export type ScopeDecision = { scope: StatisticsScope } | { refusal: 'forbidden' | 'unsupported-unit' };

/** The scope of one unit's figures (nation, province or commune; a pre-reform district has none). */
export function scopeOfUnit(unit: ScopeUnit): StatisticsScope | undefined {
  const ids = pathIds(unit.path);
  if (unit.level === 'nation') return { kind: 'nation' };
  if (unit.level === 'province') return { kind: 'province', provinceId: unit.id };
  if (unit.level === 'commune' && ids.length === 3) {
    return { kind: 'commune', provinceId: ids[1]!, communeId: unit.id };
  }
  return undefined;
}

/** Unit paths where the actor reads the figures of a unit (every role but producer). */
export function officeScopes(actor: Actor): string[] {
  if (actor.tokenScopes !== undefined && !actor.tokenScopes.includes('statistics.read')) return [];
  const roles: readonly string[] = PERMISSIONS['statistics.read'];
  return actor.grants
    .filter((grant) => grant.role !== 'producer' && roles.includes(grant.role))
    .map((grant) => grant.unitPath)
    .sort((a, b) => a.length - b.length);
}

/**
 * The figures `actor` may see: those of `unit` when given (it must lie within one of the actor's
 * office grants), else those of its widest grant, else — for a producer only — its own producers'.
 */
export function decideStatisticsScope(params: {
  actor: Actor;
  /** The unit asked for, already loaded; undefined = the actor's own. */
  unit: ScopeUnit | undefined;
  /** Producer ids the actor is a member of (only used without an office grant). */
  memberProducerIds: readonly string[];
  /** The unit of the actor's widest office grant, loaded by the caller. */
  widestUnit: ScopeUnit | undefined;
}): ScopeDecision {
  const scopes = officeScopes(params.actor);
  if (params.unit) {
    if (!scopes.some((path) => isWithinUnit(params.unit!.path, path))) return { refusal: 'forbidden' };
    const scope = scopeOfUnit(params.unit);
    return scope ? { scope } : { refusal: 'unsupported-unit' };
  }
  if (params.widestUnit) {
    const scope = scopeOfUnit(params.widestUnit);
    return scope ? { scope } : { refusal: 'unsupported-unit' };
  }
  const isProducer = params.actor.grants.some((grant) => grant.role === 'producer');
  if (isProducer && params.memberProducerIds.length > 0) {
    return { scope: { kind: 'producers', producerIds: params.memberProducerIds } };
  }
  return { refusal: 'forbidden' };
}
