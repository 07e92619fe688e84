/**
 * Đợt đánh giá — a council's rounds: the round row with its council and unit, its agenda
 * (products, assignments, declarations), score sheets, attendance and adopted results.
 * Queries only: what may change when is decided by `domain/evaluation/round-workflow`.
 */
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import {
  adminUnits,
  councilMembers,
  councils,
  decisionItems,
  dossiers,
  dossierVersions,
  memberAssignments,
  producers,
  products,
  roundAttendance,
  roundProducts,
  roundResults,
  rounds,
  scoreSheets,
} from '../schema';
import { COUNCIL_MEMBER_ORDER, type CouncilRow } from './councils.repository';

export type { FrozenEvidence, RoundOverride } from '../schema';
export type RoundRow = typeof rounds.$inferSelect;
export type RoundProductRow = typeof roundProducts.$inferSelect;
export type ScoreSheetRow = typeof scoreSheets.$inferSelect;
export type AttendanceRow = typeof roundAttendance.$inferSelect;
export type RoundResultRow = typeof roundResults.$inferSelect;
export type UnitRow = typeof adminUnits.$inferSelect;

export interface RoundWithCouncil {
  round: RoundRow;
  council: CouncilRow;
  unit: UnitRow;
}

/** The round with its council and the round's unit. */
export async function findRoundWithCouncil(
  db: Database,
  roundId: string,
): Promise<RoundWithCouncil | undefined> {
  const [row] = await db
    .select({ round: rounds, council: councils, unit: adminUnits })
    .from(rounds)
    .innerJoin(councils, eq(councils.id, rounds.councilId))
    .innerJoin(adminUnits, eq(adminUnits.id, rounds.unitId))
    .where(eq(rounds.id, roundId));
  return row;
}

export type NewRound = Omit<typeof rounds.$inferInsert, 'id' | 'status' | 'version'>;
export type NewRoundProduct = Omit<typeof roundProducts.$inferInsert, 'id' | 'roundId'>;
export type NewMemberAssignment = typeof memberAssignments.$inferInsert;

/**
 * Inserts a round in preparation with its products (in the given order), then the assignments
 * each inserted product gets from `assignmentsOf`.
 */
export async function insertRoundWithAgenda(
  db: Database,
  round: NewRound,
  items: readonly NewRoundProduct[],
  assignmentsOf: (item: RoundProductRow) => NewMemberAssignment[],
): Promise<RoundRow> {
  const [row] = await db.insert(rounds).values(round).returning();
  if (!row) throw new Error('insert returned nothing');
  const inserted = await db
    .insert(roundProducts)
    .values(items.map((item) => ({ ...item, roundId: row.id })))
    .returning();
  const assignments = inserted.flatMap(assignmentsOf);
  if (assignments.length > 0) await db.insert(memberAssignments).values(assignments);
  return row;
}

/**
 * Conditional update: changes the round only if it still has `expected` (its status or its
 * version), moving the version on. Undefined when someone else got there first.
 */
export async function updateRoundIf(
  db: Database,
  id: string,
  expected: { status: RoundRow['status'] } | { version: number },
  values: Partial<Omit<typeof rounds.$inferInsert, 'id'>> & { version: number },
): Promise<RoundRow | undefined> {
  const [row] = await db
    .update(rounds)
    .set(values)
    .where(
      and(
        eq(rounds.id, id),
        'status' in expected ? eq(rounds.status, expected.status) : eq(rounds.version, expected.version),
      ),
    )
    .returning();
  return row;
}

/** A round's product with the names it is shown with. */
export interface AgendaRow {
  roundProduct: RoundProductRow;
  productName: string;
  producerName: string;
  producerCommuneId: string;
  communeName: string;
  procedureVersionId: string;
}

const commune = alias(adminUnits, 'commune');

/** The products of a round, in agenda order (then by name). */
export async function listAgendaRows(db: Database, roundId: string): Promise<AgendaRow[]> {
  return db
    .select({
      roundProduct: roundProducts,
      productName: products.name,
      producerName: producers.name,
      producerCommuneId: producers.communeId,
      communeName: commune.fullName,
      procedureVersionId: dossiers.procedureVersionId,
    })
    .from(roundProducts)
    .innerJoin(products, eq(products.id, roundProducts.productId))
    .innerJoin(producers, eq(producers.id, roundProducts.producerId))
    .innerJoin(commune, eq(commune.id, producers.communeId))
    .innerJoin(dossiers, eq(dossiers.id, roundProducts.dossierId))
    .where(eq(roundProducts.roundId, roundId))
    .orderBy(asc(roundProducts.position), asc(products.name));
}

export interface MemberAssignment {
  roundProductId: string;
  memberId: string;
}

/** Who is assigned to score these round products, in the order the council lists its members. */
export async function listAssignmentsOfProducts(
  db: Database,
  roundProductIds: readonly string[],
): Promise<MemberAssignment[]> {
  if (roundProductIds.length === 0) return [];
  return db
    .select({ roundProductId: memberAssignments.roundProductId, memberId: memberAssignments.memberId })
    .from(memberAssignments)
    .innerJoin(councilMembers, eq(councilMembers.id, memberAssignments.memberId))
    .where(inArray(memberAssignments.roundProductId, [...roundProductIds]))
    .orderBy(...COUNCIL_MEMBER_ORDER);
}

