import type { RecordTradeEventResultsInput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findTradeEvent,
  updateTradeEventResults,
} from '../../../db/repositories/promotion-events.repository';
import type { Actor } from '../../../domain/access/permissions';
import { assertResultsMayBeRecorded, vietnamDate } from '../../../domain/promotion/promotion-rules';
import { TRADE_EVENT } from './get-trade-event';
import { assertRecordAccess } from './promotion-access';

/**
 * Records an event's results (sales, visitors, contracts signed), replacing earlier figures.
 * INVALID_TRANSITION before the event has started.
 */
export async function recordTradeEventResults(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  eventId: string;
  input: RecordTradeEventResultsInput;
}): Promise<void> {
  const { db, input, now } = params;
  const row = await findTradeEvent(db, params.eventId);
  assertRecordAccess(params.actor, row, 'promotion.manage', TRADE_EVENT);
  assertResultsMayBeRecorded(row.event, vietnamDate(now));
  const before = {
    salesVnd: row.event.salesVnd,
    visitors: row.event.visitors,
    contractsSigned: row.event.contractsSigned,
  };
  const after = {
    salesVnd: input.salesVnd,
    visitors: input.visitors,
    contractsSigned: input.contractsSigned,
    resultNote: input.resultNote ?? '',
  };
  await db.transaction(async (tx) => {
    await updateTradeEventResults(tx, row.event.id, { ...after, updatedAt: now });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'trade-event.results-recorded',
        entityType: 'trade-event',
        entityId: row.event.id,
        unitId: row.event.unitId,
        before,
        after,
      },
      now,
    );
  });
}
