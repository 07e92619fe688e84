import type {
  AdvanceFiveStarCandidateInput,
  CreateFiveStarCandidateInput,
  FiveStarCandidateOutput,
  ListFiveStarCandidatesOutput,
  ListFiveStarSuggestionsOutput,
  UpdateCandidateSupportPlanInput,
} from '../../contracts/candidates.contracts';
import { apiRequest } from '../api/http';

/** Client of the 5★ candidate endpoints (same contracts as the server). */
export const candidatesApi = {
  suggestions: (signal?: AbortSignal) =>
    apiRequest<ListFiveStarSuggestionsOutput>('/five-star-suggestions', { signal }),
  list: (signal?: AbortSignal) =>
    apiRequest<ListFiveStarCandidatesOutput>('/five-star-candidates', {
      query: { limit: 200, offset: 0 },
      signal,
    }),
  get: (id: string, signal?: AbortSignal) =>
    apiRequest<FiveStarCandidateOutput>(`/five-star-candidates/${encodeURIComponent(id)}`, { signal }),
  create: (input: CreateFiveStarCandidateInput) =>
    apiRequest<FiveStarCandidateOutput>('/five-star-candidates', { method: 'POST', body: input }),
  updatePlan: (id: string, input: UpdateCandidateSupportPlanInput) =>
    apiRequest<FiveStarCandidateOutput>(`/five-star-candidates/${encodeURIComponent(id)}/support-plan`, {
      method: 'PUT',
      body: input,
    }),
  advance: (id: string, input: AdvanceFiveStarCandidateInput) =>
    apiRequest<FiveStarCandidateOutput>(`/five-star-candidates/${encodeURIComponent(id)}/transitions`, {
      method: 'POST',
      body: input,
    }),
};

export const CANDIDATES_KEY = ['candidates'] as const;
