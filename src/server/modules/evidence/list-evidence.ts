import type { EvidenceOutput, ListEvidenceQuery } from '../../../contracts/evidence.contracts';
import type { Database } from '../../../db/database';
import { listEvidencePage } from '../../../db/repositories/evidence.repository';
import { listMemberProducers } from '../../../db/repositories/producers.repository';
import type { Actor } from '../../../domain/access/permissions';
import { producerListScope } from '../../../domain/access/producer-policy';
import { expiryWarningHorizon } from '../../../domain/registry/evidence-types';
import { presentEvidence } from './evidence.presenter';

/**
 * The evidence the actor may read (a producer's own library; officials within their unit),
 * filtered by producer, product, type, validity (`expiring_soon` = within 30 days) and words of
 * the title or issuer (tone-insensitive), one page at a time with the total.
 */
export async function listEvidence(params: {
  db: Database;
  actor: Actor;
  query: ListEvidenceQuery;
  now: Date;
}): Promise<{ items: EvidenceOutput[]; total: number }> {
  const { db, actor, query } = params;
  const today = params.now.toISOString().slice(0, 10);
  const scope = producerListScope(actor, 'evidence.read', await listMemberProducers(db, actor.accountId));
  const page = await listEvidencePage(db, {
    scope,
    producerId: query.producerId,
    productId: query.productId,
    documentType: query.documentType,
    text: query.q,
    validity: query.validity,
    today,
    horizon: expiryWarningHorizon(today),
    limit: query.limit,
    offset: query.offset,
  });
  return { total: page.total, items: page.items.map((row) => presentEvidence(row, today)) };
}
