import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `dossiers` namespace, added beside the shared translations (use `useTranslation('dossiers')`). */
export const DOSSIERS_NS = 'dossiers';
i18next.addResourceBundle('vi', DOSSIERS_NS, vi, true, true);
i18next.addResourceBundle('en', DOSSIERS_NS, en, true, true);
