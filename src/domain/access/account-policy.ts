import { can, type Actor } from './permissions';

/** What decides who may manage an account: its home unit and the units of its grants. */
export interface ManagedAccount<G extends ManagedGrant = ManagedGrant> {
  homeUnitPath: string;
  /** Unrevoked grants; `validTo` (YYYY-MM-DD) of an ended grant lets the rule ignore it. */
  grants: readonly G[];
}

export interface ManagedGrant {
  unitPath: string;
  validTo: string | null;
}

type ManageAction = 'account.manage' | 'grant.manage';

/**
 * The grants of an account, held now or later (those that ended before `today` no longer count),
 * whose unit lies outside where the actor may do `action`. Any such grant puts the account out of
 * the actor's reach (see {@link canManageAccount}).
 */
export function grantsBeyondActor<G extends ManagedGrant>(
  actor: Actor,
  action: ManageAction,
  account: ManagedAccount<G>,
  today: string,
): G[] {
  return account.grants.filter(
    (grant) =>
      (grant.validTo === null || grant.validTo >= today) && !can(actor, action, { unitPath: grant.unitPath }),
  );
}

/**
 * True when the actor may manage an account — edit it, disable it, reset its password, grant or
 * revoke its roles: `action` must be allowed on the account's home unit AND on the unit of every
 * grant the account holds now or later. Otherwise a province admin could reset the password of a
 * national standing-office officer whose home unit lies in the province, and sign in with national
 * powers.
 */
export function canManageAccount(
  actor: Actor,
  action: ManageAction,
  account: ManagedAccount,
  today: string,
): boolean {
  return (
    can(actor, action, { unitPath: account.homeUnitPath }) &&
    grantsBeyondActor(actor, action, account, today).length === 0
  );
}
