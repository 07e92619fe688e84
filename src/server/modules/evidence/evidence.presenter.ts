import type { EvidenceOutput } from '../../../contracts/evidence.contracts';
import type { EvidenceRow } from '../../../db/repositories/evidence.repository';
import {
  EVIDENCE_TYPE_LABELS,
  evidenceValidity,
  type EvidenceType,
} from '../../../domain/registry/evidence-types';

/** Shapes an evidence document, with its validity on `today` (expiring soon within 30 days). */
export function presentEvidence(row: EvidenceRow, today: string): EvidenceOutput {
  const documentType = row.documentType as EvidenceType;
  const validity = evidenceValidity(row.validUntil, today);
  return {
    id: row.id,
    producerId: row.producerId,
    productId: row.productId,
    documentType,
    documentTypeLabel: EVIDENCE_TYPE_LABELS[documentType]?.vi ?? row.documentType,
    title: row.title,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    validity,
    isExpiringSoon: validity === 'expiring_soon',
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    sha256: row.fileSha256,
    downloadUrl: `/api/v1/evidence/${row.id}/file`,
    createdAt: row.createdAt.toISOString(),
  };
}

export function evidenceSnapshot(row: EvidenceRow): Record<string, unknown> {
  return {
    producerId: row.producerId,
    productId: row.productId,
    documentType: row.documentType,
    title: row.title,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    fileSha256: row.fileSha256,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: row.sizeBytes,
    deletedAt: row.deletedAt,
  };
}
