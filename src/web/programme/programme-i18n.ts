import { i18next } from '../i18n/i18n';
import en from './i18n/en.json';
import vi from './i18n/vi.json';

/** The `programme` namespace: product ideas, yearly plans, targets and progress. */
export const PROGRAMME_NS = 'programme';
i18next.addResourceBundle('vi', PROGRAMME_NS, vi, true, true);
i18next.addResourceBundle('en', PROGRAMME_NS, en, true, true);
