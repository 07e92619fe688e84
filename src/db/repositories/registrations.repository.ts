import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { producerRegistrations } from '../schema';

export type ProducerRegistrationRow = typeof producerRegistrations.$inferSelect;
export type NewProducerRegistrationRow = typeof producerRegistrations.$inferInsert;

/** The self-registration a confirmation link (by the SHA-256 of its token) belongs to. */
export async function findRegistrationByTokenHash(
  db: Database,
  tokenHash: string,
): Promise<ProducerRegistrationRow | undefined> {
  const [row] = await db
    .select()
    .from(producerRegistrations)
    .where(eq(producerRegistrations.tokenHash, tokenHash))
    .limit(1);
  return row;
}

/** Whether an unconfirmed, unexpired registration holds a username (ignoring case). */
export async function hasPendingRegistrationForUsername(
  db: Database,
  username: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .select({ username: producerRegistrations.username })
    .from(producerRegistrations)
    .where(
      and(
        isNull(producerRegistrations.confirmedAt),
        gt(producerRegistrations.expiresAt, now),
        sql`lower(${producerRegistrations.username}) = lower(${username})`,
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** Stores a pending registration; returns its id. */
export async function insertRegistration(db: Database, values: NewProducerRegistrationRow): Promise<string> {
  const [row] = await db
    .insert(producerRegistrations)
    .values(values)
    .returning({ id: producerRegistrations.id });
  if (!row) throw new Error('insert returned nothing');
  return row.id;
}

/** Marks a registration confirmed unless it already is; false when someone else claimed it first. */
export async function claimRegistration(db: Database, id: string, now: Date): Promise<boolean> {
  const claimed = await db
    .update(producerRegistrations)
    .set({ confirmedAt: now })
    .where(and(eq(producerRegistrations.id, id), isNull(producerRegistrations.confirmedAt)))
    .returning({ id: producerRegistrations.id });
  return claimed.length > 0;
}

/** Links a confirmed registration to the producer it created. */
export async function setRegistrationProducer(db: Database, id: string, producerId: string): Promise<void> {
  await db.update(producerRegistrations).set({ producerId }).where(eq(producerRegistrations.id, id));
}
