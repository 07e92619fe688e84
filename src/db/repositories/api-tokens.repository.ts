import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Database } from '../database';
import { apiTokens } from '../schema';
import type { ApiTokenRow } from './accounts.repository';

export type { ApiTokenRow } from './accounts.repository';

/** What a new token is stored with (the secret itself never is). */
export interface NewApiToken {
  accountId: string;
  name: string;
  tokenHash: string;
  prefix: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date | null;
}

export async function insertApiToken(db: Database, values: NewApiToken): Promise<ApiTokenRow> {
  const [row] = await db.insert(apiTokens).values(values).returning();
  if (!row) throw new Error('insert returned nothing');
  return row;
}

/** The tokens of an account, revoked and expired ones too, newest first. */
export async function listApiTokensOfAccount(db: Database, accountId: string): Promise<ApiTokenRow[]> {
  return db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.accountId, accountId))
    .orderBy(desc(apiTokens.createdAt));
}

/** Revokes one live token of an account; undefined when there is no such live token. */
export async function revokeApiTokenOfAccount(
  db: Database,
  params: { accountId: string; tokenId: string; now: Date },
): Promise<ApiTokenRow | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: params.now })
    .where(
      and(
        eq(apiTokens.id, params.tokenId),
        eq(apiTokens.accountId, params.accountId),
        isNull(apiTokens.revokedAt),
      ),
    )
    .returning();
  return row;
}

/** Revokes every live token of an account and returns how many there were. */
export async function revokeAllApiTokensOfAccount(
  db: Database,
  accountId: string,
  now: Date,
): Promise<number> {
  const revoked = await db
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.accountId, accountId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return revoked.length;
}

/** Records that a token was used at `now`. */
export async function touchApiToken(db: Database, id: string, now: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}
