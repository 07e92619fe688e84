import { describe, expect, it } from 'vitest';
import { checkGtin, gtinCheckDigit, toGtin14 } from './gtin';

describe('checkGtin', () => {
  it.each([
    // value, valid?
    ['96385074', true], // GTIN-8 (EAN-8)
    ['96385075', false],
    ['036000291452', true], // GTIN-12 (UPC-A)
    ['036000291453', false],
    ['8938505974002', true], // GTIN-13, Vietnam prefix 893
    ['8938505974000', false],
    ['893 8505 97400 2', true], // spaces ignored
    ['00012345678905', true], // GTIN-14
    ['00012345678906', false],
    ['8938505974', false], // 10 digits: no such length
    ['89385059740021', false],
    ['893850597400A', false],
    ['', false],
  ])('%s → %s', (value, isValid) => {
    expect(checkGtin(value).isValid).toBe(isValid);
  });

  it('names the expected check digit', () => {
    const result = checkGtin('8938505974000');
    expect(result.isValid).toBe(false);
    expect(!result.isValid && result.messageVi).toContain('2');
  });

  it('computes check digits and pads to GTIN-14', () => {
    expect(gtinCheckDigit('893850597400')).toBe(2);
    expect(gtinCheckDigit('9638507')).toBe(4);
    expect(toGtin14('8938505974002')).toBe('08938505974002');
  });
});
