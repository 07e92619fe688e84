import type { GrantInput } from '../../../contracts/accounts.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  findUnrevokedGrantOfAccount,
  insertGrant,
  revokeGrantIfUnrevoked,
} from '../../../db/repositories/grants.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError, notFound } from '../../../domain/errors';
import { getAccountToManage, getUnitForAction } from './account-access';

/**
 * Grants a role in a unit to an account. The actor must be able to manage the account (its home
 * unit and every grant it already holds within the actor's jurisdiction) and the granted unit must
 * lie within the actor's own unit: an admin never hands out rights outside it.
 */
export async function addGrant(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  accountId: string;
  input: GrantInput;
  now: Date;
}): Promise<string> {
  const { db, actor, input, now } = params;
  const { account } = await getAccountToManage(db, actor, params.accountId, now);
  const unit = await getUnitForAction(db, actor, 'grant.manage', input.unitId, 'unitId');
  const validFrom = input.validFrom ?? now.toISOString().slice(0, 10);
  if (input.validTo && input.validTo < validFrom) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Ngày kết thúc phải sau ngày bắt đầu.',
      'validTo must not precede validFrom.',
      [{ field: 'validTo', messageVi: 'Ngày kết thúc trước ngày bắt đầu', messageEn: 'Before validFrom' }],
    );
  }
  return db.transaction(async (tx) => {
    const row = await insertGrant(tx, {
      accountId: account.id,
      role: input.role,
      unitId: unit.id,
      validFrom,
      validTo: input.validTo ?? null,
      createdAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      { action: 'grant.created', entityType: 'role-grant', entityId: row.id, unitId: unit.id, after: row },
      now,
    );
    return row.id;
  });
}

/** Revokes a grant of an account the actor may manage (kept on record with its revocation time). */
export async function revokeGrant(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  accountId: string;
  grantId: string;
  now: Date;
}): Promise<void> {
  const { db, actor, now } = params;
  await getAccountToManage(db, actor, params.accountId, now);
  const grant = await findUnrevokedGrantOfAccount(db, params.grantId, params.accountId);
  if (!grant) throw notFound('quyền', 'Grant');
  await getUnitForAction(db, actor, 'grant.manage', grant.unitId, 'grantId');
  await db.transaction(async (tx) => {
    const row = await revokeGrantIfUnrevoked(tx, grant.id, now);
    if (!row) throw notFound('quyền', 'Grant');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'grant.revoked',
        entityType: 'role-grant',
        entityId: row.id,
        unitId: row.unitId,
        before: grant,
        after: row,
      },
      now,
    );
  });
}
