import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { setProductStatus } from '../../../db/repositories/products.repository';
import {
  findCertificateForRevocation,
  listProposalsOfDecision,
  markCertificateRevoked,
  moveProposals,
  updateDraftDecision,
} from '../../../db/repositories/revocations.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError, staleVersion } from '../../../domain/errors';
import type { ProductStatus } from '../../../domain/registry/product-status';
import { describeRevocationGround } from '../../../domain/revocation/revocation-grounds';
import {
  assertRevocationDecisionTransition,
  productStatusAfterRevocation,
} from '../../../domain/revocation/revocation-status';
import { notifyRevocation, type RevocationMail } from './notify-revocation';
import { assertRevocationAction, readableDecision } from './revocation-access';

/**
 * The leader approves (signs) a draft revocation decision, dated today. In one transaction: each
 * certificate is revoked with the decision number, date and ground; each certified or expired
 * product becomes revoked; the proposals are done; the producers and communes are notified.
 * Returns the e-mails to send after the commit.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT (stale version, a certificate revoked meanwhile)
 */
export async function approveRevocationDecision(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  decisionId: string;
  version: number;
  actorName: string;
  now: Date;
}): Promise<{ mails: RevocationMail[] }> {
  const { db, actor, now } = params;
  const found = await readableDecision(db, actor, params.decisionId);
  assertRevocationAction(actor, 'revocation.approve', found.unitPath);
  assertRevocationDecisionTransition(found.decision.status, 'approved');
  const today = now.toISOString().slice(0, 10);
  return db.transaction(async (tx) => {
    const decision = await updateDraftDecision(tx, found.decision.id, params.version, {
      status: 'approved',
      signedOn: today,
      decidedBy: actor.accountId,
      decidedByName: params.actorName,
      decidedAt: now,
    });
    if (!decision) throw staleVersion('Quyết định', 'decision');
    const proposals = await listProposalsOfDecision(tx, decision.id);
    const ids = proposals.map((p) => p.proposal.id);
    if ((await moveProposals(tx, ids, 'in_decision', 'revoked', decision.id)) !== ids.length)
      throw new DomainError(
        'CONFLICT',
        'Một đề nghị vừa thay đổi; hãy tải lại.',
        'A proposal changed; reload.',
      );
    const notices: Parameters<typeof notifyRevocation>[0]['items'][number][] = [];
    for (const { proposal } of proposals) {
      const target = (await findCertificateForRevocation(tx, proposal.certificateId))!;
      const groundVi = describeRevocationGround(
        proposal.groundsVersion,
        proposal.groundCode,
        proposal.groundText,
      );
      const revoked = await markCertificateRevoked(tx, proposal.certificateId, today, {
        reason: groundVi,
        decisionNumber: decision.number,
        decisionDate: today,
        byAccountId: actor.accountId,
        byName: params.actorName,
        recordedAt: now.toISOString(),
      });
      if (!revoked)
        throw new DomainError(
          'CONFLICT',
          `Giấy chứng nhận ${target.certificate.number} đã bị thu hồi trước đó.`,
          `Certificate ${target.certificate.number} was already revoked.`,
        );
      const productStatus = target.productStatus as ProductStatus;
      const next = productStatusAfterRevocation(productStatus);
      if (next !== productStatus) await setProductStatus(tx, target.certificate.productId, next, now);
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'certificate.revoked',
          entityType: 'certificate',
          entityId: target.certificate.id,
          unitId: target.certificate.issuerUnitId,
          before: { status: 'valid', productStatus },
          after: {
            status: 'revoked',
            productStatus: next,
            decisionNumber: decision.number,
            ground: groundVi,
          },
        },
        now,
      );
      notices.push({
        certificateNumber: target.certificate.number,
        productName: target.certificate.productName,
        producerId: target.certificate.producerId,
        communeId: target.communeId,
        communePath: target.communePath,
        groundVi,
      });
    }
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'revocation_decision.approved',
        entityType: 'revocation_decision',
        entityId: decision.id,
        unitId: decision.unitId,
        before: { status: 'draft' },
        after: { status: 'approved', number: decision.number, signedOn: today, certificates: notices.length },
      },
      now,
    );
    const mails = await notifyRevocation({
      db: tx,
      decision,
      items: notices,
      actorAccountId: actor.accountId,
      now,
    });
    return { mails };
  });
}
