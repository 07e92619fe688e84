import type { Database } from '../../../db/database';
import { findLiveEvidenceById, type EvidenceRow } from '../../../db/repositories/evidence.repository';
import type { Actor } from '../../../domain/access/permissions';
import type { ProducerAction } from '../../../domain/access/producer-policy';
import { notFound } from '../../../domain/errors';
import { getProducerForAction } from '../producers/producer-access';

/**
 * A live evidence document the actor may `action` (read or manage); NOT_FOUND when it does not
 * exist, is deleted, or belongs to a producer the actor cannot see; FORBIDDEN when visible but
 * not allowed.
 */
export async function getEvidenceForAction(
  db: Database,
  actor: Actor,
  action: Extract<ProducerAction, 'evidence.read' | 'evidence.manage'>,
  evidenceId: string,
): Promise<{ row: EvidenceRow; communeId: string }> {
  const found = await findLiveEvidenceById(db, evidenceId);
  if (!found) throw notFound('tài liệu minh chứng', 'Evidence');
  const { producer } = await getProducerForAction(db, actor, action, found.evidence.producerId);
  return { row: found.evidence, communeId: producer.communeId };
}
