/**
 * The signed scan of an approved decision (bản quét quyết định đã ký): a PDF or a photo (JPEG,
 * PNG), recognised from its bytes, stored once under its SHA-256 in the blob store. A decision keeps the scan it was given;
 * attaching the same file again is a no-op, a different file is refused (nothing is replaced).
 */
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  isDecisionScanStored,
  setDecisionScanIfNone,
  type DecisionRow,
} from '../../../db/repositories/decisions.repository';
import { DomainError } from '../../../domain/errors';
import type { BlobStore } from '../../files/blob-store';
import { inspectUpload } from '../../files/inspect-upload';
import { safeFileName, type MultipartUpload } from '../../files/read-multipart';

/** What a signed scan may be: the extension recognised from the bytes → the type served back. */
export const SCAN_MEDIA_TYPES = { pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png' } as const;
type ScanExtension = keyof typeof SCAN_MEDIA_TYPES;

function isScanExtension(extension: string): extension is ScanExtension {
  return extension in SCAN_MEDIA_TYPES;
}

/** The media type of a stored scan, from the file name it was stored under. */
export function scanMediaTypeOf(fileName: string): string {
  const extension = (fileName.split('.').pop() ?? '').toLowerCase();
  if (extension === 'jpeg') return SCAN_MEDIA_TYPES.jpg;
  return isScanExtension(extension) ? SCAN_MEDIA_TYPES[extension] : SCAN_MEDIA_TYPES.pdf;
}

function notScan(): DomainError {
  return new DomainError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Bản quét quyết định phải là tệp PDF hoặc ảnh JPEG/PNG (nhận biết theo nội dung, không theo tên).',
    'The signed scan must be a PDF or a JPEG/PNG image (recognised from the content, not the name).',
    [{ field: 'file', messageVi: 'Chỉ nhận PDF, JPEG hoặc PNG', messageEn: 'PDF, JPEG or PNG only' }],
  );
}

/**
 * Attaches the signed scan to an approved decision. Throws VALIDATION_FAILED (no file, empty),
 * UNSUPPORTED_MEDIA_TYPE (not a PDF or image), INVALID_TRANSITION (not approved yet), CONFLICT (another
 * scan is already attached). A refused upload leaves no blob behind.
 */
export async function attachDecisionScan(params: {
  db: Database;
  blobs: BlobStore;
  audit: AuditContext;
  decision: DecisionRow;
  upload: MultipartUpload;
  now: Date;
}): Promise<DecisionRow> {
  const { db, blobs, decision, upload, now } = params;
  if (!upload.file)
    throw new DomainError(
      'VALIDATION_FAILED',
      'Hãy chọn tệp bản quét (PDF hoặc ảnh).',
      'Choose the scan (PDF or image).',
      [{ field: 'file', messageVi: 'Chưa có tệp', messageEn: 'No file' }],
    );
  const { extension } = await inspectUpload(upload.file.content).catch((error: unknown) => {
    throw error instanceof DomainError && error.code === 'UNSUPPORTED_MEDIA_TYPE' ? notScan() : error;
  });
  if (!isScanExtension(extension)) throw notScan();
  if (decision.status !== 'approved')
    throw new DomainError(
      'INVALID_TRANSITION',
      'Chỉ đính kèm bản quét sau khi quyết định được phê duyệt.',
      'Attach the signed scan once the decision is approved.',
    );
  const fileName = safeFileName(upload.file.fileName, extension);
  const stored = await blobs.put(upload.file.content);
  if (decision.signedScanSha256 === stored.sha256) return decision;
  try {
    return await db.transaction(async (tx) => {
      const row = await setDecisionScanIfNone(tx, decision.id, {
        sha256: stored.sha256,
        fileName,
        version: decision.version + 1,
      });
      if (!row)
        throw new DomainError(
          'CONFLICT',
          'Quyết định đã có bản quét; không thay thế được.',
          'The decision already has a signed scan; it is not replaced.',
        );
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'decision.scan-attached',
          entityType: 'decision',
          entityId: decision.id,
          unitId: decision.unitId,
          after: { sha256: stored.sha256, fileName, sizeBytes: upload.file!.content.length },
        },
        now,
      );
      return row;
    });
  } catch (error) {
    if (stored.isNew && !(await isDecisionScanStored(db, stored.sha256))) await blobs.discard(stored.sha256);
    throw error;
  }
}
