/** The units screen's state in the address bar: the selected unit and the "as of" date. */
export interface UnitsSearch {
  unit?: string;
  asOf?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseUnitsSearch(search: Record<string, unknown>): UnitsSearch {
  const result: UnitsSearch = {};
  if (typeof search.unit === 'string' && search.unit) result.unit = search.unit;
  if (typeof search.asOf === 'string' && ISO_DATE.test(search.asOf)) result.asOf = search.asOf;
  return result;
}
