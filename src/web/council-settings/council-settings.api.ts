import type {
  CouncilSettingsOutput,
  UpdateCouncilSettingsInput,
} from '../../contracts/council-settings.contracts';
import type { SearchPublicUnitsOutput } from '../../contracts/units.contracts';
import { apiRequest } from '../api/http';

const id = (value: string) => encodeURIComponent(value);

/** Client of a province's council settings (same contracts as the server). */
export const councilSettingsApi = {
  get: (provinceId: string, signal?: AbortSignal) =>
    apiRequest<CouncilSettingsOutput>(`/provinces/${id(provinceId)}/council-settings`, { signal }),
  update: (provinceId: string, input: UpdateCouncilSettingsInput) =>
    apiRequest<CouncilSettingsOutput>(`/provinces/${id(provinceId)}/council-settings`, {
      method: 'PUT',
      body: input,
    }),
  /** Provinces by name, for accounts granted at the national level. */
  provinces: (q: string, signal?: AbortSignal) =>
    apiRequest<SearchPublicUnitsOutput>('/public/units', {
      query: { q, level: 'province', limit: 50 },
      signal,
    }),
};

export const COUNCIL_SETTINGS_KEY = ['council-settings'] as const;
