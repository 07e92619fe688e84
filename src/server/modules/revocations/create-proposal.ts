import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertProposalIfNone,
  type CertificateForRevocation,
  type RevocationProposalRow,
} from '../../../db/repositories/revocations.repository';
import { deriveCertificateStatus } from '../../../domain/evaluation/certificate-rules';
import { DomainError } from '../../../domain/errors';
import { findRevocationGround, revocationGroundsOn } from '../../../domain/revocation/revocation-grounds';

/**
 * Writes one revocation proposal for a certificate (shared by the office's proposal, the bulk
 * "expired" proposal and an inspection's conclusion), with its audit row, in the caller's
 * transaction. Throws VALIDATION_FAILED (unknown ground, missing text), INVALID_TRANSITION (the
 * certificate is revoked, superseded or ended), CONFLICT (an open proposal exists).
 */
export async function createProposal(params: {
  tx: Database;
  audit: AuditContext;
  target: CertificateForRevocation;
  source: RevocationProposalRow['source'];
  groundCode: string;
  groundText?: string | undefined;
  inspectionId?: string | null;
  accountId: string;
  now: Date;
}): Promise<RevocationProposalRow> {
  const { tx, target, now } = params;
  const today = now.toISOString().slice(0, 10);
  const grounds = revocationGroundsOn(today);
  const ground = findRevocationGround(grounds.version, params.groundCode);
  const text = params.groundText?.trim() || null;
  if (!ground)
    throw new DomainError('VALIDATION_FAILED', 'Căn cứ thu hồi không hợp lệ.', 'Unknown revocation ground.', [
      {
        field: 'groundCode',
        messageVi: 'Chọn một căn cứ trong danh mục.',
        messageEn: 'Choose a ground from the list.',
      },
    ]);
  if (ground.requiresText && !text)
    throw new DomainError('VALIDATION_FAILED', 'Hãy ghi rõ lý do thu hồi.', 'Write the ground out.', [
      { field: 'groundText', messageVi: 'Ghi rõ lý do khác.', messageEn: 'Write the other ground.' },
    ]);
  const c = target.certificate;
  const status = deriveCertificateStatus(c, today);
  if (status === 'revoked' || status === 'superseded' || c.endedOn !== null)
    throw new DomainError(
      'INVALID_TRANSITION',
      `Giấy chứng nhận ${c.number} không còn hiệu lực để thu hồi.`,
      `Certificate ${c.number} is no longer in force and cannot be revoked.`,
    );
  const row = await insertProposalIfNone(tx, {
    certificateId: c.id,
    productId: c.productId,
    producerId: c.producerId,
    unitId: c.issuerUnitId,
    source: params.source,
    inspectionId: params.inspectionId ?? null,
    groundCode: ground.code,
    groundsVersion: grounds.version,
    groundText: text,
    proposedBy: params.accountId,
    proposedAt: now,
  });
  if (!row)
    throw new DomainError(
      'CONFLICT',
      `Giấy chứng nhận ${c.number} đã có đề nghị thu hồi đang xử lý.`,
      `Certificate ${c.number} already has an open revocation proposal.`,
    );
  await appendAudit(
    tx,
    params.audit,
    {
      action: 'revocation.proposed',
      entityType: 'revocation_proposal',
      entityId: row.id,
      unitId: c.issuerUnitId,
      after: { certificate: c.number, source: row.source, ground: row.groundCode, groundText: text },
    },
    now,
  );
  return row;
}
