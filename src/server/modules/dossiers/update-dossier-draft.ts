import type { UpdateDossierDraftInput } from '../../../contracts/dossiers.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { listEvidenceOfProducer, updateDossierIf } from '../../../db/repositories/dossiers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { isActionAllowed, transition } from '../../../domain/dossier/dossier-workflow';
import type { DossierAnswers, DossierStatus } from '../../../domain/dossier/dossier.types';
import { DomainError, type FieldProblem } from '../../../domain/errors';
import { listScorableCriteria } from '../../../domain/rubric/rubric-tree';
import { assertDossierAction, loadDossierForRead, routeOf, sheetOf, staleDossier } from './dossier-access';

/**
 * Saves Biểu 1 and/or Biểu 2 answers of a dossier the producer holds (draft or returned). Answers
 * merge by criterion code (`null` removes one). Every code must exist in the pinned sheet, every
 * option in its criterion, every evidence id in the producer's own library.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION (not the producer's turn), CONFLICT (stale version), VALIDATION_FAILED
 */
export async function updateDossierDraft(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  dossierId: string;
  input: UpdateDossierDraftInput;
  now: Date;
}): Promise<void> {
  const { db, input, now } = params;
  const loaded = await loadDossierForRead(db, params.actor, params.dossierId);
  assertDossierAction(params.actor, 'edit', loaded);
  const status = loaded.dossier.status as DossierStatus;
  transition(status, 'edit', routeOf(loaded));

  const criteria = new Map(listScorableCriteria(sheetOf(loaded)).map((s) => [s.criterion.code, s.criterion]));
  const problems: FieldProblem[] = [];
  const answers: DossierAnswers = { ...loaded.dossier.answers };
  const wantedEvidence = new Set<string>();
  for (const [code, answer] of Object.entries(input.answers ?? {})) {
    const criterion = criteria.get(code);
    if (!criterion) {
      problems.push({
        field: `answers.${code}`,
        messageVi: `Không có tiêu chí ${code} trong bộ tiêu chí của hồ sơ`,
        messageEn: `No criterion ${code} in this dossier's sheet`,
      });
      continue;
    }
    if (answer === null) {
      delete answers[code];
      continue;
    }
    if (answer.option > criterion.options.length)
      problems.push({
        field: `answers.${code}.option`,
        messageVi: `Phương án phải từ 0 đến ${criterion.options.length}`,
        messageEn: `Option must be 0–${criterion.options.length}`,
      });
    answer.evidenceIds.forEach((id) => wantedEvidence.add(id));
    answers[code] = {
      option: answer.option,
      evidenceIds: [...new Set(answer.evidenceIds)],
      note: answer.note,
    };
  }
  const owned = new Set(
    (await listEvidenceOfProducer(db, loaded.dossier.producerId, [...wantedEvidence])).map((e) => e.id),
  );
  for (const [code, answer] of Object.entries(input.answers ?? {}))
    if (answer?.evidenceIds.some((id) => !owned.has(id)))
      problems.push({
        field: `answers.${code}.evidenceIds`,
        messageVi: 'Minh chứng không có trong thư viện của chủ thể',
        messageEn: "Evidence is not in the producer's library",
      });
  if (problems.length > 0)
    throw new DomainError(
      'VALIDATION_FAILED',
      `Hồ sơ chưa lưu được: ${problems[0]!.messageVi}.`,
      `Not saved: ${problems[0]!.messageEn}.`,
      problems,
    );

  await db.transaction(async (tx) => {
    const row = await updateDossierIf(tx, loaded.dossier.id, input.version, [status], {
      registration: input.registration ?? loaded.dossier.registration,
      answers,
      updatedAt: now,
    });
    if (!row) throw staleDossier();
    if (!isActionAllowed(row.status as DossierStatus, 'edit')) throw staleDossier();
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'dossier.draft-updated',
        entityType: 'dossier',
        entityId: row.id,
        unitId: row.communeId,
        before: { version: loaded.dossier.version },
        after: {
          version: row.version,
          registrationChanged: input.registration !== undefined,
          answerCodes: Object.keys(input.answers ?? {}),
        },
      },
      now,
    );
  });
}
