/** Reads the trade-promotion demo makes beside the promotion repositories. */
import { and, asc, eq, inArray, like, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, producers, products, tradeEvents, trainingCourses } from '../schema';

/**
 * The products of producers under a unit path: those a council has scored first, then certified
 * ones, then by name.
 */
export async function listProductsUnderScoredFirst(
  db: Database,
  unitPath: string,
): Promise<{ id: string; name: string; producerId: string; status: string }[]> {
  return (
    db
      .select({
        id: products.id,
        name: products.name,
        producerId: products.producerId,
        status: products.status,
      })
      .from(products)
      .innerJoin(producers, eq(producers.id, products.producerId))
      .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
      .where(like(adminUnits.path, `${unitPath}%`))
      // A product the province's council has scored comes first: the 5★ candidate needs a result.
      .orderBy(
        sql`case when exists (select 1 from round_results r where r.product_id = ${products.id}) then 0 else 1 end`,
        sql`case when ${products.status} = 'certified' then 0 else 1 end`,
        asc(products.name),
      )
  );
}

/** Whether a unit has a training course with this title. */
export async function hasTrainingCourseTitled(db: Database, unitId: string, title: string): Promise<boolean> {
  const [row] = await db
    .select({ id: trainingCourses.id })
    .from(trainingCourses)
    .where(and(eq(trainingCourses.unitId, unitId), eq(trainingCourses.title, title)));
  return row !== undefined;
}

/** A unit's trade events with these names, by start date. */
export async function listTradeEventsNamed(
  db: Database,
  unitId: string,
  names: string[],
): Promise<{ id: string; name: string; date: string }[]> {
  return db
    .select({ id: tradeEvents.id, name: tradeEvents.name, date: tradeEvents.startsOn })
    .from(tradeEvents)
    .where(and(eq(tradeEvents.unitId, unitId), inArray(tradeEvents.name, names)))
    .orderBy(asc(tradeEvents.startsOn));
}
