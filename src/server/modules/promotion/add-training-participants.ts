import type { AddTrainingParticipantsInput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findTrainingCourse,
  insertTrainingParticipants,
} from '../../../db/repositories/promotion-training.repository';
import type { Actor } from '../../../domain/access/permissions';
import { TRAINING_COURSE } from './get-training-course';
import { assertRecordAccess } from './promotion-access';
import { resolveTrainingParticipants } from './training-participants';

/** Adds participants to a course of the actor's units (NOT_FOUND outside, FORBIDDEN for readers). */
export async function addTrainingParticipants(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  courseId: string;
  input: AddTrainingParticipantsInput;
}): Promise<void> {
  const { db, now } = params;
  const row = await findTrainingCourse(db, params.courseId);
  assertRecordAccess(params.actor, row, 'promotion.manage', TRAINING_COURSE);
  const participants = await resolveTrainingParticipants(db, params.input.participants, 'participants');
  await db.transaction(async (tx) => {
    await insertTrainingParticipants(
      tx,
      participants.map((p) => ({ ...p, courseId: row.course.id, createdAt: now })),
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'training-course.participants-added',
        entityType: 'training-course',
        entityId: row.course.id,
        unitId: row.course.unitId,
        after: { added: participants.map((p) => p.fullName || p.producerId) },
      },
      now,
    );
  });
}
