import type { FastifyRequest } from 'fastify';
import {
  AcknowledgeSheetInput,
  AttendanceOutput,
  RecordAttendanceInput,
  RoundResultOutput,
  RoundResultParams,
} from '../../../contracts/evaluation.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import { forbidden } from '../../../domain/errors';
import type { AppInstance } from '../../context';
import {
  displayNameOf,
  loadRoundContext,
  requireManager,
  roundAudit,
  type RoundContext,
} from './evaluation-access';
import { presentAttendance, recordAttendance } from './record-attendance';
import { loadAgenda, loadSheets } from './round-data';
import { loadResults } from './round.routes';
import { acknowledgeSheet } from './sheet-acknowledgement';

const tags = ['rounds'];

async function attendanceView(ctx: RoundContext) {
  const agenda = await loadAgenda(ctx.db, ctx.round.id);
  const sheets = await loadSheets(
    ctx.db,
    agenda.map((a) => a.id),
  );
  const active = new Set([
    ...sheets.filter((s) => s.status === 'submitted').map((s) => s.memberId),
    ...agenda.flatMap((a) => [...a.declarations.keys()]),
  ]);
  return presentAttendance(ctx, active);
}

/** Attendance of a round's meeting (standing office) and the acknowledgement of unverified sheets. */
export async function attendanceRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();
  const ctxOf = (request: FastifyRequest) => loadRoundContext(request, (request.params as { id: string }).id);

  app.get(
    '/api/v1/rounds/:id/attendance',
    {
      schema: {
        operationId: 'getRoundAttendance',
        tags,
        summary: 'Điểm danh cuộc họp / meeting attendance',
        params: IdParams,
        response: { 200: AttendanceOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await ctxOf(request);
      if (!ctx.canManage && !ctx.isChair && !ctx.canApprove) throw forbidden();
      return attendanceView(ctx);
    },
  );

  app.put(
    '/api/v1/rounds/:id/attendance',
    {
      schema: {
        operationId: 'recordRoundAttendance',
        tags,
        summary: 'Ghi điểm danh, người chủ trì, hình thức đánh giá / record attendance',
        params: IdParams,
        body: RecordAttendanceInput,
        response: { 200: AttendanceOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await ctxOf(request);
      requireManager(ctx);
      await recordAttendance({
        ctx,
        audit: roundAudit(request, ctx, 'round.manage'),
        input: request.body,
        now: now(),
      });
      return attendanceView(await ctxOf(request));
    },
  );

  app.post(
    '/api/v1/rounds/:id/results/:resultId/acknowledge-sheet',
    {
      schema: {
        operationId: 'acknowledgeUnverifiedSheet',
        tags,
        summary: 'Xác nhận kết quả chấm trên phiếu chưa kiểm chứng / acknowledge an unverified sheet',
        params: RoundResultParams,
        body: AcknowledgeSheetInput,
        response: { 200: RoundResultOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const ctx = await ctxOf(request);
      requireManager(ctx);
      await acknowledgeSheet({
        ctx,
        audit: roundAudit(request, ctx, 'round.manage'),
        resultId: request.params.resultId,
        note: request.body.note,
        actorName: await displayNameOf(ctx.db, ctx.actor.accountId),
        now: now(),
      });
      return (await loadResults(ctx)).find((r) => r.id === request.params.resultId)!;
    },
  );
}
