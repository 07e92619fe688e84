import type { z } from 'zod';
import type {
  CompareRubricsOutput,
  ListRubricVersionsOutput,
  RubricSheetOutput,
  RubricVersionDetailOutput,
} from '../../contracts/rubrics.contracts';
import { apiRequest } from '../api/http';

/** The rubric administration operations of `/api/v1/rubrics`. */
export const rubricsApi = {
  list: (signal?: AbortSignal) =>
    apiRequest<z.infer<typeof ListRubricVersionsOutput>>('/rubrics', { signal }),
  get: (key: string, signal?: AbortSignal) =>
    apiRequest<RubricVersionDetailOutput>(`/rubrics/${encodeURIComponent(key)}`, { signal }),
  sheet: (key: string, set: number, signal?: AbortSignal) =>
    apiRequest<RubricSheetOutput>(`/rubrics/${encodeURIComponent(key)}/sets/${set}`, { signal }),
  compare: (from: string, to: string, set: number, signal?: AbortSignal) =>
    apiRequest<z.infer<typeof CompareRubricsOutput>>('/rubrics/compare', {
      query: { from, to, set },
      signal,
    }),
  importDraft: (json: unknown) =>
    apiRequest<RubricVersionDetailOutput>('/rubrics', { method: 'POST', body: json }),
  publish: (key: string) =>
    apiRequest<RubricVersionDetailOutput>(`/rubrics/${encodeURIComponent(key)}/publish`, { method: 'POST' }),
  deleteDraft: (key: string) =>
    apiRequest<{ ok: true }>(`/rubrics/${encodeURIComponent(key)}`, { method: 'DELETE' }),
  blankPdfUrl: (key: string, set: number) =>
    `/api/v1/rubrics/${encodeURIComponent(key)}/sets/${set}/blank.pdf`,
};
