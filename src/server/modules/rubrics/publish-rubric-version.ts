import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  deleteRubricDraftRow,
  findStoredRubricVersion,
  insertRubricSheetHashes,
  markRubricVersionPublished,
  type RubricVersionRow,
} from '../../../db/repositories/rubrics.repository';
import { DomainError, notFound } from '../../../domain/errors';
import { parseRubricImport } from '../../../domain/rubric/rubric-import.schema';
import { rubricVersionContentHashes } from './rubric-content-hash';

function alreadyPublished(key: string): DomainError {
  return new DomainError(
    'INVALID_TRANSITION',
    `Bộ tiêu chí ${key} đã ban hành.`,
    `Rubric ${key} is already published.`,
  );
}

/**
 * Publishes a draft: re-checks its integrity, then freezes it and records each sheet's content
 * hash (`rubric_sheet_hashes`). From then on it is immutable.
 * Throws NOT_FOUND, INVALID_TRANSITION (already published — also for the loser of two
 * simultaneous publishes), RUBRIC_INVALID.
 */
export async function publishRubricVersion(params: {
  db: Database;
  audit: AuditContext;
  key: string;
  accountId: string;
  now: Date;
}): Promise<RubricVersionRow> {
  const existing = await findStoredRubricVersion(params.db, params.key);
  if (!existing) throw notFound(`bộ tiêu chí nháp ${params.key}`, `Draft rubric ${params.key}`);
  if (existing.status === 'published') throw alreadyPublished(params.key);
  const { version } = parseRubricImport(existing.content);
  return params.db.transaction(async (tx) => {
    const row = await markRubricVersionPublished(tx, existing.id, {
      publishedAt: params.now,
      publishedBy: params.accountId,
      content: { ...(existing.content as object), status: 'published' },
    });
    if (!row) throw alreadyPublished(params.key);
    await insertRubricSheetHashes(tx, rubricVersionContentHashes(version));
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'rubric.published',
        entityType: 'rubric-version',
        entityId: params.key,
        before: { status: 'draft' },
        after: { status: 'published' },
      },
      params.now,
    );
    return row;
  });
}

/** Deletes a draft (published versions are never deleted). */
export async function deleteRubricDraft(params: {
  db: Database;
  audit: AuditContext;
  key: string;
  now: Date;
}): Promise<void> {
  const existing = await findStoredRubricVersion(params.db, params.key);
  if (!existing) throw notFound(`bộ tiêu chí nháp ${params.key}`, `Draft rubric ${params.key}`);
  await params.db.transaction(async (tx) => {
    if (!(await deleteRubricDraftRow(tx, existing.id))) throw alreadyPublished(params.key);
    await appendAudit(
      tx,
      params.audit,
      { action: 'rubric.draft-deleted', entityType: 'rubric-version', entityId: params.key },
      params.now,
    );
  });
}
