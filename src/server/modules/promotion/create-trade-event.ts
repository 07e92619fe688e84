import type { CreateTradeEventInput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertTradeEvent,
  insertTradeEventParticipants,
} from '../../../db/repositories/promotion-events.repository';
import { existingProducerIds, productsByIds } from '../../../db/repositories/promotion.repository';
import type { Actor } from '../../../domain/access/permissions';
import { invalidField, unitToActIn } from './promotion-access';

type ParticipantInput = NonNullable<CreateTradeEventInput['participants']>[number];

/** Checks each participating producer exists and each product belongs to its producer. */
async function checkParticipants(db: Database, participants: readonly ParticipantInput[]): Promise<void> {
  const producers = await existingProducerIds(
    db,
    participants.map((p) => p.producerId),
  );
  const products = await productsByIds(
    db,
    participants.flatMap((p) => (p.productId ? [p.productId] : [])),
  );
  participants.forEach((p, index) => {
    if (!producers.has(p.producerId))
      throw invalidField(`participants.${index}.producerId`, 'Không có chủ thể này', 'No such producer');
    if (p.productId && products.get(p.productId)?.producerId !== p.producerId) {
      throw invalidField(
        `participants.${index}.productId`,
        'Sản phẩm không thuộc chủ thể này',
        'The product is not one of this producer',
      );
    }
  });
}

/**
 * Records a trade-promotion event (fair, exhibition, OCOP week, showcase, livestream) of a unit
 * the actor manages, with the producers and products taking part. Producers from anywhere may
 * take part: a province's fair welcomes other provinces' producers.
 */
export async function createTradeEvent(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  input: CreateTradeEventInput;
}): Promise<string> {
  const { db, input, now } = params;
  const unit = await unitToActIn({
    db,
    actor: params.actor,
    action: 'promotion.manage',
    unitId: input.unitId,
    field: 'unitId',
  });
  const participants = input.participants ?? [];
  await checkParticipants(db, participants);
  return db.transaction(async (tx) => {
    const event = await insertTradeEvent(tx, {
      unitId: unit.id,
      kind: input.kind,
      level: input.level,
      name: input.name,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      place: input.place ?? '',
      organiser: input.organiser ?? '',
      description: input.description ?? '',
      createdBy: params.actor.accountId,
      createdAt: now,
      updatedAt: now,
    });
    await insertTradeEventParticipants(
      tx,
      participants.map((p) => ({
        eventId: event.id,
        producerId: p.producerId,
        productId: p.productId ?? null,
      })),
    );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'trade-event.created',
        entityType: 'trade-event',
        entityId: event.id,
        unitId: unit.id,
        after: {
          name: event.name,
          kind: event.kind,
          startsOn: event.startsOn,
          endsOn: event.endsOn,
          participants: participants.length,
        },
      },
      now,
    );
    return event.id;
  });
}
