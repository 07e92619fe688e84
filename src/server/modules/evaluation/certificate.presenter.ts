import type { CertificateOutput } from '../../../contracts/evaluation.contracts';
import type { CertificatePdfData } from '../../documents/certificate.pdf';
import { CERTIFICATE_STATUS_LABELS } from '../../../domain/evaluation/evaluation.types';
import { deriveCertificateStatus } from '../../../domain/evaluation/certificate-rules';
import { certificateLegalBasisOf } from '../../../domain/rubric/legal-basis';
import type { CertificateRow } from './issue-certificate';

/** The public verification URL of a certificate number. */
export function verificationUrlOf(publicBaseUrl: string, number: string): string {
  return `${publicBaseUrl}/c/${encodeURIComponent(number)}`;
}

export function presentCertificate(
  row: CertificateRow,
  today: string,
  publicBaseUrl: string,
): CertificateOutput {
  return {
    id: row.id,
    number: row.number,
    status: deriveCertificateStatus(row, today),
    productId: row.productId,
    productName: row.productName,
    productSet: row.productSet,
    producerId: row.producerId,
    producerName: row.producerName,
    communeName: row.communeName,
    provinceName: row.provinceName,
    stars: row.stars,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    issuerName: row.issuerName,
    decisionId: row.decisionId,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    legalBasis: certificateLegalBasisOf(row.issuedOn) ?? null,
    verificationUrl: verificationUrlOf(publicBaseUrl, row.number),
    supersedesId: row.supersedesId,
    supersededById: row.supersededById,
    revocation: row.revocation
      ? {
          reason: row.revocation.reason,
          decisionNumber: row.revocation.decisionNumber,
          decisionDate: row.revocation.decisionDate,
          byName: row.revocation.byName,
          recordedAt: row.revocation.recordedAt,
        }
      : null,
  };
}

export function certificatePdfDataOf(
  row: CertificateRow,
  today: string,
  publicBaseUrl: string,
): CertificatePdfData {
  const status = deriveCertificateStatus(row, today);
  return {
    ...row,
    verificationUrl: verificationUrlOf(publicBaseUrl, row.number),
    ...(status === 'valid' ? {} : { statusNoteVi: CERTIFICATE_STATUS_LABELS[status].vi.toUpperCase() }),
  };
}
