import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { endSessions } from '../../../db/repositories/sessions.repository';

/**
 * Ends sessions of the actor: `scope: 'current'` only the one in use, `'everywhere'` all of them,
 * `'others'` all but the one in use (after a password change).
 */
export async function logout(params: {
  db: Database;
  audit: AuditContext;
  accountId: string;
  sessionId: string | null;
  scope: 'current' | 'everywhere' | 'others';
  now: Date;
}): Promise<number> {
  const { db, accountId, sessionId, scope, now } = params;
  return db.transaction(async (tx) => {
    const ended = await endSessions(tx, { accountId, sessionId, scope, now });
    await appendAudit(
      tx,
      params.audit,
      {
        action: `auth.logout-${scope}`,
        entityType: 'account',
        entityId: accountId,
        after: { sessionsEnded: ended },
      },
      now,
    );
    return ended;
  });
}
