import { i18next } from '../i18n/i18n';
import en from './i18n/en.json';
import vi from './i18n/vi.json';

/** The `candidates` namespace: 5★ candidates and their support plans. */
export const CANDIDATES_NS = 'candidates';
i18next.addResourceBundle('vi', CANDIDATES_NS, vi, true, true);
i18next.addResourceBundle('en', CANDIDATES_NS, en, true, true);
