import { describe, expect, it } from 'vitest';
import { DEMO_COMMUNES_2025, PROVINCES_2025 } from './built-in-units.facts';

describe('built-in units of 2025', () => {
  it('lists the 34 provinces: 28 Tỉnh and 6 Thành phố, each code once, 2 digits', () => {
    expect(PROVINCES_2025).toHaveLength(34);
    expect(PROVINCES_2025.filter((p) => p.kind === 'Tỉnh')).toHaveLength(28);
    expect(PROVINCES_2025.filter((p) => p.kind === 'Thành phố').map((p) => p.name)).toEqual([
      'Hà Nội',
      'Hải Phòng',
      'Huế',
      'Đà Nẵng',
      'Hồ Chí Minh',
      'Cần Thơ',
    ]);
    expect(new Set(PROVINCES_2025.map((p) => p.code)).size).toBe(34);
    for (const province of PROVINCES_2025) {
      expect(province.code).toMatch(/^\d{2}$/);
      expect(province.fullName).toBe(`${province.kind} ${province.name}`);
    }
  });

  it('has demo communes with 5-digit codes in 2–3 known provinces', () => {
    const provinceCodes = new Set(PROVINCES_2025.map((p) => p.code));
    expect(DEMO_COMMUNES_2025.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_COMMUNES_2025.length).toBeLessThanOrEqual(12);
    expect(new Set(DEMO_COMMUNES_2025.map((c) => c.provinceCode)).size).toBeLessThanOrEqual(3);
    for (const commune of DEMO_COMMUNES_2025) {
      expect(commune.code).toMatch(/^\d{5}$/);
      expect(provinceCodes.has(commune.provinceCode)).toBe(true);
      expect(commune.fullName).toBe(`${commune.kind} ${commune.name}`);
    }
  });
});
