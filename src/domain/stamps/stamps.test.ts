import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  coarseNetworkOf,
  coarseRegionOf,
  DEFAULT_CLONE_SETTINGS,
  evaluateCloneRisk,
  userAgentClassOf,
  type ScanFact,
} from './clone-detection';
import { copyFlagStateOf, reviewCopyFlag, showsPublicCopyWarning } from './copy-flag';
import { buildStampUri, encodeAiValue, isValidLot, parseStampPath } from './digital-link';
import { isGtin14, normalizeGtin14 } from './gtin14';
import { formatSerialForPrint, generateSerial, normalizeSerial, SERIAL_LENGTH } from './stamp-serial';
import { nextStampStatus, resolverOutcome } from './stamp-status';
import { LABEL_LAYOUT_IDS, labelCellsMm, labelPartsMm, labelsPerSheet } from './label-layouts';

const BASE = 'https://ocop.example.vn';

/** A deterministic byte source (mulberry32) so failures reproduce. */
function seededBytes(seed: number) {
  let state = seed >>> 0;
  return (size: number) => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i += 1) {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      out[i] = ((t ^ (t >>> 14)) >>> 0) & 255;
    }
    return out;
  };
}

describe('GTIN normalisation to 14 digits', () => {
  it.each([
    ['GTIN-8', '96385074', '00000096385074'],
    ['GTIN-12 (UPC-A)', '036000291452', '00036000291452'],
    ['GTIN-13 (EAN-13)', '4006381333931', '04006381333931'],
    ['GTIN-13 with spaces', '400 6381 333931', '04006381333931'],
    ['GTIN-14', '09506000134352', '09506000134352'],
  ])('%s %s → %s', (_label, raw, expected) => {
    expect(normalizeGtin14(raw)).toBe(expected);
    expect(isGtin14(expected)).toBe(true);
  });

  it.each([
    ['wrong check digit', '4006381333932'],
    ['11 digits', '12345678901'],
    ['letters', '40063813339AB'],
  ])('rejects %s', (_label, raw) => {
    expect(() => normalizeGtin14(raw)).toThrow(DomainError);
  });
});

describe('serials', () => {
  it('have 80 random bits in 16 symbols plus a check symbol, and are distinct', () => {
    const next = seededBytes(1);
    const serials = Array.from({ length: 5000 }, () => generateSerial(next));
    expect(new Set(serials).size).toBe(5000);
    for (const serial of serials) {
      expect(serial).toMatch(/^[0-9A-HJKMNP-TV-Z]{17}$/);
      expect(normalizeSerial(serial)).toBe(serial);
    }
  });

  it('accepts what a person types (lower case, hyphens, O for 0, I/L for 1)', () => {
    const serial = generateSerial(seededBytes(7));
    const typed = formatSerialForPrint(serial).toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normalizeSerial(typed)).toBe(serial);
  });

  it('catches every single mistyped symbol', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: 0, max: SERIAL_LENGTH - 1 }),
        fc.integer({ min: 1, max: 31 }),
        (seed, position, shift) => {
          const serial = generateSerial(seededBytes(seed));
          const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
          const replaced = alphabet[(alphabet.indexOf(serial[position]!) + shift) % 32]!;
          const typo = serial.slice(0, position) + replaced + serial.slice(position + 1);
          expect(normalizeSerial(typo)).toBeUndefined();
        },
      ),
    );
  });

  it('rejects wrong lengths and foreign characters', () => {
    expect(normalizeSerial('ABC')).toBeUndefined();
    expect(normalizeSerial('ABCDEFGHJKMNPQRSUX')).toBeUndefined();
    expect(normalizeSerial('ABCDEFGHJKMNPQR#S')).toBeUndefined();
  });
});

