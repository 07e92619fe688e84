import type { Database } from '../../../db/database';
import { listPoolRows } from '../../../db/repositories/round-pool.repository';
import type { CouncilRow, UnitRow } from './evaluation-access';

export interface PoolItem {
  dossierId: string;
  productId: string;
  productName: string;
  producerId: string;
  producerName: string;
  communeName: string;
  productSet: number;
  rubricVersionId: string;
  dossierType: string;
  procedureVersionId: string;
  sourceResultId: string | null;
  provincialMean: number | null;
}

/**
 * The products a council may put on a round. Province/district: dossiers accepted into the pool
 * (`accepted_into_pool`) of communes within the council's unit, not yet on a live round. Central:
 * results adopted by a provincial council and forwarded to the central level, not yet on a live
 * central round. Optionally one product set only.
 */
export async function listPool(params: {
  db: Database;
  council: CouncilRow;
  unit: UnitRow;
  set?: number | undefined;
  dossierIds?: string[];
}): Promise<PoolItem[]> {
  const rows = await listPoolRows(params.db, {
    level: params.council.level,
    unitPath: params.unit.path,
    set: params.set,
    dossierIds: params.dossierIds,
  });
  return rows.map(({ meanHundredths, ...r }) => ({
    ...r,
    provincialMean: meanHundredths === null ? null : meanHundredths / 100,
  }));
}
