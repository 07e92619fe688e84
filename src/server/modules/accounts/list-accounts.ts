import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { AccountOutput } from '../../../contracts/accounts.contracts';
import { toCount, type Database } from '../../../db/database';
import { listGrantsOfAccounts } from '../../../db/repositories/grants.repository';
import { accounts, adminUnits } from '../../../db/schema';
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
  const conditions: SQL[] = [or(...scopes.map((path) => sql`${adminUnits.path} like ${`${path}%`}`))!];
  if (query.unitId) conditions.push(eq(accounts.unitId, query.unitId));
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(accounts.username, pattern),
        ilike(accounts.displayName, pattern),
        ilike(accounts.email, pattern),
      )!,
    );
  }
  const where = and(...conditions);
  const rows = await db
    .select({ account: accounts, unitName: adminUnits.fullName })
    .from(accounts)
    .innerJoin(adminUnits, eq(adminUnits.id, accounts.unitId))
    .where(where)
    .orderBy(asc(accounts.username))
    .limit(query.limit)
    .offset(query.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)` })
    .from(accounts)
    .innerJoin(adminUnits, eq(adminUnits.id, accounts.unitId))
    .where(where);
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
    total: toCount(count?.n),
  };
}
