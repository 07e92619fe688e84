import type { CreateProducerInput, ProducerOutput } from '../../../contracts/producers.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findProducerByRegistrationNumber,
  insertProducer,
} from '../../../db/repositories/producers.repository';
import { assertCan, type Actor } from '../../../domain/access/permissions';
import { getCurrentCommune, registrationNumberTaken, requireRegistrationNumber } from './producer-access';
import { presentProducer, producerSearchKey, producerSnapshot } from './producer.presenter';

/**
 * A commune officer or the standing office registers a producer in a current commune of its
 * unit. Throws VALIDATION_FAILED (commune, registration number format), FORBIDDEN (commune outside
 * the actor's unit), CONFLICT (registration number already registered).
 */
export async function createProducer(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreateProducerInput;
  now: Date;
}): Promise<ProducerOutput> {
  const { db, input, now } = params;
  const commune = await getCurrentCommune(db, input.communeId, 'communeId');
  assertCan(params.actor, 'producer.create', { unitPath: commune.path });
  const registrationNumber = requireRegistrationNumber(input.type, input.registrationNumber);
  if (await findProducerByRegistrationNumber(db, registrationNumber)) throw registrationNumberTaken();
  const row = await db.transaction(async (tx) => {
    const inserted = await insertProducer(tx, {
      type: input.type,
      name: input.name,
      registrationNumber,
      communeId: commune.id,
      address: input.address,
      legalRepresentative: input.legalRepresentative,
      contacts: input.contacts ?? {},
      workforce: input.workforce ?? {},
      origin: 'official',
      searchKey: producerSearchKey(input.name, registrationNumber),
      createdAt: now,
      updatedAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'producer.created',
        entityType: 'producer',
        entityId: inserted.id,
        unitId: commune.id,
        after: producerSnapshot(inserted),
      },
      now,
    );
    return inserted;
  });
  return presentProducer(row, commune.fullName, true);
}
