import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Database } from '../database';
import { sessions } from '../schema';

/** Which live sessions of an account to end: the one in use, all of them, or all but the one in use. */
export type SessionsToEnd = 'current' | 'everywhere' | 'others';

/**
 * Ends live sessions of an account (`sessionId` is the one in use, if any) and returns how many
 * ended.
 */
export async function endSessions(
  db: Database,
  params: { accountId: string; sessionId: string | null; scope: SessionsToEnd; now: Date },
): Promise<number> {
  const live = and(eq(sessions.accountId, params.accountId), isNull(sessions.revokedAt));
  const where =
    params.scope === 'current'
      ? and(live, eq(sessions.id, params.sessionId ?? ''))
      : params.scope === 'others'
        ? and(live, ne(sessions.id, params.sessionId ?? ''))
        : live;
  const ended = await db
    .update(sessions)
    .set({ revokedAt: params.now })
    .where(where)
    .returning({ id: sessions.id });
  return ended.length;
}

/** Marks every session of an account revoked at `now` (ended ones get the new time too). */
export async function revokeAllSessionsOfAccount(db: Database, accountId: string, now: Date): Promise<void> {
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.accountId, accountId));
}

/** What a new session is stored with; `id` is the hash of the session token, never the token. */
export interface NewSession {
  id: string;
  accountId: string;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
  userAgent: string | null;
}

export async function insertSession(db: Database, values: NewSession): Promise<void> {
  await db.insert(sessions).values(values);
}

/** Records that a session was seen at `now`. */
export async function touchSession(db: Database, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}
