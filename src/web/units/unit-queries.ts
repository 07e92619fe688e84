import { queryOptions } from '@tanstack/react-query';
import { getUnit, getUnitHistory, listUnitChildren, resolveUnitSuccessors } from '../api/units.api';

export const UNITS_KEY = ['units'] as const;

export function unitQuery(id: string) {
  return queryOptions({
    queryKey: [...UNITS_KEY, 'detail', id],
    queryFn: ({ signal }) => getUnit(id, signal),
    staleTime: 5 * 60_000,
  });
}

export function unitChildrenQuery(id: string, asOf: string | undefined) {
  return queryOptions({
    queryKey: [...UNITS_KEY, 'children', id, asOf ?? null],
    queryFn: ({ signal }) => listUnitChildren(id, asOf, signal),
    staleTime: 5 * 60_000,
  });
}

export function unitHistoryQuery(id: string) {
  return queryOptions({
    queryKey: [...UNITS_KEY, 'history', id],
    queryFn: ({ signal }) => getUnitHistory(id, signal),
    staleTime: 5 * 60_000,
  });
}

export function unitSuccessorsQuery(id: string) {
  return queryOptions({
    queryKey: [...UNITS_KEY, 'successors', id],
    queryFn: ({ signal }) => resolveUnitSuccessors(id, signal),
    staleTime: 5 * 60_000,
  });
}
