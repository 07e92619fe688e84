/**
 * GS1 Digital Link URIs of stamps (GS1 Digital Link standard 1.x, URI syntax):
 * `https://<host>/01/<GTIN-14>/10/<lot>/21/<serial>` — the primary key (AI 01, GTIN) followed by
 * its qualifiers in the standard's order (AI 10 batch/lot, then AI 21 serial). Values of AI 10 and
 * 21 use the GS1 AI encodable character set 82 (at most 20 characters); every character outside
 * the URI "unreserved" set is percent-encoded. A product without a GTIN gets the short, non-GS1
 * form `https://<host>/s/<serial>`.
 */
import { DomainError } from '../errors';
import { checkGtin } from '../registry/gtin';

/** GS1 AI encodable character set 82 (GS1 General Specifications §7.11, figure 7.11-1). */
const CSET_82 = /^[!"%&'()*+,\-./0-9:;<=>?A-Z_a-z]+$/;
export const LOT_MAX_LENGTH = 20;
export const SERIAL_MAX_LENGTH = 20;

export type StampKey =
  { kind: 'gtin'; gtin14: string; lot: string; serial: string } | { kind: 'short'; serial: string };

/** True for a lot number GS1 accepts in AI 10: 1–20 characters of set 82. */
export function isValidLot(lot: string): boolean {
  return lot.length >= 1 && lot.length <= LOT_MAX_LENGTH && CSET_82.test(lot);
}

/** Percent-encodes an AI value: everything but RFC 3986 unreserved characters. */
export function encodeAiValue(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function assertAiValue(field: 'lot' | 'serial', value: string): void {
  const max = field === 'lot' ? LOT_MAX_LENGTH : SERIAL_MAX_LENGTH;
  if (value.length >= 1 && value.length <= max && CSET_82.test(value)) return;
  const vi = `${field === 'lot' ? 'Số lô' : 'Số sê-ri'} phải có 1–${max} ký tự chữ, số hoặc dấu GS1 cho phép`;
  const en = `The ${field} must be 1–${max} letters, digits or GS1-allowed punctuation`;
  throw new DomainError('VALIDATION_FAILED', vi, en, [{ field, messageVi: vi, messageEn: en }]);
}

/**
 * The stamp's URI: GS1 Digital Link when the product has a GTIN-14, the short form otherwise.
 * `baseUrl` is the resolver's origin without a trailing slash. Throws `VALIDATION_FAILED` for a
 * lot or serial outside GS1's character set or length.
 */
export function buildStampUri(baseUrl: string, key: StampKey): string {
  assertAiValue('serial', key.serial);
  if (key.kind === 'short') return `${baseUrl}/s/${encodeAiValue(key.serial)}`;
  assertAiValue('lot', key.lot);
  if (!/^\d{14}$/.test(key.gtin14) || !checkGtin(key.gtin14).isValid)
    throw new DomainError('VALIDATION_FAILED', 'GTIN-14 không hợp lệ', 'Invalid GTIN-14', [
      { field: 'gtin', messageVi: 'GTIN-14 không hợp lệ', messageEn: 'Invalid GTIN-14' },
    ]);
  return `${baseUrl}/01/${key.gtin14}/10/${encodeAiValue(key.lot)}/21/${encodeAiValue(key.serial)}`;
}

function decode(value: string): string | undefined {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
}

/**
 * Parses the path of a stamp URI (`/01/…/10/…/21/…` or `/s/…`; a full URI is accepted too). A
 * GTIN of 8, 12 or 13 digits is normalised to 14. `undefined` for anything else: wrong AI order,
 * a bad check digit, an AI value outside set 82.
 */
export function parseStampPath(pathOrUri: string): StampKey | undefined {
  const path = pathOrUri.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0]!;
  const parts = path.split('/').slice(1);
  if (parts.length === 2 && parts[0] === 's') {
    const serial = decode(parts[1]!);
    return serial && serial.length <= SERIAL_MAX_LENGTH && CSET_82.test(serial)
      ? { kind: 'short', serial }
      : undefined;
  }
  if (parts.length !== 6 || parts[0] !== '01' || parts[2] !== '10' || parts[4] !== '21') return undefined;
  const gtin = checkGtin(parts[1]!);
  if (!gtin.isValid || !/^\d+$/.test(parts[1]!)) return undefined;
  const lot = decode(parts[3]!);
  const serial = decode(parts[5]!);
  if (!lot || !serial || !isValidLot(lot) || serial.length > SERIAL_MAX_LENGTH || !CSET_82.test(serial))
    return undefined;
  return { kind: 'gtin', gtin14: gtin.normalized.padStart(14, '0'), lot, serial };
}
