import { describe, expect, it } from 'vitest';
import { evidenceValidity, expiryWarningHorizon } from './evidence-types';
import { assertProductTransition, canMoveProduct, PRODUCT_STATUSES } from './product-status';

describe('evidenceValidity', () => {
  it.each([
    [null, '2026-01-01', 'no_expiry'],
    ['2025-12-31', '2026-01-01', 'expired'],
    ['2026-01-01', '2026-01-01', 'expiring_soon'],
    ['2026-01-31', '2026-01-01', 'expiring_soon'],
    ['2026-02-01', '2026-01-01', 'valid'],
  ] as const)('valid until %s on %s → %s', (validUntil, today, expected) => {
    expect(evidenceValidity(validUntil, today)).toBe(expected);
  });

  it('gives the horizon of the warning window', () => {
    expect(expiryWarningHorizon('2026-01-01')).toBe('2026-01-31');
  });
});

describe('product status table', () => {
  it.each([
    ['registered', 'in_evaluation', true],
    ['registered', 'certified', false],
    ['in_evaluation', 'certified', true],
    ['in_evaluation', 'registered', true],
    ['certified', 'expired', true],
    ['certified', 'revoked', true],
    ['certified', 'in_evaluation', true],
    ['expired', 'certified', false],
    ['revoked', 'in_evaluation', true],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canMoveProduct(from, to)).toBe(allowed);
  });

  it('throws INVALID_TRANSITION for a move the table does not allow', () => {
    expect(() => assertProductTransition('registered', 'revoked')).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
    for (const status of PRODUCT_STATUSES) expect(canMoveProduct(status, status)).toBe(false);
  });
});
