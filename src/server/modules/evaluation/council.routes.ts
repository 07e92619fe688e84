import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import {
  CouncilOutput,
  CreateCouncilInput,
  EvaluationListQuery,
  ListCouncilsOutput,
  PoolOutput,
  PoolQuery,
  UpdateCouncilConflict,
  UpdateCouncilInput,
} from '../../../contracts/evaluation.contracts';
import { assertCan, can } from '../../../domain/access/permissions';
import { forbidden, notFound } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createCouncil } from './create-council';
import { getUnit, loadCouncilMembers } from './evaluation-access';
import { listCouncils } from './list-councils';
import { listPool } from './list-pool';
import { presentCouncil } from './council.presenter';
import { updateCouncil } from './update-council';
import type { Database } from '../../../db/database';
import { findCouncil } from '../../../db/repositories/councils.repository';

const tags = ['councils'];

async function loadCouncil(db: Database, id: string) {
  const council = await findCouncil(db, id);
  if (!council) throw notFound('hội đồng', 'Council');
  return {
    council,
    unit: await getUnit(db, council.unitId),
    members: await loadCouncilMembers(db, [council.id], { isRemovedIncluded: true }),
  };
}

/** Councils: set up (standing office), list and read (office, leader, seated members). */
export async function councilRoutes(app: AppInstance): Promise<void> {
  app.post(
    '/api/v1/councils',
    {
      schema: {
        operationId: 'createCouncil',
        tags,
        body: CreateCouncilInput,
        response: { 201: CouncilOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const db = dbOf(request);
      const unit = await getUnit(db, request.body.unitId);
      const actor = requireActor(request);
      assertCan(actor, 'council.manage', { unitPath: unit.path });
      const council = await createCouncil({
        db,
        audit: auditContextOf(request, 'council.manage', { unitPath: unit.path }),
        unit,
        input: request.body,
        accountId: actor.accountId,
        now: app.deps.clock(),
      });
      const loaded = await loadCouncil(db, council.id);
      return reply.status(201).send(presentCouncil(loaded.council, loaded.unit, loaded.members, actor));
    },
  );

  app.get(
    '/api/v1/councils',
    {
      schema: {
        operationId: 'listCouncils',
        tags,
        querystring: EvaluationListQuery,
        response: { 200: ListCouncilsOutput, ...commonErrorResponses },
      },
    },
    async (request) =>
      listCouncils({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );

  app.get(
    '/api/v1/councils/:id',
    {
      schema: {
        operationId: 'getCouncil',
        tags,
        params: IdParams,
        response: { 200: CouncilOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const loaded = await loadCouncil(dbOf(request), request.params.id);
      const scope = { unitPath: loaded.unit.path };
      const isSeated = loaded.members.some((m) => m.accountId === actor.accountId && m.removedAt === null);
      if (!isSeated && !can(actor, 'council.manage', scope) && !can(actor, 'decision.approve', scope))
        throw forbidden();
      return presentCouncil(loaded.council, loaded.unit, loaded.members, actor);
    },
  );

  app.patch(
    '/api/v1/councils/:id',
    {
      schema: {
        operationId: 'updateCouncil',
        tags,
        summary: 'Sửa hội đồng / edit a council',
        params: IdParams,
        body: UpdateCouncilInput,
        response: { 200: CouncilOutput, ...commonErrorResponses, 409: UpdateCouncilConflict },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const actor = requireActor(request);
      const loaded = await loadCouncil(db, request.params.id);
      const scope = { unitPath: loaded.unit.path };
      if (!can(actor, 'council.manage', scope)) {
        // Those who may read the council learn they may not edit it; for everyone else it does not exist.
        const mayRead =
          loaded.members.some((m) => m.accountId === actor.accountId && m.removedAt === null) ||
          can(actor, 'decision.approve', scope);
        throw mayRead ? forbidden() : notFound('hội đồng', 'Council');
      }
      await updateCouncil({
        db,
        audit: auditContextOf(request, 'council.manage', scope),
        council: loaded.council,
        input: request.body,
        now: app.deps.clock(),
      });
      const fresh = await loadCouncil(db, loaded.council.id);
      return presentCouncil(fresh.council, fresh.unit, fresh.members, actor);
    },
  );

  app.get(
    '/api/v1/councils/:id/pool',
    {
      schema: {
        operationId: 'listRoundPool',
        tags,
        summary: 'Sản phẩm chờ đánh giá / products awaiting evaluation',
        params: IdParams,
        querystring: PoolQuery.omit({ councilId: true }),
        response: { 200: PoolOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const loaded = await loadCouncil(db, request.params.id);
      assertCan(requireActor(request), 'round.manage', { unitPath: loaded.unit.path });
      const items = await listPool({
        db,
        council: loaded.council,
        unit: loaded.unit,
        set: request.query.set,
      });
      return { items: items.map(({ procedureVersionId: _p, ...rest }) => rest) };
    },
  );
}
