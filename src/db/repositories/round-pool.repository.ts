/**
 * Sản phẩm chờ đánh giá — the products a council may put on a round (its pool). Queries only:
 * which council sees which pool is given by the caller (level, unit path).
 */
import { and, eq, inArray, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import { adminUnits, dossiers, producers, products, roundProducts, roundResults, rounds } from '../schema';

export interface PoolRow {
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
  /** The provincial mean in hundredths (central pool only). */
  meanHundredths: number | null;
}

export interface PoolFilter {
  /** The council's level: `central` draws forwarded provincial results, other levels accepted dossiers. */
  level: string;
  /** Province/district: dossiers of communes under this path. */
  unitPath: string;
  set?: number | undefined;
  dossierIds?: readonly string[] | undefined;
}

const commune = alias(adminUnits, 'pool_commune');

/** Dossiers already on the agenda of a live (not cancelled) round of a council of this level. */
function onLiveRound(level: string) {
  return sql`exists (select 1 from ${roundProducts} rp join ${rounds} r on r.id = rp.round_id where rp.dossier_id = ${dossiers.id} and r.status <> 'cancelled' and r.level = ${level})`;
}

/**
 * Province/district: dossiers accepted into the pool (`accepted_into_pool`) of communes under
 * `unitPath`, not yet on a live round of that level. Central: results adopted by a provincial
 * council and forwarded to the central level, not yet on a live central round.
 */
export async function listPoolRows(db: Database, filter: PoolFilter): Promise<PoolRow[]> {
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
      meanHundredths: roundResults.meanHundredths,
    })
    .from(dossiers)
    .innerJoin(products, eq(products.id, dossiers.productId))
    .innerJoin(producers, eq(producers.id, dossiers.producerId))
    .innerJoin(commune, eq(commune.id, dossiers.communeId));
  const filters = [
    filter.set !== undefined ? eq(dossiers.productSet, filter.set) : undefined,
    filter.dossierIds
      ? inArray(
          dossiers.id,
          filter.dossierIds.length ? [...filter.dossierIds] : ['00000000-0000-0000-0000-000000000000'],
        )
      : undefined,
    sql`not ${onLiveRound(filter.level)}`,
  ];
  return filter.level === 'central'
    ? base
        .innerJoin(roundProducts, eq(roundProducts.dossierId, dossiers.id))
        .innerJoin(roundResults, eq(roundResults.roundProductId, roundProducts.id))
        .where(
          and(
            eq(roundResults.routeAction, 'forward'),
            eq(roundResults.routeTargetLevel, 'central'),
            ...filters,
          ),
        )
    : base
        .leftJoin(roundResults, sql`false`)
        .where(
          and(
            eq(dossiers.status, 'accepted_into_pool'),
            like(commune.path, `${filter.unitPath}%`),
            ...filters,
          ),
        );
}
