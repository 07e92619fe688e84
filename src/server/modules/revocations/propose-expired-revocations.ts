import type { Database } from '../../../db/database';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import {
  findCertificateForRevocation,
  listExpiredNotReevaluated,
  listProposalsByIds,
} from '../../../db/repositories/revocations.repository';
import type { Actor } from '../../../domain/access/permissions';
import { notFound } from '../../../domain/errors';
import { createProposal } from './create-proposal';
import { assertRevocationAction } from './revocation-access';

/**
 * In bulk: proposes revoking every certificate of the unit that expired without re-evaluation
 * (ground "not re-evaluated in time"), skipping those already proposed. Idempotent: a second run
 * proposes nothing new. @throws NOT_FOUND, FORBIDDEN
 */
export async function proposeExpiredRevocations(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  unitId: string;
  now: Date;
}) {
  const { db, actor, now } = params;
  const unit = await findUnitById(db, params.unitId);
  if (!unit) throw notFound('đơn vị', 'Unit');
  assertRevocationAction(actor, 'revocation.propose', unit.path);
  const today = now.toISOString().slice(0, 10);
  const due = await listExpiredNotReevaluated(db, unit.path, today);
  const ids = await db.transaction(async (tx) => {
    const created: string[] = [];
    for (const certificate of due) {
      const target = (await findCertificateForRevocation(tx, certificate.id))!;
      const row = await createProposal({
        tx,
        audit: params.audit,
        target,
        source: 'expired_not_reevaluated',
        groundCode: 'not_reevaluated',
        accountId: actor.accountId,
        now,
      });
      created.push(row.id);
    }
    return created;
  });
  return listProposalsByIds(db, ids);
}