/** The round product, when it belongs to the round. */
export async function findRoundProduct(
  db: Database,
  roundId: string,
  roundProductId: string,
): Promise<RoundProductRow | undefined> {
  const [row] = await db
    .select()
    .from(roundProducts)
    .where(and(eq(roundProducts.id, roundProductId), eq(roundProducts.roundId, roundId)));
  return row;
}

/** Locks the round product until the transaction ends (a concurrent change waits) and returns it. */
export async function lockRoundProduct(
  tx: Database,
  roundProductId: string,
): Promise<RoundProductRow | undefined> {
  const [row] = await tx
    .select()
    .from(roundProducts)
    .where(eq(roundProducts.id, roundProductId))
    .for('update');
  return row;
}

export async function setRoundProductCaseChoices(
  db: Database,
  roundProductId: string,
  caseChoices: Record<string, number>,
): Promise<void> {
  await db.update(roundProducts).set({ caseChoices }).where(eq(roundProducts.id, roundProductId));
}

/** Whether any member saved a sheet (any version, any status) for the round product. */
export async function hasScoreSheet(db: Database, roundProductId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: scoreSheets.id })
    .from(scoreSheets)
    .where(eq(scoreSheets.roundProductId, roundProductId))
    .limit(1);
  return row !== undefined;
}

/** Every version of every sheet of the given round products, newest version first. */
export async function listScoreSheets(
  db: Database,
  roundProductIds: readonly string[],
): Promise<ScoreSheetRow[]> {
  if (roundProductIds.length === 0) return [];
  return db
    .select()
    .from(scoreSheets)
    .where(inArray(scoreSheets.roundProductId, [...roundProductIds]))
    .orderBy(desc(scoreSheets.version));
}

/** The latest version of one member's sheet for one round product. */
export async function findLatestScoreSheet(
  db: Database,
  roundProductId: string,
  memberId: string,
): Promise<ScoreSheetRow | undefined> {
  const [row] = await db
    .select()
    .from(scoreSheets)
    .where(and(eq(scoreSheets.roundProductId, roundProductId), eq(scoreSheets.memberId, memberId)))
    .orderBy(desc(scoreSheets.version))
    .limit(1);
  return row;
}

/** The recorded attendance of a round (empty when none was recorded). */
export async function listAttendance(db: Database, roundId: string): Promise<AttendanceRow[]> {
  return db.select().from(roundAttendance).where(eq(roundAttendance.roundId, roundId));
}

/** Replaces the recorded attendance of a round. */
export async function replaceAttendance(
  db: Database,
  roundId: string,
  rows: readonly Omit<AttendanceRow, 'roundId'>[],
): Promise<void> {
  await db.delete(roundAttendance).where(eq(roundAttendance.roundId, roundId));
  if (rows.length > 0) await db.insert(roundAttendance).values(rows.map((row) => ({ ...row, roundId })));
}

/** An adopted result with the names it is shown with and the decision that lists it, if any. */
export interface RoundResultWithNames {
  result: RoundResultRow;
  productName: string;
  producerName: string;
  productSet: number;
  decisionId: string | null;
}

/** The adopted results of a round, in agenda order. */
export async function listRoundResultsWithNames(
  db: Database,
  roundId: string,
): Promise<RoundResultWithNames[]> {
  return db
    .select({
      result: roundResults,
      productName: products.name,
      producerName: producers.name,
      productSet: roundProducts.productSet,
      decisionId: decisionItems.decisionId,
    })
    .from(roundResults)
    .innerJoin(roundProducts, eq(roundProducts.id, roundResults.roundProductId))
    .innerJoin(products, eq(products.id, roundResults.productId))
    .innerJoin(producers, eq(producers.id, roundResults.producerId))
    .leftJoin(decisionItems, eq(decisionItems.roundResultId, roundResults.id))
    .where(eq(roundResults.roundId, roundId))
    .orderBy(roundProducts.position);
}

/** The self-assessment answers (Biểu 2) of these dossiers as they stand now. */
export async function listDossierAnswers(
  db: Database,
  dossierIds: readonly string[],
): Promise<{ id: string; answers: (typeof dossiers.$inferSelect)['answers'] }[]> {
  if (dossierIds.length === 0) return [];
  return db
    .select({ id: dossiers.id, answers: dossiers.answers })
    .from(dossiers)
    .where(inArray(dossiers.id, [...dossierIds]));
}

/** The answers and frozen evidence of a dossier's latest submitted version, if it has one. */
export async function findLatestSubmittedVersion(
  db: Database,
  dossierId: string,
): Promise<Pick<typeof dossierVersions.$inferSelect, 'answers' | 'evidence'> | undefined> {
  const [version] = await db
    .select({ answers: dossierVersions.answers, evidence: dossierVersions.evidence })
    .from(dossierVersions)
    .where(eq(dossierVersions.dossierId, dossierId))
    .orderBy(desc(dossierVersions.number))
    .limit(1);
  return version;
}
