import type { TradeEventOutput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import {
  findTradeEvent,
  listParticipantsOfEvents,
} from '../../../db/repositories/promotion-events.repository';
import type { Actor } from '../../../domain/access/permissions';
import { vietnamDate } from '../../../domain/promotion/promotion-rules';
import { assertRecordAccess } from './promotion-access';
import { presentTradeEvent } from './promotion.presenter';

export const TRADE_EVENT = { vi: 'sự kiện xúc tiến thương mại', en: 'Trade event' } as const;

/** An event with its participants; NOT_FOUND outside the actor's jurisdiction. */
export async function getTradeEvent(params: {
  db: Database;
  actor: Actor;
  now: Date;
  eventId: string;
}): Promise<TradeEventOutput> {
  const row = await findTradeEvent(params.db, params.eventId);
  assertRecordAccess(params.actor, row, 'promotion.read', TRADE_EVENT);
  return presentTradeEvent(
    row,
    await listParticipantsOfEvents(params.db, [row.event.id]),
    vietnamDate(params.now),
  );
}
