import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `stamps` namespace, added beside the shared translations (use `useTranslation('stamps')`). */
export const STAMPS_NS = 'stamps';
i18next.addResourceBundle('vi', STAMPS_NS, vi, true, true);
i18next.addResourceBundle('en', STAMPS_NS, en, true, true);
