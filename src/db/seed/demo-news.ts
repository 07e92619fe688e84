import { and, asc, eq, like } from 'drizzle-orm';
import type { Database } from '../database';
import { adminUnits, newsArticles, producers, products } from '../schema';

/** The first certified product (by name) of producers under a unit path. */
export async function findFirstCertifiedProductUnder(
  db: Database,
  unitPath: string,
): Promise<{ id: string; producerId: string } | undefined> {
  const [row] = await db
    .select({ id: products.id, producerId: products.producerId })
    .from(products)
    .innerJoin(producers, eq(producers.id, products.producerId))
    .innerJoin(adminUnits, eq(adminUnits.id, producers.communeId))
    .where(and(like(adminUnits.path, `${unitPath}%`), eq(products.status, 'certified')))
    .orderBy(asc(products.name))
    .limit(1);
  return row;
}

/** Whether a unit has any news article. */
export async function unitHasNews(db: Database, unitId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: newsArticles.id })
    .from(newsArticles)
    .where(eq(newsArticles.unitId, unitId))
    .limit(1);
  return row !== undefined;
}
