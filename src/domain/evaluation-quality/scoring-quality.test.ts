import { describe, expect, it } from 'vitest';
import { scoringQuality, type SheetTotal } from './scoring-quality';

const sheet = (
  roundId: string,
  product: string,
  memberId: string,
  total: number,
  version = 1,
): SheetTotal => ({
  roundId,
  roundName: `Đợt ${roundId}`,
  meetingOn: `2026-0${roundId}-01`,
  roundProductId: `${roundId}-${product}`,
  memberId,
  version,
  totalHundredths: total * 100,
});

describe('scoringQuality', () => {
  it('computes deviation from the council mean, z-scores per round and the re-scored share (hand-computed)', () => {
    // Product 1-a: totals 70, 72, 80 → mean 74, sd √(16+4+36)/3 = √(56/3) ≈ 4.32.
    const result = scoringQuality([
      sheet('1', 'a', 'm1', 70),
      sheet('1', 'a', 'm2', 72),
      sheet('1', 'a', 'm3', 80),
    ]);
    const m3 = result.find((m) => m.memberId === 'm3')!;
    expect(m3.meanDeviation).toBe(6);
    expect(m3.meanZ).toBeCloseTo(6 / Math.sqrt(56 / 3), 2);
    expect(m3.rescoredShare).toBe(0);
    expect(result.find((m) => m.memberId === 'm1')!.meanDeviation).toBe(-4);
  });

  it('uses the latest version of a re-scored sheet and counts it as re-scored', () => {
    const result = scoringQuality([
      sheet('1', 'a', 'm1', 90, 1),
      sheet('1', 'a', 'm1', 74, 2),
      sheet('1', 'a', 'm2', 74),
      sheet('1', 'b', 'm1', 60),
      sheet('1', 'b', 'm2', 60),
    ]);
    const m1 = result.find((m) => m.memberId === 'm1')!;
    expect(m1.meanDeviation).toBe(0);
    expect(m1.rescoredShare).toBe(0.5);
    expect(m1.productsScored).toBe(2);
  });

  it('flags a member far from the council in most rounds, not one who strays once', () => {
    const sheets: SheetTotal[] = [];
    for (const round of ['1', '2', '3'])
      for (const product of ['a', 'b']) {
        sheets.push(sheet(round, product, 'steady1', 70), sheet(round, product, 'steady2', 71));
        sheets.push(sheet(round, product, 'high', 85));
        sheets.push(sheet(round, product, 'once', round === '1' ? 50 : 70));
      }
    const result = scoringQuality(sheets);
    expect(result.find((m) => m.memberId === 'high')!.isFlagged).toBe(true);
    expect(result.find((m) => m.memberId === 'once')!.isFlagged).toBe(false);
    expect(result.find((m) => m.memberId === 'steady1')!.isFlagged).toBe(false);
    expect(result.find((m) => m.memberId === 'high')!.rounds).toHaveLength(3);
  });

  it('ignores products with a single sheet and answers nothing for no sheets', () => {
    expect(scoringQuality([])).toEqual([]);
    expect(scoringQuality([sheet('1', 'a', 'm1', 70)])).toEqual([]);
  });
});
