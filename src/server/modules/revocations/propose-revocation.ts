import type { ProposeRevocationInput } from '../../../contracts/revocations.contracts';
import type { Database } from '../../../db/database';
import type { AuditContext } from '../../../db/repositories/audit.repository';
import { findProposalWithNames } from '../../../db/repositories/revocations.repository';
import type { Actor } from '../../../domain/access/permissions';
import { createProposal } from './create-proposal';
import { certificateToPropose } from './revocation-access';

/**
 * The standing office proposes revoking one certificate of its unit with a ground from the list.
 * @throws NOT_FOUND, FORBIDDEN, VALIDATION_FAILED, INVALID_TRANSITION, CONFLICT
 */
export async function proposeRevocation(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  input: ProposeRevocationInput;
  now: Date;
}) {
  const { db, actor, input, now } = params;
  const target = await certificateToPropose(db, actor, input.certificateId, 'revocation.propose');
  const row = await db.transaction((tx) =>
    createProposal({
      tx,
      audit: params.audit,
      target,
      source: 'standing_office',
      groundCode: input.groundCode,
      groundText: input.groundText,
      accountId: actor.accountId,
      now,
    }),
  );
  return (await findProposalWithNames(db, row.id))!;
}
