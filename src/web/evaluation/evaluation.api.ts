import type { z } from 'zod';
import type {
  ChairViewOutput,
  DecisionOutput,
  DeclareConflictInput,
  ListCouncilsOutput,
  DraftDecisionInput,
  ListDecisionsOutput,
  ListRoundsOutput,
  MySheetOutput,
  ProductSheetsOutput,
  RoundOutput,
  RoundResultOutput,
  RoundResultsOutput,
  SaveSheetInput,
  SheetOutput,
} from '../../contracts/evaluation.contracts';
import type {
  AmendDecisionInput,
  ResubmitDecisionInput,
  ReturnDecisionInput,
} from '../../contracts/decision-review.contracts';
import type {
  ConsultancyLinkOutput,
  CreateConsultancyLinkInput,
  ListConsultancyLinksOutput,
} from '../../contracts/consultancy.contracts';
import type { ListProducersOutput } from '../../contracts/producers.contracts';
import type { RubricSheetOutput } from '../../contracts/rubrics.contracts';
import { ApiError } from '../api/api-error';
import { apiRequest } from '../api/http';

const NETWORK_ERROR = {
  status: 0,
  code: 'NETWORK_ERROR',
  detail: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  detailEn: 'Cannot reach the server. Check the network and try again.',
};

/** A multipart upload with the session cookie and CSRF token; failures become {@link ApiError}. */
async function upload<T>(path: string, file: File, csrfToken: string | null): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(`/api/v1${path}`, {
    method: 'POST',
    headers,
    body: form,
    credentials: 'same-origin',
  }).catch(() => {
    throw new ApiError(NETWORK_ERROR);
  });
  const body = (await response.json().catch(() => undefined)) as
    Partial<ConstructorParameters<typeof ApiError>[0]> | undefined;
  if (response.ok) return body as T;
  throw new ApiError({
    status: response.status,
    code: body?.code ?? 'HTTP_ERROR',
    detail: body?.detail ?? `Máy chủ trả lỗi ${response.status}.`,
    detailEn: body?.detailEn ?? `The server answered ${response.status}.`,
    errors: body?.errors,
  });
}

/** Client of the council, scoring and decision endpoints (same contracts as the server). */
const round = (id: string, rest = '') => `/rounds/${encodeURIComponent(id)}${rest}`;
const sheet = (roundId: string, productId: string, rest = '') =>
  round(roundId, `/products/${encodeURIComponent(productId)}/sheet${rest}`);

