import { and, asc, eq, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { ProducerListScope, ProducerScope } from '../../domain/access/producer-policy';
import { toCount, type Database } from '../database';
import { accounts, adminUnits, producerMembers, producers } from '../schema';

export type ProducerRow = typeof producers.$inferSelect;
export type NewProducerRow = typeof producers.$inferInsert;

/** A producer with the path and name of its commune (for authorization and display). */
export interface ProducerWithCommune {
  producer: ProducerRow;
  communePath: string;
  communeName: string;
}

/** `LIKE` pattern for "starts with `prefix`", escaping wildcards. */
export function startsWithPattern(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** SQL for a producer list scope over `admin_units.path` and `producers.id`; false when empty. */
export function producerScopeCondition(scope: ProducerListScope): SQL {
  const parts: SQL[] = scope.unitPaths.map((path) => like(adminUnits.path, startsWithPattern(path)));
  if (scope.producerIds.length > 0) parts.push(inArray(producers.id, scope.producerIds));
  return parts.length > 0 ? (or(...parts) ?? sql`false`) : sql`false`;
}

export async function findProducerById(db: Database, id: string): Promise<ProducerWithCommune | undefined> {
  const [row] = await db
    .select({ producer: producers, communePath: adminUnits.path, communeName: adminUnits.fullName })
    .from(producers)
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(eq(producers.id, id))
    .limit(1);
  return row;
}

export async function findProducerByRegistrationNumber(
  db: Database,
  registrationNumber: string,
): Promise<ProducerRow | undefined> {
  const [row] = await db
    .select()
    .from(producers)
    .where(eq(producers.registrationNumber, registrationNumber))
    .limit(1);
  return row;
}

/** The producers an account is a member of, with their commune paths. */
export async function listMemberProducers(db: Database, accountId: string): Promise<ProducerScope[]> {
  return db
    .select({ id: producers.id, unitPath: adminUnits.path })
    .from(producerMembers)
    .innerJoin(producers, eq(producers.id, producerMembers.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(eq(producerMembers.accountId, accountId));
}

export interface ProducerListQuery {
  scope: ProducerListScope;
  searchKey?: string | undefined;
  communeId?: string | undefined;
  type?: ProducerRow['type'] | undefined;
  limit: number;
  offset: number;
}

/** One page of producers inside a scope, by name. */
export async function listProducersPage(
  db: Database,
  query: ProducerListQuery,
): Promise<{ items: ProducerWithCommune[]; total: number }> {
  const where = and(
    producerScopeCondition(query.scope),
    query.searchKey
      ? like(producers.searchKey, `%${query.searchKey.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
      : undefined,
    query.communeId ? eq(producers.communeId, query.communeId) : undefined,
    query.type ? eq(producers.type, query.type) : undefined,
  );
  const [count] = await db
    .select({ count: sql<unknown>`count(*)` })
    .from(producers)
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(where);
  const items = await db
    .select({ producer: producers, communePath: adminUnits.path, communeName: adminUnits.fullName })
    .from(producers)
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(where)
    .orderBy(asc(producers.searchKey), asc(producers.id))
    .limit(query.limit)
    .offset(query.offset);
  return { items, total: toCount(count?.count) };
}

export interface ProducerMemberRow {
  accountId: string;
  username: string;
  displayName: string;
  email: string | null;
  isActive: boolean;
  isOwner: boolean;
  createdAt: Date;
}

export async function listProducerMembers(db: Database, producerId: string): Promise<ProducerMemberRow[]> {
  return db
    .select({
      accountId: producerMembers.accountId,
      username: accounts.username,
      displayName: accounts.displayName,
      email: accounts.email,
      isActive: sql<boolean>`${accounts.status} = 'active'`,
      isOwner: producerMembers.isOwner,
      createdAt: producerMembers.createdAt,
    })
    .from(producerMembers)
    .innerJoin(accounts, eq(accounts.id, producerMembers.accountId))
    .where(eq(producerMembers.producerId, producerId))
    .orderBy(asc(producerMembers.createdAt));
}

/**
 * Writes a producer's changes if it is still at `expectedVersion` (optimistic locking); returns
 * the updated row, or undefined when the version is stale or the producer is gone.
 */
export async function updateProducerIfVersion(
  db: Database,
  producerId: string,
  expectedVersion: number,
  changes: Partial<NewProducerRow>,
): Promise<ProducerRow | undefined> {
  const [row] = await db
    .update(producers)
    .set(changes)
    .where(and(eq(producers.id, producerId), eq(producers.version, expectedVersion)))
    .returning();
  return row;
}

/** Stores a new producer and returns its row. */
export async function insertProducer(db: Database, values: NewProducerRow): Promise<ProducerRow> {
  const [row] = await db.insert(producers).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}
