import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `registry` namespace (producers, products, evidence, registration, import): `useTranslation('registry')`. */
export const REGISTRY_NS = 'registry';
i18next.addResourceBundle('vi', REGISTRY_NS, vi, true, true);
i18next.addResourceBundle('en', REGISTRY_NS, en, true, true);
