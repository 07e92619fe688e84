import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  updateInspectionIf,
  type InspectionAttachment,
} from '../../../db/repositories/inspections.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import type { InspectionStatus } from '../../../domain/inspection/inspection-status';
import type { BlobStore } from '../../files/blob-store';
import { inspectUpload } from '../../files/inspect-upload';
import { safeFileName, type MultipartUpload } from '../../files/read-multipart';
import { loadInspection } from './inspection-access';

/** When each side may add files: the inspector while the record is open, the producer while remedying. */
const OPEN_FOR: Record<'inspector' | 'producer', readonly InspectionStatus[]> = {
  inspector: ['draft', 'awaiting_remedy', 'remedy_answered'],
  producer: ['awaiting_remedy'],
};

/**
 * A photo or document of an inspection, stored like dossier evidence (content-addressed, type
 * sniffed from the bytes): the inspector's photos of the visit, or the producer's proof of remedy.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, VALIDATION_FAILED, UNSUPPORTED_MEDIA_TYPE, CONFLICT
 */
export async function attachInspectionFile(params: {
  db: Database;
  blobs: BlobStore;
  audit: AuditContext;
  actor: Actor;
  inspectionId: string;
  by: 'inspector' | 'producer';
  upload: MultipartUpload;
  now: Date;
}) {
  const { db, blobs, actor, upload, now } = params;
  const found = await loadInspection(
    db,
    actor,
    params.inspectionId,
    params.by === 'inspector' ? 'inspection.record' : 'inspection.remedy',
  );
  const i = found.inspection;
  if (!OPEN_FOR[params.by].includes(i.status))
    throw new DomainError(
      'INVALID_TRANSITION',
      'Biên bản không còn nhận thêm tệp.',
      'The record takes no more files.',
    );
  if (!upload.file)
    throw new DomainError('VALIDATION_FAILED', 'Chưa chọn tệp.', 'No file.', [
      { field: 'file', messageVi: 'Chọn một tệp', messageEn: 'Choose a file' },
    ]);
  const { extension, mediaType } = await inspectUpload(upload.file.content);
  const stored = await blobs.put(upload.file.content);
  const attachment: InspectionAttachment = {
    sha256: stored.sha256,
    fileName: safeFileName(upload.file.fileName, extension),
    mediaType,
    sizeBytes: upload.file.content.length,
    caption: (upload.fields.caption ?? '').trim().slice(0, 300),
    uploadedAt: now.toISOString(),
    by: params.by,
  };
  try {
    return await db.transaction(async (tx) => {
      const row = await updateInspectionIf(tx, i.id, i.version, {
        attachments: [...i.attachments, attachment],
      });
      if (!row)
        throw new DomainError(
          'CONFLICT',
          'Biên bản vừa thay đổi; hãy thử lại.',
          'The record changed; try again.',
        );
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'inspection.file_attached',
          entityType: 'inspection',
          entityId: i.id,
          unitId: i.unitId,
          after: { fileName: attachment.fileName, sha256: attachment.sha256, by: params.by },
        },
        now,
      );
      return row;
    });
  } catch (error) {
    if (stored.isNew) await blobs.discard(stored.sha256);
    throw error;
  }
}
