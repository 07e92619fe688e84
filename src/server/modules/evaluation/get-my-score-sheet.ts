import { findDossierAssessments } from '../../../db/repositories/score-sheets.repository';
import { canSeeOtherSheets } from '../../../domain/evaluation/evaluation-policy';
import { withDefaultSettings } from '../../../domain/rubric/council-settings';
import { districtWordingFor } from '../rubrics/district-wording';
import { conflictHintsFor } from './declare-conflict';
import type { CouncilMemberRow, RoundContext } from './evaluation-access';
import { criteriaByEvidence, loadSubmittedDossier } from './open-round-evidence';
import { loadAgenda, loadSheets, rubricSheetLoader, type AgendaItem } from './round-data';
import { presentRound, presentSheet } from './round-presenter';
import { presentSheetWarning } from './sheet-acknowledgement';

/**
 * A member's own sheet for a product with what they score beside it: the producer's
 * self-assessment, the commune's, the evidence, conflict hints. A member who abstains (conflict of
 * interest) sees nothing of the producer's dossier.
 */
export async function getMyScoreSheet(params: {
  ctx: RoundContext;
  member: CouncilMemberRow;
  item: AgendaItem;
}) {
  const { ctx, member, item } = params;
  const sheets = (await loadSheets(ctx.db, [item.id])).filter((s) => s.memberId === member.id);
  const dossier = await findDossierAssessments(ctx.db, item.dossierId);
  const submitted = await loadSubmittedDossier(ctx.db, item.dossierId);
  const linkedCriteria = criteriaByEvidence(submitted.answers);
  const agenda = await loadAgenda(ctx.db, ctx.round.id);
  const round = presentRound(ctx, agenda, sheets);
  // A member who abstains (conflict of interest) sees nothing of the producer's dossier.
  const isAbstaining = item.declarations.get(member.id) === 'conflict';
  const rubricSheet = (await rubricSheetLoader(ctx.db))(item.rubricVersionId, item.productSet);
  return {
    roundProduct: round.products.find((p) => p.id === item.id)!,
    roundStatus: ctx.round.status,
    sheet: sheets[0] ? presentSheet(sheets[0], member.fullName) : null,
    history: sheets.slice(1).map((s) => presentSheet(s, member.fullName)),
    declaration: item.declarations.get(member.id) ?? null,
    conflictHints: (await conflictHintsFor(ctx, member, item)).map((h) => ({
      code: h.code,
      messageVi: h.messageVi,
      messageEn: h.messageEn,
    })),
    selfAssessment: isAbstaining
      ? {}
      : Object.fromEntries(Object.entries(dossier?.answers ?? {}).map(([code, a]) => [code, a.option])),
    communeAssessment: isAbstaining
      ? {}
      : Object.fromEntries(
          Object.entries(dossier?.commune?.choices ?? {}).map(([code, c]) => [code, c.option]),
        ),
    evidence: (isAbstaining ? [] : submitted.evidence).map((e) => ({
      id: e.id,
      title: e.title,
      documentType: e.documentType,
      fileName: e.fileName,
      mediaType: e.mediaType,
      sizeBytes: e.sizeBytes,
      criterionCodes: linkedCriteria.get(e.id) ?? [],
      downloadUrl: `/api/v1/rounds/${ctx.round.id}/products/${item.id}/evidence/${e.id}/file`,
    })),
    canSeeOthers: canSeeOtherSheets(ctx.viewer, {
      isAssigned: true,
      hasSubmittedOwn: sheets.some((s) => s.status === 'submitted'),
      roundStatus: ctx.round.status,
    }),
    sheetWarning: presentSheetWarning(rubricSheet, null),
    districtWording: await districtWordingFor({
      db: ctx.db,
      sheet: rubricSheet,
      communeId: item.producerCommuneId,
      reading: withDefaultSettings(ctx.round.settings).districtReading,
    }),
  };
}
