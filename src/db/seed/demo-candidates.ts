import { and, asc, eq, isNotNull, like } from 'drizzle-orm';
import type { Database } from '../database';
import { consultantContracts, consultants } from '../schema';

type ConsultantContractRow = typeof consultantContracts.$inferSelect;

/**
 * The first consultant contract of a unit signed for a product with "5 sao" in its scope (the one
 * the promotion demo signed for the 5★ candidate).
 */
export async function findFiveStarConsultantContract(
  db: Database,
  unitId: string,
): Promise<ConsultantContractRow | undefined> {
  const [row] = await db
    .select({ contract: consultantContracts })
    .from(consultantContracts)
    .innerJoin(consultants, eq(consultants.id, consultantContracts.consultantId))
    .where(
      and(
        eq(consultants.unitId, unitId),
        isNotNull(consultantContracts.productId),
        like(consultantContracts.scope, '%5 sao%'),
      ),
    )
    .orderBy(asc(consultantContracts.createdAt));
  return row?.contract;
}
