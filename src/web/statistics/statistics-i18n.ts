import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `statistics` namespace (use `useTranslation('statistics')`). */
export const STATISTICS_NS = 'statistics';
i18next.addResourceBundle('vi', STATISTICS_NS, vi, true, true);
i18next.addResourceBundle('en', STATISTICS_NS, en, true, true);
