import type { Action, Actor } from './permissions';
import { PERMISSIONS } from './permissions';
import type { Role } from './roles';
import { isWithinUnit } from './unit-path';

/**
 * Who may act on a producer's records (profile, products, evidence). Reads like the permission
 * table plus one rule: a `producer` grant acts only on producers the account is a member of —
 * producer A never touches producer B, even in the same commune. Officials act within their
 * unit (commune officer: the commune; standing office: the province; admin: per its unit).
 */
export type ProducerAction = Extract<
  Action,
  | 'producer.read'
  | 'producer.read-representative'
  | 'producer.manage'
  | 'product.manage'
  | 'evidence.read'
  | 'evidence.manage'
>;

/** The producer as the policy sees it: its id and the unit path of its commune. */
export interface ProducerScope {
  id: string;
  unitPath: string;
}

/** The producers an account is a member of (producer_members). */
export type MemberProducerIds = ReadonlySet<string> | readonly string[];

function isMember(memberOf: MemberProducerIds, producerId: string): boolean {
  return Array.isArray(memberOf)
    ? memberOf.includes(producerId)
    : (memberOf as ReadonlySet<string>).has(producerId);
}

/**
 * True when one of the actor's grants allows `action` on `producer`: the role is listed for the
 * action, the producer's commune lies within the grant's unit, and — for the producer role — the
 * account is a member of that producer. API-token scopes limit as everywhere.
 */
export function canActOnProducer(
  actor: Actor,
  action: ProducerAction,
  producer: ProducerScope,
  memberOf: MemberProducerIds,
): boolean {
  if (actor.tokenScopes !== undefined && !actor.tokenScopes.includes(action)) return false;
  const roles: readonly Role[] = PERMISSIONS[action];
  return actor.grants.some(
    (grant) =>
      roles.includes(grant.role) &&
      isWithinUnit(producer.unitPath, grant.unitPath) &&
      (grant.role !== 'producer' || isMember(memberOf, producer.id)),
  );
}

/** Whether the actor may see the legal representative (name, gender, ethnicity). */
export function canSeeLegalRepresentative(
  actor: Actor,
  producer: ProducerScope,
  memberOf: MemberProducerIds,
): boolean {
  return canActOnProducer(actor, 'producer.read-representative', producer, memberOf);
}

/**
 * What a list query may return for `action`: producers under any of `unitPaths` (official
 * grants), plus the `producerIds` the account is a member of where a producer grant covers them.
 */
export interface ProducerListScope {
  unitPaths: string[];
  producerIds: string[];
}

/** The list scope of an actor for `action` (see {@link ProducerListScope}). Pure. */
export function producerListScope(
  actor: Actor,
  action: ProducerAction,
  members: readonly ProducerScope[],
): ProducerListScope {
  if (actor.tokenScopes !== undefined && !actor.tokenScopes.includes(action))
    return { unitPaths: [], producerIds: [] };
  const roles: readonly Role[] = PERMISSIONS[action];
  const officialPaths = actor.grants
    .filter((g) => g.role !== 'producer' && roles.includes(g.role))
    .map((g) => g.unitPath);
  const unitPaths = officialPaths.filter(
    (path) => !officialPaths.some((other) => other !== path && isWithinUnit(path, other)),
  );
  const producerGrants = actor.grants.filter((g) => g.role === 'producer' && roles.includes(g.role));
  const producerIds = members
    .filter((m) => producerGrants.some((g) => isWithinUnit(m.unitPath, g.unitPath)))
    .filter((m) => !unitPaths.some((path) => isWithinUnit(m.unitPath, path)))
    .map((m) => m.id);
  return { unitPaths, producerIds };
}
