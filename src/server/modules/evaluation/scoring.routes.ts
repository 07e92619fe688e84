import type { FastifyRequest } from 'fastify';
import { commonErrorResponses, IdParams, ProblemOutput } from '../../../contracts/problem.contracts';
import {
  ChairViewOutput,
  DeclareConflictInput,
  MySheetOutput,
  ProductSheetsOutput,
  RequestRescoreInput,
  RescoreInput,
  RoundProductParams,
  RoundResultsOutput,
  SaveSheetInput,
  SheetOutput,
  SubmitSheetInput,
} from '../../../contracts/evaluation.contracts';
import { canSeeOtherSheets } from '../../../domain/evaluation/evaluation-policy';
import { checkRoundAdoption } from '../../../domain/evaluation/product-result';
import { DomainError, notFound } from '../../../domain/errors';
import type { AppInstance } from '../../context';
import { adoptRound } from './adopt-round';
import { closeScoring } from './close-scoring';
import { requestRescore } from './request-rescore';
import { ChairRoundActionInput } from '../../../contracts/chair-actions.contracts';
import { declareConflict } from './declare-conflict';
import {
  loadRoundContext,
  requireChair,
  requireScoringSeat,
  roundAudit,
  type RoundContext,
} from './evaluation-access';
import { presentChairView, presentSheet, visibleAgenda } from './round-presenter';
import { loadResults } from './round.routes';
import { evaluateAgenda, loadAgenda, loadSheets } from './round-data';
import { getMyScoreSheet } from './get-my-score-sheet';
import { saveScoreSheetDraft } from './save-score-sheet-draft';
import { startRescore } from './start-rescore';
import { submitScoreSheet } from './submit-score-sheet';

const tags = ['scoring'];

async function agendaItem(ctx: RoundContext, roundProductId: string) {
  const agenda = await loadAgenda(ctx.db, ctx.round.id);
  const item = visibleAgenda(ctx, agenda).find((a) => a.id === roundProductId);
  // A product the viewer may not see does not exist for them.
  if (!item) throw notFound('sản phẩm trong đợt đánh giá', 'Product of the round');
  return item;
}

function memberName(ctx: RoundContext, memberId: string): string {
  return ctx.members.find((m) => m.id === memberId)?.fullName ?? '';
}

