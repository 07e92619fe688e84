import type { ChairViewOutput, RoundOutput, SheetOutput } from '../../../contracts/evaluation.contracts';
import { canSeeRoundProduct } from '../../../domain/evaluation/evaluation-policy';
import type { RoundContext } from './evaluation-access';
import { presentSheetWarning } from './sheet-acknowledgement';
import {
  currentSheetsOf,
  totalOf,
  type AgendaItem,
  type EvaluatedItem,
  type ScoreSheetRow,
} from './round-data';

/** Agenda items the viewer may see: members only once the round is open, and only theirs. */
export function visibleAgenda(ctx: RoundContext, agenda: AgendaItem[]): AgendaItem[] {
  const isPrivileged = ctx.canManage || ctx.isChair || ctx.canApprove;
  if (!isPrivileged && ctx.round.status === 'draft') return [];
  return agenda.filter(
    (item) =>
      ctx.canApprove || canSeeRoundProduct(ctx.viewer, ctx.me !== null && item.memberIds.includes(ctx.me.id)),
  );
}

export function presentRound(ctx: RoundContext, agenda: AgendaItem[], sheets: ScoreSheetRow[]): RoundOutput {
  const me = ctx.me;
  const override = (o: RoundContext['round']['meetingDateOverride']) =>
    o ? { reason: o.reason, byName: o.byName, at: o.at } : null;
  return {
    id: ctx.round.id,
    councilId: ctx.council.id,
    councilName: ctx.council.name,
    unitId: ctx.round.unitId,
    level: ctx.round.level,
    name: ctx.round.name,
    status: ctx.round.status,
    meetingOn: ctx.round.meetingOn,
    distributedOn: ctx.round.distributedOn,
    dispersionThresholdPoints: ctx.round.settings.dispersionThresholdPoints,
    compositionProblems: ctx.round.compositionProblems.map((p) => ({
      code: p.code,
      messageVi: p.messageVi,
      messageEn: p.messageEn,
    })),
    meetingDateOverride: override(ctx.round.meetingDateOverride),
    compositionOverride: override(ctx.round.compositionOverride),
    myMemberId: me?.id ?? null,
    isChair: ctx.isChair,
    canManage: ctx.canManage,
    products: visibleAgenda(ctx, agenda).map((item) => {
      const mine = me ? currentSheetsOf(sheets, item.id).get(me.id) : undefined;
      return {
        id: item.id,
        dossierId: item.dossierId,
        productId: item.productId,
        productName: item.productName,
        producerName: item.producerName,
        communeName: item.communeName,
        productSet: item.productSet,
        rubricVersionId: item.rubricVersionId,
        requiresOnSiteInspection: item.requiresOnSiteInspection,
        caseChoices: item.caseChoices,
        isAssignedToMe: me !== null && item.memberIds.includes(me.id),
        myDeclaration: me ? (item.declarations.get(me.id) ?? null) : null,
        mySheetStatus: mine?.status ?? null,
        memberIds: item.memberIds,
      };
    }),
    version: ctx.round.version,
  };
}

export function presentSheet(row: ScoreSheetRow, memberName: string): SheetOutput {
  return {
    id: row.id,
    memberId: row.memberId,
    memberName,
    version: row.version,
    status: row.status,
    choices: row.choices,
    knockOuts: row.knockOuts,
    comment: row.comment,
    total: totalOf(row),
    reason: row.reason,
    revision: row.revision,
    submittedAt: row.submittedAt?.toISOString() ?? null,
  };
}

export function presentChairView(
  ctx: RoundContext,
  evaluated: EvaluatedItem[],
  canAdopt: boolean,
): ChairViewOutput {
  const nameOf = new Map(ctx.members.map((m) => [m.id, m.fullName]));
  return {
    roundId: ctx.round.id,
    status: ctx.round.status,
    canAdopt,
    products: evaluated.map(({ item, evaluation: e, rubricSheet }) => ({
      roundProductId: item.id,
      productName: item.productName,
      producerName: item.producerName,
      productSet: item.productSet,
      assignedCount: e.assignedCount,
      abstainedCount: e.abstainedCount,
      submittedCount: e.submittedCount,
      pending: e.pendingMemberIds.map((id) => ({ memberId: id, name: nameOf.get(id) ?? '' })),
      abstained: [...item.declarations]
        .filter(([id, d]) => d === 'conflict' && item.memberIds.includes(id))
        .map(([id]) => ({ memberId: id, name: nameOf.get(id) ?? '' })),
      mean: e.aggregate?.mean ?? null,
      spread: e.dispersion.spread,
      thresholdPoints: e.dispersion.thresholdPoints,
      isDispersionExceeded: e.dispersion.isExceeded,
      quorum: {
        isMet: e.quorum.isMet,
        councilSize: e.quorum.councilSize,
        presentCount: e.quorum.presentCount,
        requiredCount: e.quorum.requiredCount,
        chairedBy: e.quorum.chairedBy,
        mode: e.quorum.mode,
        attendanceSource: e.quorum.attendanceSource,
        readingVi: e.quorum.readingVi,
        readingEn: e.quorum.readingEn,
        reasonsVi: e.quorum.reasonsVi,
        reasonsEn: e.quorum.reasonsEn,
      },
      gaps: e.gaps,
      criterionSpreads: e.criterionSpreads.slice(0, 10),
      stars: e.award?.stars ?? null,
      bandStars: e.award?.bandStars ?? null,
      knockOuts: (e.award?.knockOuts ?? []).map((k) => ({
        criterionCode: k.criterionCode,
        memberCount: k.memberCount,
        reasonVi: k.reasonVi,
        reasonEn: k.reasonEn,
      })),
      explanationVi: e.award?.explanationVi ?? null,
      explanationEn: e.award?.explanationEn ?? null,
      routeAction: e.route?.action ?? null,
      routeReading: e.route?.reading ?? null,
      routeExplanationVi: e.route?.explanationVi ?? null,
      routeExplanationEn: e.route?.explanationEn ?? null,
      sheetWarning: presentSheetWarning(rubricSheet, null),
      blockers: e.blockers.map((b) => ({ code: b.code, messageVi: b.messageVi, messageEn: b.messageEn })),
    })),
  };
}
