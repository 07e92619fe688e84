import type { Database } from '../../../db/database';
import { findAccountHomeUnitId } from '../../../db/repositories/inspections.repository';

/** The home unit of an account (for the admin's jurisdiction check). */
export async function findAccountUnitId(db: Database, accountId: string): Promise<string | undefined> {
  return findAccountHomeUnitId(db, accountId);
}
