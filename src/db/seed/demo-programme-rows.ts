/** Rows the programme demo writes directly: yearly OCOP plans, product ideas and business plans. */
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import {
  businessPlans,
  ocopPlanActuals,
  ocopPlans,
  ocopPlanVersions,
  producerMembers,
  producers,
  productIdeas,
} from '../schema';

type OcopPlanRow = typeof ocopPlans.$inferSelect;

/** The first-created producer of a commune an account is a member of. */
export async function findFirstProducerOfMemberIn(
  db: Database,
  accountId: string,
  communeId: string,
): Promise<string | undefined> {
  const [row] = await db
    .select({ id: producers.id })
    .from(producers)
    .innerJoin(producerMembers, eq(producerMembers.producerId, producers.id))
    .where(and(eq(producerMembers.accountId, accountId), eq(producers.communeId, communeId)))
    .orderBy(producers.createdAt);
  return row?.id;
}

/** The yearly plans of some units for a year. */
export async function listOcopPlansOf(db: Database, unitIds: string[], year: number): Promise<OcopPlanRow[]> {
  return db
    .select()
    .from(ocopPlans)
    .where(and(inArray(ocopPlans.unitId, unitIds), eq(ocopPlans.year, year)));
}

/** Whether a unit has its plan for a year. */
export async function hasOcopPlan(db: Database, unitId: string, year: number): Promise<boolean> {
  const [row] = await db
    .select()
    .from(ocopPlans)
    .where(and(eq(ocopPlans.unitId, unitId), eq(ocopPlans.year, year)));
  return row !== undefined;
}

export async function insertDemoOcopPlan(
  db: Database,
  values: typeof ocopPlans.$inferInsert,
): Promise<OcopPlanRow | undefined> {
  const [row] = await db.insert(ocopPlans).values(values).returning();
  return row;
}

export async function insertDemoOcopPlanVersion(
  db: Database,
  values: typeof ocopPlanVersions.$inferInsert,
): Promise<void> {
  await db.insert(ocopPlanVersions).values(values);
}

export async function insertDemoOcopPlanActual(
  db: Database,
  values: typeof ocopPlanActuals.$inferInsert,
): Promise<void> {
  await db.insert(ocopPlanActuals).values(values);
}

export async function insertDemoProductIdea(db: Database, values: typeof productIdeas.$inferInsert) {
  const [row] = await db.insert(productIdeas).values(values).returning();
  return row;
}

export async function insertDemoBusinessPlan(
  db: Database,
  values: typeof businessPlans.$inferInsert,
): Promise<void> {
  await db.insert(businessPlans).values(values);
}
