import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { searchUnits, type UnitView } from '../api/units.api';

/** Tone-insensitive unit search on the server, debounced; nothing is asked for under 2 letters. */
export function useUnitSearch(text: string, options: { asOf?: string; level?: string; limit?: number } = {}) {
  const [debounced] = useDebouncedValue(text.trim(), 250);
  const isEnabled = debounced.length >= 2;
  const query = useQuery({
    queryKey: [
      'units',
      'search',
      debounced,
      options.asOf ?? null,
      options.level ?? null,
      options.limit ?? 20,
    ],
    queryFn: ({ signal }) =>
      searchUnits(
        { q: debounced, asOf: options.asOf, level: options.level, limit: options.limit ?? 20 },
        signal,
      ),
    enabled: isEnabled,
    placeholderData: keepPreviousData,
  });
  return {
    units: isEnabled ? (query.data ?? []) : ([] as UnitView[]),
    isSearching: isEnabled && query.isFetching,
    error: query.error,
    isEnabled,
  };
}
