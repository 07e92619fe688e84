import { describe, expect, it } from 'vitest';
import { RUBRIC_148 } from './catalogue/148/rubric-148';
import { decisionTexts } from './rubric-decision';
import type { RubricDecision } from './rubric.types';

const base: RubricDecision = {
  nodeCode: 'A.1.d',
  kind: 'typo',
  source: "option 2 score cell 'l'",
  chosen: 'option 2 worth 1 point',
  reason: 'A letter l typed for the digit 1.',
};
const VIETNAMESE_LETTER = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/i;

describe('decisionTexts', () => {
  it.each([
    {
      name: 'Vietnamese page, Vietnamese texts present',
      decision: {
        ...base,
        chosenVi: 'Phương án 2 được 1 điểm.',
        reasonVi: 'Chữ "l" bị gõ nhầm thay cho số 1.',
      },
      language: 'vi' as const,
      chosen: { text: 'Phương án 2 được 1 điểm.', language: 'vi' },
      reason: { text: 'Chữ "l" bị gõ nhầm thay cho số 1.', language: 'vi' },
    },
    {
      name: 'English page shows the English even when Vietnamese exists',
      decision: {
        ...base,
        chosenVi: 'Phương án 2 được 1 điểm.',
        reasonVi: 'Chữ "l" bị gõ nhầm thay cho số 1.',
      },
      language: 'en' as const,
      chosen: { text: 'option 2 worth 1 point', language: 'en' },
      reason: { text: 'A letter l typed for the digit 1.', language: 'en' },
    },
    {
      name: 'imported decision without Vietnamese falls back to English, marked as English',
      decision: base,
      language: 'vi' as const,
      chosen: { text: 'option 2 worth 1 point', language: 'en' },
      reason: { text: 'A letter l typed for the digit 1.', language: 'en' },
    },
    {
      name: 'each field falls back on its own; a blank text counts as missing',
      decision: { ...base, chosenVi: 'Phương án 2 được 1 điểm.', reasonVi: '  ' },
      language: 'vi' as const,
      chosen: { text: 'Phương án 2 được 1 điểm.', language: 'vi' },
      reason: { text: 'A letter l typed for the digit 1.', language: 'en' },
    },
  ])('$name', ({ decision, language, chosen, reason }) => {
    expect(decisionTexts(decision, language)).toEqual({ chosen, reason });
  });
});

describe('the 148 catalogue decisions in Vietnamese', () => {
  const decisions = RUBRIC_148.sheets.flatMap((sheet) =>
    sheet.decisions.map((decision) => [sheet.setNumber, decision.nodeCode, decision] as const),
  );

  it('records 89 decisions: 46 about the transcription and 43 knock-out notes added by analogy', () => {
    // 43 = sets 7–20 × 2 (raw material, copied product) + 11 impurity notes (sets 7–17) + sets 23–26 × 1
    // 46 includes the four wording fixes of sets 21–22 ("nhiêu nơi", "chứng nhận đang ký").
    expect(decisions).toHaveLength(89);
  });

  it.each(decisions)('set %i / %s has its own Vietnamese chosen text and reason', (_set, _node, decision) => {
    const { chosen, reason } = decisionTexts(decision, 'vi');
    expect(chosen.language).toBe('vi');
    expect(reason.language).toBe('vi');
    expect(chosen.text).toMatch(VIETNAMESE_LETTER);
    expect(reason.text).toMatch(VIETNAMESE_LETTER);
    expect(chosen.text).not.toBe(decision.chosen);
    expect(reason.text).not.toBe(decision.reason);
    // The English stays for English readers.
    expect(decisionTexts(decision, 'en').chosen.text).toBe(decision.chosen);
  });

  it('keeps the codes and figures of the English text in the Vietnamese one', () => {
    for (const [, , decision] of decisions) {
      const figures = (text: string) => (text.match(/[A-C]\.\d+(\.[a-zđ0-9-]+)*|\d+/g) ?? []).sort();
      const vietnamese = decisionTexts(decision, 'vi').chosen.text;
      expect(figures(vietnamese), `${decision.nodeCode}: ${decision.chosen}`).toEqual(
        figures(decision.chosen),
      );
    }
  });
});
