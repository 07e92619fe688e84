import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { softDeleteEvidence } from '../../../db/repositories/evidence.repository';
import type { Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { getEvidenceForAction } from './evidence-access';
import { evidenceSnapshot } from './evidence.presenter';

/**
 * Removes a document from the library (soft delete): it no longer lists or downloads through the
 * library, but the row and its blob stay for dossiers that already cite it and for the audit.
 */
export async function deleteEvidence(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  evidenceId: string;
  now: Date;
}): Promise<void> {
  const { db, now } = params;
  const { row, communeId } = await getEvidenceForAction(
    db,
    params.actor,
    'evidence.manage',
    params.evidenceId,
  );
  await db.transaction(async (tx) => {
    const deleted = await softDeleteEvidence(tx, row.id, now);
    if (!deleted) throw notFound('tài liệu minh chứng', 'Evidence');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'evidence.deleted',
        entityType: 'evidence',
        entityId: row.id,
        unitId: communeId,
        before: evidenceSnapshot(row),
        after: evidenceSnapshot(deleted),
      },
      now,
    );
  });
}
