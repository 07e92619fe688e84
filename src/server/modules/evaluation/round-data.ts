/**
 * Reads of a round's agenda: products with their names, assignments, declarations, the current
 * sheet version of every member, and the evaluation of each product (domain/evaluation).
 */
import type { Database } from '../../../db/database';
import { listDeclarationsOfProducts } from '../../../db/repositories/conflicts.repository';
import {
  findLatestScoreSheet,
  listAgendaRows,
  listAssignmentsOfProducts,
  listAttendance,
  listScoreSheets,
  type AttendanceRow,
  type ScoreSheetRow,
} from '../../../db/repositories/rounds.repository';
import { councilSeatsOnMeetingDate, meetingForProduct } from '../../../domain/evaluation/meeting-attendance';
import { withDefaultSettings } from '../../../domain/rubric/council-settings';
import {
  evaluateProduct,
  type CurrentSheet,
  type ProductEvaluation,
} from '../../../domain/evaluation/product-result';
import { getRubricSheet } from '../../../domain/rubric/catalogue/rubric-catalogue';
import { BUILT_IN_PROCEDURE_VERSIONS, type ProcedureLevel } from '../../../domain/rubric/procedure-versions';
import type { RubricSheet } from '../../../domain/rubric/rubric.types';
import { loadRubricVersions } from '../rubrics/rubric-versions';
import type { CouncilMemberRow, RoundContext, RoundRow } from './evaluation-access';

export type { AttendanceRow, ScoreSheetRow };

export interface AgendaItem {
  id: string;
  dossierId: string;
  productId: string;
  producerId: string;
  productName: string;
  producerName: string;
  producerCommuneId: string;
  communeName: string;
  productSet: number;
  rubricVersionId: string;
  procedureVersionId: string;
  requiresOnSiteInspection: boolean;
  /** The case every member scores in each case block (`C.8` → 2); {} when the sheet has none. */
  caseChoices: Record<string, number>;
  sourceResultId: string | null;
  memberIds: string[];
  declarations: Map<string, 'none' | 'conflict'>;
}

export async function loadAgenda(db: Database, roundId: string): Promise<AgendaItem[]> {
  const rows = await listAgendaRows(db, roundId);
  const ids = rows.map((r) => r.roundProduct.id);
  const assignments = await listAssignmentsOfProducts(db, ids);
  const declarations = await listDeclarationsOfProducts(db, ids);
  return rows.map(({ roundProduct: rp, ...r }) => ({
    id: rp.id,
    dossierId: rp.dossierId,
    productId: rp.productId,
    producerId: rp.producerId,
    productName: r.productName,
    producerName: r.producerName,
    producerCommuneId: r.producerCommuneId,
    communeName: r.communeName,
    productSet: rp.productSet,
    rubricVersionId: rp.rubricVersionId,
    procedureVersionId: r.procedureVersionId,
    requiresOnSiteInspection: rp.requiresOnSiteInspection,
    caseChoices: rp.caseChoices,
    sourceResultId: rp.sourceResultId,
    memberIds: assignments.filter((a) => a.roundProductId === rp.id).map((a) => a.memberId),
    declarations: new Map(
      declarations.filter((d) => d.roundProductId === rp.id).map((d) => [d.memberId, d.declaration]),
    ),
  }));
}

/** Every version of every sheet of the given agenda items, newest version first. */
export async function loadSheets(db: Database, roundProductIds: string[]): Promise<ScoreSheetRow[]> {
  return listScoreSheets(db, roundProductIds);
}

/** The latest version of one member's sheet for one product. */
export async function findCurrentSheet(
  db: Database,
  roundProductId: string,
  memberId: string,
): Promise<ScoreSheetRow | undefined> {
  return findLatestScoreSheet(db, roundProductId, memberId);
}

export function currentSheetsOf(
  sheets: readonly ScoreSheetRow[],
  roundProductId: string,
): Map<string, ScoreSheetRow> {
  const out = new Map<string, ScoreSheetRow>();
  for (const s of sheets)
    if (s.roundProductId === roundProductId && !out.has(s.memberId)) out.set(s.memberId, s);
  return out;
}

export const totalOf = (row: Pick<ScoreSheetRow, 'totalHundredths'>): number => row.totalHundredths / 100;

export function procedureLevelOf(round: Pick<RoundRow, 'level'>): ProcedureLevel {
  return round.level;
}

