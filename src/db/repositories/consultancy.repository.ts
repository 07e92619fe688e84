/**
 * Quan hệ tư vấn — consultancy links between an account and a producer, with the names they are
 * shown with and the producer's commune path (for jurisdiction). Queries only.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { accounts, adminUnits, consultancyLinks, producers } from '../schema';

export type ConsultancyLinkRow = typeof consultancyLinks.$inferSelect;

export interface ConsultancyLinkWithNames {
  link: ConsultancyLinkRow;
  accountName: string;
  producerName: string;
  /** The path of the producer's commune. */
  unitPath: string;
}

/** Links of an account, of a producer, of both or all of them; by producer, then account name. */
export async function listConsultancyLinksWithNames(
  db: Database,
  filter: { accountId?: string | undefined; producerId?: string | undefined },
): Promise<ConsultancyLinkWithNames[]> {
  return db
    .select({
      link: consultancyLinks,
      accountName: accounts.displayName,
      producerName: producers.name,
      unitPath: adminUnits.path,
    })
    .from(consultancyLinks)
    .innerJoin(accounts, eq(accounts.id, consultancyLinks.accountId))
    .innerJoin(producers, eq(producers.id, consultancyLinks.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(
      and(
        filter.accountId ? eq(consultancyLinks.accountId, filter.accountId) : undefined,
        filter.producerId ? eq(consultancyLinks.producerId, filter.producerId) : undefined,
      ),
    )
    .orderBy(asc(producers.name), asc(accounts.displayName));
}

/** The commune (id and path) of a producer, or undefined for an unknown producer. */
export async function findProducerCommune(
  db: Database,
  producerId: string,
): Promise<{ unitId: string; unitPath: string } | undefined> {
  const [row] = await db
    .select({ unitPath: adminUnits.path, unitId: adminUnits.id })
    .from(producers)
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(eq(producers.id, producerId));
  return row;
}

/** The fields of a new consultancy link. */
export type NewConsultancyLinkValues = Pick<
  typeof consultancyLinks.$inferInsert,
  'accountId' | 'producerId' | 'validFrom' | 'validTo' | 'note' | 'createdBy' | 'createdAt'
>;

/** Inserts a link unless the account and producer are already linked; then returns `undefined`. */
export async function insertConsultancyLinkIfAbsent(
  db: Database,
  values: NewConsultancyLinkValues,
): Promise<ConsultancyLinkRow | undefined> {
  const [row] = await db.insert(consultancyLinks).values(values).onConflictDoNothing().returning();
  return row;
}

export async function accountExists(db: Database, accountId: string): Promise<boolean> {
  const [row] = await db.select({ id: accounts.id }).from(accounts).where(eq(accounts.id, accountId));
  return row !== undefined;
}

/** The producers an account consulted for, with the period of each. */
export async function listConsultancyPeriodsOfAccount(
  db: Database,
  accountId: string,
): Promise<Pick<ConsultancyLinkRow, 'producerId' | 'validFrom' | 'validTo'>[]> {
  return db
    .select({
      producerId: consultancyLinks.producerId,
      validFrom: consultancyLinks.validFrom,
      validTo: consultancyLinks.validTo,
    })
    .from(consultancyLinks)
    .where(eq(consultancyLinks.accountId, accountId));
}
