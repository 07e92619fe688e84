import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { sessions } from '../../../db/schema';

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
  const live = and(eq(sessions.accountId, accountId), isNull(sessions.revokedAt));
  const where =
    scope === 'current'
      ? and(live, eq(sessions.id, sessionId ?? ''))
      : scope === 'others'
        ? and(live, ne(sessions.id, sessionId ?? ''))
        : live;
  return db.transaction(async (tx) => {
    const ended = await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(where)
      .returning({ id: sessions.id });
    await appendAudit(
      tx,
      params.audit,
      {
        action: `auth.logout-${scope}`,
        entityType: 'account',
        entityId: accountId,
        after: { sessionsEnded: ended.length },
      },
      now,
    );
    return ended.length;
  });
}
