import { OkOutput } from '../../../contracts/auth.contracts';
import {
  CreateHolidayInput,
  HolidayOutput,
  ListHolidaysOutput,
  ListHolidaysQuery,
} from '../../../contracts/calendar.contracts';
import { commonErrorResponses, IdParams } from '../../../contracts/problem.contracts';
import {
  assertCan,
  can,
  canAnywhere,
  canInsideOrAbove,
  type Actor,
} from '../../../domain/access/permissions';
import { forbidden } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { createHoliday } from './create-holiday';
import { deleteHoliday, getLiveHoliday } from './delete-holiday';
import { ensureBuiltInHolidays, listLiveHolidays, type HolidayRow } from './holiday-calendar';
import { resolveHolidayScope, type HolidayScope } from './holiday-scope';

const tags = ['calendar'];

function present(row: HolidayRow, scope: HolidayScope, actor: Actor): HolidayOutput {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitId === null ? null : scope.unitName,
    date: row.date,
    kind: row.kind,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    source: row.source,
    isProvisional: row.isProvisional,
    canDelete: can(actor, 'calendar.manage', { unitPath: scope.unitPath }),
  };
}

/** Holiday calendar (lịch ngày nghỉ): national days and a province's own — days off and working days in lieu. */
export async function calendarRoutes(app: AppInstance): Promise<void> {
  const now = () => app.deps.clock();

  app.get(
    '/api/v1/holidays',
    {
      schema: {
        operationId: 'listHolidays',
        tags,
        summary: 'Lịch ngày nghỉ / holiday calendar',
        querystring: ListHolidaysQuery,
        response: { 200: ListHolidaysOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const actor = requireActor(request);
      if (!canAnywhere(actor, 'calendar.read')) throw forbidden();
      const national = await resolveHolidayScope(db, null);
      const province = request.query.unitId ? await resolveHolidayScope(db, request.query.unitId) : national;
      // A province's calendar is read inside it too: a commune officer counts with it.
      if (
        province.unitId !== null &&
        !canInsideOrAbove(actor, 'calendar.read', { unitPath: province.unitPath })
      )
        throw forbidden();
      await ensureBuiltInHolidays(db, now());
      const year = request.query.year;
      const rows = await listLiveHolidays(db, {
        unitPath: province.unitId ? province.unitPath : undefined,
        ...(year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {}),
      });
      return {
        items: rows.map((row) => present(row, row.unitId === null ? national : province, actor)),
        canManageNational: can(actor, 'calendar.manage', { unitPath: national.unitPath }),
      };
    },
  );

  app.post(
    '/api/v1/holidays',
    {
      schema: {
        operationId: 'createHoliday',
        tags,
        body: CreateHolidayInput,
        response: { 201: HolidayOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const db = dbOf(request);
      const actor = requireActor(request);
      const scope = await resolveHolidayScope(db, request.body.unitId);
      assertCan(actor, 'calendar.manage', { unitPath: scope.unitPath });
      await ensureBuiltInHolidays(db, now());
      const row = await createHoliday({
        db,
        audit: auditContextOf(request, 'calendar.manage', { unitPath: scope.unitPath }),
        scope,
        input: request.body,
        accountId: actor.accountId,
        now: now(),
      });
      return reply.status(201).send(present(row, scope, actor));
    },
  );

  app.delete(
    '/api/v1/holidays/:id',
    {
      schema: {
        operationId: 'deleteHoliday',
        tags,
        params: IdParams,
        response: { 200: OkOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const db = dbOf(request);
      const actor = requireActor(request);
      const holiday = await getLiveHoliday(db, request.params.id);
      const scope = await resolveHolidayScope(db, holiday.unitId);
      assertCan(actor, 'calendar.manage', { unitPath: scope.unitPath });
      await deleteHoliday({
        db,
        audit: auditContextOf(request, 'calendar.manage', { unitPath: scope.unitPath }),
        holiday,
        accountId: actor.accountId,
        now: now(),
      });
      return { ok: true as const };
    },
  );
}
