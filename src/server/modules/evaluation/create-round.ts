import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertRoundWithAgenda, listDossierAnswers } from '../../../db/repositories/rounds.repository';
import { productCasesFromDossier } from '../../../domain/rubric/product-cases';
import { rubricSheetLoader } from './round-data';
import type { CreateRoundInput } from '../../../contracts/evaluation.contracts';
import { DomainError } from '../../../domain/errors';
import { checkCouncilComposition } from '../../../domain/evaluation/council-composition';
import type { Agency } from '../../../domain/evaluation/evaluation.types';
import { findProcedureVersionInForce } from '../../../domain/rubric/procedure-versions';
import { findCouncilSettingsInForce } from '../council-settings/council-settings-in-force';
import type { CouncilMemberRow, CouncilRow, UnitRow } from './evaluation-access';
import { listPool } from './list-pool';

/** Set 26 — community tourism, eco-tourism and tourist spots: inspected on site, no samples. */
export const ON_SITE_INSPECTION_SETS: readonly number[] = [26];

export function compositionOf(
  members: readonly CouncilMemberRow[],
  level: CouncilRow['level'],
  agendaSets: number[],
) {
  return checkCouncilComposition({
    members: members.map((m) => ({
      id: m.id,
      fullName: m.fullName,
      agency: m.agency as Agency,
      position: m.position,
      role: m.role,
    })),
    level,
    agendaSets,
  });
}

/** The case of each case block per dossier, read once from its self-assessment (Biểu 2). */
async function productCasesLoader(db: Database, dossierIds: string[]) {
  const rows = await listDossierAnswers(db, dossierIds);
  const sheetOf = await rubricSheetLoader(db);
  return (p: { dossierId: string; rubricVersionId: string; productSet: number }) =>
    productCasesFromDossier(
      sheetOf(p.rubricVersionId, p.productSet),
      rows.find((r) => r.id === p.dossierId)?.answers ?? {},
    );
}

/**
 * Creates a round in preparation: products drawn from the council's pool (refused when a dossier
 * is not in it — also the loser of two offices adding the same dossier), every product assigned
 * to the chosen members (default: every voting member with an account), settings pinned.
 * Throws VALIDATION_FAILED.
 */
export async function createRound(params: {
  db: Database;
  audit: AuditContext;
  council: CouncilRow;
  unit: UnitRow;
  members: CouncilMemberRow[];
  input: CreateRoundInput;
  accountId: string;
  now: Date;
}) {
  const { input, council } = params;
  const pool = await listPool({ db: params.db, council, unit: params.unit, dossierIds: input.dossierIds });
  const missing = input.dossierIds.filter((id) => !pool.some((p) => p.dossierId === id));
  if (missing.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Có hồ sơ không nằm trong danh sách chờ đánh giá của hội đồng.',
      'Some dossiers are not in the council’s pool.',
      missing.map((id) => ({
        field: `dossierIds.${input.dossierIds.indexOf(id)}`,
        messageVi: 'Không có trong danh sách chờ',
        messageEn: 'Not in the pool',
      })),
    );
  const voting = params.members.filter(
    (m) => m.role === 'chair' || m.role === 'vice_chair' || m.role === 'member',
  );
  const memberIds = input.memberIds ?? voting.filter((m) => m.accountId !== null).map((m) => m.id);
  const memberIdsOf = (dossierId: string) =>
    input.assignments?.find((a) => a.dossierId === dossierId)?.memberIds ?? memberIds;
  const unknown = [...memberIds, ...(input.assignments ?? []).flatMap((a) => a.memberIds)].filter(
    (id) => !voting.some((m) => m.id === id),
  );
  if (unknown.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Chỉ phân công được thành viên chấm điểm của hội đồng.',
      'Only scoring members of the council can be assigned.',
      [
        {
          field: 'memberIds',
          messageVi: 'Thành viên không thuộc hội đồng',
          messageEn: 'Not a scoring member',
        },
      ],
    );
  const today = params.now.toISOString().slice(0, 10);
  const settings = await findCouncilSettingsInForce({ db: params.db, unit: params.unit, date: today });
  const procedure = findProcedureVersionInForce(input.meetingOn) ?? findProcedureVersionInForce(today);
  const composition = compositionOf(
    params.members,
    council.level,
    pool.map((p) => p.productSet),
  );
  const casesOf = await productCasesLoader(params.db, input.dossierIds);
  return params.db.transaction(async (tx) => {
    const ordered = input.dossierIds.map((id) => pool.find((p) => p.dossierId === id)!);
    const round = await insertRoundWithAgenda(
      tx,
      {
        councilId: council.id,
        unitId: council.unitId,
        level: council.level,
        name: input.name,
        meetingOn: input.meetingOn,
        meetingEndOn: input.meetingEndOn ?? null,
        settings,
        procedureVersionId: procedure?.id ?? 'unknown',
        compositionProblems: composition.problems,
        createdBy: params.accountId,
        createdAt: params.now,
        updatedAt: params.now,
      },
      ordered.map((p, position) => ({
        dossierId: p.dossierId,
        productId: p.productId,
        producerId: p.producerId,
        productSet: p.productSet,
        rubricVersionId: p.rubricVersionId,
        sourceResultId: p.sourceResultId,
        requiresOnSiteInspection: ON_SITE_INSPECTION_SETS.includes(p.productSet),
        caseChoices: casesOf(p),
        position,
        createdAt: params.now,
      })),
      (item) =>
        [...new Set(memberIdsOf(item.dossierId))].map((memberId) => ({
          roundProductId: item.id,
          memberId,
          createdAt: params.now,
        })),
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'round.created',
        entityType: 'round',
        entityId: round.id,
        unitId: council.unitId,
        after: {
          name: input.name,
          meetingOn: input.meetingOn,
          dossierIds: input.dossierIds,
          memberIds,
          assignments: input.assignments,
        },
      },
      params.now,
    );
    return round;
  });
}
