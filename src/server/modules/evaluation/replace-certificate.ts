/**
 * Replacing (đính chính) a certificate: recorded as a new certificate, never an edit. Revocation
 * (thu hồi) goes through a proposal and a leader-approved decision (modules/revocations).
 */
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { findDecision, findDecisionItem } from '../../../db/repositories/decisions.repository';
import { DomainError } from '../../../domain/errors';
import { deriveCertificateStatus } from '../../../domain/evaluation/certificate-rules';
import type { UnitRow } from './evaluation-access';
import { issueCertificate, type CertificateRow } from './issue-certificate';

const today = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * Replaces a certificate to correct it: a new number, same decision, stars and end date; the
 * old one becomes superseded. Throws INVALID_TRANSITION when not valid.
 */
export async function replaceCertificate(params: {
  db: Database;
  audit: AuditContext;
  certificate: CertificateRow;
  issuer: UnitRow;
  input: { reason: string; productName?: string | undefined; producerName?: string | undefined };
  now: Date;
}) {
  const { db, certificate, now } = params;
  const status = deriveCertificateStatus(certificate, today(now));
  if (status !== 'valid')
    throw new DomainError(
      'INVALID_TRANSITION',
      'Chỉ đính chính giấy chứng nhận còn hiệu lực.',
      'Only a valid certificate can be corrected.',
    );
  return db.transaction(async (tx) => {
    const decision = await findDecision(tx, certificate.decisionId);
    // An imported certificate has no decision item: its own fields stand for it.
    const item: {
      id: string | null;
      productId: string;
      producerId: string;
      productSet: number;
      stars: number;
    } = certificate.decisionItemId
      ? (await findDecisionItem(tx, certificate.decisionItemId))!
      : { ...certificate, id: null };
    const row = await issueCertificate(tx, {
      decision: decision!,
      item,
      issuer: params.issuer,
      validityMonths: 0,
      now,
      correction: {
        of: certificate,
        productName: params.input.productName,
        producerName: params.input.producerName,
      },
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'certificate.replaced',
        entityType: 'certificate',
        entityId: certificate.id,
        unitId: certificate.issuerUnitId,
        after: { replacedBy: row.number, reason: params.input.reason },
      },
      now,
    );
    return row;
  });
}
