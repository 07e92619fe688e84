import type { InvestigateMarketCaseInput } from '../../../contracts/market-cases.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateMarketCaseIf } from '../../../db/repositories/market-cases.repository';
import type { Actor } from '../../../domain/access/permissions';
import { staleVersion } from '../../../domain/errors';
import { loadMarketCase } from './market-case-access';

/**
 * Records what the verification found (xác minh) and moves the case from open to investigated.
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT
 */
export async function investigateMarketCase(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  caseId: string;
  input: InvestigateMarketCaseInput;
  now: Date;
}): Promise<void> {
  const { db, input, now } = params;
  const found = await loadMarketCase(db, params.actor, params.caseId, 'investigate');
  const before = found.marketCase;
  await db.transaction(async (tx) => {
    const row = await updateMarketCaseIf(tx, before.id, input.version, {
      status: found.nextStatus,
      investigationNote: input.note,
      investigatedAt: now,
    });
    if (!row) throw staleVersion('Vụ việc', 'case');
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'market_case.investigated',
        entityType: 'market_case',
        entityId: before.id,
        unitId: before.unitId,
        before: { status: before.status },
        after: { status: row.status, note: input.note },
      },
      now,
    );
  });
}
