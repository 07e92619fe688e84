import { queryOptions } from '@tanstack/react-query';
import { getMe } from '../api/auth.api';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** Who is signed in. 401 means nobody: the router sends the user to the login page. */
export const meQueryOptions = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: getMe,
  staleTime: 5 * 60_000,
  retry: false,
});
