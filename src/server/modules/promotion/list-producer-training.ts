import type { ProducerTrainingOutput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { listTrainingOfProducer } from '../../../db/repositories/promotion-training.repository';
import type { Actor } from '../../../domain/access/permissions';
import { getProducerForAction } from '../producers/producer-access';

/**
 * The training courses a producer took part in, latest first — for whoever may read the producer
 * (its own accounts, its commune, its province); NOT_FOUND otherwise.
 */
export async function listProducerTraining(params: {
  db: Database;
  actor: Actor;
  producerId: string;
}): Promise<ProducerTrainingOutput> {
  const producer = await getProducerForAction(params.db, params.actor, 'producer.read', params.producerId);
  return { items: await listTrainingOfProducer(params.db, producer.producer.id) };
}
