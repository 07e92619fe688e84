import type { z } from 'zod';
import type {
  CloseMarketCaseInput,
  CreateMarketCaseInput,
  ListMarketCasesOutput,
  ListSuspectedFakeReportsOutput,
  MarketCaseOutput,
} from '../../contracts/market-cases.contracts';
import type { UnitPageOutput } from '../../contracts/units.contracts';
import { apiRequest } from '../api/http';
import { uploadForm } from '../registry/registry.api';

type Out<T extends z.ZodType> = z.infer<T>;
const id = (value: string) => encodeURIComponent(value);

/** Client of the market-surveillance case endpoints (same contracts as the server). */
export const marketCasesApi = {
  list: (query: { status?: string; q?: string; limit: number; offset: number }, signal?: AbortSignal) =>
    apiRequest<Out<typeof ListMarketCasesOutput>>('/market-cases', { query, signal }),
  one: (caseId: string, signal?: AbortSignal) =>
    apiRequest<MarketCaseOutput>(`/market-cases/${id(caseId)}`, { signal }),
  create: (input: z.input<typeof CreateMarketCaseInput>) =>
    apiRequest<MarketCaseOutput>('/market-cases', { method: 'POST', body: input }),
  linkReports: (caseId: string, input: { version: number; reportIds: string[] }) =>
    apiRequest<MarketCaseOutput>(`/market-cases/${id(caseId)}/reports`, { method: 'POST', body: input }),
  investigate: (caseId: string, input: { version: number; note: string }) =>
    apiRequest<MarketCaseOutput>(`/market-cases/${id(caseId)}/investigate`, { method: 'POST', body: input }),
  close: (caseId: string, input: CloseMarketCaseInput) =>
    apiRequest<MarketCaseOutput>(`/market-cases/${id(caseId)}/close`, { method: 'POST', body: input }),
  uploadPhoto: (caseId: string, file: File, caption: string, csrfToken: string | null) => {
    const form = new FormData();
    form.append('caption', caption);
    form.append('file', file);
    return uploadForm<MarketCaseOutput>(`/market-cases/${id(caseId)}/photos`, form, csrfToken);
  },
  reports: (signal?: AbortSignal) =>
    apiRequest<Out<typeof ListSuspectedFakeReportsOutput>>('/market-case-reports', {
      query: { limit: 200 },
      signal,
    }),
  communes: (unitId: string, signal?: AbortSignal) =>
    apiRequest<UnitPageOutput>(`/units/${id(unitId)}/children`, { query: { limit: 500 }, signal }),
};
