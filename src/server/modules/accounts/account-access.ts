import type { Database } from '../../../db/database';
import { findAccountById, type AccountRow } from '../../../db/repositories/accounts.repository';
import { findUnitById, type AdminUnitRow } from '../../../db/repositories/admin-units.repository';
import { listGrantsOfAccounts, type GrantWithUnit } from '../../../db/repositories/grants.repository';
import { grantsBeyondActor } from '../../../domain/access/account-policy';
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
    throw new DomainError(
      'VALIDATION_FAILED',
      'Đơn vị hành chính không tồn tại.',
      'No such administrative unit.',
      [{ field, messageVi: 'Đơn vị không tồn tại', messageEn: 'Unknown unit' }],
    );
  }
  assertCan(actor, action, { unitPath: unit.path });
  return unit;
}

/** Loads an account whose home unit lies within the actor's jurisdiction for `action` (reading it). */
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

/**
 * Loads an account the actor may manage (edit, disable, reset, grant, revoke): its home unit and
 * the unit of every grant it holds must lie within the actor's jurisdiction (see
 * canManageAccount). Throws NOT_FOUND, or FORBIDDEN naming the units beyond the actor's reach.
 */
export async function getAccountToManage(
  db: Database,
  actor: Actor,
  accountId: string,
  now: Date,
): Promise<{ account: AccountRow; unit: AdminUnitRow; grants: GrantWithUnit[] }> {
  const { account, unit } = await getAccountForAction(db, actor, 'account.manage', accountId);
  const grants = await listGrantsOfAccounts(db, [account.id]);
  const today = now.toISOString().slice(0, 10);
  const beyond = grantsBeyondActor(actor, 'account.manage', { homeUnitPath: unit.path, grants }, today);
  if (beyond.length > 0) {
    const units = [...new Set(beyond.map((grant) => grant.unitName))].join(', ');
    throw new DomainError(
      'FORBIDDEN',
      `Tài khoản này còn giữ vai trò tại ${units}, ngoài đơn vị bạn quản lý: chỉ quản trị viên phụ trách các đơn vị đó mới quản lý được tài khoản.`,
      `This account also holds roles in ${units}, outside your unit: only an administrator over those units may manage it.`,
    );
  }
  return { account, unit, grants };
}
