import { eq } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import { findAccountByLogin } from '../../../db/repositories/accounts.repository';
import { appendAudit } from '../../../db/repositories/audit.repository';
import { accounts, sessions } from '../../../db/schema';
import { DomainError } from '../../../domain/errors';
import { dummyPasswordHash, verifyPassword } from '../../security/passwords';
import { randomSecret, sha256Hex } from '../../security/tokens';

/** After this many wrong passwords in a row the account is locked for {@link LOCK_MINUTES}. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface LoginResult {
  accountId: string;
  username: string;
  /** The cookie value; only its hash is stored. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

const invalidCredentials = () =>
  new DomainError('INVALID_CREDENTIALS', 'Sai tên đăng nhập hoặc mật khẩu.', 'Wrong username or password.');

/**
 * Checks a username/e-mail and password and opens a server-side session.
 * Throws INVALID_CREDENTIALS (unknown account or wrong password — indistinguishable),
 * ACCOUNT_LOCKED (too many failures; the lock ends by itself), ACCOUNT_DISABLED.
 */
export async function login(params: {
  db: Database;
  username: string;
  password: string;
  userAgent: string | undefined;
  requestId: string;
  now: Date;
  sessionHours: number;
}): Promise<LoginResult> {
  const { db, now } = params;
  const account = await findAccountByLogin(db, params.username);
  if (!account) {
    await verifyPassword(await dummyPasswordHash(), params.password);
    throw invalidCredentials();
  }
  if (account.lockedUntil && account.lockedUntil > now) {
    const minutes = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 60_000);
    throw new DomainError(
      'ACCOUNT_LOCKED',
      `Tài khoản tạm khoá do nhập sai mật khẩu nhiều lần. Thử lại sau ${minutes} phút.`,
      `Account locked after repeated failed sign-ins. Try again in ${minutes} minutes.`,
      undefined,
      { retryAfterMinutes: minutes },
    );
  }
  const isValid = await verifyPassword(account.passwordHash, params.password);
  const context = {
    actorAccountId: account.id,
    actorUsername: account.username,
    actorRole: null,
    unitId: account.unitId,
    requestId: params.requestId,
  };
  if (!isValid) {
    const failures = account.failedLoginCount + 1;
    const lockedUntil = failures >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCK_MINUTES * 60_000) : null;
    await db.transaction(async (tx) => {
      await tx
        .update(accounts)
        .set({ failedLoginCount: lockedUntil ? 0 : failures, lockedUntil })
        .where(eq(accounts.id, account.id));
      await appendAudit(
        tx,
        context,
        { action: lockedUntil ? 'account.locked' : 'auth.login-failed', entityType: 'account', entityId: account.id, after: { failures } },
        now,
      );
    });
    throw invalidCredentials();
  }
  if (account.status !== 'active') {
    throw new DomainError('ACCOUNT_DISABLED', 'Tài khoản đã bị vô hiệu hoá.', 'This account is disabled.');
  }
  const sessionToken = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + params.sessionHours * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.insert(sessions).values({
      id: sha256Hex(sessionToken),
      accountId: account.id,
      csrfToken,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      userAgent: params.userAgent?.slice(0, 300) ?? null,
    });
    await tx.update(accounts).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(accounts.id, account.id));
    await appendAudit(tx, context, { action: 'auth.login', entityType: 'account', entityId: account.id }, now);
  });
  return { accountId: account.id, username: account.username, sessionToken, csrfToken, expiresAt };
}
