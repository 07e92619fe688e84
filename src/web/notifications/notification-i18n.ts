import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `notifications` namespace, added beside the shared translations. */
export const NOTIFICATIONS_NS = 'notifications';
i18next.addResourceBundle('vi', NOTIFICATIONS_NS, vi, true, true);
i18next.addResourceBundle('en', NOTIFICATIONS_NS, en, true, true);
