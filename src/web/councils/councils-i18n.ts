import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `councils` namespace (use `useTranslation(COUNCILS_NS)`): councils, rounds, holiday calendar. */
export const COUNCILS_NS = 'councils';
i18next.addResourceBundle('vi', COUNCILS_NS, vi, true, true);
i18next.addResourceBundle('en', COUNCILS_NS, en, true, true);
