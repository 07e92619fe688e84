import type { ConsultantOutput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import {
  findConsultant,
  listContractsOfConsultants,
} from '../../../db/repositories/promotion-consultants.repository';
import type { Actor } from '../../../domain/access/permissions';
import { assertRecordAccess } from './promotion-access';
import { presentConsultant } from './promotion.presenter';

export const CONSULTANT = { vi: 'đơn vị tư vấn', en: 'Consultant' } as const;

/** A consultant with its contracts; NOT_FOUND outside the actor's jurisdiction. */
export async function getConsultant(params: {
  db: Database;
  actor: Actor;
  consultantId: string;
}): Promise<ConsultantOutput> {
  const row = await findConsultant(params.db, params.consultantId);
  assertRecordAccess(params.actor, row, 'promotion.read', CONSULTANT);
  return presentConsultant(row, await listContractsOfConsultants(params.db, [row.consultant.id]));
}
