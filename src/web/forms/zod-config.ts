import { z } from 'zod';
// Only the two locales the app speaks: `z.locales` would bring every language zod knows.
import { en as zodEnglish, vi as zodVietnamese } from 'zod/locales';
import { currentLanguage, i18next } from '../i18n/i18n';
import { formIssueMessage } from './zod-messages';

/** Form validation messages from the shared zod schemas follow the page language. */
function applyZodLanguage(language: string): void {
  z.config(language === 'en' ? zodEnglish() : zodVietnamese());
  z.config({ customError: (issue) => formIssueMessage(issue, i18next.t.bind(i18next)) });
}

i18next.on('languageChanged', applyZodLanguage);
applyZodLanguage(currentLanguage());
