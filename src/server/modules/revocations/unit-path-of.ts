import type { Database } from '../../../db/database';
import { findUnitById } from '../../../db/repositories/admin-units.repository';

/** The path of a unit (for jurisdiction checks), or undefined. */
export async function findUnitPathById(db: Database, unitId: string): Promise<string | undefined> {
  return (await findUnitById(db, unitId))?.path;
}
