import type {
  CreateInspectionInput,
  InspectionChecklistOutput,
  InspectionOutput,
  ListInspectionsOutput,
  SubmitInspectionInput,
} from '../../contracts/inspections.contracts';
import type {
  DraftRevocationDecisionInput,
  ListRevocationDecisionsOutput,
  ListRevocationProposalsOutput,
  RevocationDecisionOutput,
  RevocationGroundsOutput,
} from '../../contracts/revocations.contracts';
import type { z } from 'zod';
import { apiRequest } from '../api/http';
import { uploadForm } from '../registry/registry.api';

type Out<T extends z.ZodType> = z.infer<T>;

/** Client of the inspection and revocation endpoints (same contracts as the server). */
export const postInspectionApi = {
  checklist: (signal?: AbortSignal) =>
    apiRequest<Out<typeof InspectionChecklistOutput>>('/inspection-checklist', { signal }),
  inspections: (signal?: AbortSignal) =>
    apiRequest<Out<typeof ListInspectionsOutput>>('/inspections', { query: { limit: 200 }, signal }),
  inspection: (id: string, signal?: AbortSignal) =>
    apiRequest<InspectionOutput>(`/inspections/${encodeURIComponent(id)}`, { signal }),
  createInspection: (input: CreateInspectionInput) =>
    apiRequest<InspectionOutput>('/inspections', { method: 'POST', body: input }),
  submitInspection: (id: string, input: SubmitInspectionInput) =>
    apiRequest<InspectionOutput>(`/inspections/${encodeURIComponent(id)}/submit`, {
      method: 'POST',
      body: input,
    }),
  answerRemedy: (id: string, input: { version: number; text: string }) =>
    apiRequest<InspectionOutput>(`/inspections/${encodeURIComponent(id)}/remedy`, {
      method: 'POST',
      body: input,
    }),
  /** A photo or document of the visit: multipart `file` + `caption`. */
  attachInspectionFile: (
    id: string,
    file: Blob,
    fileName: string,
    caption: string,
    csrfToken: string | null,
  ) => {
    const form = new FormData();
    form.append('caption', caption);
    form.append('file', file, fileName);
    return uploadForm<InspectionOutput>(
      `/inspections/${encodeURIComponent(id)}/attachments`,
      form,
      csrfToken,
    );
  },
  closeInspection: (id: string, input: { version: number }) =>
    apiRequest<InspectionOutput>(`/inspections/${encodeURIComponent(id)}/close`, {
      method: 'POST',
      body: input,
    }),
  producers: (signal?: AbortSignal) =>
    apiRequest<{ items: { id: string; name: string }[] }>('/producers', { query: { limit: 200 }, signal }),
  products: (producerId: string, signal?: AbortSignal) =>
    apiRequest<{ items: { id: string; name: string; status: string }[] }>('/products', {
      query: { producerId, limit: 200 },
      signal,
    }),
  grounds: (signal?: AbortSignal) =>
    apiRequest<Out<typeof RevocationGroundsOutput>>('/revocation-grounds', { signal }),
  proposals: (signal?: AbortSignal) =>
    apiRequest<Out<typeof ListRevocationProposalsOutput>>('/revocation-proposals', {
      query: { status: 'proposed', limit: 200 },
      signal,
    }),
  proposeExpired: (unitId: string) =>
    apiRequest<{ items: unknown[] }>('/revocation-proposals/expired', { method: 'POST', body: { unitId } }),
  decisions: (signal?: AbortSignal) =>
    apiRequest<Out<typeof ListRevocationDecisionsOutput>>('/revocation-decisions', {
      query: { limit: 100 },
      signal,
    }),
  decision: (id: string, signal?: AbortSignal) =>
    apiRequest<RevocationDecisionOutput>(`/revocation-decisions/${encodeURIComponent(id)}`, { signal }),
  draftDecision: (input: DraftRevocationDecisionInput) =>
    apiRequest<RevocationDecisionOutput>('/revocation-decisions', { method: 'POST', body: input }),
  approveDecision: (id: string, version: number) =>
    apiRequest<RevocationDecisionOutput>(`/revocation-decisions/${encodeURIComponent(id)}/approve`, {
      method: 'POST',
      body: { version },
    }),
  returnDecision: (id: string, version: number, reason: string) =>
    apiRequest<RevocationDecisionOutput>(`/revocation-decisions/${encodeURIComponent(id)}/return`, {
      method: 'POST',
      body: { version, reason },
    }),
  decisionPdfUrl: (id: string) => `/api/v1/revocation-decisions/${encodeURIComponent(id)}/pdf`,
};
