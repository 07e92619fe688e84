import type { CloseMarketCaseInput } from '../../../contracts/market-cases.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateMarketCaseIf } from '../../../db/repositories/market-cases.repository';
import type { Actor } from '../../../domain/access/permissions';
import { staleVersion } from '../../../domain/errors';
import { loadMarketCase } from './market-case-access';

/**
 * Closes a case with its conclusion (violation referred, violation remedied, no violation) and a
 * note; a closed case takes no more changes.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT
 */
export async function closeMarketCase(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  caseId: string;
  input: CloseMarketCaseInput;
  now: Date;
}): Promise<void> {
  const { db, input, now } = params;
  const found = await loadMarketCase(db, params.actor, params.caseId, 'close');
  const before = found.marketCase;
  await db.transaction(async (tx) => {
    const row = await updateMarketCaseIf(tx, before.id, input.version, {
      status: found.nextStatus,
      conclusion: input.conclusion,
      conclusionNote: input.note,
      closedAt: now,
    });
    if (!row) throw staleVersion('Vụ việc', 'case');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'market_case.closed',
        entityType: 'market_case',
        entityId: before.id,
        unitId: before.unitId,
        before: { status: before.status },
        after: { status: row.status, conclusion: input.conclusion, note: input.note },
      },
      now,
    );
  });
}
