import type { Database } from '../../../db/database';
import { findUnitById, type AdminUnitRow } from '../../../db/repositories/admin-units.repository';
import {
  findProducerById,
  listMemberProducers,
  type ProducerWithCommune,
} from '../../../db/repositories/producers.repository';
import type { Actor } from '../../../domain/access/permissions';
import {
  canActOnProducer,
  type ProducerAction,
  type ProducerScope,
} from '../../../domain/access/producer-policy';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import { checkRegistrationNumber } from '../../../domain/registry/registration-number';
import type { ProducerType } from '../../../domain/registry/producer-types';

/** A producer the actor may act on, with the producers the actor is a member of. */
export interface ProducerAccess extends ProducerWithCommune {
  memberOf: ProducerScope[];
}

/**
 * Loads a producer for `action`. A producer the actor may not even read is NOT_FOUND (producer A
 * learns nothing about producer B); one it may read but not act on is FORBIDDEN.
 */
export async function getProducerForAction(
  db: Database,
  actor: Actor,
  action: ProducerAction,
  producerId: string,
): Promise<ProducerAccess> {
  const found = await findProducerById(db, producerId);
  if (!found) throw notFound('chủ thể', 'Producer');
  const memberOf = await listMemberProducers(db, actor.accountId);
  const memberIds = memberOf.map((m) => m.id);
  const scope = { id: found.producer.id, unitPath: found.communePath };
  if (canActOnProducer(actor, action, scope, memberIds)) return { ...found, memberOf };
  if (action !== 'producer.read' && canActOnProducer(actor, 'producer.read', scope, memberIds))
    throw forbidden();
  throw notFound('chủ thể', 'Producer');
}

/** A current commune (no end date) for a producer's address, or VALIDATION_FAILED on `field`. */
export async function getCurrentCommune(
  db: Database,
  communeId: string,
  field: string,
): Promise<AdminUnitRow> {
  const unit = await findUnitById(db, communeId);
  if (!unit || unit.level !== 'commune' || unit.validTo !== null) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Xã/phường không tồn tại hoặc không còn hiệu lực.',
      'No such current commune.',
      [{ field, messageVi: 'Cần một xã/phường đang có hiệu lực', messageEn: 'Must be a current commune' }],
    );
  }
  return unit;
}

/** The normalised registration number, or VALIDATION_FAILED naming `field`. */
export function requireRegistrationNumber(
  type: ProducerType,
  raw: string,
  field = 'registrationNumber',
): string {
  const check = checkRegistrationNumber(type, raw);
  if (check.isValid) return check.normalized;
  throw new DomainError('VALIDATION_FAILED', `Dữ liệu không hợp lệ: ${field}.`, `Invalid input: ${field}.`, [
    { field, messageVi: check.messageVi, messageEn: check.messageEn },
  ]);
}

export function registrationNumberTaken(field = 'registrationNumber'): DomainError {
  return new DomainError(
    'CONFLICT',
    'Số đăng ký này đã thuộc về một chủ thể khác.',
    'This registration number belongs to another producer.',
    [{ field, messageVi: 'Số đăng ký đã được sử dụng', messageEn: 'Already registered' }],
  );
}
