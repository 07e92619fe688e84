import type { ConsultancyLinkOutput } from '../../../contracts/consultancy.contracts';
import type { ConsultancyLinkWithNames } from '../../../db/repositories/consultancy.repository';

/** A consultancy link as the API answers it. */
export function presentConsultancyLink(row: ConsultancyLinkWithNames): ConsultancyLinkOutput {
  return {
    accountId: row.link.accountId,
    accountName: row.accountName,
    producerId: row.link.producerId,
    producerName: row.producerName,
    validFrom: row.link.validFrom,
    validTo: row.link.validTo,
    note: row.link.note,
    createdAt: row.link.createdAt.toISOString(),
  };
}
