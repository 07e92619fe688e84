import { i18next } from '../i18n/i18n';
import en from './i18n/en.json';
import vi from './i18n/vi.json';

/** The `news` namespace: the standing office's news and stories. */
export const NEWS_NS = 'news';
i18next.addResourceBundle('vi', NEWS_NS, vi, true, true);
i18next.addResourceBundle('en', NEWS_NS, en, true, true);
