/** The accounts list's state in the address bar: search text, unit filter, page. */
export interface AccountsSearch {
  q?: string;
  unitId?: string;
  page?: number;
}

export function parseAccountsSearch(search: Record<string, unknown>): AccountsSearch {
  const result: AccountsSearch = {};
  if (typeof search.q === 'string' && search.q.trim()) result.q = search.q.slice(0, 100);
  if (typeof search.unitId === 'string' && search.unitId) result.unitId = search.unitId;
  const page = Number(search.page);
  if (Number.isInteger(page) && page > 1) result.page = page;
  return result;
}
