import type { DossierOutput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import {
  findDossierVersion,
  listEvidenceByIds,
  type DossierVersionRow,
} from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { relevantCriteria } from '../../../domain/dossier/dossier-completeness';
import { canDoDossierAction } from '../../../domain/dossier/dossier-policy';
import { allowedActions } from '../../../domain/dossier/dossier-workflow';
import type { DossierAnswers, DossierRegistration } from '../../../domain/dossier/dossier.types';
import { notFound } from '../../../domain/errors';
import type { RubricSheet } from '../../../domain/rubric/rubric.types';
import type { BlobStore } from '../../files/blob-store';
import { isShownInline } from '../../files/send-download';
import { loadDossierForRead, type LoadedDossier } from './dossier-access';

/** One evidence document as a dossier cites it: what to show and which stored file to serve. */
export interface CitedEvidence {
  id: string;
  title: string;
  documentType: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  issuer: string | null;
  validUntil: string | null;
}

/** What a reader reviews: Biểu 1, Biểu 2 answers and the evidence they cite. */
export interface ReviewedContent {
  registration: DossierRegistration;
  answers: DossierAnswers;
  evidence: CitedEvidence[];
}

/** True when the actor is the producer holding the pen now (it edits the working copy). */
function isEditing(actor: Actor, loaded: LoadedDossier): boolean {
  return (
    allowedActions(loaded.scope.status).includes('edit') &&
    canDoDossierAction(actor, 'edit', loaded.scope, loaded.memberOf)
  );
}

/**
 * The content a reader reviews (Biểu 1, Biểu 2 and its evidence). The producer who holds the pen
 * sees its working copy with the library's documents; everyone else (commune, standing office,
 * the producer once submitted) sees the latest submitted version with its evidence as frozen at
 * submit — what was actually sent, even if the library record was edited, its file replaced or
 * removed since, and never a returned dossier's edits not yet sent again. A dossier never
 * submitted has only its working copy.
 */
export async function loadReviewedContent(params: {
  db: Database;
  actor: Actor;
  loaded: LoadedDossier;
  /** The latest submitted version when the caller already holds it (avoids a second read). */
  latestVersion?: DossierVersionRow | undefined;
}): Promise<ReviewedContent> {
  const { db, loaded } = params;
  const d = loaded.dossier;
  const version =
    isEditing(params.actor, loaded) || d.versionNumber === 0
      ? undefined
      : (params.latestVersion ?? (await findDossierVersion(db, d.id, d.versionNumber)));
  const answers = version?.answers ?? d.answers;
  const registration = version?.registration ?? d.registration;
  const ids = [...new Set(Object.values(answers).flatMap((a) => a.evidenceIds))];
  const library = new Map((await listEvidenceByIds(db, ids)).map((row) => [row.id, row]));
  if (!version)
    return {
      registration,
      answers,
      evidence: ids.flatMap((id) => {
        const row = library.get(id);
        if (!row) return [];
        const { fileSha256: sha256, title, documentType, fileName, mediaType, sizeBytes } = row;
        return [
          {
            id,
            title,
            documentType,
            fileName,
            mediaType,
            sizeBytes,
            sha256,
            issuer: row.issuer,
            validUntil: row.validUntil,
          },
        ];
      }),
    };
  return {
    registration,
    answers,
    evidence: version.evidence.map((e) => ({
      id: e.id,
      title: e.title,
      documentType: e.documentType,
      fileName: e.fileName,
      mediaType: e.mediaType,
      // versions frozen before the size was recorded borrow the library's (files never change size)
      sizeBytes: e.sizeBytes ?? library.get(e.id)?.sizeBytes ?? 0,
      sha256: e.sha256,
      issuer: e.issuer,
      validUntil: e.validUntil,
    })),
  };
}

/**
 * The evidence file a reader may open from a dossier: one the content they review cites, whose
 * stored file exists.
 * @throws NOT_FOUND (dossier invisible to the actor, evidence not cited by it, or file missing)
 */
export async function openDossierEvidence(params: {
  db: Database;
  actor: Actor;
  blobs: Pick<BlobStore, 'has'>;
  dossierId: string;
  evidenceId: string;
}): Promise<CitedEvidence> {
  const loaded = await loadDossierForRead(params.db, params.actor, params.dossierId);
  const { evidence } = await loadReviewedContent({ db: params.db, actor: params.actor, loaded });
  const file = evidence.find((e) => e.id === params.evidenceId);
  if (!file || !(await params.blobs.has(file.sha256))) throw notFound('minh chứng', 'Evidence');
  return file;
}

/** Biểu 2 criterion by criterion (the criteria of the chosen cases), in sheet order. Pure. */
export function presentSelfAssessment(
  sheet: RubricSheet,
  answers: DossierAnswers,
): DossierOutput['selfAssessment'] {
  const { relevant } = relevantCriteria(sheet, (code) => answers[code] !== undefined);
  return relevant.map(({ criterion }) => {
    const answer = answers[criterion.code];
    const chosen = answer && answer.option > 0 ? criterion.options[answer.option - 1] : undefined;
    return {
      criterionCode: criterion.code,
      option: answer?.option ?? null,
      optionTextVi: chosen?.textVi ?? null,
      points: answer ? (chosen?.points ?? 0) : null,
      maxPoints: criterion.maxPoints,
      note: answer?.note ?? '',
      evidenceIds: answer?.evidenceIds ?? [],
    };
  });
}

/**
 * The cited evidence with the criteria it supports (in sheet order, from the self-assessment) and
 * the dossier's link to its file. Pure.
 */
export function presentCitedEvidence(
  dossierId: string,
  evidence: readonly CitedEvidence[],
  selfAssessment: DossierOutput['selfAssessment'],
): DossierOutput['evidence'] {
  const codes = new Map<string, string[]>();
  for (const item of selfAssessment)
    for (const id of item.evidenceIds) codes.set(id, [...(codes.get(id) ?? []), item.criterionCode]);
  return evidence.map((e) => ({
    id: e.id,
    title: e.title,
    documentType: e.documentType,
    fileName: e.fileName,
    mediaType: e.mediaType,
    sizeBytes: e.sizeBytes,
    issuer: e.issuer,
    validUntil: e.validUntil,
    criterionCodes: codes.get(e.id) ?? [],
    fileUrl: `/api/v1/dossiers/${dossierId}/evidence/${e.id}/file`,
    isViewableInline: isShownInline(e.mediaType),
  }));
}
