import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { accounts, sessions } from '../../../db/schema';
import type { Actor } from '../../../domain/access/permissions';
import { hashPassword } from '../../security/passwords';
import { revokeAllApiTokens } from '../auth/api-tokens';
import { getAccountToManage } from './account-access';

/**
 * An admin sets a new password for an account it may manage (see getAccountToManage); the
 * account's sessions end and its API tokens are revoked.
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
  const { account, unit } = await getAccountToManage(db, params.actor, params.accountId, now);
  const passwordHash = await hashPassword(params.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(accounts)
      .set({ passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null, updatedAt: now, version: account.version + 1 })
      .where(eq(accounts.id, account.id));
    await tx.update(sessions).set({ revokedAt: now }).where(eq(sessions.accountId, account.id));
    const tokensRevoked = await revokeAllApiTokens(tx, account.id, now);
    await appendAudit(
      tx,
      params.audit,
      { action: 'account.password-reset', entityType: 'account', entityId: account.id, unitId: unit.id, after: { tokensRevoked } },
      now,
    );
  });
}
