import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `rubrics` namespace (use `useTranslation('rubrics')`). */
export const RUBRICS_NS = 'rubrics';
i18next.addResourceBundle('vi', RUBRICS_NS, vi, true, true);
i18next.addResourceBundle('en', RUBRICS_NS, en, true, true);
