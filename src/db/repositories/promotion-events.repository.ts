import { and, asc, desc, eq, gte, inArray, like, sql } from 'drizzle-orm';
import { toCount, type Database } from '../database';
import { adminUnits, products, producers, tradeEventParticipants, tradeEvents } from '../schema';
import { inYear, withinPaths } from './promotion.repository';

export type TradeEventRow = typeof tradeEvents.$inferSelect;

export interface TradeEventWithUnit {
  event: TradeEventRow;
  unitName: string;
  unitPath: string;
}

export interface TradeEventParticipantWithNames {
  eventId: string;
  producerId: string;
  producerName: string;
  productId: string | null;
  productName: string | null;
  productStatus: string | null;
}

function joined(db: Database) {
  return db
    .select({ event: tradeEvents, unitName: adminUnits.fullName, unitPath: adminUnits.path })
    .from(tradeEvents)
    .innerJoin(adminUnits, eq(adminUnits.id, tradeEvents.unitId));
}

export async function insertTradeEvent(
  db: Database,
  values: typeof tradeEvents.$inferInsert,
): Promise<TradeEventRow> {
  const [row] = await db.insert(tradeEvents).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

export async function insertTradeEventParticipants(
  db: Database,
  rows: (typeof tradeEventParticipants.$inferInsert)[],
): Promise<void> {
  if (rows.length > 0) await db.insert(tradeEventParticipants).values(rows);
}

export async function findTradeEvent(db: Database, id: string): Promise<TradeEventWithUnit | undefined> {
  const [row] = await joined(db).where(eq(tradeEvents.id, id));
  return row;
}

/** Visible events, latest first, with the total. */
export async function listTradeEvents(
  db: Database,
  filter: {
    scopePaths: readonly string[];
    withinPath?: string | undefined;
    year?: number | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: TradeEventWithUnit[]; total: number }> {
  const where = and(
    withinPaths(adminUnits.path, filter.scopePaths, filter.withinPath),
    inYear(tradeEvents.startsOn, filter.year),
  );
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(tradeEvents.startsOn), asc(tradeEvents.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(tradeEvents)
    .innerJoin(adminUnits, eq(adminUnits.id, tradeEvents.unitId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

/** Events not yet over on `today`, soonest first (the public calendar). */
export async function listEventsFrom(
  db: Database,
  today: string,
  limit: number,
): Promise<TradeEventWithUnit[]> {
  return joined(db)
    .where(gte(tradeEvents.endsOn, today))
    .orderBy(asc(tradeEvents.startsOn), asc(tradeEvents.id))
    .limit(limit);
}

export async function listParticipantsOfEvents(
  db: Database,
  eventIds: readonly string[],
): Promise<TradeEventParticipantWithNames[]> {
  if (eventIds.length === 0) return [];
  return db
    .select({
      eventId: tradeEventParticipants.eventId,
      producerId: tradeEventParticipants.producerId,
      producerName: producers.name,
      productId: tradeEventParticipants.productId,
      productName: products.name,
      productStatus: products.status,
    })
    .from(tradeEventParticipants)
    .innerJoin(producers, eq(producers.id, tradeEventParticipants.producerId))
    .leftJoin(products, eq(products.id, tradeEventParticipants.productId))
    .where(inArray(tradeEventParticipants.eventId, [...eventIds]))
    .orderBy(asc(producers.name), asc(products.name));
}

export async function updateTradeEventResults(
  db: Database,
  id: string,
  values: Pick<
    typeof tradeEvents.$inferInsert,
    'salesVnd' | 'visitors' | 'contractsSigned' | 'resultNote' | 'updatedAt'
  >,
): Promise<void> {
  await db.update(tradeEvents).set(values).where(eq(tradeEvents.id, id));
}

/** Events recorded by `unitPath` and the units below it that start in `year` (plan indicator "fairs attended"). */
export async function countTradeEvents(
  db: Database,
  filter: { unitPath: string; year: number },
): Promise<number> {
  const [row] = await db
    .select({ n: sql`count(*)` })
    .from(tradeEvents)
    .innerJoin(adminUnits, eq(adminUnits.id, tradeEvents.unitId))
    .where(and(like(adminUnits.path, `${filter.unitPath}%`), inYear(tradeEvents.startsOn, filter.year)));
  return toCount(row?.n);
}

/** All events of a year across units the caller sees, soonest first (the coordination calendar). */
export async function listEventsOfYear(
  db: Database,
  scopePaths: readonly string[],
  year: number,
): Promise<TradeEventWithUnit[]> {
  return joined(db)
    .where(and(withinPaths(adminUnits.path, scopePaths), inYear(tradeEvents.startsOn, year)))
    .orderBy(asc(tradeEvents.startsOn), desc(tradeEvents.id));
}
