import type {
  DossierDeadlinesOutput,
  SetDossierDeadlinesInput,
} from '../../contracts/dossier-deadlines.contracts';
import type { SearchPublicUnitsOutput } from '../../contracts/units.contracts';
import { apiRequest } from '../api/http';

const id = (value: string) => encodeURIComponent(value);

/** Client of a province's dossier working days (same contracts as the server). */
export const dossierDeadlinesApi = {
  get: (provinceId: string, signal?: AbortSignal) =>
    apiRequest<DossierDeadlinesOutput>(`/provinces/${id(provinceId)}/dossier-deadlines`, { signal }),
  set: (provinceId: string, input: SetDossierDeadlinesInput) =>
    apiRequest<DossierDeadlinesOutput>(`/provinces/${id(provinceId)}/dossier-deadlines`, {
      method: 'POST',
      body: input,
    }),
  /** Provinces by name, for accounts granted at the national level. */
  provinces: (q: string, signal?: AbortSignal) =>
    apiRequest<SearchPublicUnitsOutput>('/public/units', {
      query: { q, level: 'province', limit: 50 },
      signal,
    }),
};

export const DOSSIER_DEADLINES_KEY = ['dossier-deadlines'] as const;
