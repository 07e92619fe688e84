import type { ApiTokenView, CreateApiTokenInput } from '../../../contracts/auth.contracts';
import type { Database } from '../../../db/database';
import {
  insertApiToken,
  listApiTokensOfAccount,
  revokeAllApiTokensOfAccount,
  revokeApiTokenOfAccount,
  type ApiTokenRow,
} from '../../../db/repositories/api-tokens.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { canAnywhere, type Actor } from '../../../domain/access/permissions';
import { DomainError, notFound } from '../../../domain/errors';
import { randomSecret, sha256Hex } from '../../security/tokens';

function toView(row: ApiTokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Creates a token for machine clients, limited to `scopes`: each must be an action the actor
 * itself may do, so a token never holds more than its account. Throws FORBIDDEN naming `scopes`
 * otherwise. The secret is returned once; only its SHA-256 is stored.
 */
export async function createApiToken(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreateApiTokenInput;
  now: Date;
}): Promise<ApiTokenView & { token: string }> {
  const { actor, input, now } = params;
  // canAnywhere honours the actor's own token scopes too: a token can never widen itself.
  const unheld = input.scopes.filter((scope) => !canAnywhere(actor, scope));
  if (unheld.length > 0) {
    throw new DomainError(
      'FORBIDDEN',
      'Không thể cấp cho mã truy cập quyền mà tài khoản không có.',
      'A token cannot carry permissions the account does not have.',
      unheld.map((scope) => ({
        field: 'scopes',
        messageVi: `Không có quyền ${scope}`,
        messageEn: `Not held: ${scope}`,
      })),
    );
  }
  const token = `ocop_${randomSecret(32)}`;
  const expiresAt = input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null;
  return params.db.transaction(async (tx) => {
    const row = await insertApiToken(tx, {
      accountId: actor.accountId,
      name: input.name,
      tokenHash: sha256Hex(token),
      prefix: token.slice(0, 10),
      scopes: input.scopes,
      createdAt: now,
      expiresAt,
    });
    const view = toView(row);
    await appendAudit(
      tx,
      params.audit,
      { action: 'api-token.created', entityType: 'api-token', entityId: row.id, after: view },
      now,
    );
    return { ...view, token };
  });
}

/** The actor's own tokens, newest first (secrets are never shown again). */
export async function listApiTokens(params: { db: Database; accountId: string }): Promise<ApiTokenView[]> {
  const rows = await listApiTokensOfAccount(params.db, params.accountId);
  return rows.map(toView);
}

/** Revokes one of the actor's tokens; NOT_FOUND for someone else's token. */
export async function revokeApiToken(params: {
  db: Database;
  audit: AuditContext;
  accountId: string;
  tokenId: string;
  now: Date;
}): Promise<void> {
  await params.db.transaction(async (tx) => {
    const { accountId, tokenId, now } = params;
    const row = await revokeApiTokenOfAccount(tx, { accountId, tokenId, now });
    if (!row) throw notFound('mã truy cập', 'API token');
    await appendAudit(
      tx,
      params.audit,
      { action: 'api-token.revoked', entityType: 'api-token', entityId: row.id },
      params.now,
    );
  });
}

/**
 * Revokes every live token of an account — after its password changed or was reset, a token
 * obtained with the old password must stop working. Call inside the transaction of that change.
 */
export async function revokeAllApiTokens(tx: Database, accountId: string, now: Date): Promise<number> {
  return revokeAllApiTokensOfAccount(tx, accountId, now);
}
