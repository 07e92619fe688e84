import type { ListTrainingCoursesOutput, PromotionListQuery } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { listTrainingCourses as listCourses } from '../../../db/repositories/promotion-training.repository';
import type { Actor } from '../../../domain/access/permissions';
import { listScope } from './promotion-access';
import { presentTrainingCourse } from './promotion.presenter';

/** The training courses of the actor's units (and below), latest first, paginated. */
export async function listTrainingCourses(params: {
  db: Database;
  actor: Actor;
  query: PromotionListQuery;
}): Promise<ListTrainingCoursesOutput> {
  const { db, query } = params;
  const scope = await listScope(db, params.actor, query.unitId);
  const { rows, total } = await listCourses(db, {
    ...scope,
    year: query.year,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows.map((row) => presentTrainingCourse(row)), total };
}
