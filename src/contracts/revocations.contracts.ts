/**
 * Revocation (thu hồi) contracts: proposals, decisions, the grounds list and the public revoked
 * list. Shared by the server routes and the web screens.
 */
import { z } from 'zod';
import { PROPOSAL_STATUSES, REVOCATION_DECISION_STATUSES } from '../domain/revocation/revocation-status';
import { queryInt32, versionField } from './shared.contracts';

const IsoDate = z.iso.date();
const Text = (max: number) => z.string().trim().min(1).max(max);

export const RevocationGroundOutput = z.object({
  code: z.string(),
  vi: z.string(),
  en: z.string(),
  requiresText: z.boolean(),
});
export const RevocationGroundsOutput = z
  .object({ version: z.string(), effectiveFrom: IsoDate, grounds: z.array(RevocationGroundOutput) })
  .meta({ id: 'RevocationGrounds' });

/** Propose revoking one certificate (standing office). */
export const ProposeRevocationInput = z.object({
  certificateId: z.uuid(),
  groundCode: Text(60),
  /** Required for the "other" ground; a detail for the others. */
  groundText: z.string().trim().max(2000).optional(),
});
export type ProposeRevocationInput = z.infer<typeof ProposeRevocationInput>;

export const ProposeExpiredRevocationsInput = z.object({
  /** The issuing unit (province) whose expired, not re-evaluated certificates are proposed. */
  unitId: z.uuid(),
});

export const RevocationProposalOutput = z
  .object({
    id: z.uuid(),
    certificateId: z.uuid(),
    certificateNumber: z.string(),
    stars: z.number().int(),
    validUntil: IsoDate,
    productId: z.uuid(),
    productName: z.string(),
    producerId: z.uuid(),
    producerName: z.string(),
    unitId: z.uuid(),
    unitName: z.string(),
    source: z.enum(['inspection', 'standing_office', 'expired_not_reevaluated']),
    inspectionId: z.uuid().nullable(),
    groundCode: z.string(),
    groundsVersion: z.string(),
    groundText: z.string().nullable(),
    groundLabelVi: z.string(),
    status: z.enum(PROPOSAL_STATUSES),
    decisionId: z.uuid().nullable(),
    proposedAt: z.string(),
    version: z.number().int(),
  })
  .meta({ id: 'RevocationProposal' });
export type RevocationProposalOutput = z.infer<typeof RevocationProposalOutput>;

export const ListRevocationProposalsQuery = z.object({
  status: z.enum(PROPOSAL_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export const ListRevocationProposalsOutput = z.object({
  items: z.array(RevocationProposalOutput),
  total: z.number().int(),
});
export const ProposeExpiredRevocationsOutput = z.object({ items: z.array(RevocationProposalOutput) });

export const WithdrawRevocationProposalInput = z.object({ version: versionField() });

/** Draft a revocation decision for one or many open proposals of one issuing unit. */
export const DraftRevocationDecisionInput = z.object({
  proposalIds: z.array(z.uuid()).min(1).max(500),
  number: Text(60).describe('Số, ký hiệu, e.g. 125/QĐ-UBND'),
  placeName: z.string().trim().min(1).max(100).optional(),
  legalBases: z.array(Text(1000)).max(20).optional(),
  recipients: z.array(Text(300)).max(30).optional(),
});
export type DraftRevocationDecisionInput = z.infer<typeof DraftRevocationDecisionInput>;

export const ApproveRevocationDecisionInput = z.object({ version: versionField() });
export const ReturnRevocationDecisionInput = z.object({ version: versionField(), reason: Text(2000) });

export const RevocationDecisionOutput = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    unitName: z.string(),
    number: z.string(),
    signedOn: IsoDate.nullable(),
    issuerName: z.string(),
    placeName: z.string(),
    legalBases: z.array(z.string()),
    recipients: z.array(z.string()),
    status: z.enum(REVOCATION_DECISION_STATUSES),
    decidedByName: z.string().nullable(),
    decidedAt: z.string().nullable(),
    returnReason: z.string().nullable(),
    items: z.array(RevocationProposalOutput),
    version: z.number().int(),
  })
  .meta({ id: 'RevocationDecision' });
export type RevocationDecisionOutput = z.infer<typeof RevocationDecisionOutput>;

export const ListRevocationDecisionsQuery = z.object({
  status: z.enum(REVOCATION_DECISION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: queryInt32().min(0).default(0),
});
export const RevocationDecisionSummaryOutput = z.object({
  id: z.uuid(),
  unitName: z.string(),
  number: z.string(),
  signedOn: IsoDate.nullable(),
  status: z.enum(REVOCATION_DECISION_STATUSES),
  itemCount: z.number().int(),
  draftedAt: z.string(),
  returnReason: z.string().nullable(),
  version: z.number().int(),
});
export const ListRevocationDecisionsOutput = z.object({
  items: z.array(RevocationDecisionSummaryOutput),
  total: z.number().int(),
});

/** One line of the public revoked list (page and `/open-data/revoked.json`). */
export const RevokedCertificateOutput = z.object({
  certificateNumber: z.string(),
  productName: z.string(),
  producerName: z.string(),
  commune: z.string(),
  province: z.string(),
  productSet: z.number().int(),
  stars: z.number().int(),
  issuedOn: IsoDate,
  revokedOn: IsoDate,
  issuer: z.string(),
  decisionNumber: z.string(),
  reason: z.string(),
  verificationUrl: z.string(),
});
export const RevokedListOutput = z.object({
  generatedAt: z.string(),
  total: z.number().int(),
  items: z.array(RevokedCertificateOutput),
});
export const RevokedListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  offset: queryInt32().min(0).default(0),
});