export async function rubricSheetLoader(
  db: Database,
): Promise<(versionId: string, set: number) => RubricSheet> {
  const versions = (await loadRubricVersions(db, false)).map((v) => v.version);
  return (versionId, set) => getRubricSheet(versionId, set, versions);
}

export interface EvaluatedItem {
  item: AgendaItem;
  evaluation: ProductEvaluation;
  current: Map<string, ScoreSheetRow>;
  rubricSheet: RubricSheet;
}

export async function loadAttendance(db: Database, roundId: string): Promise<AttendanceRow[]> {
  return listAttendance(db, roundId);
}

/** The council's voting seats on the round's meeting date (removed members until they left). */
export function seatsOfRound(
  round: Pick<RoundRow, 'meetingOn' | 'closedAt'>,
  members: readonly CouncilMemberRow[],
) {
  return councilSeatsOnMeetingDate(
    members.map((m) => ({
      memberId: m.id,
      role: m.role,
      createdAt: m.createdAt.toISOString(),
      removedAt: m.removedAt?.toISOString() ?? null,
    })),
    { meetingOn: round.meetingOn, closedAt: round.closedAt?.toISOString() ?? null },
  );
}

/** Evaluates every product of a round from its current sheets (chair's view and adoption). */
export async function evaluateAgenda(
  ctx: Pick<RoundContext, 'db' | 'round' | 'members'>,
): Promise<EvaluatedItem[]> {
  const agenda = await loadAgenda(ctx.db, ctx.round.id);
  const sheets = await loadSheets(
    ctx.db,
    agenda.map((a) => a.id),
  );
  const sheetOf = await rubricSheetLoader(ctx.db);
  const memberById = new Map<string, CouncilMemberRow>(ctx.members.map((m) => [m.id, m]));
  const settings = withDefaultSettings(ctx.round.settings);
  const seats = seatsOfRound(ctx.round, ctx.members);
  const attendance = (await loadAttendance(ctx.db, ctx.round.id)).map((a) => ({
    memberId: a.memberId,
    isPresent: a.isPresent,
    leftAt: a.leftAt?.toISOString() ?? null,
  }));
  // Without recorded attendance, a member who submitted a sheet or declared on any product was there.
  const activeMemberIds = new Set([
    ...sheets.filter((s) => s.status === 'submitted').map((s) => s.memberId),
    ...agenda.flatMap((a) => [...a.declarations.keys()]),
  ]);
  return agenda.map((item) => {
    const current = currentSheetsOf(sheets, item.id);
    const submittedAt = new Map(
      [...current.values()]
        .filter((s) => s.status === 'submitted')
        .map((s) => [s.memberId, (s.submittedAt ?? s.updatedAt).toISOString()]),
    );
    const abstainingMemberIds = new Set(
      [...item.declarations].filter(([, d]) => d === 'conflict').map(([id]) => id),
    );
    const meeting = meetingForProduct({
      mode: ctx.round.evaluationMode,
      seats,
      attendance,
      chairedBy: ctx.round.chairedBy,
      activeMemberIds,
      product: { abstainingMemberIds, submittedAt },
    });
    const procedure =
      BUILT_IN_PROCEDURE_VERSIONS.find((p) => p.id === item.procedureVersionId) ??
      BUILT_IN_PROCEDURE_VERSIONS[BUILT_IN_PROCEDURE_VERSIONS.length - 1]!;
    const assigned = item.memberIds
      .map((id) => memberById.get(id))
      .filter(
        (m): m is CouncilMemberRow =>
          m !== undefined && (m.role === 'chair' || m.role === 'vice_chair' || m.role === 'member'),
      )
      .map((m) => ({
        memberId: m.id,
        name: m.fullName,
        role: m.role as 'chair' | 'vice_chair' | 'member',
        hasAbstained: item.declarations.get(m.id) === 'conflict',
      }));
    const currentSheets: CurrentSheet[] = [...current.values()].map((s) => ({
      memberId: s.memberId,
      version: s.version,
      status: s.status,
      total: totalOf(s),
      choices: s.choices,
      knockOuts: s.knockOuts,
    }));
    const rubricSheet = sheetOf(item.rubricVersionId, item.productSet);
    const evaluation = evaluateProduct({
      rubricSheet,
      assigned,
      sheets: currentSheets,
      settings,
      procedure,
      level: procedureLevelOf(ctx.round),
      meeting,
    });
    return { item, evaluation, current, rubricSheet };
  });
}
