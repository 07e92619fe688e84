import { and, asc, desc, eq, inArray, like, sql } from 'drizzle-orm';
import { toCount, type Database } from '../database';
import { adminUnits, producers, trainingCourses, trainingParticipants } from '../schema';
import { inYear, withinPaths } from './promotion.repository';

export type TrainingCourseRow = typeof trainingCourses.$inferSelect;
export type TrainingParticipantRow = typeof trainingParticipants.$inferSelect;

/** A course with its unit and participant counts, as lists show it. */
export interface TrainingCourseWithUnit {
  course: TrainingCourseRow;
  unitName: string;
  unitPath: string;
  participantCount: number;
  attendedCount: number;
}

const participantCount = sql<unknown>`(select count(*) from ${trainingParticipants} where ${trainingParticipants.courseId} = ${trainingCourses.id})`;
const attendedCount = sql<unknown>`(select count(*) from ${trainingParticipants} where ${trainingParticipants.courseId} = ${trainingCourses.id} and ${trainingParticipants.hasAttended})`;

function joined(db: Database) {
  return db
    .select({
      course: trainingCourses,
      unitName: adminUnits.fullName,
      unitPath: adminUnits.path,
      participantCount,
      attendedCount,
    })
    .from(trainingCourses)
    .innerJoin(adminUnits, eq(adminUnits.id, trainingCourses.unitId));
}

function present(row: {
  course: TrainingCourseRow;
  unitName: string;
  unitPath: string;
  participantCount: unknown;
  attendedCount: unknown;
}): TrainingCourseWithUnit {
  return {
    ...row,
    participantCount: toCount(row.participantCount),
    attendedCount: toCount(row.attendedCount),
  };
}

export async function insertTrainingCourse(
  db: Database,
  values: typeof trainingCourses.$inferInsert,
): Promise<TrainingCourseRow> {
  const [row] = await db.insert(trainingCourses).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function insertTrainingParticipants(
  db: Database,
  rows: (typeof trainingParticipants.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(trainingParticipants).values(rows);
}

export async function findTrainingCourse(
  db: Database,
  id: string,
): Promise<TrainingCourseWithUnit | undefined> {
  const [row] = await joined(db).where(eq(trainingCourses.id, id));
  return row && present(row);
}

/** Visible courses (unit under one of `scopePaths`), latest first, with the total. */
export async function listTrainingCourses(
  db: Database,
  filter: {
    scopePaths: readonly string[];
    withinPath?: string | undefined;
    year?: number | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: TrainingCourseWithUnit[]; total: number }> {
  const where = and(
    withinPaths(adminUnits.path, filter.scopePaths, filter.withinPath),
    inYear(trainingCourses.startsOn, filter.year),
  );
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(trainingCourses.startsOn), asc(trainingCourses.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(trainingCourses)
    .innerJoin(adminUnits, eq(adminUnits.id, trainingCourses.unitId))
    .where(where);
  return { rows: rows.map(present), total: toCount(count?.n) };
}

/** The participants of a course, with the producer's name where one is linked. */
export async function listTrainingParticipants(
  db: Database,
  courseId: string,
): Promise<(TrainingParticipantRow & { producerName: string | null })[]> {
  const rows = await db
    .select({ participant: trainingParticipants, producerName: producers.name })
    .from(trainingParticipants)
    .leftJoin(producers, eq(producers.id, trainingParticipants.producerId))
    .where(eq(trainingParticipants.courseId, courseId))
    .orderBy(
      asc(trainingParticipants.createdAt),
      asc(trainingParticipants.fullName),
      asc(trainingParticipants.id),
    );
  return rows.map((r) => ({ ...r.participant, producerName: r.producerName }));
}

/** Marks exactly `attendedIds` of the course present and the others absent. */
export async function setTrainingAttendance(
  db: Database,
  courseId: string,
  attendedIds: readonly string[],
): Promise<void> {
  await db
    .update(trainingParticipants)
    .set({ hasAttended: false })
    .where(eq(trainingParticipants.courseId, courseId));
  if (attendedIds.length === 0) return;
  await db
    .update(trainingParticipants)
    .set({ hasAttended: true })
    .where(
      and(eq(trainingParticipants.courseId, courseId), inArray(trainingParticipants.id, [...attendedIds])),
    );
}

/**
 * Training courses organised by `unitPath` and the units below it that start in `year`: the
 * actual value of the "training courses" plan indicator.
 */
export async function countTrainingCourses(
  db: Database,
  filter: { unitPath: string; year: number },
): Promise<number> {
  const [row] = await db
    .select({ n: sql`count(*)` })
    .from(trainingCourses)
    .innerJoin(adminUnits, eq(adminUnits.id, trainingCourses.unitId))
    .where(and(like(adminUnits.path, `${filter.unitPath}%`), inYear(trainingCourses.startsOn, filter.year)));
  return toCount(row?.n);
}

/**
 * Participants of those courses (only those marked present when `isAttendedOnly`): the actual
 * value of the "training participants" plan indicator.
 */
export async function countTrainingParticipants(
  db: Database,
  filter: { unitPath: string; year: number; isAttendedOnly?: boolean },
): Promise<number> {
  const [row] = await db
    .select({ n: sql`count(*)` })
    .from(trainingParticipants)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingParticipants.courseId))
    .innerJoin(adminUnits, eq(adminUnits.id, trainingCourses.unitId))
    .where(
      and(
        like(adminUnits.path, `${filter.unitPath}%`),
        inYear(trainingCourses.startsOn, filter.year),
        filter.isAttendedOnly ? eq(trainingParticipants.hasAttended, true) : undefined,
      ),
    );
  return toCount(row?.n);
}

/** The courses a producer took part in (its training history), latest first. */
export async function listTrainingOfProducer(
  db: Database,
  producerId: string,
): Promise<{ courseId: string; title: string; startsOn: string; hasAttended: boolean }[]> {
  return db
    .select({
      courseId: trainingCourses.id,
      title: trainingCourses.title,
      startsOn: trainingCourses.startsOn,
      hasAttended: trainingParticipants.hasAttended,
    })
    .from(trainingParticipants)
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingParticipants.courseId))
    .where(eq(trainingParticipants.producerId, producerId))
    .orderBy(desc(trainingCourses.startsOn));
}
