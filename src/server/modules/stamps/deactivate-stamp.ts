import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateStampStatusIfUnchanged } from '../../../db/repositories/stamps.repository';
import { DomainError } from '../../../domain/errors';
import { nextStampStatus } from '../../../domain/stamps/stamp-status';
import type { StampRow } from './stamp-batch.presenter';

/**
 * Deactivates one stamp (vô hiệu hóa tem) with a reason the resolver shows; audited. Throws
 * INVALID_TRANSITION when already deactivated (or changed concurrently).
 */
export async function deactivateStamp(params: {
  db: Database;
  audit: AuditContext;
  stamp: StampRow;
  reason: string;
  now: Date;
}): Promise<StampRow> {
  const { stamp, now } = params;
  const status = nextStampStatus(stamp.status, 'deactivate');
  return params.db.transaction(async (tx) => {
    const row = await updateStampStatusIfUnchanged(tx, {
      serial: stamp.serial,
      expectedStatus: stamp.status,
      status,
      reason: params.reason,
      now,
    });
    if (!row)
      throw new DomainError(
        'CONFLICT',
        'Tem vừa được thay đổi; hãy tải lại.',
        'The stamp changed meanwhile; reload.',
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'stamp.deactivated',
        entityType: 'stamp',
        entityId: stamp.serial,
        before: { status: stamp.status },
        after: { status, reason: params.reason },
      },
      now,
    );
    return row;
  });
}
