import type { FastifyRequest } from 'fastify';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import {
  CreateRoundInput,
  EvaluationListQuery,
  ListRoundsOutput,
  OpenRoundInput,
  RoundOutput,
  RoundProductParams,
  RoundResultsOutput,
  SetRoundProductCaseInput,
} from '../../../contracts/evaluation.contracts';
import { PdfOutput } from '../../../contracts/rubrics.contracts';
import {
  RoundProductMemberChoicesOutput,
  SetRoundProductMembersInput,
} from '../../../contracts/round-assignment.contracts';
import { findCouncil } from '../../../db/repositories/councils.repository';
import { listRoundResultsWithNames } from '../../../db/repositories/rounds.repository';
import { assertCan } from './route-helpers';
import {
  AGENCY_LABELS,
  COUNCIL_MEMBER_ROLE_LABELS,
  type Agency,
} from '../../../domain/evaluation/evaluation.types';
import { ROUND_STATUS_LABELS } from '../../../domain/evaluation/round-workflow';
import { forbidden, notFound } from '../../../domain/errors';
import { renderRoundMinutesPdf } from '../../documents/round-minutes.pdf';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createRound } from './create-round';
import {
  displayNameOf,
  getUnit,
  loadCouncilMembers,
  loadRoundContext,
  requireManager,
  roundAudit,
  type RoundContext,
} from './evaluation-access';
import { listRounds } from './list-rounds';
import { openRound } from './open-round';
import { presentRound } from './round-presenter';
import { loadAgenda, loadSheets, totalOf } from './round-data';
import { setRoundProductCase } from './set-product-case';
import { setProductMembers } from './set-product-members';
import { listProductMemberChoices } from './list-product-member-choices';
import { sheetWarningsOfResults } from './sheet-acknowledgement';

const tags = ['rounds'];

async function roundView(ctx: RoundContext) {
  const agenda = await loadAgenda(ctx.db, ctx.round.id);
  return presentRound(
    ctx,
    agenda,
    await loadSheets(
      ctx.db,
      agenda.map((a) => a.id),
    ),
  );
}

export async function loadResults(ctx: RoundContext) {
  const rows = await listRoundResultsWithNames(ctx.db, ctx.round.id);
  const warnings = await sheetWarningsOfResults(
    ctx.db,
    rows.map((row) => row.result.id),
  );
  return rows.map(({ result: r, productName, producerName, productSet, decisionId }) => ({
    id: r.id,
    roundProductId: r.roundProductId,
    productId: r.productId,
    productName,
    producerName,
    productSet,
    mean: r.meanHundredths / 100,
    bandStars: r.bandStars,
    stars: r.stars,
    isCertifiable: r.isCertifiable,
    knockOuts: r.knockOuts,
    routeAction: r.routeAction,
    routeTargetLevel: r.routeTargetLevel,
    explanationVi: r.explanationVi,
    explanationEn: r.explanationEn,
    memberTotals: r.memberTotals,
    adoptedAt: r.adoptedAt.toISOString(),
    decisionId,
    routeReading: r.routeReading,
    sheetWarning: warnings.get(r.id) ?? null,
  }));
}

function requireResultsReader(ctx: RoundContext): void {
  if (!ctx.canManage && !ctx.isChair && !ctx.canApprove && !ctx.me) throw forbidden();
}

