import type { Database } from '../../../db/database';
import type { StampBatchVisibility } from '../../../db/repositories/stamp-batches.repository';
import { findEpcisBatches, listEpcisStamps } from '../../../db/repositories/stamp-epcis.repository';
import { batchEpcisEvents, epcisDocument, type EpcisEventKind } from '../../../domain/stamps/epcis';
import { epcisFactsOf } from './epcis-facts';

/** Batches one query looks at, newest first: enough for a province's year of stamp orders. */
export const MAX_EPCIS_BATCHES = 500;

/**
 * The EPCIS 2.0 document of the stamp batches `visible` selects (one batch, a product's, or all the
 * actor may read), with the events in [from, to] of the kinds asked for, oldest first, paginated.
 */
export async function queryStampEpcis(o: {
  db: Database;
  /** The batches the actor may read; undefined when access was checked already (one batch). */
  visible: StampBatchVisibility | undefined;
  batchId?: string;
  productId?: string;
  from?: Date;
  to?: Date;
  kinds?: readonly EpcisEventKind[];
  limit: number;
  offset: number;
  now: Date;
  baseUrl: string;
}) {
  const batches = await findEpcisBatches(o.db, {
    visible: o.visible,
    batchId: o.batchId,
    productId: o.productId,
    issuedBefore: o.to,
    limit: MAX_EPCIS_BATCHES,
  });
  const stamps = await listEpcisStamps(
    o.db,
    batches.map((b) => b.id),
  );
  const today = new Date(o.now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const events = epcisFactsOf(batches, stamps, o.baseUrl)
    .flatMap((facts) => batchEpcisEvents(facts, `${o.baseUrl}/epcis/events`, today))
    .filter((e) => !o.kinds || o.kinds.includes(e['ocop:kind']))
    .filter((e) => !o.from || Date.parse(e.eventTime) >= o.from.getTime())
    .filter((e) => !o.to || Date.parse(e.eventTime) <= o.to.getTime())
    .sort((a, b) => Date.parse(a.eventTime) - Date.parse(b.eventTime));
  return {
    total: events.length,
    document: epcisDocument(events.slice(o.offset, o.offset + o.limit), {
      creationDate: o.now.toISOString(),
      baseUrl: o.baseUrl,
    }),
  };
}