export const evaluationApi = {
  rounds: (signal?: AbortSignal) => apiRequest<z.infer<typeof ListRoundsOutput>>('/rounds', { signal }),
  round: (id: string, signal?: AbortSignal) => apiRequest<RoundOutput>(round(id), { signal }),
  mySheet: (roundId: string, productId: string, signal?: AbortSignal) =>
    apiRequest<MySheetOutput>(sheet(roundId, productId), { signal }),
  saveDraft: (roundId: string, productId: string, input: SaveSheetInput) =>
    apiRequest<SheetOutput>(sheet(roundId, productId), { method: 'PUT', body: input }),
  submit: (roundId: string, productId: string, revision: number) =>
    apiRequest<SheetOutput>(sheet(roundId, productId, '/submit'), { method: 'POST', body: { revision } }),
  declareConflict: (roundId: string, productId: string, input: z.input<typeof DeclareConflictInput>) =>
    apiRequest<MySheetOutput['conflictHints']>(
      round(roundId, `/products/${encodeURIComponent(productId)}/conflict`),
      { method: 'POST', body: input },
    ),
  rescore: (roundId: string, productId: string, reason: string) =>
    apiRequest<SheetOutput>(sheet(roundId, productId, '/rescore'), { method: 'POST', body: { reason } }),
  productSheets: (roundId: string, productId: string, signal?: AbortSignal) =>
    apiRequest<z.infer<typeof ProductSheetsOutput>>(
      round(roundId, `/products/${encodeURIComponent(productId)}/sheets`),
      { signal },
    ),
  rubricSheet: (versionId: string, set: number, signal?: AbortSignal) =>
    apiRequest<RubricSheetOutput>(`/rubrics/${encodeURIComponent(versionId)}/sets/${set}`, { signal }),
  chair: (roundId: string, signal?: AbortSignal) =>
    apiRequest<ChairViewOutput>(round(roundId, '/chair'), { signal }),
  requestRescore: (roundId: string, input: { roundProductId: string; memberIds: string[]; reason: string }) =>
    apiRequest<z.infer<typeof ProductSheetsOutput>>(round(roundId, '/rescore-requests'), {
      method: 'POST',
      body: input,
    }),
  close: (roundId: string, reason?: string) =>
    apiRequest<ChairViewOutput>(round(roundId, '/close'), { method: 'POST', body: reason ? { reason } : {} }),
  adopt: (roundId: string, reason?: string) =>
    apiRequest<z.infer<typeof RoundResultsOutput>>(round(roundId, '/adopt'), {
      method: 'POST',
      body: reason ? { reason } : {},
    }),
  results: (roundId: string, signal?: AbortSignal) =>
    apiRequest<z.infer<typeof RoundResultsOutput>>(round(roundId, '/results'), { signal }),
  decisions: (signal?: AbortSignal) =>
    apiRequest<z.infer<typeof ListDecisionsOutput>>('/decisions', { signal }),
  decision: (id: string, signal?: AbortSignal) =>
    apiRequest<DecisionOutput>(`/decisions/${encodeURIComponent(id)}`, { signal }),
  draftDecision: (input: DraftDecisionInput) =>
    apiRequest<DecisionOutput>('/decisions', { method: 'POST', body: input }),
  acknowledgeSheet: (roundId: string, resultId: string, note: string) =>
    apiRequest<RoundResultOutput>(
      round(roundId, `/results/${encodeURIComponent(resultId)}/acknowledge-sheet`),
      {
        method: 'POST',
        body: { note },
      },
    ),
  approveDecision: (id: string) =>
    apiRequest<DecisionOutput>(`/decisions/${encodeURIComponent(id)}/approve`, { method: 'POST' }),
  returnDecision: (id: string, input: ReturnDecisionInput) =>
    apiRequest<DecisionOutput>(`/decisions/${encodeURIComponent(id)}/return`, {
      method: 'POST',
      body: input,
    }),
  amendDecision: (id: string, input: AmendDecisionInput) =>
    apiRequest<DecisionOutput>(`/decisions/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
  resubmitDecision: (id: string, input: ResubmitDecisionInput) =>
    apiRequest<DecisionOutput>(`/decisions/${encodeURIComponent(id)}/resubmit`, {
      method: 'POST',
      body: input,
    }),
  councils: (signal?: AbortSignal) => apiRequest<z.infer<typeof ListCouncilsOutput>>('/councils', { signal }),
  producers: (q: string, signal?: AbortSignal) =>
    apiRequest<z.infer<typeof ListProducersOutput>>('/producers', { query: { q, limit: 50 }, signal }),
  consultancyLinks: (signal?: AbortSignal) =>
    apiRequest<z.infer<typeof ListConsultancyLinksOutput>>('/consultancy-links', { signal }),
  createConsultancyLink: (input: CreateConsultancyLinkInput) =>
    apiRequest<ConsultancyLinkOutput>('/consultancy-links', { method: 'POST', body: input }),
  attachSignedScan: (id: string, file: File, csrfToken: string | null) =>
    upload<DecisionOutput>(`/decisions/${encodeURIComponent(id)}/signed-scan`, file, csrfToken),
};

/** Download links (the browser fetches them with the session cookie). */
export const evaluationFiles = {
  certificatesPdf: (decisionId: string) =>
    `/api/v1/decisions/${encodeURIComponent(decisionId)}/certificates.pdf`,
  certificatePdf: (certificateId: string) => `/api/v1/certificates/${encodeURIComponent(certificateId)}/pdf`,
  signedScan: (decisionId: string) => `/api/v1/decisions/${encodeURIComponent(decisionId)}/signed-scan`,
  minutesPdf: (roundId: string) => `/api/v1/rounds/${encodeURIComponent(roundId)}/minutes.pdf`,
};
