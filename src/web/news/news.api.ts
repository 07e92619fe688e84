import type {
  CreateNewsArticleInput,
  ListNewsArticlesOutput,
  NewsArticleOutput,
  UpdateNewsArticleInput,
} from '../../contracts/news.contracts';
import { apiRequest } from '../api/http';

/** Client of the news endpoints (same contracts as the server). */
export const newsApi = {
  list: (offset: number, signal?: AbortSignal) =>
    apiRequest<ListNewsArticlesOutput>('/news', { query: { limit: 50, offset }, signal }),
  get: (id: string, signal?: AbortSignal) =>
    apiRequest<NewsArticleOutput>(`/news/${encodeURIComponent(id)}`, { signal }),
  create: (input: CreateNewsArticleInput) =>
    apiRequest<NewsArticleOutput>('/news', { method: 'POST', body: input }),
  update: (id: string, input: UpdateNewsArticleInput) =>
    apiRequest<NewsArticleOutput>(`/news/${encodeURIComponent(id)}`, { method: 'PUT', body: input }),
  transition: (id: string, action: 'review' | 'publish' | 'unpublish') =>
    apiRequest<NewsArticleOutput>(`/news/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
};
