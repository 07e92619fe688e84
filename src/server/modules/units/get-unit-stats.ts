import type { Database } from '../../../db/database';
import { countUnits, type UnitCounts } from '../../../db/repositories/admin-units.repository';
import type { IsoDate } from '../../../domain/admin-units/admin-unit.types';

/**
 * Counts of units by level: in force on `today` (`current`) and ended before it (`historical`),
 * the number of succession links, and the ended communes no link leads out of (should be 0 once
 * the reform mapping is linked).
 */
export async function getUnitStats(params: { db: Database; today: IsoDate }): Promise<UnitCounts> {
  return countUnits(params.db, params.today);
}