describe('GS1 Digital Link URIs', () => {
  it.each([
    [
      'plain lot',
      { gtin14: '09506000134352', lot: 'ABC123', serial: '12345' },
      `${BASE}/01/09506000134352/10/ABC123/21/12345`,
    ],
    [
      'lot with slash and space-free punctuation',
      { gtin14: '09506000134352', lot: 'L/2026-01', serial: 'X1' },
      `${BASE}/01/09506000134352/10/L%2F2026-01/21/X1`,
    ],
    [
      'lot with reserved characters',
      { gtin14: '04006381333931', lot: "A&B(1)*!'", serial: 'S' },
      `${BASE}/01/04006381333931/10/A%26B%281%29%2A%21%27/21/S`,
    ],
    [
      'lot with percent and quotes',
      { gtin14: '04006381333931', lot: '50%"x"', serial: 'S' },
      `${BASE}/01/04006381333931/10/50%25%22x%22/21/S`,
    ],
  ])('%s', (_label, key, uri) => {
    expect(buildStampUri(BASE, { kind: 'gtin', ...key })).toBe(uri);
    expect(parseStampPath(uri)).toEqual({ kind: 'gtin', ...key });
  });

  it('uses the short form without a GTIN', () => {
    expect(buildStampUri(BASE, { kind: 'short', serial: 'ABCD' })).toBe(`${BASE}/s/ABCD`);
    expect(parseStampPath('/s/ABCD')).toEqual({ kind: 'short', serial: 'ABCD' });
  });

  it('normalises a GTIN-13 in a URI to 14 digits', () => {
    expect(parseStampPath('/01/4006381333931/10/L1/21/S1')).toEqual({
      kind: 'gtin',
      gtin14: '04006381333931',
      lot: 'L1',
      serial: 'S1',
    });
  });

  it.each([
    ['AI order 21 before 10', '/01/09506000134352/21/S/10/L'],
    ['bad check digit', '/01/09506000134353/10/L/21/S'],
    ['missing serial', '/01/09506000134352/10/L'],
    ['lot longer than 20', `/01/09506000134352/10/${'A'.repeat(21)}/21/S`],
    ['lot outside set 82', '/01/09506000134352/10/%7E/21/S'],
    ['bad percent-encoding', '/01/09506000134352/10/%E0%A4%A/21/S'],
    ['unknown primary key', '/414/09506000134352/10/L/21/S'],
  ])('rejects %s', (_label, path) => {
    expect(parseStampPath(path)).toBeUndefined();
  });

  it('refuses to build with a lot outside GS1 set 82', () => {
    expect(() =>
      buildStampUri(BASE, { kind: 'gtin', gtin14: '09506000134352', lot: 'Lô 1', serial: 'S' }),
    ).toThrow(DomainError);
    expect(isValidLot('LOT-2026/03')).toBe(true);
    expect(encodeAiValue('a/b')).toBe('a%2Fb');
  });

  const set82 = fc.constantFrom(
    ...'!"%&\'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz'.split(''),
  );
  const aiValue = fc.array(set82, { minLength: 1, maxLength: 20 }).map((chars) => chars.join(''));
  const gtin14 = fc.stringMatching(/^\d{13}$/).map((body) => {
    let sum = 0;
    for (let i = 0; i < 13; i += 1) sum += Number(body[12 - i]) * (i % 2 === 0 ? 3 : 1);
    return body + String((10 - (sum % 10)) % 10);
  });

  it('round-trips: build → parse gives the same GTIN, lot and serial', () => {
    fc.assert(
      fc.property(gtin14, aiValue, aiValue, (gtin, lot, serial) => {
        const uri = buildStampUri(BASE, { kind: 'gtin', gtin14: gtin, lot, serial });
        expect(uri).toMatch(
          /^https:\/\/ocop\.example\.vn\/01\/\d{14}\/10\/[A-Za-z0-9\-._%]+\/21\/[A-Za-z0-9\-._%]+$/,
        );
        expect(parseStampPath(uri)).toEqual({ kind: 'gtin', gtin14: gtin, lot, serial });
      }),
    );
  });

  it('round-trips short URIs of generated serials', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const serial = generateSerial(seededBytes(seed));
        expect(parseStampPath(buildStampUri(BASE, { kind: 'short', serial }))).toEqual({
          kind: 'short',
          serial,
        });
      }),
    );
  });
});

