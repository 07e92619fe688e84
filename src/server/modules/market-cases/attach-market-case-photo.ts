import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  updateMarketCaseIf,
  type InspectionAttachment,
} from '../../../db/repositories/market-cases.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import type { BlobStore } from '../../files/blob-store';
import { inspectUpload } from '../../files/inspect-upload';
import { safeFileName, type MultipartUpload } from '../../files/read-multipart';
import { staleVersion } from '../../../domain/errors';
import { loadMarketCase } from './market-case-access';

/**
 * A photo (or document) of the place, the shelf or the package, stored like inspection files:
 * content-addressed, its type recognised from the bytes. Taken while the case is not closed.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, VALIDATION_FAILED, UNSUPPORTED_MEDIA_TYPE, CONFLICT
 */
export async function attachMarketCasePhoto(params: {
  db: Database;
  blobs: BlobStore;
  audit: AuditContext;
  actor: Actor;
  caseId: string;
  upload: MultipartUpload;
  now: Date;
}): Promise<void> {
  const { db, blobs, upload, now } = params;
  const found = await loadMarketCase(db, params.actor, params.caseId, 'attach');
  const marketCase = found.marketCase;
  if (!upload.file)
    throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp.', 'No file.', [
      { field: 'file', messageVi: 'Chọn một tệp', messageEn: 'Choose a file' },
    ]);
  const { extension, mediaType } = await inspectUpload(upload.file.content);
  const stored = await blobs.put(upload.file.content);
  const photo: InspectionAttachment = {
    sha256: stored.sha256,
    fileName: safeFileName(upload.file.fileName, extension),
    mediaType,
    sizeBytes: upload.file.content.length,
    caption: (upload.fields.caption ?? '').trim().slice(0, 300),
    uploadedAt: now.toISOString(),
  };
  try {
    await db.transaction(async (tx) => {
      const row = await updateMarketCaseIf(tx, marketCase.id, marketCase.version, {
        photos: [...marketCase.photos, photo],
      });
      if (!row) throw staleVersion('Vụ việc', 'case');
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'market_case.photo_attached',
          entityType: 'market_case',
          entityId: marketCase.id,
          unitId: marketCase.unitId,
          after: { fileName: photo.fileName, sha256: photo.sha256 },
        },
        now,
      );
    });
  } catch (error) {
    if (stored.isNew) await blobs.discard(stored.sha256);
    throw error;
  }
}
