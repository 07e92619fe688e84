import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import {
  insertConsultancyLinkIfAbsent,
  type ConsultancyLinkRow,
} from '../../../db/repositories/consultancy.repository';
import type { CreateConsultancyLinkInput } from '../../../contracts/consultancy.contracts';
import { DomainError } from '../../../domain/errors';

/**
 * Records that an account advised a producer over a period (quan hệ tư vấn). One link per
 * account and producer: a second one is refused (CONFLICT) rather than overwriting the first.
 * The audit row is written in the same transaction.
 */
export async function createConsultancyLink(params: {
  db: Database;
  audit: AuditContext;
  input: CreateConsultancyLinkInput;
  unitId: string;
  accountId: string;
  now: Date;
}): Promise<ConsultancyLinkRow> {
  const { input, now } = params;
  return params.db.transaction(async (tx) => {
    const row = await insertConsultancyLinkIfAbsent(tx, {
      accountId: input.accountId,
      producerId: input.producerId,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      note: input.note ?? '',
      createdBy: params.accountId,
      createdAt: now,
    });
    if (!row)
      throw new DomainError(
        'CONFLICT',
        'Quan hệ tư vấn giữa tài khoản và chủ thể này đã được ghi nhận.',
        'This consultancy link is already recorded.',
        [
          {
            field: 'producerId',
            messageVi: 'Đã có quan hệ tư vấn với chủ thể này',
            messageEn: 'Already linked to this producer',
          },
        ],
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'consultancy-link.created',
        entityType: 'consultancy-link',
        entityId: `${row.accountId}:${row.producerId}`,
        unitId: params.unitId,
        after: {
          accountId: row.accountId,
          producerId: row.producerId,
          validFrom: row.validFrom,
          validTo: row.validTo,
          note: row.note,
        },
      },
      now,
    );
    return row;
  });
}
