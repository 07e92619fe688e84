import type { MeOutput } from '../../../contracts/auth.contracts';
import type { Database } from '../../../db/database';
import { findAccountById } from '../../../db/repositories/accounts.repository';
import { listGrantsOfAccounts } from '../../../db/repositories/grants.repository';
import { ACTIONS, canAnywhere, type Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { presentGrant } from '../accounts/account.presenter';

/** The signed-in account as the web app needs it: profile, grants, allowed actions, CSRF token. */
export async function getMe(params: { db: Database; actor: Actor; csrfToken: string | null }): Promise<MeOutput> {
  const account = await findAccountById(params.db, params.actor.accountId);
  if (!account) throw notFound('tài khoản', 'Account');
  const grants = await listGrantsOfAccounts(params.db, [account.id]);
  const activeGrantUnits = new Set(params.actor.grants.map((g) => `${g.role}@${g.unitId}`));
  return {
    id: account.id,
    username: account.username,
    displayName: account.displayName,
    email: account.email,
    locale: account.locale,
    unitId: account.unitId,
    grants: grants
      .filter((g) => activeGrantUnits.has(`${g.role}@${g.unitId}`))
      .map(presentGrant),
    actions: ACTIONS.filter((action) => canAnywhere(params.actor, action)),
    csrfToken: params.csrfToken,
  };
}
