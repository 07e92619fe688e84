import type {
  GetUnitHistoryOutput,
  GetUnitOutput,
  ResolveUnitSuccessorsOutput,
  SearchUnitsOutput,
  UnitPageOutput,
} from '../../contracts/units.contracts';
import { apiRequest } from './http';

export type { UnitView } from '../../contracts/units.contracts';
export type UnitSearchHit = SearchUnitsOutput['items'][number];
export type UnitSuccession = GetUnitHistoryOutput['predecessors'][number];

/** Communes of the biggest provinces exceed 100: ask for the most the API gives in one page. */
const CHILDREN_PAGE = 500;

const unitPath = (id: string) => `/units/${encodeURIComponent(id)}`;

/** operationId getUnit — the unit with its ancestors the caller may see. */
export function getUnit(id: string, signal?: AbortSignal): Promise<GetUnitOutput> {
  return apiRequest<GetUnitOutput>(unitPath(id), { signal });
}

/** operationId listUnitChildren — units directly below, in force on `asOf` (default today). */
export function listUnitChildren(
  id: string,
  asOf: string | undefined,
  signal?: AbortSignal,
): Promise<UnitPageOutput> {
  return apiRequest<UnitPageOutput>(`${unitPath(id)}/children`, {
    query: { asOf, limit: CHILDREN_PAGE },
    signal,
  });
}

export interface SearchUnitsParams {
  q: string;
  level?: string | undefined;
  asOf?: string | undefined;
  limit?: number;
}

/** operationId searchUnits — tone-insensitive search within what the caller may see. */
export async function searchUnits(params: SearchUnitsParams, signal?: AbortSignal): Promise<UnitSearchHit[]> {
  const result = await apiRequest<SearchUnitsOutput>('/units/search', { query: { ...params }, signal });
  return result.items;
}

/** operationId getUnitHistory — predecessors and successors with their effective dates. */
export function getUnitHistory(id: string, signal?: AbortSignal): Promise<GetUnitHistoryOutput> {
  return apiRequest<GetUnitHistoryOutput>(`${unitPath(id)}/history`, { signal });
}

/** operationId resolveUnitSuccessors — the unit(s) in force today that an old unit became. */
export function resolveUnitSuccessors(
  id: string,
  signal?: AbortSignal,
): Promise<ResolveUnitSuccessorsOutput> {
  return apiRequest<ResolveUnitSuccessorsOutput>(`${unitPath(id)}/successors`, { signal });
}
