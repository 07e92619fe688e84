import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `evaluation` namespace (use `useTranslation(EVALUATION_NS)`). */
export const EVALUATION_NS = 'evaluation';
i18next.addResourceBundle('vi', EVALUATION_NS, vi, true, true);
i18next.addResourceBundle('en', EVALUATION_NS, en, true, true);
