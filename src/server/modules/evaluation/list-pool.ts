import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db/database';
import {
  adminUnits,
  dossiers,
  producers,
  products,
  roundProducts,
  roundResults,
  rounds,
} from '../../../db/schema';
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

const commune = alias(adminUnits, 'pool_commune');

/** Dossiers already on the agenda of a live (not cancelled) round of a council of this level. */
function onLiveRound(level: string) {
  return sql`exists (select 1 from ${roundProducts} rp join ${rounds} r on r.id = rp.round_id where rp.dossier_id = ${dossiers.id} and r.status <> 'cancelled' and r.level = ${level})`;
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
  const { db } = params;
  const base = db
    .select({
      dossierId: dossiers.id,
      productId: products.id,
      productName: products.name,
      producerId: producers.id,
      producerName: producers.name,
      communeName: commune.fullName,
      productSet: dossiers.productSet,
      rubricVersionId: dossiers.rubricVersionId,
      dossierType: dossiers.type,
      procedureVersionId: dossiers.procedureVersionId,
      sourceResultId: roundResults.id,
      mean: roundResults.meanHundredths,
    })
    .from(dossiers)
    .innerJoin(products, eq(products.id, dossiers.productId))
    .innerJoin(producers, eq(producers.id, dossiers.producerId))
    .innerJoin(commune, eq(commune.id, dossiers.communeId));
  const filters = [
    params.set !== undefined ? eq(dossiers.productSet, params.set) : undefined,
    params.dossierIds
      ? inArray(
          dossiers.id,
          params.dossierIds.length ? params.dossierIds : ['00000000-0000-0000-0000-000000000000'],
        )
      : undefined,
    sql`not ${onLiveRound(params.council.level)}`,
  ];
  const rows =
    params.council.level === 'central'
      ? await base
          .innerJoin(roundProducts, eq(roundProducts.dossierId, dossiers.id))
          .innerJoin(roundResults, eq(roundResults.roundProductId, roundProducts.id))
          .where(
            and(
              eq(roundResults.routeAction, 'forward'),
              eq(roundResults.routeTargetLevel, 'central'),
              ...filters,
            ),
          )
      : await base
          .leftJoin(roundResults, sql`false`)
          .where(
            and(
              eq(dossiers.status, 'accepted_into_pool'),
              like(commune.path, `${params.unit.path}%`),
              ...filters,
            ),
          );
  return rows.map((r) => ({ ...r, provincialMean: r.mean === null ? null : r.mean / 100 }));
}
