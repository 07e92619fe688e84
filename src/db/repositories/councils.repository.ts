/**
 * Hội đồng — councils, their seats (removed ones are kept for the sheets that name them) and the
 * accounts that may take a seat. Queries only: who may see or edit a council is decided by the
 * evaluation use cases.
 */
import { and, asc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import type { Database } from '../database';
import {
  accounts,
  councilMembers,
  councils,
  memberAssignments,
  products,
  roleGrants,
  roundProducts,
  rounds,
} from '../schema';

export type CouncilRow = typeof councils.$inferSelect;
export type CouncilMemberRow = typeof councilMembers.$inferSelect;

/** The fields of a seat an edit writes. */
export type CouncilMemberValues = Pick<
  typeof councilMembers.$inferInsert,
  'accountId' | 'fullName' | 'agency' | 'position' | 'organisation' | 'role' | 'seat'
>;

export async function findCouncil(db: Database, id: string): Promise<CouncilRow | undefined> {
  const [row] = await db.select().from(councils).where(eq(councils.id, id));
  return row;
}

/** The order the office listed the seats in; the creation time and id only break ties of older rows. */
export const COUNCIL_MEMBER_ORDER = [
  asc(councilMembers.seat),
  asc(councilMembers.createdAt),
  asc(councilMembers.id),
];

/** The seats of these councils in the order the office listed them; with `isRemovedIncluded`, also removed ones. */
export async function listCouncilMembers(
  db: Database,
  councilIds: readonly string[],
  options: { isRemovedIncluded?: boolean } = {},
): Promise<CouncilMemberRow[]> {
  if (councilIds.length === 0) return [];
  const ofCouncils = inArray(councilMembers.councilId, [...councilIds]);
  return db
    .select()
    .from(councilMembers)
    .where(options.isRemovedIncluded ? ofCouncils : and(ofCouncils, isNull(councilMembers.removedAt)))
    .orderBy(...COUNCIL_MEMBER_ORDER);
}

/** The display name of an account, or undefined for an unknown account. */
export async function findAccountDisplayName(db: Database, accountId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ name: accounts.displayName })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.name;
}

type CouncilRoundStatus = (typeof rounds.$inferSelect)['status'];

export interface ScoringAssignment {
  memberId: string;
  productName: string;
  roundName: string;
}

/** The products these seats are assigned to in the council's rounds of the given statuses. */
export async function listAssignmentsOfMembers(
  db: Database,
  params: { councilId: string; roundStatuses: readonly string[]; memberIds: readonly string[] },
): Promise<ScoringAssignment[]> {
  if (params.memberIds.length === 0 || params.roundStatuses.length === 0) return [];
  return db
    .select({ memberId: memberAssignments.memberId, productName: products.name, roundName: rounds.name })
    .from(memberAssignments)
    .innerJoin(roundProducts, eq(roundProducts.id, memberAssignments.roundProductId))
    .innerJoin(rounds, eq(rounds.id, roundProducts.roundId))
    .innerJoin(products, eq(products.id, roundProducts.productId))
    .where(
      and(
        eq(rounds.councilId, params.councilId),
        inArray(rounds.status, [...params.roundStatuses] as CouncilRoundStatus[]),
        inArray(memberAssignments.memberId, [...params.memberIds]),
      ),
    );
}

/**
 * Conditional update: changes the council only if it still has `expectedVersion`, bumping the
 * version. Undefined when someone else got there first.
 */
export async function updateCouncilIf(
  db: Database,
  id: string,
  expectedVersion: number,
  values: Pick<typeof councils.$inferInsert, 'name' | 'establishedBy' | 'termFrom' | 'termTo' | 'updatedAt'>,
): Promise<CouncilRow | undefined> {
  const [row] = await db
    .update(councils)
    .set({ ...values, version: expectedVersion + 1 })
    .where(and(eq(councils.id, id), eq(councils.version, expectedVersion)))
    .returning();
  return row;
}

