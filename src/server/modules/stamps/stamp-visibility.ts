import { inArray, or, sql, type SQL } from 'drizzle-orm';
import { stampBatches } from '../../../db/schema';
import { scopesFor, type Actor } from '../../../domain/access/permissions';

/**
 * The batches an account may read, as a condition on `stamp_batches`: those of the producers it is
 * a member of (producer grant), and those of producers whose commune lies within a unit where
 * another role holds `stamp.read` (a province's standing office). Undefined when nothing.
 */
export function visibleBatchesCondition(actor: Actor, memberOf: readonly string[]): SQL | undefined {
  const hasProducerGrant = actor.grants.some((g) => g.role === 'producer');
  const officeActor = { ...actor, grants: actor.grants.filter((g) => g.role !== 'producer') };
  const paths = scopesFor(officeActor, 'stamp.read');
  const conditions: SQL[] = [];
  if (hasProducerGrant && memberOf.length > 0 && scopesFor(actor, 'stamp.read').length > 0)
    conditions.push(inArray(stampBatches.producerId, [...memberOf]));
  if (paths.length > 0) {
    const within = sql.join(
      paths.map((p) => sql`u.path like ${`${p}%`}`),
      sql` or `,
    );
    conditions.push(
      sql`${stampBatches.producerId} in (select p.id from producers p join admin_units u on u.id = p.commune_id where ${within})`,
    );
  }
  return conditions.length > 0 ? or(...conditions) : undefined;
}
