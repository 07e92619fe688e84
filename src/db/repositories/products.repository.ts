import { and, asc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import type { ProducerListScope } from '../../domain/access/producer-policy';
import { assertProductTransition, type ProductStatus } from '../../domain/registry/product-status';
import { toCount, type Database } from '../database';
import { adminUnits, evidence, producers, products } from '../schema';
import { producerScopeCondition, startsWithPattern } from './producers.repository';

export type ProductRow = typeof products.$inferSelect;
export type NewProductRow = typeof products.$inferInsert;

/** A product with its producer's name, id and commune path (for authorization and display). */
export interface ProductWithProducer {
  product: ProductRow;
  producerName: string;
  communePath: string;
}

const selection = { product: products, producerName: producers.name, communePath: adminUnits.path };

export async function findProductById(db: Database, id: string): Promise<ProductWithProducer | undefined> {
  const [row] = await db
    .select(selection)
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(eq(products.id, id))
    .limit(1);
  return row;
}

/** A product of a producer by name, ignoring case (the natural key). */
export async function findProductByName(
  db: Database,
  producerId: string,
  name: string,
): Promise<ProductRow | undefined> {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.producerId, producerId), sql`lower(${products.name}) = lower(${name})`))
    .limit(1);
  return row;
}

export interface ProductListQuery {
  scope: ProducerListScope;
  producerId?: string | undefined;
  searchKey?: string | undefined;
  productSet?: number | undefined;
  status?: ProductStatus | undefined;
  limit: number;
  offset: number;
}

export async function listProductsPage(
  db: Database,
  query: ProductListQuery,
): Promise<{ items: ProductWithProducer[]; total: number }> {
  const where = and(
    producerScopeCondition(query.scope),
    query.producerId ? eq(products.producerId, query.producerId) : undefined,
    query.searchKey ? like(products.searchKey, `%${startsWithPattern(query.searchKey)}`) : undefined,
    query.productSet ? eq(products.productSet, query.productSet) : undefined,
    query.status ? eq(products.status, query.status) : undefined,
  );
  const base = () =>
    db
      .select(selection)
      .from(products)
      .innerJoin(producers, eq(producers.id, products.producerId))
      .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
      .where(where);
  const [count] = await db
    .select({ count: sql<unknown>`count(*)` })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(where);
  const items = await base()
    .orderBy(asc(products.searchKey), asc(products.id))
    .limit(query.limit)
    .offset(query.offset);
  return { items, total: toCount(count?.count) };
}

/** Ids of the live photo evidence of some products, per product. */
export async function listProductPhotoIds(
  db: Database,
  productIds: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (productIds.length === 0) return result;
  const rows = await db
    .select({ id: evidence.id, productId: evidence.productId })
    .from(evidence)
    .where(
      and(
        inArray(evidence.productId, [...productIds]),
        eq(evidence.documentType, 'photo'),
        isNull(evidence.deletedAt),
      ),
    )
    .orderBy(asc(evidence.createdAt));
  for (const row of rows)
    if (row.productId) result.set(row.productId, [...(result.get(row.productId) ?? []), row.id]);
  return result;
}

/**
 * Moves a product along the OCOP cycle (for the dossier, certificate and revocation modules):
 * checks the status table, bumps the version, returns the updated row. Throws INVALID_TRANSITION;
 * returns undefined when the product does not exist. Call inside the caller's transaction and
 * write the audit row there.
 */
export async function setProductStatus(
  tx: Database,
  productId: string,
  to: ProductStatus,
  now: Date,
): Promise<ProductRow | undefined> {
  const [current] = await tx.select().from(products).where(eq(products.id, productId)).for('update').limit(1);
  if (!current) return undefined;
  assertProductTransition(current.status, to);
  const [row] = await tx
    .update(products)
    .set({ status: to, updatedAt: now, version: current.version + 1 })
    .where(eq(products.id, productId))
    .returning();
  return row;
}

/**
 * Writes a product's changes if it is still at `expectedVersion` (optimistic locking); returns
 * the updated row, or undefined when the version is stale or the product is gone.
 */
export async function updateProductIfVersion(
  db: Database,
  productId: string,
  expectedVersion: number,
  changes: Partial<NewProductRow>,
): Promise<ProductRow | undefined> {
  const [row] = await db
    .update(products)
    .set(changes)
    .where(and(eq(products.id, productId), eq(products.version, expectedVersion)))
    .returning();
  return row;
}

/** Stores a new product and returns its row. */
export async function insertProduct(db: Database, values: NewProductRow): Promise<ProductRow> {
  const [row] = await db.insert(products).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}
