import type { AccountOutput } from '../../../contracts/accounts.contracts';
import type { Database } from '../../../db/database';
import { listAccountsPage } from '../../../db/repositories/accounts.repository';
import { listGrantsOfAccounts } from '../../../db/repositories/grants.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';
import { forbidden } from '../../../domain/errors';
import { presentAccount } from './account.presenter';

/** Accounts whose home unit lies in the actor's jurisdiction, filtered and paged. */
export async function listAccounts(params: {
  db: Database;
  actor: Actor;
  query: { q?: string | undefined; unitId?: string | undefined; limit: number; offset: number };
}): Promise<{ items: AccountOutput[]; total: number }> {
  const { db, query } = params;
  const scopes = scopesFor(params.actor, 'account.read');
  if (scopes.length === 0) throw forbidden();
  const { rows, total } = await listAccountsPage(db, { ...query, unitPaths: scopes });
  const grants = await listGrantsOfAccounts(
    db,
    rows.map((r) => r.account.id),
  );
  return {
    items: rows.map((r) =>
      presentAccount(
        r.account,
        r.unitName,
        grants.filter((g) => g.accountId === r.account.id),
      ),
    ),
    total,
  };
}
