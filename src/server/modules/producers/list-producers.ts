import type { ListProducersQuery, ProducerOutput } from '../../../contracts/producers.contracts';
import type { Database } from '../../../db/database';
import { listMemberProducers, listProducersPage } from '../../../db/repositories/producers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { canSeeLegalRepresentative, producerListScope } from '../../../domain/access/producer-policy';
import { foldVietnamese } from '../../../domain/text/fold-vietnamese';
import { presentProducer } from './producer.presenter';

/**
 * The producers the actor may read: its own (producer accounts), its commune (commune officer),
 * its province (standing office), its unit (admin, leader, inspector) — tone-insensitive search.
 */
export async function listProducers(params: {
  db: Database;
  actor: Actor;
  query: ListProducersQuery;
}): Promise<{ items: ProducerOutput[]; total: number }> {
  const { db, actor, query } = params;
  const members = await listMemberProducers(db, actor.accountId);
  const scope = producerListScope(actor, 'producer.read', members);
  const page = await listProducersPage(db, {
    scope,
    searchKey: query.q ? foldVietnamese(query.q) : undefined,
    communeId: query.communeId,
    type: query.type,
    limit: query.limit,
    offset: query.offset,
  });
  const memberIds = members.map((m) => m.id);
  return {
    total: page.total,
    items: page.items.map(({ producer, communeName, communePath }) =>
      presentProducer(
        producer,
        communeName,
        canSeeLegalRepresentative(actor, { id: producer.id, unitPath: communePath }, memberIds),
      ),
    ),
  };
}
