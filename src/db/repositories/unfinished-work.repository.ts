/**
 * Work the tables say is not done yet — the source of truth the job queue is rebuilt from after a
 * restart or a restore (the queue's own tables are not backed up). Queries only.
 */
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, importJobs, mailOutbox } from '../schema';

/** Outgoing mail still waiting to be delivered: its ids. */
export async function listPendingMailIds(db: Database): Promise<string[]> {
  const rows = await db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(inArray(mailOutbox.status, ['pending']));
  return rows.map((r) => r.id);
}

/** Imports recorded as running, with the unit (path) of the grant that started them. */
export async function listRunningImports(db: Database) {
  return db
    .select({
      id: importJobs.id,
      createdBy: importJobs.createdBy,
      unitId: importJobs.unitId,
      unitPath: adminUnits.path,
    })
    .from(importJobs)
    .leftJoin(adminUnits, eq(adminUnits.id, importJobs.unitId))
    .where(eq(importJobs.status, 'running'));
}
