import { staleVersion } from '../../../domain/errors';
import type { ProducerOutput, UpdateProducerInput } from '../../../contracts/producers.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findProducerByRegistrationNumber,
  updateProducerIfVersion,
} from '../../../db/repositories/producers.repository';
import { assertCan, type Actor } from '../../../domain/access/permissions';
import { canSeeLegalRepresentative } from '../../../domain/access/producer-policy';
import {
  getCurrentCommune,
  getProducerForAction,
  registrationNumberTaken,
  requireRegistrationNumber,
} from './producer-access';
import { presentProducer, producerSearchKey, producerSnapshot } from './producer.presenter';

/**
 * Updates a producer's profile (the producer itself, or officials of its unit). The caller names
 * the version it read: a stale one gets CONFLICT and changes nothing. Moving to another commune
 * needs `producer.manage` there too; so a producer account cannot move itself out of its commune.
 */
export async function updateProducer(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  producerId: string;
  input: UpdateProducerInput;
  now: Date;
}): Promise<ProducerOutput> {
  const { db, actor, input, now } = params;
  const { producer, communeName, communePath, memberOf } = await getProducerForAction(
    db,
    actor,
    'producer.manage',
    params.producerId,
  );
  let commune = { id: producer.communeId, fullName: communeName, path: communePath };
  if (input.communeId && input.communeId !== producer.communeId) {
    const target = await getCurrentCommune(db, input.communeId, 'communeId');
    assertCan(actor, 'producer.create', { unitPath: target.path });
    commune = target;
  }
  const type = input.type ?? producer.type;
  const registrationNumber = requireRegistrationNumber(
    type,
    input.registrationNumber ?? producer.registrationNumber,
  );
  if (registrationNumber !== producer.registrationNumber) {
    const other = await findProducerByRegistrationNumber(db, registrationNumber);
    if (other && other.id !== producer.id) throw registrationNumberTaken();
  }
  const name = input.name ?? producer.name;
  const updated = await db.transaction(async (tx) => {
    const row = await updateProducerIfVersion(tx, producer.id, input.version, {
      type,
      name,
      registrationNumber,
      communeId: commune.id,
      address: input.address ?? producer.address,
      legalRepresentative: input.legalRepresentative ?? producer.legalRepresentative,
      contacts: input.contacts ?? producer.contacts,
      workforce: input.workforce ?? producer.workforce,
      searchKey: producerSearchKey(name, registrationNumber),
      updatedAt: now,
      version: producer.version + 1,
    });
    if (!row) throw staleVersion('Hồ sơ chủ thể', 'producer');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'producer.updated',
        entityType: 'producer',
        entityId: producer.id,
        unitId: commune.id,
        before: producerSnapshot(producer),
        after: producerSnapshot(row),
      },
      now,
    );
    return row;
  });
  const isVisible = canSeeLegalRepresentative(
    actor,
    { id: producer.id, unitPath: commune.path },
    memberOf.map((m) => m.id),
  );
  return presentProducer(updated, commune.fullName, isVisible);
}
