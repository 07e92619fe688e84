/**
 * The signed scan of an approved decision (bản quét quyết định đã ký): a PDF, recognised from its
 * bytes, stored once under its SHA-256 in the blob store. A decision keeps the scan it was given;
 * attaching the same file again is a no-op, a different file is refused (nothing is replaced).
 */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { decisions } from '../../../db/schema';
import { DomainError } from '../../../domain/errors';
import type { BlobStore } from '../../files/blob-store';
import { inspectUpload } from '../../files/inspect-upload';
import { safeFileName, type MultipartUpload } from '../../files/read-multipart';
import type { DecisionRow } from './decision-use-cases';

function notPdf(): DomainError {
  return new DomainError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Bản quét quyết định phải là tệp PDF (nhận biết theo nội dung, không theo tên).',
    'The signed scan must be a PDF (recognised from the content, not the name).',
    [{ field: 'file', messageVi: 'Chỉ nhận PDF', messageEn: 'PDF only' }],
  );
}

/**
 * Attaches the signed scan to an approved decision. Throws VALIDATION_FAILED (no file, empty),
 * UNSUPPORTED_MEDIA_TYPE (not a PDF), INVALID_TRANSITION (not approved yet), CONFLICT (another
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
    throw new DomainError('VALIDATION_FAILED', 'Hãy chọn tệp PDF bản quét.', 'Choose the PDF scan.', [
      { field: 'file', messageVi: 'Chưa có tệp', messageEn: 'No file' },
    ]);
  const { extension } = await inspectUpload(upload.file.content);
  if (extension !== 'pdf') throw notPdf();
  if (decision.status !== 'approved')
    throw new DomainError(
      'INVALID_TRANSITION',
      'Chỉ đính kèm bản quét sau khi quyết định được phê duyệt.',
      'Attach the signed scan once the decision is approved.',
    );
  const fileName = safeFileName(upload.file.fileName, 'pdf');
  const stored = await blobs.put(upload.file.content);
  if (decision.signedScanSha256 === stored.sha256) return decision;
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .update(decisions)
        .set({ signedScanSha256: stored.sha256, signedScanFileName: fileName, version: decision.version + 1 })
        .where(and(eq(decisions.id, decision.id), isNull(decisions.signedScanSha256)))
        .returning();
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
    const [shared] = await db
      .select({ id: decisions.id })
      .from(decisions)
      .where(eq(decisions.signedScanSha256, stored.sha256))
      .limit(1);
    if (stored.isNew && !shared) await blobs.discard(stored.sha256);
    throw error;
  }
}
