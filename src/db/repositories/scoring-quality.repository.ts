import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, councilMembers, councils, roundProducts, rounds, scoreSheets } from '../schema';

/** Queries behind the scoring-quality view of a council. No rules. */

export interface CouncilScope {
  id: string;
  name: string;
  unitPath: string;
}

export async function findCouncilScope(db: Database, councilId: string): Promise<CouncilScope | undefined> {
  const [row] = await db
    .select({ id: councils.id, name: councils.name, unitPath: adminUnits.path })
    .from(councils)
    .innerJoin(adminUnits, eq(adminUnits.id, councils.unitId))
    .where(eq(councils.id, councilId));
  return row;
}

export async function listCouncilMembersBrief(db: Database, councilId: string) {
  return db
    .select({
      id: councilMembers.id,
      accountId: councilMembers.accountId,
      fullName: councilMembers.fullName,
      role: councilMembers.role,
      removedAt: councilMembers.removedAt,
    })
    .from(councilMembers)
    .where(eq(councilMembers.councilId, councilId));
}

/** Every submitted score sheet (all versions) of the council's rounds that were not cancelled. */
export async function listSubmittedSheetTotals(db: Database, councilId: string) {
  return db
    .select({
      roundId: rounds.id,
      roundName: rounds.name,
      meetingOn: rounds.meetingOn,
      roundProductId: scoreSheets.roundProductId,
      memberId: scoreSheets.memberId,
      version: scoreSheets.version,
      totalHundredths: scoreSheets.totalHundredths,
    })
    .from(scoreSheets)
    .innerJoin(roundProducts, eq(roundProducts.id, scoreSheets.roundProductId))
    .innerJoin(rounds, eq(rounds.id, roundProducts.roundId))
    .where(
      and(
        eq(rounds.councilId, councilId),
        ne(rounds.status, 'cancelled'),
        eq(scoreSheets.status, 'submitted'),
      ),
    );
}
