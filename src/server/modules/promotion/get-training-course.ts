import type { TrainingCourseOutput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import {
  findTrainingCourse,
  listTrainingParticipants,
} from '../../../db/repositories/promotion-training.repository';
import type { Actor } from '../../../domain/access/permissions';
import { assertRecordAccess } from './promotion-access';
import { presentTrainingCourse } from './promotion.presenter';

export const TRAINING_COURSE = { vi: 'lớp tập huấn', en: 'Training course' } as const;

/** A course with its participants; NOT_FOUND outside the actor's jurisdiction. */
export async function getTrainingCourse(params: {
  db: Database;
  actor: Actor;
  courseId: string;
}): Promise<TrainingCourseOutput> {
  const row = await findTrainingCourse(params.db, params.courseId);
  assertRecordAccess(params.actor, row, 'promotion.read', TRAINING_COURSE);
  return presentTrainingCourse(row, await listTrainingParticipants(params.db, row.course.id));
}
