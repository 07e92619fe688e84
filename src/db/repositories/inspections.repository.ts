/** Post-inspection (hậu kiểm): plans, records, inspectors' agencies. Queries only. */
import { and, asc, desc, eq, inArray, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../database';
import {
  accounts,
  adminUnits,
  certificates,
  inspectionPlans,
  inspections,
  inspectorAgencies,
  producers,
  products,
} from '../schema';

export type InspectionRow = typeof inspections.$inferSelect;
export type InspectionPlanRow = typeof inspectionPlans.$inferSelect;
export type InspectorAgencyValue = (typeof inspectorAgencies.$inferSelect)['agency'];
export type { InspectionAttachment } from '../schema';

const toCount = (value: unknown): number => Number(value ?? 0);

export async function findInspectorAgency(
  db: Database,
  accountId: string,
): Promise<InspectorAgencyValue | undefined> {
  const [row] = await db.select().from(inspectorAgencies).where(eq(inspectorAgencies.accountId, accountId));
  return row?.agency;
}

export async function setInspectorAgency(
  db: Database,
  accountId: string,
  agency: InspectorAgencyValue,
  now: Date,
): Promise<void> {
  await db
    .insert(inspectorAgencies)
    .values({ accountId, agency, updatedAt: now })
    .onConflictDoUpdate({ target: inspectorAgencies.accountId, set: { agency, updatedAt: now } });
}

/** A producer with the path of its commune (for jurisdiction). */
export async function findProducerPlace(db: Database, producerId: string) {
  const [row] = await db
    .select({
      id: producers.id,
      name: producers.name,
      communeId: producers.communeId,
      communePath: adminUnits.path,
    })
    .from(producers)
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(eq(producers.id, producerId));
  return row;
}

export async function findProductBrief(db: Database, productId: string) {
  const [row] = await db
    .select({
      id: products.id,
      producerId: products.producerId,
      productSet: products.productSet,
      name: products.name,
    })
    .from(products)
    .where(eq(products.id, productId));
  return row;
}

/** The product's certificate in force (not revoked, superseded or ended), newest first. */
export async function findCurrentCertificateId(db: Database, productId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: certificates.id })
    .from(certificates)
    .where(
      and(
        eq(certificates.productId, productId),
        isNull(certificates.revokedOn),
        isNull(certificates.supersededOn),
        isNull(certificates.endedOn),
      ),
    )
    .orderBy(desc(certificates.issuedOn))
    .limit(1);
  return row?.id;
}

export async function insertPlan(
  db: Database,
  values: typeof inspectionPlans.$inferInsert,
): Promise<InspectionPlanRow> {
  const [row] = await db.insert(inspectionPlans).values(values).returning();
  return row!;
}

export async function listPlans(
  db: Database,
  filter: { unitPaths: readonly string[]; year?: number | undefined; limit: number; offset: number },
): Promise<{ rows: (InspectionPlanRow & { unitName: string })[]; total: number }> {
  const conditions: SQL[] = [pathCondition(filter.unitPaths)];
  if (filter.year) conditions.push(eq(inspectionPlans.year, filter.year));
  const where = and(...conditions);
  const rows = await db
    .select({ plan: inspectionPlans, unitName: adminUnits.fullName })
    .from(inspectionPlans)
    .innerJoin(adminUnits, eq(adminUnits.id, inspectionPlans.unitId))
    .where(where)
    .orderBy(desc(inspectionPlans.year), asc(inspectionPlans.title))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(inspectionPlans)
    .innerJoin(adminUnits, eq(adminUnits.id, inspectionPlans.unitId))
    .where(where);
  return { rows: rows.map((r) => ({ ...r.plan, unitName: r.unitName })), total: toCount(count?.n) };
}

function pathCondition(paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  return or(...paths.map((p) => like(adminUnits.path, `${p}%`)))!;
}

/** Inserts an inspection; with a `clientId` already recorded, returns the existing one instead. */
export async function insertInspectionOnce(
  db: Database,
  values: typeof inspections.$inferInsert,
): Promise<{ row: InspectionRow; isNew: boolean }> {
  const [row] = await db.insert(inspections).values(values).onConflictDoNothing().returning();
  if (row) return { row, isNew: true };
  const [existing] = await db.select().from(inspections).where(eq(inspections.clientId, values.clientId!));
  return { row: existing!, isNew: false };
}

export interface InspectionWithNames {
  inspection: InspectionRow;
  communePath: string;
  producerName: string;
  productName: string | null;
}

const columns = {
  inspection: inspections,
  communePath: adminUnits.path,
  producerName: producers.name,
  productName: products.name,
};

function joined(db: Database) {
  return db
    .select(columns)
    .from(inspections)
    .innerJoin(adminUnits, eq(adminUnits.id, inspections.unitId))
    .innerJoin(producers, eq(producers.id, inspections.producerId))
    .leftJoin(products, eq(products.id, inspections.productId));
}

export async function findInspectionWithNames(
  db: Database,
  id: string,
): Promise<InspectionWithNames | undefined> {
  const [row] = await joined(db).where(eq(inspections.id, id));
  return row;
}

export async function updateInspectionIf(
  tx: Database,
  id: string,
  version: number,
  values: Partial<typeof inspections.$inferInsert>,
): Promise<InspectionRow | undefined> {
  const [row] = await tx
    .update(inspections)
    .set({ ...values, version: version + 1 })
    .where(and(eq(inspections.id, id), eq(inspections.version, version)))
    .returning();
  return row;
}

export interface InspectionListFilter {
  /** Unit paths where the actor reads every inspection. */
  unitPaths: readonly string[];
  /** Producers whose submitted inspections the actor (a member) reads. */
  producerIds: readonly string[];
  status?: string | undefined;
  agency?: string | undefined;
  producerId?: string | undefined;
  limit: number;
  offset: number;
}

export async function listInspections(
  db: Database,
  filter: InspectionListFilter,
): Promise<{ rows: InspectionWithNames[]; total: number }> {
  const visible: SQL[] = filter.unitPaths.map((p) => like(adminUnits.path, `${p}%`));
  if (filter.producerIds.length > 0)
    visible.push(
      and(inArray(inspections.producerId, [...filter.producerIds]), sql`${inspections.status} <> 'draft'`)!,
    );
  const conditions: SQL[] = [visible.length ? or(...visible)! : sql`false`];
  if (filter.status) conditions.push(eq(inspections.status, filter.status as InspectionRow['status']));
  if (filter.agency) conditions.push(eq(inspections.agency, filter.agency as InspectionRow['agency']));
  if (filter.producerId) conditions.push(eq(inspections.producerId, filter.producerId));
  const where = and(...conditions);
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(inspections.inspectedOn), asc(inspections.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(inspections)
    .innerJoin(adminUnits, eq(adminUnits.id, inspections.unitId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

export async function findAccountHomeUnitId(db: Database, accountId: string): Promise<string | undefined> {
  const [row] = await db.select({ unitId: accounts.unitId }).from(accounts).where(eq(accounts.id, accountId));
  return row?.unitId ?? undefined;
}

/** A product found by its exact name, with its producer's commune (for the demo data). */
export async function findProductPlaceByName(db: Database, name: string) {
  const [row] = await db
    .select({ productId: products.id, producerId: products.producerId, communeId: producers.communeId })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .where(eq(products.name, name))
    .limit(1);
  return row;
}
