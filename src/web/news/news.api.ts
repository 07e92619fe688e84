import type {
  CreateNewsArticleInput,
  ListNewsArticlesOutput,
  NewsArticleOutput,
  UpdateNewsArticleInput,
} from '../../contracts/news.contracts';
import type { z } from 'zod';
import type { ListProducersOutput } from '../../contracts/producers.contracts';
import type { ListProductsOutput } from '../../contracts/products.contracts';
import { apiRequest } from '../api/http';
import { uploadForm } from '../registry/registry.api';

const id = (value: string) => encodeURIComponent(value);

/** Client of the news endpoints (same contracts as the server). */
export const newsApi = {
  list: (offset: number, signal?: AbortSignal) =>
    apiRequest<ListNewsArticlesOutput>('/news', { query: { limit: 50, offset }, signal }),
  get: (articleId: string, signal?: AbortSignal) =>
    apiRequest<NewsArticleOutput>(`/news/${id(articleId)}`, { signal }),
  create: (input: CreateNewsArticleInput) =>
    apiRequest<NewsArticleOutput>('/news', { method: 'POST', body: input }),
  update: (articleId: string, input: UpdateNewsArticleInput) =>
    apiRequest<NewsArticleOutput>(`/news/${id(articleId)}`, { method: 'PUT', body: input }),
  transition: (articleId: string, action: 'review' | 'publish' | 'unpublish') =>
    apiRequest<NewsArticleOutput>(`/news/${id(articleId)}/${action}`, { method: 'POST' }),
  /** Adds a photo: multipart `file` + `caption`. */
  uploadPhoto: (articleId: string, file: File, caption: string, csrfToken: string | null) => {
    const form = new FormData();
    form.append('caption', caption);
    form.append('file', file);
    return uploadForm<NewsArticleOutput>(`/news/${id(articleId)}/photos`, form, csrfToken);
  },
  deletePhoto: (articleId: string, photoId: string) =>
    apiRequest<NewsArticleOutput>(`/news/${id(articleId)}/photos/${id(photoId)}`, { method: 'DELETE' }),
  /** Products by name, for the mention picker. */
  searchProducts: (q: string, signal?: AbortSignal) =>
    apiRequest<z.infer<typeof ListProductsOutput>>('/products', { query: { q, limit: 20 }, signal }),
  /** Producers by name or registration number, for the mention picker. */
  searchProducers: (q: string, signal?: AbortSignal) =>
    apiRequest<z.infer<typeof ListProducersOutput>>('/producers', { query: { q, limit: 20 }, signal }),
};
