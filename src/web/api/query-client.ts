import { QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';

/** One client for the app: no retries on 4xx (they will not get better by themselves). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => {
        if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
        return failureCount < 2;
      },
    },
    mutations: { retry: false },
  },
});
