import type { CreateConsultantInput } from '../../../contracts/promotion.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { insertConsultant } from '../../../db/repositories/promotion-consultants.repository';
import { existingAccountIds } from '../../../db/repositories/promotion.repository';
import type { Actor } from '../../../domain/access/permissions';
import { invalidField, unitToActIn } from './promotion-access';

/**
 * Adds a consultant (organisation or individual) to the directory of a province or the nation.
 * VALIDATION_FAILED for an unknown unit or account, FORBIDDEN outside the actor's units.
 */
export async function createConsultant(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  now: Date;
  input: CreateConsultantInput;
}): Promise<string> {
  const { db, input, now } = params;
  const unit = await unitToActIn({
    db,
    actor: params.actor,
    action: 'consultant.manage',
    unitId: input.unitId,
    field: 'unitId',
    levels: ['nation', 'province'],
  });
  if (input.accountId && !(await existingAccountIds(db, [input.accountId])).has(input.accountId)) {
    throw invalidField('accountId', 'Không có tài khoản này', 'No such account');
  }
  return db.transaction(async (tx) => {
    const row = await insertConsultant(tx, {
      unitId: unit.id,
      kind: input.kind,
      name: input.name,
      fields: [...new Set(input.fields)],
      phone: input.phone ?? '',
      email: input.email ?? '',
      address: input.address ?? '',
      accountId: input.accountId ?? null,
      note: input.note ?? '',
      createdBy: params.actor.accountId,
      createdAt: now,
    });
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'consultant.created',
        entityType: 'consultant',
        entityId: row.id,
        unitId: unit.id,
        after: { name: row.name, kind: row.kind, fields: row.fields, accountId: row.accountId },
      },
      now,
    );
    return row.id;
  });
}
