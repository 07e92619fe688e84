import type {
  LabelJobOutput,
  LatestLabelJobOutput,
  ListStampableProductsOutput,
  ListStampLookupMissesOutput,
  OrderStampBatchInput,
  ReviewStampFlagInput,
  StampBatchOutput,
  StampOutput,
  StampReportOutput,
} from '../../contracts/stamps.contracts';
import { apiRequest } from '../api/http';

/** Client of the stamp endpoints (same contracts as the server). */
const batchPath = (id: string, rest = '') => `/stamp-batches/${encodeURIComponent(id)}${rest}`;

export const stampsApi = {
  batches: (signal?: AbortSignal) => apiRequest<{ items: StampBatchOutput[] }>('/stamp-batches', { signal }),
  batch: (id: string, signal?: AbortSignal) => apiRequest<StampBatchOutput>(batchPath(id), { signal }),
  stamps: (
    id: string,
    query: { offset: number; limit: number; flaggedOnly: boolean },
    signal?: AbortSignal,
  ) =>
    apiRequest<{ items: StampOutput[]; total: number }>(batchPath(id, '/stamps'), {
      query: {
        offset: query.offset,
        limit: query.limit,
        flaggedOnly: query.flaggedOnly ? 'true' : undefined,
      },
      signal,
    }),
  products: (signal?: AbortSignal) => apiRequest<ListStampableProductsOutput>('/stamp-products', { signal }),
  order: (input: OrderStampBatchInput) =>
    apiRequest<StampBatchOutput>('/stamp-batches', { method: 'POST', body: input }),
  deactivate: (serial: string, reason: string) =>
    apiRequest<StampOutput>(`/stamps/${encodeURIComponent(serial)}/deactivate`, {
      method: 'POST',
      body: { reason },
    }),
  latestLabelJob: (id: string, signal?: AbortSignal) =>
    apiRequest<LatestLabelJobOutput>(batchPath(id, '/label-job'), { signal }),
  startLabelJob: (id: string, uriForm: LabelJobOutput['uriForm'] = 'uncompressed') =>
    apiRequest<LabelJobOutput>(batchPath(id, '/label-jobs'), { method: 'POST', body: { uriForm } }),
  reports: (signal?: AbortSignal) => apiRequest<{ items: StampReportOutput[] }>('/stamp-reports', { signal }),
  reviewFlag: (serial: string, input: ReviewStampFlagInput) =>
    apiRequest<StampOutput>(`/stamps/${encodeURIComponent(serial)}/flag-review`, {
      method: 'POST',
      body: input,
    }),
  lookupMisses: (days: number, signal?: AbortSignal) =>
    apiRequest<ListStampLookupMissesOutput>('/stamp-lookup-misses', { query: { days }, signal }),
};
