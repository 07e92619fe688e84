export interface StatisticsSearch {
  unitId?: string;
  year?: number;
}

/** Reads `?unitId=…&year=…` of the statistics page. */
export function parseStatisticsSearch(search: Record<string, unknown>): StatisticsSearch {
  const unitId = typeof search.unitId === 'string' && search.unitId.length <= 40 ? search.unitId : undefined;
  const year = Number(search.year);
  return {
    ...(unitId ? { unitId } : {}),
    ...(Number.isInteger(year) && year >= 2000 && year <= 2100 ? { year } : {}),
  };
}
