import type { RecordAttendanceInput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findTrainingCourse,
  listTrainingParticipants,
  setTrainingAttendance,
} from '../../../db/repositories/promotion-training.repository';
import type { Actor } from '../../../domain/access/permissions';
import { TRAINING_COURSE } from './get-training-course';
import { assertRecordAccess, invalidField } from './promotion-access';

/**
 * Records who attended (điểm danh): the listed participants present, every other absent.
 * VALIDATION_FAILED names an id that is not a participant of this course.
 */
export async function recordTrainingAttendance(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  courseId: string;
  input: RecordAttendanceInput;
}): Promise<void> {
  const { db, now, input } = params;
  const row = await findTrainingCourse(db, params.courseId);
  assertRecordAccess(params.actor, row, 'promotion.manage', TRAINING_COURSE);
  const ids = new Set((await listTrainingParticipants(db, row.course.id)).map((p) => p.id));
  const unknown = input.attendedParticipantIds.findIndex((id) => !ids.has(id));
  if (unknown >= 0)
    throw invalidField(
      `attendedParticipantIds.${unknown}`,
      'Không phải học viên của lớp này',
      'Not a participant of this course',
    );
  await db.transaction(async (tx) => {
    await setTrainingAttendance(tx, row.course.id, input.attendedParticipantIds);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'training-course.attendance-recorded',
        entityType: 'training-course',
        entityId: row.course.id,
        unitId: row.course.unitId,
        after: { attended: input.attendedParticipantIds.length },
      },
      now,
    );
  });
}
