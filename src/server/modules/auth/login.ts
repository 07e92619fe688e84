import type { Database } from '../../../db/database';
import { findAccountByLogin } from '../../../db/repositories/accounts.repository';
import { appendAudit } from '../../../db/repositories/audit.repository';
import { insertSession } from '../../../db/repositories/sessions.repository';
import { DomainError } from '../../../domain/errors';
import { dummyPasswordHash, verifyPassword } from '../../security/passwords';
import { clientNetworkOf } from '../../security/client-network';
import { randomSecret, sha256Hex } from '../../security/tokens';
import { ACCOUNT_NETWORK_RULE, SOURCE_RULE, type SignInThrottleStore } from './sign-in-throttle';

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

function tooManyFailures(waitMs: number): DomainError {
  const seconds = Math.ceil(waitMs / 1000);
  const wait =
    seconds < 120
      ? { vi: `${seconds} giây`, en: `${seconds} seconds` }
      : { vi: `${Math.ceil(seconds / 60)} phút`, en: `${Math.ceil(seconds / 60)} minutes` };
  return new DomainError(
    'RATE_LIMITED',
    `Đã nhập sai nhiều lần từ mạng này. Hãy thử lại sau ${wait.vi}.`,
    `Too many failed sign-ins from this network. Try again in ${wait.en}.`,
    undefined,
    { retryAfterSeconds: seconds },
  );
}

/**
 * Checks a username/e-mail and password and opens a server-side session.
 *
 * Failures are throttled, never turned into an account lock (see SignInThrottle): per account and
 * client network, so an attacker elsewhere cannot lock the owner out, and per client across all
 * accounts. An unknown username is throttled and answered exactly like a known one, and runs the
 * same password hash, so neither the answer nor its timing tells whether the account exists.
 * Throws INVALID_CREDENTIALS (unknown account or wrong password — indistinguishable), RATE_LIMITED
 * (wait `extra.retryAfterSeconds`), ACCOUNT_DISABLED (right password, disabled account).
 */
export async function login(params: {
  db: Database;
  throttle: SignInThrottleStore;
  username: string;
  password: string;
  clientAddress: string;
  userAgent: string | undefined;
  requestId: string;
  now: Date;
  sessionHours: number;
}): Promise<LoginResult> {
  const { db, now, throttle } = params;
  const account = await findAccountByLogin(db, params.username);
  const { source, network } = clientNetworkOf(params.clientAddress);
  const accountKey = `account:${account?.id ?? params.username.toLowerCase()}@${network}`;
  const sourceKey = `source:${source}`;
  const startedMs = now.getTime();
  const waitMs = await throttle.begin(
    [
      { key: accountKey, rule: ACCOUNT_NETWORK_RULE },
      { key: sourceKey, rule: SOURCE_RULE },
    ],
    startedMs,
  );
  if (waitMs > 0) throw tooManyFailures(waitMs);
  const isValid = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), params.password);
  if (!account || !isValid) throw invalidCredentials();
  // The right password: this attempt was no guess.
  await throttle.forgive(sourceKey, startedMs);
  if (account.status !== 'active') {
    await throttle.forgive(accountKey, startedMs);
    throw new DomainError('ACCOUNT_DISABLED', 'Tài khoản đã bị vô hiệu hóa.', 'This account is disabled.');
  }
  await throttle.clear(accountKey);
  const context = {
    actorAccountId: account.id,
    actorUsername: account.username,
    actorRole: null,
    unitId: account.unitId,
    requestId: params.requestId,
  };
  const sessionToken = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + params.sessionHours * 3_600_000);
  await db.transaction(async (tx) => {
    await insertSession(tx, {
      id: sha256Hex(sessionToken),
      accountId: account.id,
      csrfToken,
      createdAt: now,
      expiresAt,
      lastSeenAt: now,
      userAgent: params.userAgent?.slice(0, 300) ?? null,
    });
    await appendAudit(
      tx,
      context,
      { action: 'auth.login', entityType: 'account', entityId: account.id },
      now,
    );
  });
  return { accountId: account.id, username: account.username, sessionToken, csrfToken, expiresAt };
}
