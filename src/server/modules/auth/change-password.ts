import type { Database } from '../../../db/database';
import { findAccountById, updateAccountById } from '../../../db/repositories/accounts.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { DomainError, notFound } from '../../../domain/errors';
import { hashPassword, verifyPassword } from '../../security/passwords';
import { revokeAllApiTokens } from './api-tokens';
import { logout } from './logout';

/**
 * Changes the actor's own password after checking the current one, then revokes the account's API
 * tokens and ends every other session.
 * Throws VALIDATION_FAILED naming `currentPassword` when it is wrong.
 */
export async function changePassword(params: {
  db: Database;
  audit: AuditContext;
  accountId: string;
  sessionId: string | null;
  currentPassword: string;
  newPassword: string;
  now: Date;
}): Promise<void> {
  const account = await findAccountById(params.db, params.accountId);
  if (!account) throw notFound('tài khoản', 'Account');
  if (!(await verifyPassword(account.passwordHash, params.currentPassword))) {
    throw new DomainError(
      'VALIDATION_FAILED',
      'Mật khẩu hiện tại không đúng.',
      'The current password is wrong.',
      [
        {
          field: 'currentPassword',
          messageVi: 'Mật khẩu hiện tại không đúng',
          messageEn: 'Wrong current password',
        },
      ],
    );
  }
  const passwordHash = await hashPassword(params.newPassword);
  await params.db.transaction(async (tx) => {
    await updateAccountById(tx, account.id, {
      passwordHash,
      passwordChangedAt: params.now,
      updatedAt: params.now,
      version: account.version + 1,
    });
    const tokensRevoked = await revokeAllApiTokens(tx, account.id, params.now);
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'account.password-changed',
        entityType: 'account',
        entityId: account.id,
        after: { tokensRevoked },
      },
      params.now,
    );
  });
  await logout({ ...params, scope: 'others' });
}
