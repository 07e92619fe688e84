import type { DossierOutput, DossierSummaryOutput } from '../../../contracts/dossiers.contracts';
import type {
  DossierEventRow,
  DossierVersionRow,
  DossierWithNames,
  EvidenceRow,
} from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { vietnamDate } from '../../../domain/calendar/working-days';
import { checkCompleteness } from '../../../domain/dossier/dossier-completeness';
import { canDoDossierAction } from '../../../domain/dossier/dossier-policy';
import { deadlineOf } from '../../../domain/dossier/dossier-queue';
import { computeSelfScore } from '../../../domain/dossier/dossier-self-score';
import { allowedActions } from '../../../domain/dossier/dossier-workflow';
import type { DossierOutcome } from '../../../domain/dossier/dossier-outcome';
import { DOSSIER_STATUS_LABELS, type DossierStatus } from '../../../domain/dossier/dossier.types';
import { routeOf, scopeOf, sheetOf } from './dossier-access';
import { presentCitedEvidence, presentSelfAssessment, type ReviewedContent } from './dossier-review';
import type { DeadlineCalendar } from './dossier-deadlines';
import type { RubricVersion } from '../../../domain/rubric/rubric.types';

/**
 * The list row of a dossier, with its current task deadline (in its province's working days) and,
 * once evaluated, its outcome (certified N★, not certified…).
 */
export function presentDossierSummary(
  loaded: DossierWithNames,
  now: Date,
  calendar: DeadlineCalendar,
  outcome: Pick<DossierOutcome, 'kind' | 'stars' | 'labelVi' | 'labelEn'> | null = null,
): DossierSummaryOutput {
  const d = loaded.dossier;
  const status = d.status as DossierStatus;
  return {
    id: d.id,
    type: d.type,
    status,
    statusLabel: DOSSIER_STATUS_LABELS[status],
    producer: { id: d.producerId, name: loaded.producerName },
    product: { id: d.productId, name: loaded.productName },
    commune: { id: d.communeId, name: loaded.communeName },
    productSet: d.productSet,
    versionNumber: d.versionNumber,
    version: d.version,
    statusChangedAt: d.statusChangedAt.toISOString(),
    deadline:
      deadlineOf({
        status,
        since: d.statusChangedAt,
        now,
        // the working days in force when the task began, so a later change does not move it
        settings: calendar.settingsFor(loaded.communePath, vietnamDate(d.statusChangedAt)),
        holidays: calendar.holidaysFor(loaded.communePath),
      }) ?? null,
    outcome: outcome
      ? { kind: outcome.kind, stars: outcome.stars, labelVi: outcome.labelVi, labelEn: outcome.labelEn }
      : null,
  };
}

export function presentEvidence(row: EvidenceRow) {
  return {
    id: row.id,
    title: row.title,
    documentType: row.documentType,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    issuer: row.issuer,
    validUntil: row.validUntil,
  };
}

/** The full dossier as one actor sees it: content, checks, score, history and what it may do. */
export function presentDossier(params: {
  loaded: DossierWithNames & { rubric: RubricVersion };
  actor: Actor;
  memberOf: readonly string[];
  events: DossierEventRow[];
  versions: DossierVersionRow[];
  /** Biểu 2 and its evidence as this actor reviews them (see loadReviewedContent). */
  reviewed: ReviewedContent;
  now: Date;
  calendar: DeadlineCalendar;
  outcome: DossierOutput['outcome'];
}): DossierOutput {
  const { loaded, actor } = params;
  const d = loaded.dossier;
  const sheet = sheetOf(loaded);
  // Biểu 1 and 2 as this actor reviews them: the working copy for the producer holding the pen,
  // what was last submitted for everyone else (so a returned dossier's unsent edits stay private).
  const content = { registration: params.reviewed.registration, answers: params.reviewed.answers };
  const scope = scopeOf(loaded);
  const selfAssessment = presentSelfAssessment(sheet, content.answers);
  return {
    ...presentDossierSummary(loaded, params.now, params.calendar, params.outcome),
    rubricVersionId: d.rubricVersionId,
    rubricContentHash: d.rubricContentHash,
    procedureVersionId: d.procedureVersionId,
    route: routeOf(loaded),
    previousDossierId: d.previousDossierId,
    registration: content.registration,
    answers: content.answers,
    communeAssessment: d.communeAssessment ?? null,
    forwardRequest: d.forwardRequest ?? null,
    outcome: params.outcome,
    allowedActions: allowedActions(scope.status).filter((a) =>
      canDoDossierAction(actor, a, scope, params.memberOf),
    ),
    completeness: checkCompleteness(sheet, content),
    selfScore: computeSelfScore(sheet, content.answers),
    selfAssessment,
    evidence: presentCitedEvidence(d.id, params.reviewed.evidence, selfAssessment),
    events: params.events.map((e) => ({
      id: e.id,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      versionNumber: e.versionNumber,
      actorName: e.actorName,
      actorRole: e.actorRole,
      comment: e.comment,
      itemComments: e.itemComments,
      occurredAt: e.occurredAt.toISOString(),
    })),
    versions: params.versions.map((v) => ({
      number: v.number,
      submittedAt: v.submittedAt.toISOString(),
      committedByName: v.committedByName,
    })),
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
