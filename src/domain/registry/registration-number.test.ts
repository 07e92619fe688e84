import { describe, expect, it } from 'vitest';
import {
  checkRegistrationNumber,
  DEFAULT_REGISTRATION_NUMBER_RULES,
  normalizeRegistrationNumber,
} from './registration-number';

describe('checkRegistrationNumber', () => {
  it.each([
    // type, value, valid?
    ['enterprise', '0101234567', true],
    ['enterprise', '0101234567-001', true],
    ['enterprise', '0101.234.567', true],
    ['enterprise', '010123456', false],
    ['enterprise', '01012345678', false],
    ['enterprise', '0101234567-01', false],
    ['enterprise', '27A8012345', false],
    ['cooperative', '5400123456', true],
    ['cooperative', '5400123456-002', true],
    ['cooperative', 'HTX-123', false],
    ['cooperative_group', '5400123456', true],
    ['cooperative_group', '12/GXN-UBND', true],
    ['cooperative_group', 'GXN-UBND', false],
    ['cooperative_group', '1', false],
    ['household', '0101234567', true],
    ['household', '001203012345', true],
    ['household', '27A8012345', true],
    ['household', '27a-8012345', true],
    ['household', '27AB801234567', true],
    ['household', '27ABC8012345', false],
    ['household', '12345', false],
  ] as const)('%s %s → %s', (type, value, isValid) => {
    expect(checkRegistrationNumber(type, value).isValid).toBe(isValid);
  });

  it('normalises spaces, dots and case', () => {
    expect(normalizeRegistrationNumber(' 27a 801.2345 ')).toBe('27A8012345');
  });

  it('explains the expected format in Vietnamese and English', () => {
    const result = checkRegistrationNumber('enterprise', '123');
    expect(result.isValid).toBe(false);
    expect(!result.isValid && result.messageVi).toContain('10 chữ số');
    expect(!result.isValid && result.messageEn).toContain('10-digit');
  });

  it('accepts a province-specific rule table', () => {
    const rules = {
      ...DEFAULT_REGISTRATION_NUMBER_RULES,
      enterprise: [{ pattern: /^DN\d{4}$/, descriptionVi: 'DN + 4 số', descriptionEn: 'DN + 4 digits' }],
    };
    expect(checkRegistrationNumber('enterprise', 'dn1234', rules).isValid).toBe(true);
    expect(checkRegistrationNumber('enterprise', '0101234567', rules).isValid).toBe(false);
  });
});
