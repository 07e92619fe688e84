import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { accounts, producerMembers, roleGrants, sessions } from '../schema';

export type NewAccountRow = typeof accounts.$inferInsert;
type AccountRow = typeof accounts.$inferSelect;

/**
 * Creates an account that acts for producers, with its producer role grant at `unitId` (its
 * commune) valid from `validFrom`; returns the account.
 */
export async function insertProducerAccount(
  db: Database,
  account: NewAccountRow & { unitId: string },
  grant: { validFrom: string; createdAt: Date },
): Promise<AccountRow> {
  const [row] = await db.insert(accounts).values(account).returning();
  if (!row) throw new Error('insert returned nothing');
  await db.insert(roleGrants).values({
    accountId: row.id,
    role: 'producer',
    unitId: account.unitId,
    validFrom: grant.validFrom,
    createdAt: grant.createdAt,
  });
  return row;
}

/** Makes an account a member of a producer (one of the accounts acting for it). */
export async function insertProducerMember(
  db: Database,
  member: { producerId: string; accountId: string; isOwner: boolean; createdAt?: Date },
): Promise<void> {
  await db.insert(producerMembers).values(member);
}

/** Like {@link insertProducerMember}, doing nothing when the account is a member already. */
export async function insertProducerMemberIfAbsent(
  db: Database,
  member: { producerId: string; accountId: string; isOwner: boolean; createdAt?: Date },
): Promise<void> {
  await db.insert(producerMembers).values(member).onConflictDoNothing();
}

/** Ends an account's membership of a producer. */
export async function deleteProducerMember(
  db: Database,
  producerId: string,
  accountId: string,
): Promise<void> {
  await db
    .delete(producerMembers)
    .where(and(eq(producerMembers.producerId, producerId), eq(producerMembers.accountId, accountId)));
}

/** Whether an account still acts for any producer. */
export async function isMemberOfAnyProducer(db: Database, accountId: string): Promise<boolean> {
  const rows = await db
    .select({ producerId: producerMembers.producerId })
    .from(producerMembers)
    .where(eq(producerMembers.accountId, accountId))
    .limit(1);
  return rows.length > 0;
}

/** Revokes an account's live producer grants as of `now`, ending them `today`. */
export async function revokeProducerGrants(
  db: Database,
  accountId: string,
  now: Date,
  today: string,
): Promise<void> {
  await db
    .update(roleGrants)
    .set({ revokedAt: now, validTo: today })
    .where(
      and(eq(roleGrants.accountId, accountId), eq(roleGrants.role, 'producer'), isNull(roleGrants.revokedAt)),
    );
}

/** Whether an account has any grant not revoked. */
export async function hasUnrevokedGrant(db: Database, accountId: string): Promise<boolean> {
  const rows = await db
    .select({ id: roleGrants.id })
    .from(roleGrants)
    .where(and(eq(roleGrants.accountId, accountId), isNull(roleGrants.revokedAt)))
    .limit(1);
  return rows.length > 0;
}

/** Disables an account (bumping its version) and revokes its live sessions. */
export async function disableAccountAndEndSessions(
  db: Database,
  accountId: string,
  now: Date,
): Promise<void> {
  await db
    .update(accounts)
    .set({ status: 'disabled', updatedAt: now, version: sql`${accounts.version} + 1` })
    .where(eq(accounts.id, accountId));
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt)));
}