/** Takes seats off their council; the rows stay (with `removedAt`) for the sheets that name them. */
export async function markCouncilMembersRemoved(
  db: Database,
  memberIds: readonly string[],
  now: Date,
): Promise<void> {
  if (memberIds.length === 0) return;
  await db
    .update(councilMembers)
    .set({ removedAt: now })
    .where(inArray(councilMembers.id, [...memberIds]));
}

/** Drops the assignments of these seats in the council's rounds of the given statuses. */
export async function deleteAssignmentsOfMembers(
  db: Database,
  params: { councilId: string; roundStatuses: readonly string[]; memberIds: readonly string[] },
): Promise<void> {
  if (params.memberIds.length === 0 || params.roundStatuses.length === 0) return;
  const roundProductIds = db
    .select({ id: roundProducts.id })
    .from(roundProducts)
    .innerJoin(rounds, eq(rounds.id, roundProducts.roundId))
    .where(
      and(
        eq(rounds.councilId, params.councilId),
        inArray(rounds.status, [...params.roundStatuses] as CouncilRoundStatus[]),
      ),
    );
  await db
    .delete(memberAssignments)
    .where(
      and(
        inArray(memberAssignments.memberId, [...params.memberIds]),
        inArray(memberAssignments.roundProductId, roundProductIds),
      ),
    );
}

/** Rewrites a seat; `removedAt: null` gives a removed seat back. */
export async function updateCouncilMember(
  db: Database,
  id: string,
  values: CouncilMemberValues & { removedAt?: null },
): Promise<void> {
  await db.update(councilMembers).set(values).where(eq(councilMembers.id, id));
}

export async function insertCouncilMember(
  db: Database,
  values: CouncilMemberValues & { councilId: string; createdAt: Date },
): Promise<void> {
  await db.insert(councilMembers).values(values);
}

/** The fields of a new council. */
export type NewCouncilValues = Pick<
  typeof councils.$inferInsert,
  | 'unitId'
  | 'level'
  | 'name'
  | 'establishedBy'
  | 'termFrom'
  | 'termTo'
  | 'createdBy'
  | 'createdAt'
  | 'updatedAt'
>;

export async function insertCouncil(db: Database, values: NewCouncilValues): Promise<CouncilRow> {
  const [council] = await db.insert(councils).values(values).returning();
  if (!council) throw new Error('insert returned nothing');
  return council;
}

/** Seats the members of a new council, in the order given, and returns their rows. */
export async function insertCouncilMembers(
  db: Database,
  values: (CouncilMemberValues & { councilId: string; createdAt: Date })[],
): Promise<CouncilMemberRow[]> {
  return db
    .insert(councilMembers)
    .values(values.map((v, seat) => ({ ...v, seat })))
    .returning();
}

export interface CouncilGrantHolder {
  accountId: string;
  username: string;
  displayName: string;
  role: string;
}

/**
 * The active accounts holding one of `roles` in one of `unitIds`, valid on `today` (one row per
 * grant), by display name.
 */
export async function listActiveGrantHolders(
  db: Database,
  params: { roles: readonly string[]; unitIds: readonly string[]; today: string },
): Promise<CouncilGrantHolder[]> {
  return db
    .select({
      accountId: accounts.id,
      username: accounts.username,
      displayName: accounts.displayName,
      role: roleGrants.role,
    })
    .from(roleGrants)
    .innerJoin(accounts, eq(accounts.id, roleGrants.accountId))
    .where(
      and(
        inArray(roleGrants.role, [...params.roles] as (typeof roleGrants.$inferSelect)['role'][]),
        inArray(roleGrants.unitId, [...params.unitIds]),
        isNull(roleGrants.revokedAt),
        or(isNull(roleGrants.validTo), gte(roleGrants.validTo, params.today)),
        eq(accounts.status, 'active'),
      ),
    )
    .orderBy(asc(accounts.displayName));
}
