import { describe, expect, it } from 'vitest';
import { BUILT_IN_RUBRIC_VERSIONS } from './catalogue/rubric-catalogue';
import { DEFAULT_COUNCIL_SETTINGS, withDefaultSettings } from './council-settings';
import {
  describeDistrictReading,
  findDistrictWordedCriteria,
  mentionsDistrict,
  type DistrictReading,
  type NamedUnit,
} from './district-wording';

const sheets = BUILT_IN_RUBRIC_VERSIONS.flatMap((v) => v.sheets);

/**
 * An independent "grep" of the data: every object of the sheet's JSON that is a criterion (has a
 * `code` and `options`) whose title, note or option text has "huyện" after a space, a slash,
 * a bracket or at the start — so "câu chuyện" does not count.
 */
function grepDistrictCodes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) grepDistrictCodes(item, out);
    return out;
  }
  if (node === null || typeof node !== 'object') return out;
  const record = node as Record<string, unknown>;
  if (typeof record.code === 'string' && Array.isArray(record.options)) {
    const texts = [
      record.titleVi,
      record.noteVi,
      ...(record.options as { textVi: string }[]).map((o) => o.textVi),
    ];
    if (texts.some((t) => typeof t === 'string' && /(^|[\s/(])huyện/iu.test(t))) out.push(record.code);
  }
  for (const value of Object.values(record)) grepDistrictCodes(value, out);
  return out;
}

describe('criteria that speak of the district', () => {
  it.each([
    ['chỉ sản xuất trên địa bàn của huyện', true],
    ['lao động là người trên địa bàn cấp huyện', true],
    ['Thị trường trong huyện', true],
    ['Thị trường ngoài huyện, có ≥ 5 đại diện', true],
    ['HỘI ĐỒNG CẤP HUYỆN', true],
    ['Huyện Gia Lâm', true],
    ['Câu chuyện về sản phẩm', false], // "chuyện" ends in "huyện" but is another word
    ['truyền thuyết huyền thoại', false], // "huyền": another tone
    ['Thị trường trong tỉnh', false],
  ])('%s → %s', (text, expected) => {
    expect(mentionsDistrict(text)).toBe(expected);
  });

  it('finds every district-worded criterion a grep of the data finds, in all 26 sets of 148', () => {
    for (const sheet of sheets) {
      const found = findDistrictWordedCriteria(sheet).map((c) => c.code);
      expect(new Set(found), `set ${sheet.setNumber}`).toEqual(new Set(grepDistrictCodes(sheet)));
      expect(found.length, `set ${sheet.setNumber}`).toBeGreaterThan(0);
    }
  });

  it('names the three wordings of the issue: local labour in every set, specialty and market where they exist', () => {
    const all = sheets.flatMap((s) => findDistrictWordedCriteria(s)).flatMap((c) => c.textsVi);
    // 26 sets × 2 options ("từ 50% đến 75%", "≥ 75%") of the local-labour criterion.
    expect(all.filter((t) => t.includes('lao động là người trên địa bàn cấp huyện'))).toHaveLength(52);
    expect(all.some((t) => t.includes('chỉ sản xuất trên địa bàn của huyện'))).toBe(true);
    expect(all.some((t) => t.startsWith('Thị trường trong huyện'))).toBe(true);
    expect(all.some((t) => t.startsWith('Thị trường ngoài huyện'))).toBe(true);
    expect(all.some((t) => t.includes('chuyện'))).toBe(false);
  });
});

describe('the reading of "cấp huyện"', () => {
  const giaLam: NamedUnit = { name: 'Gia Lâm', kind: 'Huyện' };
  const longBien: NamedUnit = { name: 'Long Biên', kind: 'Quận' };
  const batTrang: NamedUnit = { name: 'Bát Tràng', kind: 'Xã' };

  it.each<[string, DistrictReading, NamedUnit[], string]>([
    [
      'one former district',
      'former-district',
      [giaLam],
      'Cấp huyện được hiểu là: địa bàn huyện cũ Gia Lâm (trước 01/07/2025)',
    ],
    [
      'several former districts, all named',
      'former-district',
      [giaLam, longBien],
      'Cấp huyện được hiểu là: địa bàn huyện cũ Gia Lâm, quận cũ Long Biên (trước 01/07/2025)',
    ],
    [
      'no history',
      'former-district',
      [],
      'Cấp huyện được hiểu là: địa bàn huyện cũ (trước 01/07/2025) — lịch sử đơn vị hành chính chưa cho biết huyện nào',
    ],
    [
      'the commune, whatever the history',
      'commune',
      [giaLam],
      'Cấp huyện được hiểu là: địa bàn xã Bát Tràng',
    ],
  ])('%s', (_, reading, formerDistricts, expected) => {
    expect(describeDistrictReading({ reading, commune: batTrang, formerDistricts }).vi).toBe(expected);
  });

  it('a district of unknown kind reads "huyện"; a commune of unknown kind shows its name as stored', () => {
    const formerDistricts = [{ name: 'Gia Lâm', kind: null }];
    const commune = { name: 'Phường Hồng Hà', kind: null };
    expect(describeDistrictReading({ reading: 'former-district', commune, formerDistricts }).vi).toBe(
      'Cấp huyện được hiểu là: địa bàn huyện cũ Gia Lâm (trước 01/07/2025)',
    );
    expect(describeDistrictReading({ reading: 'commune', commune, formerDistricts }).vi).toBe(
      'Cấp huyện được hiểu là: địa bàn Phường Hồng Hà',
    );
  });

  it('reads the former district by default, also for settings pinned before the setting existed', () => {
    expect(DEFAULT_COUNCIL_SETTINGS.districtReading).toBe('former-district');
    expect(withDefaultSettings({ dispersionThresholdPoints: 10 }).districtReading).toBe('former-district');
    expect(withDefaultSettings({ districtReading: 'commune' }).districtReading).toBe('commune');
  });
});
