import { describe, expect, it } from 'vitest';
import { PRODUCT_STATUSES, canMoveProduct } from '../registry/product-status';
import {
  PROPOSAL_STATUSES,
  REVOCATION_DECISION_STATUSES,
  assertProposalTransition,
  assertRevocationDecisionTransition,
  canMoveProposal,
  canMoveRevocationDecision,
  productStatusAfterRevocation,
} from './revocation-status';
import {
  REVOCATION_GROUND_VERSIONS,
  describeRevocationGround,
  revocationGroundsOn,
} from './revocation-grounds';

const PROPOSAL_ALLOWED = new Set([
  'proposed→in_decision',
  'proposed→withdrawn',
  'in_decision→proposed',
  'in_decision→revoked',
]);
const DECISION_ALLOWED = new Set(['draft→approved', 'draft→returned']);

describe('revocation proposal status table', () => {
  const cases = PROPOSAL_STATUSES.flatMap((from) => PROPOSAL_STATUSES.map((to) => [from, to] as const));
  it.each(cases)('%s → %s', (from, to) => {
    const allowed = PROPOSAL_ALLOWED.has(`${from}→${to}`);
    expect(canMoveProposal(from, to)).toBe(allowed);
    if (allowed) expect(() => assertProposalTransition(from, to)).not.toThrow();
    else
      expect(() => assertProposalTransition(from, to)).toThrow(
        expect.objectContaining({ code: 'INVALID_TRANSITION' }),
      );
  });
});

describe('revocation decision status table', () => {
  const cases = REVOCATION_DECISION_STATUSES.flatMap((from) =>
    REVOCATION_DECISION_STATUSES.map((to) => [from, to] as const),
  );
  it.each(cases)('%s → %s', (from, to) => {
    const allowed = DECISION_ALLOWED.has(`${from}→${to}`);
    expect(canMoveRevocationDecision(from, to)).toBe(allowed);
    if (!allowed)
      expect(() => assertRevocationDecisionTransition(from, to)).toThrow(
        expect.objectContaining({ code: 'INVALID_TRANSITION' }),
      );
  });
});

describe('product status after a revocation', () => {
  it.each([
    ['certified', 'revoked'],
    ['expired', 'revoked'],
    ['in_evaluation', 'in_evaluation'],
    ['registered', 'registered'],
    ['revoked', 'revoked'],
  ] as const)('%s becomes %s, through the product status table', (from, to) => {
    expect(productStatusAfterRevocation(from)).toBe(to);
    if (from !== to) expect(canMoveProduct(from, to)).toBe(true);
  });
  it('every product status is covered', () => {
    for (const status of PRODUCT_STATUSES) expect(typeof productStatusAfterRevocation(status)).toBe('string');
  });
});

describe('revocation grounds as versioned data', () => {
  it('has the grounds of practice, each code once per version', () => {
    for (const version of REVOCATION_GROUND_VERSIONS) {
      const codes = version.grounds.map((g) => g.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
    expect(revocationGroundsOn('2026-06-10').grounds.map((g) => g.code)).toEqual([
      'not_reevaluated',
      'fails_mandatory_criteria',
      'food_safety_violation',
      'product_differs',
      'missing_quality_records',
      'production_stopped',
      'producer_request',
      'other',
    ]);
  });
  it('prints "other" as the written text and adds a detail to the others', () => {
    expect(describeRevocationGround('2026-01', 'other', 'Giải thể')).toBe('Giải thể');
    expect(describeRevocationGround('2026-01', 'production_stopped', 'từ 03/2026')).toBe(
      'Chủ thể ngừng sản xuất sản phẩm (từ 03/2026)',
    );
  });
});
