import { UploadEvidenceFields, type EvidenceOutput } from '../../../contracts/evidence.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findProductById } from '../../../db/repositories/products.repository';
import { insertEvidence, isEvidenceBlobReferenced } from '../../../db/repositories/evidence.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import type { BlobStore } from '../../files/blob-store';
import { inspectUpload } from '../../files/inspect-upload';
import { safeFileName, type MultipartUpload } from '../../files/read-multipart';
import { getProducerForAction } from '../producers/producer-access';
import { evidenceSnapshot, presentEvidence } from './evidence.presenter';

function fieldsOf(raw: Record<string, string>): UploadEvidenceFields {
  const cleaned = Object.fromEntries(Object.entries(raw).filter(([, value]) => value.trim() !== ''));
  const parsed = UploadEvidenceFields.safeParse(cleaned);
  if (parsed.success) return parsed.data;
  const details = parsed.error.issues.map((issue) => ({
    field: issue.path.join('.') || 'body',
    messageVi: issue.message,
    messageEn: issue.message,
  }));
  const names = details.map((d) => d.field).join(', ');
  throw new DomainError(
    'VALIDATION_FAILED',
    `Dữ liệu không hợp lệ: ${names}.`,
    `Invalid input: ${names}.`,
    details,
  );
}

/**
 * Adds a document to a producer's evidence library. Every check runs before anything is written:
 * access (NOT_FOUND/FORBIDDEN), form fields (VALIDATION_FAILED naming them), the product belonging
 * to the producer, and the file itself — empty (VALIDATION_FAILED), not an accepted type by its
 * content or a zip bomb (UNSUPPORTED_MEDIA_TYPE). The size limit was enforced while reading. Then
 * the blob is stored content-addressed and the row and its audit entry are committed together;
 * if that fails, a blob written just now is removed again.
 */
export async function uploadEvidence(params: {
  db: Database;
  blobs: BlobStore;
  audit: AuditContext;
  actor: Actor;
  producerId: string;
  upload: MultipartUpload;
  now: Date;
}): Promise<EvidenceOutput> {
  const { db, blobs, now } = params;
  const { producer } = await getProducerForAction(db, params.actor, 'evidence.manage', params.producerId);
  const fields = fieldsOf(params.upload.fields);
  if (!params.upload.file) {
    throw new DomainError('VALIDATION_FAILED', 'Thiếu tệp đính kèm.', 'The file is missing.', [
      { field: 'file', messageVi: 'Bắt buộc', messageEn: 'Required' },
    ]);
  }
  if (fields.productId) {
    const product = await findProductById(db, fields.productId);
    if (!product || product.product.producerId !== producer.id) {
      throw new DomainError(
        'VALIDATION_FAILED',
        'Sản phẩm không thuộc chủ thể này.',
        'The product does not belong to this producer.',
        [
          {
            field: 'productId',
            messageVi: 'Không phải sản phẩm của chủ thể',
            messageEn: "Not this producer's product",
          },
        ],
      );
    }
  }
  const { content, fileName } = params.upload.file;
  const { extension, mediaType } = await inspectUpload(content);
  const stored = await blobs.put(content);
  try {
    const row = await db.transaction(async (tx) => {
      const inserted = await insertEvidence(tx, {
        producerId: producer.id,
        productId: fields.productId ?? null,
        documentType: fields.documentType,
        title: fields.title,
        issuer: fields.issuer ?? null,
        issuedOn: fields.issuedOn ?? null,
        validUntil: fields.validUntil ?? null,
        fileSha256: stored.sha256,
        fileName: safeFileName(fileName, extension),
        mediaType,
        sizeBytes: content.length,
        uploadedBy: params.actor.accountId,
        createdAt: now,
      });
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'evidence.uploaded',
          entityType: 'evidence',
          entityId: inserted.id,
          unitId: producer.communeId,
          after: evidenceSnapshot(inserted),
        },
        now,
      );
      return inserted;
    });
    return presentEvidence(row, now.toISOString().slice(0, 10));
  } catch (error) {
    if (stored.isNew && !(await isEvidenceBlobReferenced(db, stored.sha256)))
      await blobs.discard(stored.sha256);
    throw error;
  }
}
