import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { getAccount, listAccounts, type ListAccountsParams } from '../api/accounts.api';

export const ACCOUNTS_KEY = ['accounts'] as const;

export function accountListQuery(params: ListAccountsParams) {
  return queryOptions({
    queryKey: [...ACCOUNTS_KEY, 'list', params],
    queryFn: ({ signal }) => listAccounts(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function accountQuery(id: string) {
  return queryOptions({
    queryKey: [...ACCOUNTS_KEY, 'detail', id],
    queryFn: ({ signal }) => getAccount(id, signal),
  });
}
