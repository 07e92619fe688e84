import type { StampBatchVisibility } from '../../../db/repositories/stamp-batches.repository';
import { scopesFor, type Actor } from '../../../domain/access/permissions';

/**
 * The batches an account may read: those of the producers it is a member of (producer grant), and
 * those of producers whose commune lies within a unit where another role holds `stamp.read` (a
 * province's standing office). Undefined when nothing.
 */
export function visibleBatchesCondition(
  actor: Actor,
  memberOf: readonly string[],
): StampBatchVisibility | undefined {
  const hasProducerGrant = actor.grants.some((g) => g.role === 'producer');
  const officeActor = { ...actor, grants: actor.grants.filter((g) => g.role !== 'producer') };
  const unitPaths = scopesFor(officeActor, 'stamp.read');
  const producerIds =
    hasProducerGrant && memberOf.length > 0 && scopesFor(actor, 'stamp.read').length > 0 ? memberOf : [];
  return producerIds.length > 0 || unitPaths.length > 0 ? { producerIds, unitPaths } : undefined;
}
