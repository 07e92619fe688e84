/**
 * The texts of a transcription decision (quyết định xử lý bản chép) in the reader's language.
 * The built-in catalogue always carries Vietnamese; an imported file may not, and then the English
 * text is shown, marked as English so the page can set its `lang`.
 */
import type { RubricDecision } from './rubric.types';

export type DecisionLanguage = 'vi' | 'en';

/** A text and the language it is actually written in. */
export interface LocalizedText {
  text: string;
  language: DecisionLanguage;
}

/**
 * `chosen` and `reason` for `language`: Vietnamese when asked and present (each field on its own),
 * otherwise the English original. Never empty: English is required on every decision.
 */
export function decisionTexts(
  decision: Pick<RubricDecision, 'chosen' | 'reason' | 'chosenVi' | 'reasonVi'>,
  language: DecisionLanguage,
): { chosen: LocalizedText; reason: LocalizedText } {
  const pick = (vi: string | undefined, en: string): LocalizedText =>
    language === 'vi' && vi !== undefined && vi.trim() !== ''
      ? { text: vi, language: 'vi' }
      : { text: en, language: 'en' };
  return {
    chosen: pick(decision.chosenVi, decision.chosen),
    reason: pick(decision.reasonVi, decision.reason),
  };
}
