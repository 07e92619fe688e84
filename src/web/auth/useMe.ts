import { useSuspenseQuery } from '@tanstack/react-query';
import type { MeOutput } from '../../contracts/auth.contracts';
import { meQueryOptions } from './me-query';

/** The signed-in account. Only used under the authenticated layout, which loads it first. */
export function useMe(): MeOutput {
  return useSuspenseQuery(meQueryOptions).data;
}
