import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findStoredRubricVersion,
  insertRubricVersion,
  replaceRubricVersion,
  type RubricVersionRow,
} from '../../../db/repositories/rubrics.repository';
import { DomainError } from '../../../domain/errors';
import { findRubricVersion, LISTED_RUBRIC_VERSIONS } from '../../../domain/rubric/catalogue/rubric-catalogue';
import { parseRubricImport } from '../../../domain/rubric/rubric-import.schema';

/**
 * Loads a rubric version from the documented JSON format as a DRAFT (whatever status the file
 * claims). A draft with the same key is replaced; a published or built-in one is not.
 * Throws RUBRIC_INVALID naming each faulty field or node (nothing stored), CONFLICT for a key that
 * is built-in or already published.
 */
export async function importRubricVersion(params: {
  db: Database;
  audit: AuditContext;
  json: unknown;
  unitId: string;
  accountId: string;
  now: Date;
}): Promise<RubricVersionRow> {
  const { version } = parseRubricImport(params.json);
  // History-only ids (1048) are taken too: one key, one version in the listing.
  if (findRubricVersion(version.id, LISTED_RUBRIC_VERSIONS)) {
    throw new DomainError(
      'CONFLICT',
      `Bộ tiêu chí ${version.id} đã có sẵn trong hệ thống.`,
      `Rubric ${version.id} is built in.`,
      [{ field: 'id', messageVi: 'Trùng mã bộ tiêu chí có sẵn', messageEn: 'Same id as a built-in version' }],
    );
  }
  const existing = await findStoredRubricVersion(params.db, version.id);
  if (existing?.status === 'published') {
    throw new DomainError(
      'CONFLICT',
      `Bộ tiêu chí ${version.id} đã ban hành, không thể sửa. Hãy nhập phiên bản mới với mã khác.`,
      `Rubric ${version.id} is published and cannot change; import a new version under another id.`,
      [{ field: 'id', messageVi: 'Đã ban hành', messageEn: 'Already published' }],
    );
  }
  const values = {
    versionKey: version.id,
    status: 'draft' as const,
    effectiveFrom: version.effectiveFrom,
    effectiveTo: version.effectiveTo,
    content: { ...version, status: 'draft' },
    unitId: params.unitId,
    importedBy: params.accountId,
    importedAt: params.now,
  };
  return params.db.transaction(async (tx) => {
    const row = existing
      ? await replaceRubricVersion(tx, existing.id, values)
      : await insertRubricVersion(tx, values);
    await appendAudit(
      tx,
      params.audit,
      {
        action: existing ? 'rubric.draft-replaced' : 'rubric.imported',
        entityType: 'rubric-version',
        entityId: version.id,
        after: { sets: version.sheets.length, effectiveFrom: version.effectiveFrom },
      },
      params.now,
    );
    return row;
  });
}
