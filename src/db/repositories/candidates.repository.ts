import { aliasedTable, and, asc, desc, eq, inArray, ne, notExists, sql, type SQL } from 'drizzle-orm';
import { toCount, type Database } from '../database';
import {
  adminUnits,
  consultants,
  fiveStarCandidates,
  producers,
  products,
  roundResults,
  rounds,
} from '../schema';
import { withinPaths } from './promotion.repository';

export type CandidateRow = typeof fiveStarCandidates.$inferSelect;

/** A product's last adopted result with its round. */
export interface LastResultRow {
  result: typeof roundResults.$inferSelect;
  roundName: string;
  roundLevel: string;
}

export interface CandidateWithNames {
  candidate: CandidateRow;
  productName: string;
  producerName: string;
  unitName: string;
  unitPath: string;
  consultantName: string | null;
}

/** A product of a province with its last result (a suggestion before the ≥ 90-point filter). */
export interface ProductWithLastResult extends LastResultRow {
  productId: string;
  productName: string;
  producerName: string;
  unitId: string;
  unitName: string;
}

const commune = aliasedTable(adminUnits, 'commune');
const province = aliasedTable(adminUnits, 'province');
/** The province above the producer's commune (its path is a prefix of the commune's). */
const provinceOfCommune = and(
  eq(province.level, 'province'),
  sql`${commune.path} like ${province.path} || '%'`,
);

function joined(db: Database) {
  return db
    .select({
      candidate: fiveStarCandidates,
      productName: products.name,
      producerName: producers.name,
      unitName: adminUnits.fullName,
      unitPath: adminUnits.path,
      consultantName: consultants.name,
    })
    .from(fiveStarCandidates)
    .innerJoin(products, eq(products.id, fiveStarCandidates.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, fiveStarCandidates.unitId))
    .leftJoin(consultants, eq(consultants.id, fiveStarCandidates.consultantId));
}

export async function findCandidate(db: Database, id: string): Promise<CandidateWithNames | undefined> {
  const [row] = await joined(db).where(eq(fiveStarCandidates.id, id));
  return row;
}

/** Visible candidates (province under one of `scopePaths`), newest first, with the total. */
export async function listCandidates(
  db: Database,
  filter: {
    scopePaths: readonly string[];
    withinPath?: string | undefined;
    status?: CandidateRow['status'] | undefined;
    limit: number;
    offset: number;
  },
): Promise<{ rows: CandidateWithNames[]; total: number }> {
  const conditions: SQL[] = [withinPaths(adminUnits.path, filter.scopePaths, filter.withinPath)];
  if (filter.status) conditions.push(eq(fiveStarCandidates.status, filter.status));
  const where = and(...conditions);
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(fiveStarCandidates.createdAt), asc(fiveStarCandidates.id))
    .limit(filter.limit)
    .offset(filter.offset);
  const [count] = await db
    .select({ n: sql`count(*)` })
    .from(fiveStarCandidates)
    .innerJoin(adminUnits, eq(adminUnits.id, fiveStarCandidates.unitId))
    .where(where);
  return { rows, total: toCount(count?.n) };
}

/** The last adopted result of each given product. */
export async function lastResultsOfProducts(
  db: Database,
  productIds: readonly string[],
): Promise<Map<string, LastResultRow>> {
  if (productIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([roundResults.productId], {
      result: roundResults,
      roundName: rounds.name,
      roundLevel: rounds.level,
    })
    .from(roundResults)
    .innerJoin(rounds, eq(rounds.id, roundResults.roundId))
    .where(inArray(roundResults.productId, [...productIds]))
    .orderBy(roundResults.productId, desc(roundResults.adoptedAt), desc(roundResults.id));
  return new Map(rows.map((r) => [r.result.productId, r]));
}

/**
 * The products of visible provinces that have an adopted result and no live (not dropped)
 * candidate, each with its last result, by product name.
 */
export async function listProductsWithLastResult(
  db: Database,
  filter: { scopePaths: readonly string[]; withinPath?: string | undefined },
): Promise<ProductWithLastResult[]> {
  const rows = await db
    .selectDistinctOn([roundResults.productId], {
      result: roundResults,
      roundName: rounds.name,
      roundLevel: rounds.level,
      productId: products.id,
      productName: products.name,
      producerName: producers.name,
      unitId: province.id,
      unitName: province.fullName,
    })
    .from(roundResults)
    .innerJoin(rounds, eq(rounds.id, roundResults.roundId))
    .innerJoin(products, eq(products.id, roundResults.productId))
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(commune, eq(commune.id, producers.communeId))
    .innerJoin(province, provinceOfCommune)
    .where(
      and(
        withinPaths(province.path, filter.scopePaths, filter.withinPath),
        notExists(
          db
            .select({ id: fiveStarCandidates.id })
            .from(fiveStarCandidates)
            .where(
              and(eq(fiveStarCandidates.productId, products.id), ne(fiveStarCandidates.status, 'dropped')),
            ),
        ),
      ),
    )
    .orderBy(roundResults.productId, desc(roundResults.adoptedAt), desc(roundResults.id));
  return rows.sort((a, b) => a.productName.localeCompare(b.productName, 'vi'));
}

/** The province of a product's producer (the jurisdiction of its candidate). */
export async function findProductProvince(
  db: Database,
  productId: string,
): Promise<{ productId: string; unitId: string; unitPath: string } | undefined> {
  const [row] = await db
    .select({ productId: products.id, unitId: province.id, unitPath: province.path })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(commune, eq(commune.id, producers.communeId))
    .innerJoin(province, provinceOfCommune)
    .where(eq(products.id, productId));
  return row;
}

/** The live (not dropped) candidate of a product, if any. */
export async function findLiveCandidateOfProduct(
  db: Database,
  productId: string,
): Promise<CandidateRow | undefined> {
  const [row] = await db
    .select()
    .from(fiveStarCandidates)
    .where(and(eq(fiveStarCandidates.productId, productId), ne(fiveStarCandidates.status, 'dropped')));
  return row;
}

export async function insertCandidate(
  db: Database,
  values: typeof fiveStarCandidates.$inferInsert,
): Promise<CandidateRow> {
  const [row] = await db.insert(fiveStarCandidates).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** Updates a candidate at `expectedVersion`, bumping it; undefined when someone else got there first. */
export async function updateCandidate(
  db: Database,
  id: string,
  expectedVersion: number,
  values: Partial<typeof fiveStarCandidates.$inferInsert>,
): Promise<CandidateRow | undefined> {
  const [row] = await db
    .update(fiveStarCandidates)
    .set({ ...values, version: sql`${fiveStarCandidates.version} + 1` })
    .where(and(eq(fiveStarCandidates.id, id), eq(fiveStarCandidates.version, expectedVersion)))
    .returning();
  return row;
}
