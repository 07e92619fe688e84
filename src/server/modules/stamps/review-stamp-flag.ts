import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateStampCopyReviewIfUnchanged } from '../../../db/repositories/stamps.repository';
import { DomainError } from '../../../domain/errors';
import { copyFlagStateOf, reviewCopyFlag, type CopyFlagDecision } from '../../../domain/stamps/copy-flag';
import type { StampRow } from './stamp-batch.presenter';

/**
 * The standing office confirms or dismisses a stamp's "possible copy" flag, with a reason; audited
 * in the same transaction. A confirmed flag keeps the shoppers' warning; a dismissed one clears the
 * flag and its warning, and only scans after the dismissal can raise it again. Throws
 * INVALID_TRANSITION when the flag cannot take the decision (not flagged, already dismissed), and
 * CONFLICT when the flag changed meanwhile.
 */
export async function reviewStampFlag(params: {
  db: Database;
  audit: AuditContext;
  stamp: StampRow;
  decision: CopyFlagDecision;
  reason: string;
  accountId: string;
  now: Date;
}): Promise<StampRow> {
  const { stamp, decision, now } = params;
  const before = copyFlagStateOf(stamp);
  const after = reviewCopyFlag(before, decision);
  const isConfirmed = after === 'confirmed';
  return params.db.transaction(async (tx) => {
    const row = await updateStampCopyReviewIfUnchanged(tx, stamp, {
      isPossibleCopy: isConfirmed,
      hasStrongCopySignal: isConfirmed && stamp.hasStrongCopySignal,
      copyReview: isConfirmed ? 'confirmed' : 'dismissed',
      copyReviewReason: params.reason,
      copyReviewedAt: now,
      copyReviewedBy: params.accountId,
    });
    if (!row)
      throw new DomainError(
        'CONFLICT',
        'Cờ của tem vừa được thay đổi; hãy tải lại.',
        "The stamp's flag changed meanwhile; reload.",
      );
    await appendAudit(
      tx,
      params.audit,
      {
        action: isConfirmed ? 'stamp.copy-flag.confirmed' : 'stamp.copy-flag.dismissed',
        entityType: 'stamp',
        entityId: stamp.serial,
        before: { copyFlag: before, hasStrongCopySignal: stamp.hasStrongCopySignal },
        after: { copyFlag: after, reason: params.reason },
      },
      now,
    );
    return row;
  });
}
