/** Rows the evaluation demo writes directly: a council, its rounds, results and decisions. */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import {
  certificates,
  councilMembers,
  councils,
  decisionItems,
  decisions,
  dossiers,
  memberAssignments,
  roundAttendance,
  roundProducts,
  roundResults,
  rounds,
  scoreSheets,
} from '../schema';

export type DemoDossierRow = typeof dossiers.$inferSelect;
export type DemoCouncilMemberRow = typeof councilMembers.$inferSelect;
export type DemoRoundResultRow = typeof roundResults.$inferSelect;
type CertificateRow = typeof certificates.$inferSelect;

function first<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findCouncilByName(db: Database, name: string) {
  const [row] = await db.select().from(councils).where(eq(councils.name, name));
  return row;
}

export async function insertDemoCouncil(db: Database, values: typeof councils.$inferInsert) {
  return first(await db.insert(councils).values(values).returning());
}

export async function insertDemoCouncilMembers(
  db: Database,
  values: (typeof councilMembers.$inferInsert)[],
): Promise<DemoCouncilMemberRow[]> {
  return db
    .insert(councilMembers)
    .values(values.map((v, seat) => ({ ...v, seat })))
    .returning();
}

export async function insertDemoDossier(
  db: Database,
  values: typeof dossiers.$inferInsert,
): Promise<DemoDossierRow> {
  return first(await db.insert(dossiers).values(values).returning());
}

export async function insertDemoRound(db: Database, values: typeof rounds.$inferInsert) {
  return first(await db.insert(rounds).values(values).returning());
}

export async function insertDemoAttendance(
  db: Database,
  values: (typeof roundAttendance.$inferInsert)[],
): Promise<void> {
  await db.insert(roundAttendance).values(values);
}

export async function insertDemoRoundProduct(db: Database, values: typeof roundProducts.$inferInsert) {
  return first(await db.insert(roundProducts).values(values).returning());
}

export async function insertDemoMemberAssignments(
  db: Database,
  values: (typeof memberAssignments.$inferInsert)[],
): Promise<void> {
  await db.insert(memberAssignments).values(values);
}

export async function insertDemoScoreSheet(
  db: Database,
  values: typeof scoreSheets.$inferInsert,
): Promise<void> {
  await db.insert(scoreSheets).values(values);
}

export async function insertDemoRoundResult(
  db: Database,
  values: typeof roundResults.$inferInsert,
): Promise<DemoRoundResultRow> {
  return first(await db.insert(roundResults).values(values).returning());
}

export async function insertDemoDecision(db: Database, values: typeof decisions.$inferInsert) {
  return first(await db.insert(decisions).values(values).returning());
}

export async function insertDemoDecisionItem(db: Database, values: typeof decisionItems.$inferInsert) {
  return first(await db.insert(decisionItems).values(values).returning());
}

/** The certificates a unit issued, by number. */
export async function listCertificatesIssuedBy(db: Database, unitId: string): Promise<CertificateRow[]> {
  return db
    .select()
    .from(certificates)
    .where(inArray(certificates.issuerUnitId, [unitId]))
    .orderBy(asc(certificates.number));
}
