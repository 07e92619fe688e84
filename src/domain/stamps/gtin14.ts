import { DomainError } from '../errors';
import { checkGtin, gtinCheckDigit } from '../registry/gtin';

/**
 * Normalises a GTIN-8/12/13/14 to the 14 digits GS1 Digital Link uses (left-padded with zeros),
 * after verifying its check digit. Throws `VALIDATION_FAILED` (field `gtin`) otherwise.
 */
export function normalizeGtin14(raw: string): string {
  const check = checkGtin(raw);
  if (!check.isValid)
    throw new DomainError('VALIDATION_FAILED', check.messageVi, check.messageEn, [
      { field: 'gtin', messageVi: check.messageVi, messageEn: check.messageEn },
    ]);
  return check.normalized.padStart(14, '0');
}

/** True for 14 digits whose last digit is the GS1 mod-10 check digit of the first 13. */
export function isGtin14(value: string): boolean {
  return /^\d{14}$/.test(value) && gtinCheckDigit(value.slice(0, 13)) === Number(value[13]);
}
