import { useQuery } from '@tanstack/react-query';
import type { ListProductSetsOutput } from '../../contracts/rubrics.contracts';
import { apiRequest } from '../api/http';

const NO_SETS: ListProductSetsOutput['items'] = [];

/**
 * The product sets a product may be filed under today, from the server (the screens do not ship
 * the criteria catalogue to list 26 names). Empty until they arrive.
 */
export function useProductSets(): ListProductSetsOutput['items'] {
  const query = useQuery({
    queryKey: ['product-sets'],
    queryFn: ({ signal }) => apiRequest<ListProductSetsOutput>('/product-sets', { signal }),
    staleTime: 60 * 60 * 1000,
  });
  return query.data?.items ?? NO_SETS;
}