describe('clone detection', () => {
  const now = new Date('2026-05-10T12:00:00Z');
  /** `count` scans from `networks` networks (round robin) spread over `regions` regions, one every `minutesApart`. */
  const scans = (
    count: number,
    networks: number,
    o: { hoursAgo?: number; minutesApart?: number; regions?: number } = {},
  ): ScanFact[] =>
    Array.from({ length: count }, (_, i) => ({
      at: new Date(
        now.getTime() - (o.hoursAgo ?? 1) * 3_600_000 - i * (o.minutesApart ?? 0) * 60_000,
      ).toISOString(),
      network: `n${i % networks}`,
      region: `r${(i % networks) % (o.regions ?? networks)}`,
    }));

  it.each([
    ['a few scans at home', scans(3, 1), false, [], false],
    ['35 reloads from one network within the hour count once', scans(35, 1), false, [], false],
    [
      '1,000 reloads from one network within the hour count once',
      scans(1_000, 1, { minutesApart: 0.05 }),
      false,
      [],
      false,
    ],
    ['exactly the network limit', scans(5, 5), false, [], false],
    ['one network too many', scans(6, 6), true, ['too-many-networks'], false],
    [
      'exactly the counted-scan limit: one network, every hour for 30 hours',
      scans(30, 1, { minutesApart: 60 }),
      false,
      [],
      false,
    ],
    [
      'one counted scan too many: flagged for the office, no public warning',
      scans(31, 1, { minutesApart: 60 }),
      true,
      ['too-many-scans'],
      false,
    ],
    [
      'ten networks in one region: flagged, no public warning',
      scans(10, 10, { regions: 1 }),
      true,
      ['too-many-networks'],
      false,
    ],
    [
      'ten networks over three regions: strong signal',
      scans(10, 10, { regions: 3 }),
      true,
      ['too-many-networks'],
      true,
    ],
    ['many networks, but long ago', scans(40, 10, { hoursAgo: 100 }), false, [], false],
  ])('%s', (_label, facts, flagged, reasons, isStrong) => {
    const verdict = evaluateCloneRisk(facts, DEFAULT_CLONE_SETTINGS, now);
    expect(verdict.isPossibleCopy).toBe(flagged);
    expect(verdict.reasons).toEqual(reasons);
    expect(verdict.isStrongSignal).toBe(isStrong);
  });

  it('volume from one network is never a strong signal, however large (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5_000 }),
        fc.integer({ min: 0, max: 600 }),
        (count, secondsApart) => {
          const facts = Array.from({ length: count }, (_, i) => ({
            at: new Date(now.getTime() - i * secondsApart * 1000).toISOString(),
            network: 'one',
            region: 'one',
          }));
          expect(evaluateCloneRisk(facts, DEFAULT_CLONE_SETTINGS, now).isStrongSignal).toBe(false);
        },
      ),
    );
  });

  it('follows the settings', () => {
    const settings = {
      ...DEFAULT_CLONE_SETTINGS,
      windowHours: 1,
      maxDistinctNetworks: 2,
      maxScansInWindow: 100,
    };
    expect(evaluateCloneRisk(scans(3, 3, { hoursAgo: 2 }), settings, now).isPossibleCopy).toBe(false);
    expect(evaluateCloneRisk(scans(3, 3, { hoursAgo: 0.5 }), settings, now).isPossibleCopy).toBe(true);
    const everyTenMinutes = scans(6, 1, { hoursAgo: 0, minutesApart: 10 });
    expect(
      evaluateCloneRisk(everyTenMinutes, { ...settings, maxScansInWindow: 2, recountAfterMinutes: 60 }, now)
        .countedScans,
    ).toBeLessThanOrEqual(2);
    expect(
      evaluateCloneRisk(everyTenMinutes, { ...settings, maxScansInWindow: 2, recountAfterMinutes: 10 }, now)
        .countedScans,
    ).toBe(6);
  });

  it.each([
    ['203.0.113.77', '203.0.0.0/16'],
    ['::ffff:198.51.100.9', '198.51.0.0/16'],
    ['2001:db8:abcd:12::1', '2001:db8::/32'],
  ])('region of %s is %s', (ip, region) => {
    expect(coarseRegionOf(ip)).toBe(region);
  });

  it.each([
    ['203.0.113.77', '203.0.113.0/24'],
    ['::ffff:198.51.100.9', '198.51.100.0/24'],
    ['2001:db8:abcd:12::1', '2001:db8:abcd::/48'],
    ['2001:db8::1', '2001:db8:0::/48'],
  ])('coarse network of %s is %s', (ip, network) => {
    expect(coarseNetworkOf(ip)).toBe(network);
  });

  it.each([
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)', 'ios'],
    ['Mozilla/5.0 (Linux; Android 14; SM-A546E)', 'android'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64)', 'desktop'],
    ['curl/8.5.0', 'bot'],
    [undefined, 'other'],
  ])('user agent %s → %s', (ua, expected) => {
    expect(userAgentClassOf(ua)).toBe(expected);
  });
});

