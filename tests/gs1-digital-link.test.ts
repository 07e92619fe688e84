/**
 * Stamp URIs with a GTIN pass GS1 Digital Link syntax validation by an independent validator:
 * `digital-link.js` (GS1 / EVRYTHNG / Digimarc, Apache-2.0), which checks a URI against the GS1
 * Digital Link URI grammar (the ABNF of the standard, version 1.4 in the package's
 * `grammar/GS1_Digital_Link_Grammar_1_4.abnf`) with an ABNF parser — none of our own parsing code
 * is involved. Negative controls show the validator does reject what the standard forbids.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildStampUri, parseStampPath } from '../src/domain/stamps/digital-link';
import { generateSerial } from '../src/domain/stamps/stamp-serial';
import { toGtin14 } from '../src/domain/registry/gtin';
import { stampUriOf } from '../src/server/modules/stamps/stamp-uri';

interface DigitalLinkObject {
  isValid(): boolean;
  getIdentifier(): Record<string, string>;
  getKeyQualifiers(): Record<string, string>;
}
const require = createRequire(import.meta.url);
const { DigitalLink } = require('digital-link.js') as { DigitalLink: (uri: string) => DigitalLinkObject };

/** The validator's verdict; it throws on URIs it cannot even split into identifier and qualifiers. */
function isValidDigitalLink(uri: string): boolean {
  try {
    return DigitalLink(uri).isValid();
  } catch {
    return false;
  }
}

const BASE_URLS = ['https://ocop.gov.vn', 'https://tem.ocop.quangninh.gov.vn', 'http://localhost:3000'];
/** GTIN-8, -12, -13 and -14 with valid check digits, padded to 14 as the stamps carry them. */
const GTINS = ['96385074', '036000291452', '8938505970011', '18938505970018'].map(toGtin14);
/**
 * Lots over the whole GS1 AI encodable character set 82 except the double quote (see below):
 * letters, digits and every punctuation mark, percent-encoded where the URI needs it.
 */
const LOTS = ['L1', 'L2026/05-A', 'BT-2026-01', 'a.b_c', "x!%&'()*+,-./:;<=>?_", 'Z'.repeat(20), '20260510'];

function serials(count: number): string[] {
  return Array.from({ length: count }, () => generateSerial(randomBytes));
}

describe('GS1 Digital Link syntax, checked by digital-link.js', () => {
  it('every stamp URI with a GTIN is valid, for each GTIN length, lot character and generated serial', () => {
    const invalid: string[] = [];
    let checked = 0;
    for (const baseUrl of BASE_URLS)
      for (const gtin14 of GTINS)
        for (const lot of LOTS)
          for (const serial of serials(2)) {
            const uri = buildStampUri(baseUrl, { kind: 'gtin', gtin14, lot, serial });
            checked += 1;
            if (!isValidDigitalLink(uri)) invalid.push(uri);
          }
    expect(invalid).toEqual([]);
    expect(checked).toBe(BASE_URLS.length * GTINS.length * LOTS.length * 2);
  });

  it('the validator reads back the same GTIN, lot and serial that we encoded', () => {
    const [serial] = serials(1);
    const uri = stampUriOf('https://ocop.gov.vn', { gtin14: GTINS[2]!, lot: 'L2026/05-A' }, serial!);
    const link = DigitalLink(uri);
    expect(link.getIdentifier()).toEqual({ '01': '08938505970011' });
    // digital-link.js hands back the values as they stand in the URI (still percent-encoded).
    const qualifiers = Object.fromEntries(
      Object.entries(link.getKeyQualifiers()).map(([ai, value]) => [ai, decodeURIComponent(value)]),
    );
    expect(qualifiers).toEqual({ '10': 'L2026/05-A', '21': serial });
    expect(parseStampPath(uri)).toEqual({
      kind: 'gtin',
      gtin14: '08938505970011',
      lot: 'L2026/05-A',
      serial,
    });
  });

  it('rejects what the standard forbids (negative controls): qualifiers out of order, a bad check digit, a raw slash in a value', () => {
    expect(isValidDigitalLink('https://ocop.gov.vn/01/08938505970011/21/ABC/10/L1')).toBe(false);
    expect(isValidDigitalLink('https://ocop.gov.vn/01/08938505970012/10/L1/21/ABC')).toBe(false);
    expect(isValidDigitalLink('https://ocop.gov.vn/01/08938505970011/10/L2026/05/21/ABC')).toBe(false);
  });

  it('percent-encodes a double quote in a lot (%22), as RFC 3986 requires of a URI', () => {
    // digital-link.js 1.4.3's grammar lists the double quote as a raw character (`DoubleQuote = '"'`)
    // and so rejects %22, but a raw `"` is not allowed in a URI (RFC 3986 §2) and would be
    // re-encoded by every browser and QR reader. We keep the URI valid and round-trip it.
    const uri = buildStampUri('https://ocop.gov.vn', {
      kind: 'gtin',
      gtin14: GTINS[2]!,
      lot: 'A"B',
      serial: 'X1',
    });
    expect(uri).toBe('https://ocop.gov.vn/01/08938505970011/10/A%22B/21/X1');
    expect(parseStampPath(uri)).toMatchObject({ lot: 'A"B' });
  });

  it('a product without a GTIN gets the short form, which does not claim to be a GS1 Digital Link', () => {
    const uri = stampUriOf('https://ocop.gov.vn', { gtin14: null, lot: 'L1' }, 'X1');
    expect(uri).toBe('https://ocop.gov.vn/s/X1');
    expect(isValidDigitalLink(uri)).toBe(false);
  });
});
