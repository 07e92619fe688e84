import type { TrainingParticipantInput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { accountNames, existingProducerIds } from '../../../db/repositories/promotion.repository';
import type { TrainingParticipantKind } from '../../../domain/promotion/promotion.types';
import { invalidField } from './promotion-access';

export interface ResolvedParticipant {
  kind: TrainingParticipantKind;
  accountId: string | null;
  producerId: string | null;
  fullName: string;
  organisation: string;
  hasAttended: boolean;
}

/**
 * Checks the accounts and producers named as participants exist and copies the account's name,
 * so that the list of participants reads without joins.
 * @throws VALIDATION_FAILED naming `<field>.<index>.accountId` / `.producerId`.
 */
export async function resolveTrainingParticipants(
  db: Database,
  inputs: readonly TrainingParticipantInput[],
  field: string,
): Promise<ResolvedParticipant[]> {
  const names = await accountNames(
    db,
    inputs.flatMap((p) => (p.kind === 'account' ? [p.accountId] : [])),
  );
  const producers = await existingProducerIds(
    db,
    inputs.flatMap((p) => (p.kind === 'producer' ? [p.producerId] : [])),
  );
  return inputs.map((p, index) => {
    const hasAttended = p.hasAttended ?? false;
    switch (p.kind) {
      case 'account': {
        const name = names.get(p.accountId);
        if (name === undefined)
          throw invalidField(`${field}.${index}.accountId`, 'Không có tài khoản này', 'No such account');
        return {
          kind: p.kind,
          accountId: p.accountId,
          producerId: null,
          fullName: name,
          organisation: '',
          hasAttended,
        };
      }
      case 'producer':
        if (!producers.has(p.producerId))
          throw invalidField(`${field}.${index}.producerId`, 'Không có chủ thể này', 'No such producer');
        return {
          kind: p.kind,
          accountId: null,
          producerId: p.producerId,
          fullName: p.fullName ?? '',
          organisation: '',
          hasAttended,
        };
      case 'person':
        return {
          kind: p.kind,
          accountId: null,
          producerId: null,
          fullName: p.fullName,
          organisation: p.organisation ?? '',
          hasAttended,
        };
    }
  });
}
