/**
 * Who may see and act on a dossier, as a table plus three rules: a producer acts only on the
 * dossiers of producers it is a member of; the commune never sees drafts; the receiving level
 * (district or province standing office) sees only what was forwarded to it. Pure.
 */
import { can, PERMISSIONS, type Action, type Actor } from '../access/permissions';
import type { Role } from '../access/roles';
import { isWithinUnit } from '../access/unit-path';
import { FORWARDED_STATUSES, type DossierAction } from './dossier-workflow';
import type { DossierStatus } from './dossier.types';

/** The dossier as the policy sees it. */
export interface DossierScope {
  producerId: string;
  /** Unit path of the dossier's commune. */
  unitPath: string;
  status: DossierStatus;
}

/** The permission each workflow action needs. */
export const PERMISSION_BY_ACTION = {
  edit: 'dossier.edit',
  submit: 'dossier.submit',
  'commune.return': 'dossier.intake.commune',
  'commune.accept': 'dossier.intake.commune',
  'commune.assess': 'dossier.assess.commune',
  'commune.forward': 'dossier.assess.commune',
  'district.return': 'dossier.intake.district',
  'district.accept': 'dossier.intake.district',
  'province.return': 'dossier.intake.province',
  'province.accept': 'dossier.intake.province',
} as const satisfies Record<DossierAction, Action>;

function isScopeAllowed(actor: Actor, action: Action): boolean {
  return actor.tokenScopes === undefined || actor.tokenScopes.includes(action);
}

function hasGrant(actor: Actor, action: Action, role: Role, unitPath: string): boolean {
  const roles: readonly Role[] = PERMISSIONS[action];
  return (
    isScopeAllowed(actor, action) &&
    roles.includes(role) &&
    actor.grants.some((g) => g.role === role && isWithinUnit(unitPath, g.unitPath))
  );
}

/** True when the actor is a member of the dossier's producer and holds a producer grant over it. */
function isProducerOf(
  actor: Actor,
  action: Action,
  dossier: DossierScope,
  memberOf: readonly string[],
): boolean {
  return memberOf.includes(dossier.producerId) && hasGrant(actor, action, 'producer', dossier.unitPath);
}

/**
 * Read access: the producer's members always; the commune officer once submitted; the standing
 * office once forwarded. Everyone else gets nothing (the server answers 404).
 */
export function canReadDossier(actor: Actor, dossier: DossierScope, memberOf: readonly string[]): boolean {
  if (isProducerOf(actor, 'dossier.read', dossier, memberOf)) return true;
  if (dossier.status !== 'draft' && hasGrant(actor, 'dossier.read', 'commune_officer', dossier.unitPath))
    return true;
  return (
    (FORWARDED_STATUSES as readonly string[]).includes(dossier.status) &&
    hasGrant(actor, 'dossier.read', 'standing_office', dossier.unitPath)
  );
}

/** Whether the actor's grants allow a workflow action on the dossier (ignoring its status). */
export function canDoDossierAction(
  actor: Actor,
  action: DossierAction,
  dossier: DossierScope,
  memberOf: readonly string[],
): boolean {
  const permission = PERMISSION_BY_ACTION[action];
  if (action === 'edit' || action === 'submit') return isProducerOf(actor, permission, dossier, memberOf);
  return can(actor, permission, dossier);
}

/**
 * The list filter of an actor: dossiers of its producers, plus non-draft dossiers under its
 * commune-officer units, plus forwarded dossiers under its standing-office units.
 */
export interface DossierListScope {
  producerIds: string[];
  communePaths: string[];
  forwardedPaths: string[];
}

export function dossierListScope(actor: Actor, memberOf: readonly string[]): DossierListScope {
  const pathsOf = (role: Role): string[] =>
    isScopeAllowed(actor, 'dossier.read') && (PERMISSIONS['dossier.read'] as readonly Role[]).includes(role)
      ? actor.grants.filter((g) => g.role === role).map((g) => g.unitPath)
      : [];
  const hasProducerGrant = pathsOf('producer').length > 0;
  return {
    producerIds: hasProducerGrant ? [...memberOf] : [],
    communePaths: pathsOf('commune_officer'),
    forwardedPaths: pathsOf('standing_office'),
  };
}
