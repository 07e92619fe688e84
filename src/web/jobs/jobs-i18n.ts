import { i18next } from '../i18n/i18n';
import vi from './i18n/vi.json';
import en from './i18n/en.json';

/** The `jobs` namespace (the administrators' background jobs screen). */
export const JOBS_NS = 'jobs';
i18next.addResourceBundle('vi', JOBS_NS, vi, true, true);
i18next.addResourceBundle('en', JOBS_NS, en, true, true);
