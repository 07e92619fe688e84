import type { Database } from '../../../db/database';
import { updateAccountById } from '../../../db/repositories/accounts.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { revokeAllSessionsOfAccount } from '../../../db/repositories/sessions.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import { hashPassword } from '../../security/passwords';
import { revokeAllApiTokens } from '../auth/api-tokens';
import { getAccountToManage } from './account-access';

/**
 * An admin sets a new password for an account it may manage (see getAccountToManage); the
 * account's sessions end and its API tokens are revoked. Never for the admin's own account: that
 * is a password change, which asks for the current password and a browser session — otherwise a
 * stolen session or an `account.manage` token could set the password and keep the account.
 * Throws FORBIDDEN, NOT_FOUND.
 */
export async function resetPassword(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  accountId: string;
  newPassword: string;
  now: Date;
}): Promise<void> {
  const { db, now } = params;
  if (params.accountId === params.actor.accountId) {
    throw new DomainError(
      'FORBIDDEN',
      'Không tự đặt lại mật khẩu của chính mình ở đây; hãy dùng "Đổi mật khẩu".',
      'You cannot reset your own password here; use "Change password".',
    );
  }
  const { account, unit } = await getAccountToManage(db, params.actor, params.accountId, now);
  const passwordHash = await hashPassword(params.newPassword);
  await db.transaction(async (tx) => {
    await updateAccountById(tx, account.id, {
      passwordHash,
      passwordChangedAt: now,
      failedLoginCount: 0,
      lockedUntil: null,
      updatedAt: now,
      version: account.version + 1,
    });
    await revokeAllSessionsOfAccount(tx, account.id, now);
    const tokensRevoked = await revokeAllApiTokens(tx, account.id, now);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'account.password-reset',
        entityType: 'account',
        entityId: account.id,
        unitId: unit.id,
        after: { tokensRevoked },
      },
      now,
    );
  });
}
