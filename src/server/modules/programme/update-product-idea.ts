import type { UpdateProductIdeaInput } from '../../../contracts/programme.contracts';
import type { Database } from '../../../db/database';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { updateIdeaIf } from '../../../db/repositories/ideas.repository';
import type { Actor } from '../../../domain/access/permissions';
import { transitionProposal } from '../../../domain/programme/proposal-workflow';
import { assertKnownProductSet } from '../products/product.presenter';
import { assertProposalAction, loadIdeaForRead, staleRecord } from './proposal-access';

/**
 * Changes an idea while the commune has not decided, or after it asked for changes (which submits
 * it again for review).
 * @throws NOT_FOUND, FORBIDDEN, INVALID_TRANSITION, CONFLICT (stale version), VALIDATION_FAILED
 */
export async function updateProductIdea(params: {
  db: Database;
  audit: AuditContext;
  actor: Actor;
  ideaId: string;
  input: UpdateProductIdeaInput;
  now: Date;
}): Promise<void> {
  const { db, actor, input, now } = params;
  const loaded = await loadIdeaForRead(db, actor, params.ideaId);
  assertProposalAction(actor, 'idea.manage', loaded);
  const status = transitionProposal(loaded.idea.status, 'edit');
  assertKnownProductSet(input.productSet, now);
  await db.transaction(async (tx) => {
    const { version, ...fields } = input;
    const row = await updateIdeaIf(tx, loaded.idea.id, version, [loaded.idea.status], {
      ...fields,
      status,
      updatedAt: now,
    });
    if (!row) throw staleRecord();
    await appendAudit(
      tx,
      params.audit,
      {
        action: 'product-idea.updated',
        entityType: 'product_idea',
        entityId: row.id,
        unitId: row.communeId,
        before: { status: loaded.idea.status },
        after: { status },
      },
      now,
    );
  });
}