describe('stamp status and resolver outcome', () => {
  it('follows the workflow table', () => {
    expect(nextStampStatus('active', 'deactivate')).toBe('deactivated');
    expect(nextStampStatus('active', 'report')).toBe('reported');
    expect(nextStampStatus('reported', 'clear')).toBe('active');
    expect(() => nextStampStatus('deactivated', 'clear')).toThrow(DomainError);
    expect(() => nextStampStatus('active', 'clear')).toThrow(DomainError);
  });

  it.each([
    [{ stampStatus: 'active', certificateStatus: 'valid' }, 200, 'ok'],
    [{ stampStatus: 'reported', certificateStatus: 'valid' }, 200, 'ok'],
    [{ stampStatus: 'active', certificateStatus: 'expired' }, 200, 'ok'],
    [{ stampStatus: undefined, certificateStatus: 'valid' }, 200, 'unregistered'],
    [{ stampStatus: 'deactivated', certificateStatus: 'valid' }, 410, 'gone'],
    [{ stampStatus: 'active', certificateStatus: 'revoked' }, 410, 'gone'],
  ] as const)('%o → %i %s', (facts, status, kind) => {
    const outcome = resolverOutcome(facts);
    expect(outcome.httpStatus).toBe(status);
    expect(outcome.kind).toBe(kind);
  });
});

describe('label sheet geometry', () => {
  it.each(LABEL_LAYOUT_IDS)(
    '%s: cells fill the sheet inside A4 without overlapping; the text column stays right of the QR box',
    (id) => {
      const cells = labelCellsMm(id);
      expect(cells).toHaveLength(labelsPerSheet(id));
      for (const [i, cell] of cells.entries()) {
        expect(cell.x).toBeGreaterThanOrEqual(0);
        expect(cell.y).toBeGreaterThanOrEqual(0);
        expect(cell.x + cell.width).toBeLessThanOrEqual(210 + 1e-9);
        expect(cell.y + cell.height).toBeLessThanOrEqual(297 + 1e-9);
        for (const other of cells.slice(i + 1)) {
          const overlaps =
            cell.x < other.x + other.width - 1e-9 &&
            other.x < cell.x + cell.width - 1e-9 &&
            cell.y < other.y + other.height - 1e-9 &&
            other.y < cell.y + cell.height - 1e-9;
          expect(overlaps).toBe(false);
        }
        const { qrBox, text } = labelPartsMm(cell);
        expect(qrBox.x + qrBox.width).toBeLessThan(text.x);
        expect(qrBox.y + qrBox.height).toBeLessThanOrEqual(cell.y + cell.height);
        expect(text.width).toBeGreaterThan(15);
      }
    },
  );
});

describe('review of a possible-copy flag', () => {
  const facts = (
    isPossibleCopy: boolean,
    copyReview: 'confirmed' | 'dismissed' | null,
    hasStrongCopySignal: boolean,
  ) => ({ isPossibleCopy, copyReview, hasStrongCopySignal });
  it.each([
    ['never flagged', facts(false, null, false), 'none', false],
    ['flagged for volume or a few networks', facts(true, null, false), 'open', false],
    ['flagged with a strong signal', facts(true, null, true), 'open', true],
    ['confirmed without a strong signal', facts(true, 'confirmed', false), 'confirmed', true],
    ['dismissed', facts(false, 'dismissed', false), 'dismissed', false],
  ] as const)('%s', (_label, stamp, state, warns) => {
    expect(copyFlagStateOf(stamp)).toBe(state);
    expect(showsPublicCopyWarning(stamp)).toBe(warns);
  });

  it('open flags are confirmed or dismissed; a confirmation can be withdrawn; nothing else', () => {
    expect(reviewCopyFlag('open', 'confirm')).toBe('confirmed');
    expect(reviewCopyFlag('open', 'dismiss')).toBe('dismissed');
    expect(reviewCopyFlag('confirmed', 'dismiss')).toBe('dismissed');
    for (const [state, decision] of [
      ['none', 'confirm'],
      ['none', 'dismiss'],
      ['confirmed', 'confirm'],
      ['dismissed', 'confirm'],
      ['dismissed', 'dismiss'],
    ] as const) {
      expect(() => reviewCopyFlag(state, decision)).toThrow(DomainError);
    }
  });
});
