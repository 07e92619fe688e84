import type { ConsultancyLinkOutput } from '../../../contracts/consultancy.contracts';
import type { Database } from '../../../db/database';
import { listConsultancyLinksWithNames } from '../../../db/repositories/consultancy.repository';
import { isWithinUnit } from '../../../domain/access/unit-path';
import { presentConsultancyLink } from './consultancy.presenter';

/**
 * The consultancy links of an account and/or a producer whose producer lies within one of
 * `scopes` (unit paths), by producer name then account name.
 */
export async function listConsultancyLinks(params: {
  db: Database;
  scopes: readonly string[];
  accountId?: string | undefined;
  producerId?: string | undefined;
}): Promise<ConsultancyLinkOutput[]> {
  const rows = await listConsultancyLinksWithNames(params.db, {
    accountId: params.accountId,
    producerId: params.producerId,
  });
  return rows
    .filter((r) => params.scopes.some((scope) => isWithinUnit(r.unitPath, scope)))
    .map(presentConsultancyLink);
}
