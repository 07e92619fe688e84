import type {
  RevocationDecisionOutput,
  RevocationProposalOutput,
} from '../../../contracts/revocations.contracts';
import type { DecisionWithUnit, ProposalWithNames } from '../../../db/repositories/revocations.repository';
import { describeRevocationGround } from '../../../domain/revocation/revocation-grounds';

/** A proposal as the API answers it. */
export function presentProposal(row: ProposalWithNames): RevocationProposalOutput {
  const p = row.proposal;
  return {
    id: p.id,
    certificateId: p.certificateId,
    certificateNumber: row.certificateNumber,
    stars: row.certificateStars,
    validUntil: row.certificateValidUntil,
    productId: p.productId,
    productName: row.productName,
    producerId: p.producerId,
    producerName: row.producerName,
    unitId: p.unitId,
    unitName: row.unitName,
    source: p.source,
    inspectionId: p.inspectionId,
    groundCode: p.groundCode,
    groundsVersion: p.groundsVersion,
    groundText: p.groundText,
    groundLabelVi: describeRevocationGround(p.groundsVersion, p.groundCode, p.groundText),
    status: p.status,
    decisionId: p.decisionId,
    proposedAt: p.proposedAt.toISOString(),
    version: p.version,
  };
}

/** A decision with its items as the API answers it. */
export function presentDecision(
  row: DecisionWithUnit,
  items: readonly ProposalWithNames[],
): RevocationDecisionOutput {
  const d = row.decision;
  return {
    id: d.id,
    unitId: d.unitId,
    unitName: row.unitName,
    number: d.number,
    signedOn: d.status === 'approved' ? d.signedOn : null,
    issuerName: d.issuerName,
    placeName: d.placeName,
    legalBases: d.legalBases,
    recipients: d.recipients,
    status: d.status,
    decidedByName: d.decidedByName,
    decidedAt: d.decidedAt?.toISOString() ?? null,
    returnReason: d.returnReason,
    items: items.map(presentProposal),
    version: d.version,
  };
}
