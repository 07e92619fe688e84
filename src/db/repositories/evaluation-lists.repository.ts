/**
 * The council, round and decision lists: jurisdiction by unit path prefix in SQL, one page with
 * its total, and the per-row data (members, product and item counts) in one query per kind for
 * the whole page. Queries only: who may see what is decided by the list use cases.
 */
import { and, asc, desc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { toCount, type Database } from '../database';
import { COUNCIL_MEMBER_ORDER, type CouncilMemberRow, type CouncilRow } from './councils.repository';
import type { RoundRow } from './rounds.repository';
import {
  adminUnits,
  councilMembers,
  councils,
  decisionItems,
  decisions,
  roundProducts,
  rounds,
} from '../schema';

export type { CouncilMemberRow, CouncilRow, RoundRow };
export type DecisionRow = typeof decisions.$inferSelect;

export interface Page {
  limit: number;
  offset: number;
}

/** The unit (by its path) lies within one of `paths`; false when there is none. */
function underAny(paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  return or(...paths.map((path) => sql`${adminUnits.path} like ${`${path}%`}`))!;
}

/** The councils where the account holds a seat today (not removed). */
function seatedCouncilIds(db: Database, accountId: string) {
  return db
    .select({ id: councilMembers.councilId })
    .from(councilMembers)
    .where(and(eq(councilMembers.accountId, accountId), isNull(councilMembers.removedAt)));
}

export interface CouncilListFilter extends Page {
  /** Councils of units under these paths are visible. */
  unitPaths: readonly string[];
  /** Councils where this account is seated are visible too. */
  seatedAccountId: string;
}

export interface CouncilListRow {
  council: CouncilRow;
  unitName: string;
  unitPath: string;
}

/** Visible councils, oldest first, with the total count. */
export async function listVisibleCouncils(
  db: Database,
  filter: CouncilListFilter,
): Promise<{ rows: CouncilListRow[]; total: number }> {
  const where = or(
    underAny(filter.unitPaths),
    inArray(councils.id, seatedCouncilIds(db, filter.seatedAccountId)),
  );
  const rows = await db
    .select({ council: councils, unitName: adminUnits.fullName, unitPath: adminUnits.path })
    .from(councils)
    .innerJoin(adminUnits, eq(adminUnits.id, councils.unitId))
    .where(where)
    .orderBy(asc(councils.createdAt), asc(councils.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(councils)
    .innerJoin(adminUnits, eq(adminUnits.id, councils.unitId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

/** Every member (removed ones included) of these councils, in one query. */
export async function listMembersOfCouncils(
  db: Database,
  councilIds: readonly string[],
): Promise<CouncilMemberRow[]> {
  if (councilIds.length === 0) return [];
  return db
    .select()
    .from(councilMembers)
    .where(inArray(councilMembers.councilId, [...councilIds]))
    .orderBy(...COUNCIL_MEMBER_ORDER);
}

export interface RoundListFilter extends Page {
  /** Rounds of units under these paths are visible (drafts included). */
  unitPaths: readonly string[];
  /** Rounds past draft of councils where this account is seated are visible too. */
  seatedAccountId: string;
}

export interface RoundListRow {
  round: RoundRow;
  councilName: string;
  productCount: number;
}

/** Visible rounds, latest meeting first, with the number of products on each agenda and the total. */
export async function listVisibleRounds(
  db: Database,
  filter: RoundListFilter,
): Promise<{ rows: RoundListRow[]; total: number }> {
  const where = or(
    underAny(filter.unitPaths),
    and(ne(rounds.status, 'draft'), inArray(rounds.councilId, seatedCouncilIds(db, filter.seatedAccountId))),
  );
  const rows = await db
    .select({
      round: rounds,
      councilName: councils.name,
      productCount: sql<unknown>`(select count(*) from ${roundProducts} where ${roundProducts.roundId} = ${rounds.id})`,
    })
    .from(rounds)
    .innerJoin(councils, eq(councils.id, rounds.councilId))
    .innerJoin(adminUnits, eq(adminUnits.id, rounds.unitId))
    .where(where)
    .orderBy(desc(rounds.meetingOn), asc(rounds.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(rounds)
    .innerJoin(adminUnits, eq(adminUnits.id, rounds.unitId))
    .where(where);
  return {
    rows: rows.map((row) => ({ ...row, productCount: toCount(row.productCount) })),
    total: toCount(count?.n),
  };
}

export interface DecisionListFilter extends Page {
  /** Decisions of units under these paths are visible. */
  unitPaths: readonly string[];
}

export interface DecisionListRow {
  decision: DecisionRow;
  itemCount: number;
}

/** Visible decisions, first drafted first, with the number of items of each and the total. */
export async function listVisibleDecisions(
  db: Database,
  filter: DecisionListFilter,
): Promise<{ rows: DecisionListRow[]; total: number }> {
  const where = underAny(filter.unitPaths);
  const rows = await db
    .select({
      decision: decisions,
      itemCount: sql<unknown>`(select count(*) from ${decisionItems} where ${decisionItems.decisionId} = ${decisions.id})`,
    })
    .from(decisions)
    .innerJoin(adminUnits, eq(adminUnits.id, decisions.unitId))
    .where(where)
    .orderBy(asc(decisions.draftedAt), asc(decisions.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(decisions)
    .innerJoin(adminUnits, eq(adminUnits.id, decisions.unitId))
    .where(where);
  return {
    rows: rows.map((row) => ({ ...row, itemCount: toCount(row.itemCount) })),
    total: toCount(count?.n),
  };
}
