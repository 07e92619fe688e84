import { and, asc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import { CouncilCandidatesOutput, CouncilCandidatesQuery } from '../../../contracts/council-setup.contracts';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import { accounts, roleGrants } from '../../../db/schema';
import { assertCan } from '../../../domain/access/permissions';
import { pathIds } from '../../../domain/access/unit-path';
import { dbOf, requireActor, type AppInstance } from '../../context';
import { getUnit } from '../evaluation/evaluation-access';

const COUNCIL_ROLES = ['council_member', 'council_chair'] as const;
type CouncilRole = (typeof COUNCIL_ROLES)[number];

/**
 * Council set-up helpers for the standing office: the active accounts holding a council grant
 * that covers the council's unit (granted in that unit or above it) — only they can score.
 */
export async function councilSetupRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/council-candidates',
    {
      schema: {
        operationId: 'listCouncilCandidates',
        tags: ['councils'],
        summary: 'Tài khoản có thể ngồi hội đồng / accounts that can take a seat',
        querystring: CouncilCandidatesQuery,
        response: { 200: CouncilCandidatesOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const unit = await getUnit(db, request.query.unitId);
      assertCan(requireActor(request), 'council.manage', { unitPath: unit.path });
      const today = app.deps.clock().toISOString().slice(0, 10);
      const rows = await db
        .select({
          accountId: accounts.id,
          username: accounts.username,
          displayName: accounts.displayName,
          role: roleGrants.role,
        })
        .from(roleGrants)
        .innerJoin(accounts, eq(accounts.id, roleGrants.accountId))
        .where(
          and(
            inArray(roleGrants.role, [...COUNCIL_ROLES]),
            inArray(roleGrants.unitId, pathIds(unit.path)),
            isNull(roleGrants.revokedAt),
            or(isNull(roleGrants.validTo), gte(roleGrants.validTo, today)),
            eq(accounts.status, 'active'),
          ),
        )
        .orderBy(asc(accounts.displayName));
      const byAccount = new Map<string, CouncilCandidatesOutput['items'][number]>();
      for (const row of rows) {
        const item = byAccount.get(row.accountId) ?? {
          accountId: row.accountId,
          username: row.username,
          displayName: row.displayName,
          roles: [],
        };
        if (!item.roles.includes(row.role as CouncilRole)) item.roles.push(row.role as CouncilRole);
        byAccount.set(row.accountId, item);
      }
      return { items: [...byAccount.values()] };
    },
  );
}
