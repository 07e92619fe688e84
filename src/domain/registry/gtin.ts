/**
 * GS1 Global Trade Item Numbers: GTIN-8, GTIN-12 (UPC-A), GTIN-13 (EAN-13, Vietnam's prefix 893)
 * and GTIN-14. The last digit is a mod-10 check digit: from the right, digits (without the check
 * digit) are weighted 3, 1, 3, 1…; the check digit brings the sum to a multiple of 10.
 */
export const GTIN_LENGTHS = [8, 12, 13, 14] as const;

/** The check digit for the digits of a GTIN without its last digit. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i += 1) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export type GtinCheck =
  { isValid: true; normalized: string } | { isValid: false; messageVi: string; messageEn: string };

/**
 * Validates a GTIN (spaces and hyphens ignored): digits only, length 8/12/13/14, correct check
 * digit. Pure; never throws.
 */
export function checkGtin(raw: string): GtinCheck {
  const normalized = raw.replace(/[\s-]/g, '');
  if (!/^\d+$/.test(normalized)) {
    return { isValid: false, messageVi: 'GTIN chỉ gồm chữ số', messageEn: 'A GTIN has digits only' };
  }
  if (!(GTIN_LENGTHS as readonly number[]).includes(normalized.length)) {
    return {
      isValid: false,
      messageVi: 'GTIN phải có 8, 12, 13 hoặc 14 chữ số',
      messageEn: 'A GTIN has 8, 12, 13 or 14 digits',
    };
  }
  const expected = gtinCheckDigit(normalized.slice(0, -1));
  if (Number(normalized.slice(-1)) !== expected) {
    return {
      isValid: false,
      messageVi: `Số kiểm tra của GTIN sai (phải là ${expected})`,
      messageEn: `Wrong GTIN check digit (expected ${expected})`,
    };
  }
  return { isValid: true, normalized };
}

/** A valid GTIN padded to 14 digits, as GS1 Digital Link URIs use it. */
export function toGtin14(gtin: string): string {
  return gtin.padStart(14, '0');
}
