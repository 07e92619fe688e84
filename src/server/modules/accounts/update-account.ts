import type { AccountOutput, UpdateAccountInput } from '../../../contracts/accounts.contracts';
import type { Database } from '../../../db/database';
import { findAccountByLogin, updateAccountIfVersion } from '../../../db/repositories/accounts.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { listGrantsOfAccounts } from '../../../db/repositories/grants.repository';
import { revokeAllSessionsOfAccount } from '../../../db/repositories/sessions.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import { auditSnapshot, presentAccount } from './account.presenter';
import { revokeAllApiTokens } from '../auth/api-tokens';
import { getAccountToManage } from './account-access';

function staleVersion(): DomainError {
  return new DomainError(
    'CONFLICT',
    'Tài khoản vừa được người khác thay đổi. Hãy tải lại và thử lại.',
    'Someone else changed this account. Reload and try again.',
    [{ field: 'version', messageVi: 'Phiên bản đã cũ', messageEn: 'Stale version' }],
  );
}

/**
 * Updates profile fields or the status of an account the actor may manage (its home unit and
 * every grant it holds within the actor's jurisdiction). The caller
 * names the version it read: a stale version gets CONFLICT and changes nothing. Disabling an
 * account ends its sessions and revokes its API tokens.
 */
export async function updateAccount(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  accountId: string;
  input: UpdateAccountInput;
  now: Date;
}): Promise<AccountOutput> {
  const { db, input, now } = params;
  const { account, unit } = await getAccountToManage(db, params.actor, params.accountId, now);
  if (input.email && input.email.toLowerCase() !== account.email?.toLowerCase()) {
    const other = await findAccountByLogin(db, input.email);
    if (other && other.id !== account.id) {
      throw new DomainError('CONFLICT', 'E-mail đã được sử dụng.', 'This e-mail is already taken.', [
        { field: 'email', messageVi: 'E-mail đã được sử dụng', messageEn: 'Already taken' },
      ]);
    }
  }
  const updated = await db.transaction(async (tx) => {
    const row = await updateAccountIfVersion(tx, account.id, input.version, {
      displayName: input.displayName ?? account.displayName,
      email: input.email === undefined ? account.email : input.email,
      status: input.status ?? account.status,
      locale: input.locale ?? account.locale,
      updatedAt: now,
      version: account.version + 1,
    });
    if (!row) throw staleVersion();
    if (row.status === 'disabled' && account.status !== 'disabled') {
      await revokeAllSessionsOfAccount(tx, account.id, now);
      // Re-enabling the account later must not bring back tokens a thief may hold.
      await revokeAllApiTokens(tx, account.id, now);
    }
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'account.updated',
        entityType: 'account',
        entityId: account.id,
        unitId: unit.id,
        before: auditSnapshot(account),
        after: auditSnapshot(row),
      },
      now,
    );
    return row;
  });
  return presentAccount(updated, unit.fullName, await listGrantsOfAccounts(db, [account.id]));
}
