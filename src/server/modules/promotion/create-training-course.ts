import type { CreateTrainingCourseInput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertTrainingCourse,
  insertTrainingParticipants,
} from '../../../db/repositories/promotion-training.repository';
import type { Actor } from '../../../domain/access/permissions';
import { resolveTrainingParticipants } from './training-participants';
import { unitToActIn } from './promotion-access';

/**
 * Records a training course (tập huấn) of a unit the actor manages, with its first participants.
 * Throws VALIDATION_FAILED (unknown unit, account or producer, named by field) or FORBIDDEN
 * (unit outside the actor's jurisdiction); nothing is written then.
 */
export async function createTrainingCourse(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  input: CreateTrainingCourseInput;
}): Promise<string> {
  const { db, input, now } = params;
  const unit = await unitToActIn({
    db,
    actor: params.actor,
    action: 'promotion.manage',
    unitId: input.unitId,
    field: 'unitId',
  });
  const participants = await resolveTrainingParticipants(db, input.participants ?? [], 'participants');
  return db.transaction(async (tx) => {
    const course = await insertTrainingCourse(tx, {
      unitId: unit.id,
      title: input.title,
      topic: input.topic ?? '',
      audience: input.audience,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      place: input.place ?? '',
      isOnline: input.isOnline ?? false,
      trainers: input.trainers ?? '',
      budgetVnd: input.budgetVnd ?? null,
      materials: input.materials ?? '',
      createdBy: params.actor.accountId,
      createdAt: now,
    });
    await insertTrainingParticipants(
      tx,
      participants.map((p) => ({ ...p, courseId: course.id, createdAt: now })),
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'training-course.created',
        entityType: 'training-course',
        entityId: course.id,
        unitId: unit.id,
        after: { title: course.title, startsOn: course.startsOn, participants: participants.length },
      },
      now,
    );
    return course.id;
  });
}
