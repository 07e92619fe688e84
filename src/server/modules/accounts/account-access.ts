import type { Database } from '../../../db/database';
import { findAccountById, type AccountRow } from '../../../db/repositories/accounts.repository';
import { findUnitById, type AdminUnitRow } from '../../../db/repositories/admin-units.repository';
import { assertCan, type Action, type Actor } from '../../../domain/access/permissions';
import { DomainError, notFound } from '../../../domain/errors';

/** Loads a unit the actor may act on, or throws VALIDATION_FAILED (unknown id) / FORBIDDEN. */
export async function getUnitForAction(
  db: Database,
  actor: Actor,
  action: Action,
  unitId: string,
  field: string,
): Promise<AdminUnitRow> {
  const unit = await findUnitById(db, unitId);
  if (!unit) {
    throw new DomainError('VALIDATION_FAILED', 'Đơn vị hành chính không tồn tại.', 'No such administrative unit.', [
      { field, messageVi: 'Đơn vị không tồn tại', messageEn: 'Unknown unit' },
    ]);
  }
  assertCan(actor, action, { unitPath: unit.path });
  return unit;
}

/** Loads an account whose home unit lies within the actor's jurisdiction for `action`. */
export async function getAccountForAction(
  db: Database,
  actor: Actor,
  action: Action,
  accountId: string,
): Promise<{ account: AccountRow; unit: AdminUnitRow }> {
  const account = await findAccountById(db, accountId);
  if (!account) throw notFound('tài khoản', 'Account');
  const unit = await findUnitById(db, account.unitId);
  if (!unit) throw notFound('đơn vị', 'Unit');
  assertCan(actor, action, { unitPath: unit.path });
  return { account, unit };
}
