import type { MeOutput } from '../../../contracts/auth.contracts';
import type { Database } from '../../../db/database';
import { findAccountById, type AccountRow } from '../../../db/repositories/accounts.repository';
import { listGrantsOfAccounts, type GrantWithUnit } from '../../../db/repositories/grants.repository';
import { ACTIONS, canAnywhere, type Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { presentGrant } from '../accounts/account.presenter';

/**
 * The signed-in account as the web app needs it: profile, grants in force, allowed actions, CSRF
 * token. A browser session passes what authentication already read (`signedIn`); otherwise the
 * account and its grants are read here.
 */
export async function getMe(params: {
  db: Database;
  actor: Actor;
  csrfToken: string | null;
  signedIn?: { account: AccountRow; grants: GrantWithUnit[] } | null;
}): Promise<MeOutput> {
  const { account, grants } =
    params.signedIn ?? (await readAccountWithGrants(params.db, params.actor.accountId));
  const activeGrantUnits = new Set(params.actor.grants.map((g) => `${g.role}@${g.unitId}`));
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    email: account.email,
    locale: account.locale,
    unitId: account.unitId,
    grants: grants.filter((g) => activeGrantUnits.has(`${g.role}@${g.unitId}`)).map(presentGrant),
    actions: ACTIONS.filter((action) => canAnywhere(params.actor, action)),
    csrfToken: params.csrfToken,
  };
}

async function readAccountWithGrants(
  db: Database,
  accountId: string,
): Promise<{ account: AccountRow; grants: GrantWithUnit[] }> {
  const account = await findAccountById(db, accountId);
  if (!account) throw notFound('tài khoản', 'Account');
  return { account, grants: await listGrantsOfAccounts(db, [account.id]) };
}
