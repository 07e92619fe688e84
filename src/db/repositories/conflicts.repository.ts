/**
 * Xung đột lợi ích — members' conflict-of-interest declarations per round product, and the facts
 * the hints are computed from (the member's home unit, the producer, its members). Queries only:
 * the hints themselves come from `domain/evaluation/conflict-hints`.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { accounts, conflictDeclarations, producerMembers, producers } from '../schema';

export type ConflictDeclarationRow = typeof conflictDeclarations.$inferSelect;

/** The declarations made for these round products. */
export async function listDeclarationsOfProducts(
  db: Database,
  roundProductIds: readonly string[],
): Promise<ConflictDeclarationRow[]> {
  if (roundProductIds.length === 0) return [];
  return db
    .select()
    .from(conflictDeclarations)
    .where(inArray(conflictDeclarations.roundProductId, [...roundProductIds]));
}

/** Writes a member's declaration for a round product, replacing an earlier one. */
export async function upsertConflictDeclaration(
  db: Database,
  values: Omit<ConflictDeclarationRow, 'id'>,
): Promise<void> {
  const { declaration, note, hints, declaredAt } = values;
  await db
    .insert(conflictDeclarations)
    .values(values)
    .onConflictDoUpdate({
      target: [conflictDeclarations.roundProductId, conflictDeclarations.memberId],
      set: { declaration, note, hints, declaredAt },
    });
}

/** The unit an account belongs to (its home unit), or undefined for an unknown account. */
export async function findAccountHomeUnit(
  db: Database,
  accountId: string,
): Promise<{ unitId: string | null } | undefined> {
  const [row] = await db.select({ unitId: accounts.unitId }).from(accounts).where(eq(accounts.id, accountId));
  return row;
}

export interface ConflictProducer {
  id: string;
  name: string;
  communeId: string;
}

export async function findConflictProducer(
  db: Database,
  producerId: string,
): Promise<ConflictProducer | undefined> {
  const [row] = await db
    .select({ id: producers.id, name: producers.name, communeId: producers.communeId })
    .from(producers)
    .where(eq(producers.id, producerId));
  return row;
}

/** The accounts that are members of the producer (its owners and staff). */
export async function listProducerMemberAccountIds(db: Database, producerId: string): Promise<string[]> {
  const rows = await db
    .select({ accountId: producerMembers.accountId })
    .from(producerMembers)
    .where(eq(producerMembers.producerId, producerId));
  return rows.map((r) => r.accountId);
}
