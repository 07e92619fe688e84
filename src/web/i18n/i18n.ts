import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { z } from 'zod';
// Only the two locales the app speaks: `z.locales` would bring every language zod knows into the first load.
import { en as zodEnglish, vi as zodVietnamese } from 'zod/locales';
import vi from './vi.json';
import en from './en.json';
import { formIssueMessage } from '../forms/zod-messages';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'ocop.language';

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'vi';
  } catch {
    return 'vi';
  }
}

/** The language of the page; `<html lang>` follows it. */
export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'vi';
}

/** Switches the language and remembers the choice in this browser. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18next.changeLanguage(language);
}

function applyLanguage(language: string): void {
  document.documentElement.lang = language;
  // Form validation messages from the shared zod schemas follow the page language.
  z.config(language === 'en' ? zodEnglish() : zodVietnamese());
  z.config({ customError: (issue) => formIssueMessage(issue, i18next.t.bind(i18next)) });
}

i18next.on('languageChanged', applyLanguage);

void i18next.use(initReactI18next).init({
  resources: { vi: { translation: vi }, en: { translation: en } },
  lng: readStoredLanguage(),
  fallbackLng: 'vi',
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
applyLanguage(currentLanguage());

export { i18next };
