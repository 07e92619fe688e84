import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/server/app';
import { testConfig, type AppConfig } from '../../src/server/config';
import type { AppInstance } from '../../src/server/context';
import type { Database, DatabaseHandle } from '../../src/db/database';
import type { Role } from '../../src/domain/access/roles';
import { buildAccount, TEST_PASSWORD, type UnitRow } from './factories';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: AppInstance;
  db: Database;
  database: DatabaseHandle;
  /** Moves the app's clock (e.g. past a lockout). */
  setNow(date: Date): void;
  close(): Promise<void>;
}

/** The app on a fresh migrated database (see createTestDatabase). Close it in afterAll. */
export async function createTestApp(
  options: { config?: Partial<AppConfig>; now?: Date } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  let now: Date | undefined = options.now;
  const app = await buildApp({
    database,
    config: testConfig(options.config),
    clock: () => now ?? new Date(),
  });
  return {
    app,
    db: database.db,
    database,
    setNow: (date) => {
      now = date;
    },
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** A signed-in browser: its cookie and CSRF token, ready to spread into `app.inject` headers. */
export interface Session {
  accountId: string;
  cookie: string;
  csrfToken: string;
  headers: { cookie: string; 'x-csrf-token': string };
}

/** Signs in through the real login route. */
export async function login(app: AppInstance, username: string, password = TEST_PASSWORD): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
  const cookie = sessionCookieOf(response);
  const body = response.json<{ id: string; csrfToken: string }>();
  return {
    accountId: body.id,
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  };
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'ocop_session');
  if (!cookie) throw new Error('no session cookie');
  return `ocop_session=${cookie.value}`;
}

/** Creates an account with one role in one unit and signs it in. */
export async function signInAs(testApp: TestApp, role: Role, unit: UnitRow): Promise<Session> {
  const account = await buildAccount(testApp.db, { unit, grants: [{ role, unit }] });
  return login(testApp.app, account.username);
}
