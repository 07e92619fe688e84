import type { ListTradeEventsOutput, PromotionListQuery } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import {
  listParticipantsOfEvents,
  listTradeEvents as listRows,
} from '../../../db/repositories/promotion-events.repository';
import type { Actor } from '../../../domain/access/permissions';
import { vietnamDate } from '../../../domain/promotion/promotion-rules';
import { listScope } from './promotion-access';
import { presentTradeEvent } from './promotion.presenter';

/**
 * The events of the actor's units (and below), latest first, paginated. The central office sees
 * every province's events: one calendar to coordinate.
 */
export async function listTradeEvents(params: {
  db: Database;
  actor: Actor;
  now: Date;
  query: PromotionListQuery;
}): Promise<ListTradeEventsOutput> {
  const { db, query } = params;
  const { rows, total } = await listRows(db, {
    ...(await listScope(db, params.actor, query.unitId)),
    year: query.year,
    limit: query.limit,
    offset: query.offset,
  });
  const participants = await listParticipantsOfEvents(
    db,
    rows.map((r) => r.event.id),
  );
  const today = vietnamDate(params.now);
  return { items: rows.map((row) => presentTradeEvent(row, participants, today)), total };
}
