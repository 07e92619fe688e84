/** Who may see and act on revocation proposals and decisions: the issuing unit decides. */
import type { Database } from '../../../db/database';
import {
  findCertificateForRevocation,
  findDecisionWithUnit,
  type CertificateForRevocation,
  type DecisionWithUnit,
} from '../../../db/repositories/revocations.repository';
import { can, type Action, type Actor } from '../../../domain/access/permissions';
import { forbidden, notFound } from '../../../domain/errors';

/** Readers see a unit's revocations; those who act on them see them too. */
export function canSeeRevocations(actor: Actor, unitPath: string): boolean {
  return (['revocation.read', 'revocation.propose', 'revocation.draft', 'revocation.approve'] as const).some(
    (action) => can(actor, action, { unitPath }),
  );
}

/** 404 when the actor cannot see the unit's revocations, 403 when it sees but may not `action`. */
export function assertRevocationAction(actor: Actor, action: Action, unitPath: string): void {
  if (!canSeeRevocations(actor, unitPath)) throw notFound('đối tượng thu hồi', 'Revocation record');
  if (!can(actor, action, { unitPath })) throw forbidden();
}

/** The certificate to propose, if the actor may propose it (NOT_FOUND / FORBIDDEN otherwise). */
export async function certificateToPropose(
  db: Database,
  actor: Actor,
  certificateId: string,
  action: Action,
): Promise<CertificateForRevocation> {
  const found = await findCertificateForRevocation(db, certificateId);
  if (!found) throw notFound('giấy chứng nhận', 'Certificate');
  assertRevocationAction(actor, action, found.issuerPath);
  return found;
}

/** The decision, if the actor may see it (NOT_FOUND otherwise). */
export async function readableDecision(db: Database, actor: Actor, id: string): Promise<DecisionWithUnit> {
  const found = await findDecisionWithUnit(db, id);
  if (!found || !canSeeRevocations(actor, found.unitPath))
    throw notFound('quyết định thu hồi', 'Revocation decision');
  return found;
}
