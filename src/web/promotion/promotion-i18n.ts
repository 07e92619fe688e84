import { i18next } from '../i18n/i18n';
import en from './i18n/en.json';
import vi from './i18n/vi.json';

/** The `promotion` namespace: training, consultants, trade events, points of sale. */
export const PROMOTION_NS = 'promotion';
i18next.addResourceBundle('vi', PROMOTION_NS, vi, true, true);
i18next.addResourceBundle('en', PROMOTION_NS, en, true, true);
