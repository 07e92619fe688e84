import { and, asc, desc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { ProposalStatus } from '../../domain/programme/programme.types';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { toCount, type Database } from '../database';
import { adminUnits, businessPlans, producers, productIdeas } from '../schema';

export type ProductIdeaRow = typeof productIdeas.$inferSelect;
export type BusinessPlanRow = typeof businessPlans.$inferSelect;
export type { ProposalReview } from '../schema';

/** An idea with the names and the commune path it is shown and authorized with. */
export interface IdeaWithNames {
  idea: ProductIdeaRow;
  producerName: string;
  communeName: string;
  communePath: string;
}

export interface BusinessPlanWithNames {
  plan: BusinessPlanRow;
  productName: string;
  producerName: string;
  communeName: string;
  communePath: string;
}

/** What a proposal list may return: see `proposalListScope` in the domain. */
export interface ProposalListFilter {
  producerIds: readonly string[];
  unitPaths: readonly string[];
  year?: number | undefined;
  status?: ProposalStatus | undefined;
  producerId?: string | undefined;
  limit: number;
  offset: number;
}

function visibleTo(
  filter: ProposalListFilter,
  columns: { producerId: AnyPgColumn; year: AnyPgColumn; status: AnyPgColumn },
): SQL {
  const visible: SQL[] = [];
  if (filter.producerIds.length > 0) visible.push(inArray(columns.producerId, [...filter.producerIds]));
  for (const path of filter.unitPaths) visible.push(like(adminUnits.path, `${path}%`));
  if (visible.length === 0) return sql`false`;
  const conditions: SQL[] = [or(...visible)!];
  if (filter.year !== undefined) conditions.push(eq(columns.year, filter.year));
  if (filter.status) conditions.push(eq(columns.status, filter.status));
  if (filter.producerId) conditions.push(eq(columns.producerId, filter.producerId));
  return and(...conditions)!;
}

function ideasJoined(db: Database) {
  return db
    .select({
      idea: productIdeas,
      producerName: producers.name,
      communeName: adminUnits.fullName,
      communePath: adminUnits.path,
    })
    .from(productIdeas)
    .innerJoin(producers, eq(producers.id, productIdeas.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, productIdeas.communeId));
}

export async function findIdeaWithNames(db: Database, id: string): Promise<IdeaWithNames | undefined> {
  const [row] = await ideasJoined(db).where(eq(productIdeas.id, id));
  return row;
}

/** Visible ideas, newest first, with the total count. */
export async function listIdeasWithNames(
  db: Database,
  filter: ProposalListFilter,
): Promise<{ rows: IdeaWithNames[]; total: number }> {
  const where = visibleTo(filter, productIdeas);
  const rows = await ideasJoined(db)
    .where(where)
    .orderBy(desc(productIdeas.createdAt), asc(productIdeas.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(productIdeas)
    .innerJoin(adminUnits, eq(adminUnits.id, productIdeas.communeId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

export async function insertIdea(
  db: Database,
  values: typeof productIdeas.$inferInsert,
): Promise<ProductIdeaRow> {
  const [row] = await db.insert(productIdeas).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Conditional update (version and status still as read); undefined when someone else got there first. */
export async function updateIdeaIf(
  db: Database,
  id: string,
  expectedVersion: number,
  expectedStatuses: readonly ProposalStatus[],
  values: Partial<typeof productIdeas.$inferInsert>,
): Promise<ProductIdeaRow | undefined> {
  const [row] = await db
    .update(productIdeas)
    .set({ ...values, version: sql`${productIdeas.version} + 1` })
    .where(
      and(
        eq(productIdeas.id, id),
        eq(productIdeas.version, expectedVersion),
        inArray(productIdeas.status, [...expectedStatuses]),
      ),
    )
    .returning();
  return row;
}

/** Links the product and the dossier a first evaluation started from the idea. */
export async function linkIdeaToDossier(
  db: Database,
  id: string,
  values: { productId: string; dossierId: string | null; updatedAt: Date },
): Promise<void> {
  await db
    .update(productIdeas)
    .set({ ...values, version: sql`${productIdeas.version} + 1` })
    .where(eq(productIdeas.id, id));
}

function plansJoined(db: Database) {
  return db
    .select({
      plan: businessPlans,
      productName: productIdeas.productName,
      producerName: producers.name,
      communeName: adminUnits.fullName,
      communePath: adminUnits.path,
    })
    .from(businessPlans)
    .innerJoin(productIdeas, eq(productIdeas.id, businessPlans.ideaId))
    .innerJoin(producers, eq(producers.id, businessPlans.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, businessPlans.communeId));
}

export async function findBusinessPlanWithNames(
  db: Database,
  id: string,
): Promise<BusinessPlanWithNames | undefined> {
  const [row] = await plansJoined(db).where(eq(businessPlans.id, id));
  return row;
}

export async function listBusinessPlansWithNames(
  db: Database,
  filter: ProposalListFilter,
): Promise<{ rows: BusinessPlanWithNames[]; total: number }> {
  const where = visibleTo(filter, businessPlans);
  const rows = await plansJoined(db)
    .where(where)
    .orderBy(desc(businessPlans.createdAt), asc(businessPlans.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(businessPlans)
    .innerJoin(adminUnits, eq(adminUnits.id, businessPlans.communeId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

export async function insertBusinessPlan(
  db: Database,
  values: typeof businessPlans.$inferInsert,
): Promise<BusinessPlanRow> {
  const [row] = await db.insert(businessPlans).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function updateBusinessPlanIf(
  db: Database,
  id: string,
  expectedVersion: number,
  expectedStatuses: readonly ProposalStatus[],
  values: Partial<typeof businessPlans.$inferInsert>,
): Promise<BusinessPlanRow | undefined> {
  const [row] = await db
    .update(businessPlans)
    .set({ ...values, version: sql`${businessPlans.version} + 1` })
    .where(
      and(
        eq(businessPlans.id, id),
        eq(businessPlans.version, expectedVersion),
        inArray(businessPlans.status, [...expectedStatuses]),
      ),
    )
    .returning();
  return row;
}

/** The status of the newest business plan of each idea (ideas without one are absent). */
export async function latestBusinessPlanStatusOfIdeas(
  db: Database,
  ideaIds: readonly string[],
): Promise<Map<string, ProposalStatus>> {
  if (ideaIds.length === 0) return new Map();
  const rows = await db
    .select({ ideaId: businessPlans.ideaId, status: businessPlans.status })
    .from(businessPlans)
    .where(inArray(businessPlans.ideaId, [...ideaIds]))
    .orderBy(asc(businessPlans.createdAt));
  return new Map(rows.map((r) => [r.ideaId, r.status]));
}
