import type {
  GenerateReportInput,
  ListReportsOutput,
  ReportOutput,
  ReportSubmissionsOutput,
  UpdateReportInput,
} from '../../contracts/reports.contracts';
import type { ReportPeriod } from '../../domain/reports/report-workflow';
import { apiRequest } from '../api/http';

const id = (reportId: string) => `/reports/${encodeURIComponent(reportId)}`;

/** Client of the periodic report endpoints (same contracts as the server). */
export const reportsApi = {
  list: (query: { year?: number }, signal?: AbortSignal) =>
    apiRequest<ListReportsOutput>('/reports', { query: { ...query, limit: 200 }, signal }),
  get: (reportId: string, signal?: AbortSignal) => apiRequest<ReportOutput>(id(reportId), { signal }),
  generate: (input: GenerateReportInput) =>
    apiRequest<ReportOutput>('/reports', { method: 'POST', body: input }),
  update: (reportId: string, input: UpdateReportInput) =>
    apiRequest<ReportOutput>(id(reportId), { method: 'PATCH', body: input }),
  submit: (reportId: string, revision: number) =>
    apiRequest<ReportOutput>(`${id(reportId)}/submit`, { method: 'POST', body: { revision } }),
  reopen: (reportId: string, reason: string) =>
    apiRequest<ReportOutput>(`${id(reportId)}/reopen`, { method: 'POST', body: { reason } }),
  submissions: (query: { year: number; period: ReportPeriod }, signal?: AbortSignal) =>
    apiRequest<ReportSubmissionsOutput>('/reports/submissions', { query, signal }),
  /** Where the browser downloads the file (a plain link: the session cookie goes with it). */
  exportUrl: (reportId: string, format: 'xlsx' | 'pdf') => `/api/v1${id(reportId)}/export?format=${format}`,
};
