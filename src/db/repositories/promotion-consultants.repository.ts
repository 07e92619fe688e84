import { asc, eq, inArray, sql } from 'drizzle-orm';
import { toCount, type Database } from '../database';
import {
  adminUnits,
  consultancyLinks,
  consultantContracts,
  consultants,
  products,
  producers,
} from '../schema';
import { withinPaths } from './promotion.repository';

export type ConsultantRow = typeof consultants.$inferSelect;
export type ConsultantContractRow = typeof consultantContracts.$inferSelect;

export interface ConsultantWithUnit {
  consultant: ConsultantRow;
  unitName: string;
  unitPath: string;
}

export interface ConsultantContractWithNames extends ConsultantContractRow {
  producerName: string;
  productName: string | null;
}

function joined(db: Database) {
  return db
    .select({ consultant: consultants, unitName: adminUnits.fullName, unitPath: adminUnits.path })
    .from(consultants)
    .innerJoin(adminUnits, eq(adminUnits.id, consultants.unitId));
}

export async function insertConsultant(
  db: Database,
  values: typeof consultants.$inferInsert,
): Promise<ConsultantRow> {
  const [row] = await db.insert(consultants).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function findConsultant(db: Database, id: string): Promise<ConsultantWithUnit | undefined> {
  const [row] = await joined(db).where(eq(consultants.id, id));
  return row;
}

/** Visible consultants (directory unit under one of `scopePaths`), by name, with the total. */
export async function listConsultants(
  db: Database,
  filter: { scopePaths: readonly string[]; withinPath?: string | undefined; limit: number; offset: number },
): Promise<{ rows: ConsultantWithUnit[]; total: number }> {
  const where = withinPaths(adminUnits.path, filter.scopePaths, filter.withinPath);
  const rows = await joined(db)
    .where(where)
    .orderBy(asc(consultants.name), asc(consultants.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(consultants)
    .innerJoin(adminUnits, eq(adminUnits.id, consultants.unitId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

export async function insertConsultantContract(
  db: Database,
  values: typeof consultantContracts.$inferInsert,
): Promise<ConsultantContractRow> {
  const [row] = await db.insert(consultantContracts).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** The contracts of the given consultants, oldest first, with producer and product names. */
export async function listContractsOfConsultants(
  db: Database,
  consultantIds: readonly string[],
): Promise<ConsultantContractWithNames[]> {
  if (consultantIds.length === 0) return [];
  const rows = await db
    .select({ contract: consultantContracts, producerName: producers.name, productName: products.name })
    .from(consultantContracts)
    .innerJoin(producers, eq(producers.id, consultantContracts.producerId))
    .leftJoin(products, eq(products.id, consultantContracts.productId))
    .where(inArray(consultantContracts.consultantId, [...consultantIds]))
    .orderBy(asc(consultantContracts.startsOn), asc(consultantContracts.id));
  return rows.map((r) => ({ ...r.contract, producerName: r.producerName, productName: r.productName }));
}

/**
 * Records the contract as a consultancy link of the consultant's account (quan hệ tư vấn), the
 * record conflict-of-interest hints read. An existing link of the same account and producer is
 * kept as it is. True when a link was added.
 */
export async function linkContractAsConsultancy(
  db: Database,
  link: {
    accountId: string;
    producerId: string;
    validFrom: string;
    validTo: string | null;
    note: string;
    createdBy: string;
    createdAt: Date;
  },
): Promise<boolean> {
  const rows = await db
    .insert(consultancyLinks)
    .values(link)
    .onConflictDoNothing()
    .returning({ accountId: consultancyLinks.accountId });
  return rows.length > 0;
}
