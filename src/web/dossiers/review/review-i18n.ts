import { i18next } from '../../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `dossierReview` namespace: the reviewer's view of a dossier (Biểu 1, Biểu 2, evidence viewer). */
export const REVIEW_NS = 'dossierReview';
i18next.addResourceBundle('vi', REVIEW_NS, vi, true, true);
i18next.addResourceBundle('en', REVIEW_NS, en, true, true);
