import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `postInspection` namespace: inspections (hậu kiểm) and revocations (thu hồi). */
export const POST_INSPECTION_NS = 'postInspection';
i18next.addResourceBundle('vi', POST_INSPECTION_NS, vi, true, true);
i18next.addResourceBundle('en', POST_INSPECTION_NS, en, true, true);
