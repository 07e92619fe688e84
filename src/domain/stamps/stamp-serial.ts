/**
 * Stamp serials (số sê-ri tem): 80 random bits written as 16 Crockford base-32 symbols plus one
 * Luhn mod 32 check symbol, so any single mistyped symbol and almost every swap of neighbours is
 * caught before any database look-up. Every symbol is a digit or an upper-case letter: safe in a
 * URL path and in the GS1 AI 21 character set. Serials are unguessable: the randomness comes from the caller
 * (`crypto.randomBytes` on the server, a seeded source in tests).
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SERIAL_RANDOM_BYTES = 10;
export const SERIAL_BODY_LENGTH = 16;
export const SERIAL_LENGTH = SERIAL_BODY_LENGTH + 1;

/** A source of random bytes (the server passes `crypto.randomBytes`). */
export type RandomBytes = (size: number) => Uint8Array;

function encodeBase32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD_ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += CROCKFORD_ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** The Luhn mod 32 check symbol of a serial body (symbols of {@link CROCKFORD_ALPHABET}). */
export function serialCheckSymbol(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i -= 1) {
    const addend = factor * CROCKFORD_ALPHABET.indexOf(body[i]!);
    factor = factor === 2 ? 1 : 2;
    sum += Math.floor(addend / 32) + (addend % 32);
  }
  return CROCKFORD_ALPHABET[(32 - (sum % 32)) % 32]!;
}

/** A new serial from 80 random bits: 16 symbols + check symbol. */
export function generateSerial(randomBytes: RandomBytes): string {
  const body = encodeBase32(randomBytes(SERIAL_RANDOM_BYTES));
  return body + serialCheckSymbol(body);
}

/**
 * A serial as typed by a person, in canonical form: upper case, hyphens and spaces dropped,
 * I/L read as 1 and O as 0 (Crockford decoding). `undefined` when it is not a well-formed serial
 * or its check symbol does not match (a typo).
 */
export function normalizeSerial(raw: string): string | undefined {
  const cleaned = raw.replace(/[\s-]/g, '').toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
  if (cleaned.length !== SERIAL_LENGTH) return undefined;
  const body = cleaned.slice(0, SERIAL_BODY_LENGTH);
  if (![...body].every((c) => CROCKFORD_ALPHABET.includes(c))) return undefined;
  return serialCheckSymbol(body) === cleaned[SERIAL_BODY_LENGTH] ? cleaned : undefined;
}

/** The serial in groups of four for printing under the QR code (`ABCD-EFGH-JKMN-PQRS-T`). */
export function formatSerialForPrint(serial: string): string {
  return serial.match(/.{1,4}/g)!.join('-');
}
