import { and, desc, eq, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { toCount, type Database } from '../database';
import { adminUnits, mailOutbox } from '../schema';
import { startsWithPattern } from './producers.repository';

export type OutboxRow = typeof mailOutbox.$inferSelect;

/** What a new outbox message is stored with. */
export interface NewOutboxMail {
  recipient: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  unitId: string | null;
  status: OutboxRow['status'];
  error: string | null;
  createdAt: Date;
}

/** Records a message in the outbox and returns its id. */
export async function insertOutboxMail(db: Database, values: NewOutboxMail): Promise<string> {
  const [row] = await db.insert(mailOutbox).values(values).returning({ id: mailOutbox.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

export async function findOutboxMail(db: Database, id: string): Promise<OutboxRow | undefined> {
  const [row] = await db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
  return row;
}

/** Marks a message delivered at `sentAt`, clearing the reason of an earlier failure. */
export async function markOutboxMailSent(db: Database, id: string, sentAt: Date): Promise<void> {
  await db.update(mailOutbox).set({ status: 'sent', sentAt, error: null }).where(eq(mailOutbox.id, id));
}

/** Keeps why delivery failed: `pending` for another attempt, `failed` after the last one. */
export async function markOutboxMailUndelivered(
  db: Database,
  id: string,
  status: 'pending' | 'failed',
  error: string,
): Promise<void> {
  await db.update(mailOutbox).set({ status, error }).where(eq(mailOutbox.id, id));
}

export interface OutboxQuery {
  /** Unit paths whose mail may be read; `includeUnitless` for mail about no unit (national admins). */
  unitPaths: string[];
  includeUnitless: boolean;
  recipient?: string | undefined;
  status?: OutboxRow['status'] | undefined;
  limit: number;
  offset: number;
}

/** One page of the outbox, newest first, inside the reader's units. */
export async function listOutboxPage(
  db: Database,
  query: OutboxQuery,
): Promise<{ items: OutboxRow[]; total: number }> {
  const scopeParts: SQL[] = query.unitPaths.map((path) => like(adminUnits.path, startsWithPattern(path)));
  if (query.includeUnitless) scopeParts.push(isNull(mailOutbox.unitId));
  const where = and(
    scopeParts.length > 0 ? or(...scopeParts) : sql`false`,
    query.recipient ? sql`lower(${mailOutbox.recipient}) = lower(${query.recipient})` : undefined,
    query.status ? eq(mailOutbox.status, query.status) : undefined,
  );
  const [count] = await db
    .select({ count: sql<unknown>`count(*)` })
    .from(mailOutbox)
    .leftJoin(adminUnits, eq(adminUnits.id, mailOutbox.unitId))
    .where(where);
  const rows = await db
    .select({ mail: mailOutbox })
    .from(mailOutbox)
    .leftJoin(adminUnits, eq(adminUnits.id, mailOutbox.unitId))
    .where(where)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(query.limit)
    .offset(query.offset);
  return { items: rows.map((r) => r.mail), total: toCount(count?.count) };
}
