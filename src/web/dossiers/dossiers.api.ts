import type { z } from 'zod';
import type {
  AcceptDossierInput,
  CommuneAssessmentInput,
  CreateDossierInput,
  DossierCriteriaOutput,
  DossierDiffOutput,
  DossierOutput,
  ForwardDossierInput,
  ListDossiersOutput,
  QueueOutput,
  ReturnDossierInput,
  SubmitDossierInput,
  UpdateDossierDraftInput,
  DossierStartOptionsOutput,
} from '../../contracts/dossiers.contracts';
import { apiRequest } from '../api/http';

/** The products one may open a dossier for, with the kinds each allows (the contract's answer). */
export type StartOptions = z.infer<typeof DossierStartOptionsOutput>;
export interface EvidenceOption {
  id: string;
  title: string;
  fileName: string;
}

const path = (id: string, rest = '') => `/dossiers/${encodeURIComponent(id)}${rest}`;

/** Client of the dossier endpoints (same contracts as the server). */
export const dossiersApi = {
  list: (signal?: AbortSignal) =>
    apiRequest<ListDossiersOutput>('/dossiers', { query: { limit: 200 }, signal }),
  queue: (signal?: AbortSignal) => apiRequest<QueueOutput>('/queue', { signal }),
  startOptions: (signal?: AbortSignal) => apiRequest<StartOptions>('/dossiers/start-options', { signal }),
  get: (id: string, signal?: AbortSignal) => apiRequest<DossierOutput>(path(id), { signal }),
  criteria: (id: string, signal?: AbortSignal) =>
    apiRequest<DossierCriteriaOutput>(path(id, '/criteria'), { signal }),
  evidenceOptions: (id: string, signal?: AbortSignal) =>
    apiRequest<{ items: EvidenceOption[] }>(path(id, '/evidence-options'), { signal }),
  diff: (id: string, signal?: AbortSignal) => apiRequest<DossierDiffOutput>(path(id, '/diff'), { signal }),
  create: (input: CreateDossierInput) =>
    apiRequest<DossierOutput>('/dossiers', { method: 'POST', body: input }),
  update: (id: string, input: UpdateDossierDraftInput) =>
    apiRequest<DossierOutput>(path(id), { method: 'PATCH', body: input }),
  submit: (id: string, input: SubmitDossierInput) =>
    apiRequest<DossierOutput>(path(id, '/submit'), { method: 'POST', body: input }),
  return: (id: string, input: Omit<ReturnDossierInput, 'items'> & { items?: ReturnDossierInput['items'] }) =>
    apiRequest<DossierOutput>(path(id, '/return'), { method: 'POST', body: input }),
  accept: (id: string, input: AcceptDossierInput) =>
    apiRequest<DossierOutput>(path(id, '/accept'), { method: 'POST', body: input }),
  assess: (id: string, input: CommuneAssessmentInput) =>
    apiRequest<DossierOutput>(path(id, '/commune-assessment'), { method: 'PUT', body: input }),
  forward: (id: string, input: ForwardDossierInput) =>
    apiRequest<DossierOutput>(path(id, '/forward'), { method: 'POST', body: input }),
};

/** Download links (the browser sends the session cookie). */
export const dossierPdfUrl = (id: string, form: 'bieu-1' | 'bieu-2' | 'bieu-3') =>
  `/api/v1${path(id, `/documents/${form}`)}`;
export const dossierBundleUrl = (id: string) => `/api/v1${path(id, '/bundle')}`;
