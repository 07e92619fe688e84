/** Revoking (thu hồi) and replacing (đính chính) a certificate; both are recorded, never edits. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { certificates, decisionItems, decisions, type CertificateRevocation } from '../../../db/schema';
import { DomainError } from '../../../domain/errors';
import { deriveCertificateStatus } from '../../../domain/evaluation/certificate-rules';
import type { UnitRow } from './evaluation-access';
import { issueCertificate, type CertificateRow } from './issue-certificate';

const today = (now: Date): string => now.toISOString().slice(0, 10);

/**
 * Records the revocation decision of a certificate (reason, decision number and date, who).
 * Throws INVALID_TRANSITION when it is already revoked or superseded.
 */
export async function revokeCertificate(params: {
  db: Database;
  audit: AuditContext;
  certificate: CertificateRow;
  input: { reason: string; decisionNumber: string; decisionDate: string };
  accountId: string;
  actorName: string;
  now: Date;
}) {
  const { db, certificate, input, now } = params;
  const status = deriveCertificateStatus(certificate, today(now));
  if (status === 'revoked' || status === 'superseded')
    throw new DomainError(
      'INVALID_TRANSITION',
      `Giấy chứng nhận ${certificate.number} đã ${status === 'revoked' ? 'bị thu hồi' : 'được thay thế'}.`,
      `Certificate ${certificate.number} is already ${status}.`,
    );
  const revocation: CertificateRevocation = {
    ...input,
    byAccountId: params.accountId,
    byName: params.actorName,
    recordedAt: now.toISOString(),
  };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(certificates)
      .set({ revokedOn: input.decisionDate, revocation })
      .where(and(eq(certificates.id, certificate.id), isNull(certificates.revokedOn)))
      .returning();
    if (!row)
      throw new DomainError(
        'INVALID_TRANSITION',
        'Giấy chứng nhận đã bị thu hồi.',
        'The certificate is already revoked.',
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'certificate.revoked',
        entityType: 'certificate',
        entityId: certificate.id,
        unitId: certificate.issuerUnitId,
        before: { status },
        after: { status: 'revoked', ...input },
      },
      now,
    );
    return row;
  });
}

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
    const [decision] = await tx.select().from(decisions).where(eq(decisions.id, certificate.decisionId));
    // An imported certificate has no decision item: its own fields stand for it.
    const items: {
      id: string | null;
      productId: string;
      producerId: string;
      productSet: number;
      stars: number;
    }[] = certificate.decisionItemId
      ? await tx.select().from(decisionItems).where(eq(decisionItems.id, certificate.decisionItemId))
      : [{ ...certificate, id: null }];
    const row = await issueCertificate(tx, {
      decision: decision!,
      item: items[0]!,
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