/** Scoring by members, and the chair's view and actions. */
export async function scoringRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const params = (request: FastifyRequest) => request.params as { id: string; productId: string };
  const memberCtx = async (request: FastifyRequest) => {
    const ctx = await loadRoundContext(request, params(request).id);
    const member = requireScoringSeat(ctx);
    const item = await agendaItem(ctx, params(request).productId);
    return { ctx, member, item };
  };

  app.get(
    '/api/v1/rounds/:id/products/:productId/sheet',
    {
      schema: {
        operationId: 'getMyScoreSheet',
        tags,
        params: RoundProductParams,
        response: { 200: MySheetOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { ctx, member, item } = await memberCtx(request);
      return getMyScoreSheet({ ctx, member, item });
    },
  );

  app.put(
    '/api/v1/rounds/:id/products/:productId/sheet',
    {
      schema: {
        operationId: 'saveScoreSheetDraft',
        tags,
        summary: 'Lưu nháp phiếu chấm (tự động) / autosave a draft',
        params: RoundProductParams,
        body: SaveSheetInput,
        response: { 200: SheetOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { ctx, member, item } = await memberCtx(request);
      const row = await saveScoreSheetDraft({
        ctx,
        audit: roundAudit(request, ctx, 'round.score'),
        member,
        item,
        input: request.body,
        now: now(),
      });
      return presentSheet(row, member.fullName);
    },
  );

  app.post(
    '/api/v1/rounds/:id/products/:productId/sheet/submit',
    {
      schema: {
        operationId: 'submitScoreSheet',
        tags,
        params: RoundProductParams,
        body: SubmitSheetInput,
        response: { 200: SheetOutput, 422: ProblemOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { ctx, member, item } = await memberCtx(request);
      const row = await submitScoreSheet({
        ctx,
        audit: roundAudit(request, ctx, 'round.score'),
        member,
        item,
        revision: request.body.revision,
        now: now(),
      });
      return presentSheet(row, member.fullName);
    },
  );

  app.post(
    '/api/v1/rounds/:id/products/:productId/sheet/rescore',
    {
      schema: {
        operationId: 'startRescore',
        tags,
        summary: 'Chấm lại (phiên bản mới) / re-score',
        params: RoundProductParams,
        body: RescoreInput,
        response: { 200: SheetOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { ctx, member, item } = await memberCtx(request);
      const row = await startRescore({
        ctx,
        audit: roundAudit(request, ctx, 'round.score'),
        member,
        item,
        reason: request.body.reason,
        now: now(),
      });
      return presentSheet(row, member.fullName);
    },
  );

  app.post(
    '/api/v1/rounds/:id/products/:productId/conflict',
    {
      schema: {
        operationId: 'declareConflict',
        tags,
        params: RoundProductParams,
        body: DeclareConflictInput,
        response: { 200: MySheetOutput.shape.conflictHints, ...commonErrorResponses },
      },
    },
    async (request) => {
      const { ctx, member, item } = await memberCtx(request);
      const hints = await declareConflict({
        ctx,
        audit: roundAudit(request, ctx, 'round.score'),
        member,
        item,
        declaration: request.body.declaration,
        note: request.body.note ?? '',
        now: now(),
      });
      return hints.map((h) => ({ code: h.code, messageVi: h.messageVi, messageEn: h.messageEn }));
    },
  );

  app.get(
    '/api/v1/rounds/:id/products/:productId/sheets',
    {
      schema: {
        operationId: 'listProductScoreSheets',
        tags,
        summary: 'Phiếu của các thành viên / all members’ sheets',
        params: RoundProductParams,
        response: { 200: ProductSheetsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await loadRoundContext(request, params(request).id);
      const item = await agendaItem(ctx, params(request).productId);
      const sheets = await loadSheets(ctx.db, [item.id]);
      const isAssigned = ctx.me !== null && item.memberIds.includes(ctx.me.id);
      const hasSubmittedOwn =
        ctx.me !== null && sheets.some((s) => s.memberId === ctx.me!.id && s.status === 'submitted');
      if (!canSeeOtherSheets(ctx.viewer, { isAssigned, hasSubmittedOwn, roundStatus: ctx.round.status }))
        throw new DomainError(
          'FORBIDDEN',
          'Bạn chỉ xem được phiếu của thành viên khác sau khi nộp phiếu của mình.',
          'You see other members’ sheets only after submitting your own.',
        );
      return {
        items: sheets
          .filter((s) => s.status === 'submitted' || s.memberId === ctx.me?.id)
          .map((s) => presentSheet(s, memberName(ctx, s.memberId))),
      };
    },
  );

  // ── chair ─────────────────────────────────────────────────────────────────
  const chairCtx = async (request: FastifyRequest) => {
    const ctx = await loadRoundContext(request, params(request).id);
    requireChair(ctx);
    return ctx;
  };

  app.get(
    '/api/v1/rounds/:id/chair',
    {
      schema: {
        operationId: 'getChairView',
        tags,
        summary: 'Màn hình chủ tịch / chair’s view',
        params: IdParams,
        response: { 200: ChairViewOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await chairCtx(request);
      const evaluated = await evaluateAgenda(ctx);
      const check = checkRoundAdoption(
        evaluated.map((e) => ({ productId: e.item.id, evaluation: e.evaluation })),
      );
      return presentChairView(ctx, evaluated, check.canAdopt && ctx.round.status === 'closed');
    },
  );

  app.post(
    '/api/v1/rounds/:id/rescore-requests',
    {
      schema: {
        operationId: 'requestRescore',
        tags,
        params: IdParams,
        body: RequestRescoreInput,
        response: { 200: ProductSheetsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await chairCtx(request);
      const created = await requestRescore({
        ctx,
        audit: roundAudit(request, ctx, 'round.chair'),
        ...request.body,
        now: now(),
      });
      return { items: created.map((s) => presentSheet(s, memberName(ctx, s.memberId))) };
    },
  );

  app.post(
    '/api/v1/rounds/:id/close',
    {
      schema: {
        operationId: 'closeScoring',
        tags,
        params: IdParams,
        body: ChairRoundActionInput.nullish(),
        response: { 200: ChairViewOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await chairCtx(request);
      await closeScoring({
        ctx,
        audit: roundAudit(request, ctx, 'round.chair'),
        now: now(),
        reason: request.body?.reason,
      });
      const fresh = await chairCtx(request);
      const evaluated = await evaluateAgenda(fresh);
      return presentChairView(
        fresh,
        evaluated,
        checkRoundAdoption(evaluated.map((e) => ({ productId: e.item.id, evaluation: e.evaluation })))
          .canAdopt,
      );
    },
  );

  app.post(
    '/api/v1/rounds/:id/adopt',
    {
      schema: {
        operationId: 'adoptRoundResults',
        tags,
        summary: 'Thông qua kết quả / adopt results (idempotent)',
        params: IdParams,
        body: ChairRoundActionInput.nullish(),
        response: { 200: RoundResultsOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await chairCtx(request);
      await adoptRound({
        ctx,
        audit: roundAudit(request, ctx, 'round.chair'),
        now: now(),
        reason: request.body?.reason,
      });
      const fresh = await loadRoundContext(request, ctx.round.id);
      return { roundId: fresh.round.id, status: fresh.round.status, items: await loadResults(fresh) };
    },
  );
}
