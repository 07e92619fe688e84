import type { ScoringQualityOutput } from '../../../contracts/scoring-quality.contracts';
import type { Database } from '../../../db/database';
import {
  findCouncilScope,
  listCouncilMembersBrief,
  listSubmittedSheetTotals,
} from '../../../db/repositories/scoring-quality.repository';
import type { Actor } from '../../../domain/access/permissions';
import { isWithinUnit } from '../../../domain/access/unit-path';
import { forbidden, notFound } from '../../../domain/errors';
import { scoringQuality } from '../../../domain/evaluation-quality/scoring-quality';

/**
 * The standing office of the council's unit (or above) and the council's own chair see it; the
 * members never see one another's — nor their own — standing here.
 */
function mayRead(actor: Actor, council: { unitPath: string }, chairAccountIds: readonly string[]): boolean {
  if (actor.tokenScopes !== undefined && !actor.tokenScopes.includes('scoring-quality.read')) return false;
  return actor.grants.some(
    (grant) =>
      isWithinUnit(council.unitPath, grant.unitPath) &&
      (grant.role === 'standing_office' ||
        (grant.role === 'council_chair' && chairAccountIds.includes(actor.accountId))),
  );
}

/**
 * Per member of a council: mean deviation from the council's mean, z-scores per round, share of
 * re-scored products, and a flag for members consistently far from the council.
 * @throws NOT_FOUND (no such council, or outside the actor's units), FORBIDDEN (a chair of
 *   another council).
 */
export async function getScoringQuality(params: {
  db: Database;
  actor: Actor;
  councilId: string;
}): Promise<ScoringQualityOutput> {
  const { db, actor } = params;
  const council = await findCouncilScope(db, params.councilId);
  if (!council || !actor.grants.some((g) => isWithinUnit(council.unitPath, g.unitPath)))
    throw notFound('hội đồng', 'Council');
  const members = await listCouncilMembersBrief(db, council.id);
  const chairs = members.filter((m) => m.role === 'chair' && m.removedAt === null && m.accountId !== null);
  if (
    !mayRead(
      actor,
      council,
      chairs.map((m) => m.accountId!),
    )
  )
    throw forbidden();
  const quality = scoringQuality(await listSubmittedSheetTotals(db, council.id));
  const byId = new Map(members.map((m) => [m.id, m]));
  return {
    council: { id: council.id, name: council.name },
    members: quality
      .map((q) => ({
        ...q,
        fullName: byId.get(q.memberId)?.fullName ?? '',
        role: byId.get(q.memberId)?.role ?? '',
      }))
      .sort((a, b) => Math.abs(b.meanZ) - Math.abs(a.meanZ)),
  };
}
