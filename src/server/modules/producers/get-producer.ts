import type { ProducerOutput } from '../../../contracts/producers.contracts';
import type { Database } from '../../../db/database';
import type { Actor } from '../../../domain/access/permissions';
import { canSeeLegalRepresentative } from '../../../domain/access/producer-policy';
import { getProducerForAction } from './producer-access';
import { presentProducer } from './producer.presenter';

/** One producer the actor may read (NOT_FOUND otherwise); personal data only for those who need it. */
export async function getProducer(params: {
  db: Database;
  actor: Actor;
  producerId: string;
}): Promise<ProducerOutput> {
  const { producer, communeName, communePath, memberOf } = await getProducerForAction(
    params.db,
    params.actor,
    'producer.read',
    params.producerId,
  );
  const isVisible = canSeeLegalRepresentative(
    params.actor,
    { id: producer.id, unitPath: communePath },
    memberOf.map((m) => m.id),
  );
  return presentProducer(producer, communeName, isVisible);
}
