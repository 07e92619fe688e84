import type { AccountOutput, CreateAccountInput } from '../../../contracts/accounts.contracts';
import type { Database } from '../../../db/database';
import {
  findAccountById,
  findAccountByLogin,
  insertAccount,
} from '../../../db/repositories/accounts.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertGrant, listGrantsOfAccounts } from '../../../db/repositories/grants.repository';
import type { Actor } from '../../../domain/access/permissions';
import { DomainError } from '../../../domain/errors';
import { hashPassword } from '../../security/passwords';
import { auditSnapshot, presentAccount } from './account.presenter';
import { getUnitForAction } from './account-access';

function taken(field: 'username' | 'email'): DomainError {
  const label = field === 'username' ? 'Tên đăng nhập' : 'E-mail';
  return new DomainError('CONFLICT', `${label} đã được sử dụng.`, `This ${field} is already taken.`, [
    { field, messageVi: `${label} đã được sử dụng`, messageEn: `Already taken` },
  ]);
}

/**
 * Creates an account in a unit of the actor's jurisdiction, with optional grants (each in a unit
 * the actor may grant in). Throws FORBIDDEN, VALIDATION_FAILED (unknown unit), CONFLICT (taken
 * username or e-mail).
 */
export async function createAccount(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: CreateAccountInput;
  now: Date;
}): Promise<AccountOutput> {
  const { db, actor, input, now } = params;
  const unit = await getUnitForAction(db, actor, 'account.manage', input.unitId, 'unitId');
  const grantUnits = await Promise.all(
    (input.grants ?? []).map((g, i) =>
      getUnitForAction(db, actor, 'grant.manage', g.unitId, `grants.${i}.unitId`),
    ),
  );
  if (await findAccountByLogin(db, input.username)) throw taken('username');
  if (input.email && (await findAccountByLogin(db, input.email))) throw taken('email');
  const passwordHash = await hashPassword(input.password);
  const today = now.toISOString().slice(0, 10);
  const id = await db.transaction(async (tx) => {
    const row = await insertAccount(tx, {
      username: input.username,
      email: input.email ?? null,
      displayName: input.displayName,
      passwordHash,
      unitId: unit.id,
      locale: input.locale ?? 'vi',
      createdAt: now,
      updatedAt: now,
      passwordChangedAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'account.created',
        entityType: 'account',
        entityId: row.id,
        unitId: unit.id,
        after: auditSnapshot(row),
      },
      now,
    );
    for (const [i, grant] of (input.grants ?? []).entries()) {
      const grantRow = await insertGrant(tx, {
        accountId: row.id,
        role: grant.role,
        unitId: grantUnits[i]!.id,
        validFrom: grant.validFrom ?? today,
        validTo: grant.validTo ?? null,
        createdAt: now,
      });
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'grant.created',
          entityType: 'role-grant',
          entityId: grantRow.id,
          unitId: grantUnits[i]!.id,
          after: grantRow,
        },
        now,
      );
    }
    return row.id;
  });
  const row = await findAccountById(db, id);
  return presentAccount(row!, unit.fullName, await listGrantsOfAccounts(db, [id]));
}