/** Rounds: create from the pool, list, read, open (standing office); results and minutes. */
export async function roundRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const ctxOf = (request: FastifyRequest) => loadRoundContext(request, (request.params as { id: string }).id);

  app.post(
    '/api/v1/rounds',
    {
      schema: {
        operationId: 'createRound',
        tags,
        body: CreateRoundInput,
        response: { 201: RoundOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const db = dbOf(request);
      const actor = requireActor(request);
      const council = await findCouncil(db, request.body.councilId);
      if (!council) throw notFound('hội đồng', 'Council');
      const unit = await getUnit(db, council.unitId);
      assertCan(actor, 'round.manage', { unitPath: unit.path });
      const members = await loadCouncilMembers(db, [council.id]);
      const round = await createRound({
        db,
        audit: auditContextOf(request, 'round.manage', { unitPath: unit.path }),
        council,
        unit,
        members,
        input: request.body,
        accountId: actor.accountId,
        now: now(),
      });
      return reply.status(201).send(await roundView(await loadRoundContext(request, round.id)));
    },
  );

  app.get(
    '/api/v1/rounds',
    {
      schema: {
        operationId: 'listRounds',
        tags,
        querystring: EvaluationListQuery,
        response: { 200: ListRoundsOutput, ...commonErrorResponses },
      },
    },
    async (request) => listRounds({ db: dbOf(request), actor: requireActor(request), query: request.query }),
  );

  app.get(
    '/api/v1/rounds/:id',
    {
      schema: {
        operationId: 'getRound',
        tags,
        params: IdParams,
        response: { 200: RoundOutput, ...commonErrorResponses },
      },
    },
    async (request) => roundView(await ctxOf(request)),
  );

  app.post(
    '/api/v1/rounds/:id/open',
    {
      schema: {
        operationId: 'openRound',
        tags,
        summary: 'Mở đợt đánh giá / open the round',
        params: IdParams,
        body: OpenRoundInput,
        response: { 200: RoundOutput, 422: ProblemOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await ctxOf(request);
      requireManager(ctx);
      await openRound({
        ctx,
        audit: roundAudit(request, ctx, 'round.manage'),
        input: request.body,
        actorName: await displayNameOf(ctx.db, ctx.actor.accountId),
        now: now(),
      });
      return roundView(await ctxOf(request));
    },
  );

  app.put(
    '/api/v1/rounds/:id/products/:productId/case',
    {
      schema: {
        operationId: 'setRoundProductCase',
        tags,
        summary: 'Đổi trường hợp chấm của sản phẩm (bộ 26) trước khi chấm / set the product’s case',
        params: RoundProductParams,
        body: SetRoundProductCaseInput,
        response: { 200: RoundOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await ctxOf(request);
      requireManager(ctx);
      await setRoundProductCase({
        ctx,
        audit: roundAudit(request, ctx, 'round.manage'),
        roundProductId: request.params.productId,
        input: request.body,
        now: now(),
      });
      return roundView(await ctxOf(request));
    },
  );

  app.get(
    '/api/v1/rounds/:id/products/:productId/members',
    {
      schema: {
        operationId: 'listRoundProductMemberChoices',
        tags,
        summary:
          'Thành viên có thể phân công chấm sản phẩm, kèm xung đột lợi ích / who may score the product',
        params: RoundProductParams,
        response: { 200: RoundProductMemberChoicesOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await ctxOf(request);
      requireManager(ctx);
      return listProductMemberChoices({ ctx, roundProductId: request.params.productId });
    },
  );

  app.put(
    '/api/v1/rounds/:id/products/:productId/members',
    {
      schema: {
        operationId: 'setRoundProductMembers',
        tags,
        summary: 'Đổi phân công thành viên chấm sản phẩm trước khi mở đợt / change who scores a product',
        params: RoundProductParams,
        body: SetRoundProductMembersInput,
        response: { 200: RoundOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await ctxOf(request);
      requireManager(ctx);
      await setProductMembers({
        ctx,
        audit: roundAudit(request, ctx, 'round.manage'),
        roundProductId: request.params.productId,
        input: request.body,
        now: now(),
      });
      return roundView(await ctxOf(request));
    },
  );

  app.get(
    '/api/v1/rounds/:id/results',
    {
      schema: {
        operationId: 'getRoundResults',
        tags,
        params: IdParams,
        response: { 200: RoundResultsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await ctxOf(request);
      requireResultsReader(ctx);
      return { roundId: ctx.round.id, status: ctx.round.status, items: await loadResults(ctx) };
    },
  );

  app.get(
    '/api/v1/rounds/:id/minutes.pdf',
    {
      schema: {
        operationId: 'getRoundMinutesPdf',
        tags,
        summary: 'Biên bản họp hội đồng (PDF) / minutes',
        params: IdParams,
        response: { 200: PdfOutput, 401: ProblemOutput, 403: ProblemOutput, 404: ProblemOutput },
      },
    },
    async (request, reply) => {
      const ctx = await ctxOf(request);
      if (!ctx.canManage && !ctx.isChair && !ctx.canApprove) throw forbidden();
      const results = await loadResults(ctx);
      const agenda = await loadAgenda(ctx.db, ctx.round.id);
      const sheets = await loadSheets(
        ctx.db,
        agenda.map((a) => a.id),
      );
      // Members removed from the council since still appear on the minutes of the rounds they scored.
      const voting = ctx.members.filter(
        (m) =>
          m.role !== 'advisor' && (m.removedAt === null || agenda.some((a) => a.memberIds.includes(m.id))),
      );
      const pdf = await renderRoundMinutesPdf({
        unit: { level: ctx.unit.level, fullName: ctx.unit.fullName },
        chairName: ctx.members.find((m) => m.role === 'chair' && m.removedAt === null)?.fullName ?? null,
        councilName: ctx.council.name,
        roundName: ctx.round.name,
        meetingOn: ctx.round.meetingOn,
        statusVi: ROUND_STATUS_LABELS[ctx.round.status].vi,
        members: voting.map((m) => ({
          fullName: m.fullName,
          roleVi: COUNCIL_MEMBER_ROLE_LABELS[m.role].vi,
          agencyVi: AGENCY_LABELS[m.agency as Agency]?.vi ?? m.agency,
        })),
        products: agenda.map((item) => {
          const result = results.find((r) => r.roundProductId === item.id);
          const memberTotals = item.memberIds.map((memberId) => {
            const name = ctx.members.find((m) => m.id === memberId)?.fullName ?? '';
            if (item.declarations.get(memberId) === 'conflict')
              return { name, total: null, noteVi: 'không chấm (xung đột lợi ích)' };
            const sheet = sheets.find(
              (s) => s.roundProductId === item.id && s.memberId === memberId && s.status === 'submitted',
            );
            return { name, total: sheet ? totalOf(sheet) : null, noteVi: 'chưa nộp phiếu' };
          });
          return {
            productName: item.productName,
            producerName: item.producerName,
            productSet: item.productSet,
            memberTotals,
            mean: result?.mean ?? null,
            stars: result?.stars ?? null,
            explanationVi: result?.explanationVi ?? 'Chưa thông qua kết quả.',
          };
        }),
      });
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="bien-ban-${ctx.round.id.slice(0, 8)}.pdf"`)
        .send(pdf);
    },
  );
}
