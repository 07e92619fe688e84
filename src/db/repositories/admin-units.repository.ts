import { eq } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits } from '../schema';

export type AdminUnitRow = typeof adminUnits.$inferSelect;

export async function findUnitById(db: Database, id: string): Promise<AdminUnitRow | undefined> {
  const [row] = await db.select().from(adminUnits).where(eq(adminUnits.id, id)).limit(1);
  return row;
}
