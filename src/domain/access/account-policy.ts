import { can, type Actor } from './permissions';

/** What decides who may manage an account: its home unit and the units of its grants. */
export interface ManagedAccount {
  homeUnitPath: string;
  /** Unrevoked grants; `validTo` (YYYY-MM-DD) of an ended grant lets the rule ignore it. */
  grants: readonly { unitPath: string; validTo: string | null }[];
}

/**
 * True when the actor may manage an account — edit it, disable it, reset its password, grant or
 * revoke its roles: `action` must be allowed on the account's home unit AND on the unit of every
 * grant the account holds now or later (grants that ended before `today` no longer count).
 * Otherwise a province admin could reset the password of a national standing-office officer whose
 * home unit lies in the province, and sign in with national powers.
 */
export function canManageAccount(
  actor: Actor,
  action: 'account.manage' | 'grant.manage',
  account: ManagedAccount,
  today: string,
): boolean {
  if (!can(actor, action, { unitPath: account.homeUnitPath })) return false;
  return account.grants
    .filter((grant) => grant.validTo === null || grant.validTo >= today)
    .every((grant) => can(actor, action, { unitPath: grant.unitPath }));
}
