import type { ProducerOutput } from '../../../contracts/producers.contracts';
import type { ProducerRow } from '../../../db/repositories/producers.repository';
import type {
  LegalRepresentative,
  ProducerContacts,
  Workforce,
} from '../../../domain/registry/producer-types';
import { foldVietnamese } from '../../../domain/text/fold-vietnamese';

/**
 * Shapes a producer for the API. The legal representative is personal data (gender, ethnicity):
 * it is `null` unless the caller may see it (see `canSeeLegalRepresentative`).
 */
export function presentProducer(
  row: ProducerRow,
  communeName: string,
  canSeeRepresentative: boolean,
): ProducerOutput {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    registrationNumber: row.registrationNumber,
    communeId: row.communeId,
    communeName,
    address: row.address,
    legalRepresentative: canSeeRepresentative ? (row.legalRepresentative as LegalRepresentative) : null,
    contacts: row.contacts as ProducerContacts,
    workforce: row.workforce as Workforce,
    origin: row.origin,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** What the audit trail keeps of a producer. */
export function producerSnapshot(row: ProducerRow): Record<string, unknown> {
  return {
    type: row.type,
    name: row.name,
    registrationNumber: row.registrationNumber,
    communeId: row.communeId,
    address: row.address,
    legalRepresentative: row.legalRepresentative,
    contacts: row.contacts,
    workforce: row.workforce,
    version: row.version,
  };
}

/** The search key: name and registration number, folded (tone-insensitive). */
export function producerSearchKey(name: string, registrationNumber: string): string {
  return foldVietnamese(`${name} ${registrationNumber}`);
}
