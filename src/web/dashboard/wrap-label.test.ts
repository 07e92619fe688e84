import { describe, expect, it } from 'vitest';
import { wrapLabel } from './wrap-label';

describe('wrapLabel', () => {
  it.each([
    ['Thực phẩm', 20, 3, ['Thực phẩm']],
    ['Dược liệu và sản phẩm từ dược liệu', 20, 3, ['Dược liệu và sản', 'phẩm từ dược liệu']],
    [
      'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
      20,
      3,
      ['Dịch vụ du lịch cộng', 'đồng, du lịch sinh', 'thái và điểm du lịch'],
    ],
    [
      'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
      16,
      3,
      ['Dịch vụ du lịch', 'cộng đồng, du', 'lịch sinh thái…'],
    ],
    ['Handicrafts', 6, 2, ['Handicrafts']],
  ] as const)('%s at %d characters, %d lines → %j', (text, maxChars, maxLines, lines) => {
    expect(wrapLabel(text, maxChars, maxLines)).toEqual(lines);
  });

  it('never returns a line longer than the limit unless one word is, nor more lines than allowed', () => {
    const text = 'Community tourism, eco-tourism and tourist spots';
    for (let maxChars = 8; maxChars <= 30; maxChars++)
      for (let maxLines = 1; maxLines <= 4; maxLines++) {
        const lines = wrapLabel(text, maxChars, maxLines);
        expect(lines.length).toBeLessThanOrEqual(maxLines);
        for (const line of lines)
          expect(line.length).toBeLessThanOrEqual(Math.max(maxChars, 'eco-tourism'.length) + 1);
      }
  });
});
