import type { z } from 'zod';
import type {
  ChairViewOutput,
  DecisionOutput,
  DraftDecisionInput,
  ListDecisionsOutput,
  ListRoundsOutput,
  MySheetOutput,
  ProductSheetsOutput,
  RoundOutput,
  RoundResultsOutput,
  SaveSheetInput,
  SheetOutput,
} from '../../contracts/evaluation.contracts';
import type { RubricSheetOutput } from '../../contracts/rubrics.contracts';
import { apiRequest } from '../api/http';

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
  close: (roundId: string) => apiRequest<ChairViewOutput>(round(roundId, '/close'), { method: 'POST' }),
  adopt: (roundId: string) =>
    apiRequest<z.infer<typeof RoundResultsOutput>>(round(roundId, '/adopt'), { method: 'POST' }),
  results: (roundId: string, signal?: AbortSignal) =>
    apiRequest<z.infer<typeof RoundResultsOutput>>(round(roundId, '/results'), { signal }),
  decisions: (signal?: AbortSignal) =>
    apiRequest<z.infer<typeof ListDecisionsOutput>>('/decisions', { signal }),
  decision: (id: string, signal?: AbortSignal) =>
    apiRequest<DecisionOutput>(`/decisions/${encodeURIComponent(id)}`, { signal }),
  draftDecision: (input: DraftDecisionInput) =>
    apiRequest<DecisionOutput>('/decisions', { method: 'POST', body: input }),
  approveDecision: (id: string) =>
    apiRequest<DecisionOutput>(`/decisions/${encodeURIComponent(id)}/approve`, { method: 'POST' }),
};

/** Download links (the browser fetches them with the session cookie). */
export const evaluationFiles = {
  certificatesPdf: (decisionId: string) =>
    `/api/v1/decisions/${encodeURIComponent(decisionId)}/certificates.pdf`,
  certificatePdf: (certificateId: string) => `/api/v1/certificates/${encodeURIComponent(certificateId)}/pdf`,
  signedScan: (decisionId: string) => `/api/v1/decisions/${encodeURIComponent(decisionId)}/signed-scan`,
  minutesPdf: (roundId: string) => `/api/v1/rounds/${encodeURIComponent(roundId)}/minutes.pdf`,
};
