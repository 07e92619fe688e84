import type { SubmitDossierInput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import {
  findAccountDisplayName,
  insertDossierVersion,
  listEvidenceOfProducer,
} from '../../../db/repositories/dossiers.repository';
import type { FrozenEvidence } from '../../../db/repositories/dossier-transitions.repository';
import type { Actor } from '../../../domain/access/permissions';
import { checkCompleteness } from '../../../domain/dossier/dossier-completeness';
import { DomainError } from '../../../domain/errors';
import { applyDossierTransition } from './apply-dossier-transition';
import { assertDossierAction, loadDossierForRead, sheetOf } from './dossier-access';
import type { DossierMailSender } from './notify-dossier-change';

/**
 * Submits a complete dossier to the commune with the producer's truthfulness commitment, and
 * freezes its content as a new immutable version (1, 2, …). Two concurrent submits of the same
 * version: one wins, the other gets CONFLICT and no second version exists.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT, VALIDATION_FAILED (incomplete: `details` lists what is missing)
 */
export async function submitDossier(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  dossierId: string;
  input: SubmitDossierInput;
  now: Date;
  sendMail?: DossierMailSender;
}) {
  const { db, actor, now } = params;
  const loaded = await loadDossierForRead(db, actor, params.dossierId);
  assertDossierAction(actor, 'submit', loaded);
  const d = loaded.dossier;
  const completeness = checkCompleteness(sheetOf(loaded), {
    registration: d.registration,
    answers: d.answers,
  });
  if (!completeness.isComplete)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Hồ sơ chưa đầy đủ (${completeness.missing.length} mục): ${completeness.missing[0]!.messageVi}.`,
      `The dossier is incomplete (${completeness.missing.length} items): ${completeness.missing[0]!.messageEn}.`,
      completeness.missing.map((m) => ({ field: m.item, messageVi: m.messageVi, messageEn: m.messageEn })),
    );
  const evidenceIds = [...new Set(Object.values(d.answers).flatMap((a) => a.evidenceIds))];
  const evidence: FrozenEvidence[] = (await listEvidenceOfProducer(db, d.producerId, evidenceIds)).map(
    (e) => ({
      id: e.id,
      title: e.title,
      documentType: e.documentType,
      fileName: e.fileName,
      mediaType: e.mediaType,
      sizeBytes: e.sizeBytes,
      sha256: e.fileSha256,
      issuer: e.issuer,
      issuedOn: e.issuedOn,
      validUntil: e.validUntil,
    }),
  );
  if (evidence.length !== evidenceIds.length)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Có minh chứng đã bị xóa khỏi thư viện; hãy chọn lại.',
      'Some linked evidence was removed from the library; link it again.',
      [{ field: 'answers', messageVi: 'Minh chứng không còn', messageEn: 'Evidence gone' }],
    );
  const committedByName = (await findAccountDisplayName(db, actor.accountId)) ?? actor.username;
  return applyDossierTransition({
    db,
    audit: params.audit,
    actor,
    loaded,
    action: 'submit',
    expectedVersion: params.input.version,
    now,
    changes: { versionNumber: d.versionNumber + 1, communeAssessment: null, forwardRequest: null },
    payload: { truthfulnessCommitment: true },
    ...(params.sendMail ? { sendMail: params.sendMail } : {}),
    alsoWrite: async (tx, updated) => {
      await insertDossierVersion(tx, {
        dossierId: updated.id,
        number: updated.versionNumber,
        registration: d.registration,
        answers: d.answers,
        evidence,
        committedBy: actor.accountId,
        committedByName,
        submittedAt: now,
      });
    },
  });
}
