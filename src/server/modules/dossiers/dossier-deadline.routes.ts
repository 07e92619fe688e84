import {
  DossierDeadlinesOutput,
  ProvinceParams,
  SetDossierDeadlinesInput,
} from '../../../contracts/dossier-deadlines.contracts';
import { commonErrorResponses } from '../../../contracts/problem.contracts';
import type { Database } from '../../../db/database';
import { findUnitById } from '../../../db/repositories/admin-units.repository';
import { listDeadlineOverrides } from '../../../db/repositories/dossier-deadlines.repository';
import { assertCan, can, canInsideOrAbove, type Actor } from '../../../domain/access/permissions';
import { vietnamDate } from '../../../domain/calendar/working-days';
import { DEFAULT_DEADLINE_SETTINGS, resolveDeadlineSettings } from '../../../domain/dossier/dossier-queue';
import { DomainError, forbidden, notFound } from '../../../domain/errors';
import { auditContextOf, dbOf, requireActor, type AppInstance } from '../../context';
import { setDossierDeadlines } from './set-dossier-deadlines';

const tags = ['dossiers'];

/** The province of the path parameter. NOT_FOUND (unknown), VALIDATION_FAILED (not a province). */
async function provinceOf(db: Database, provinceId: string): Promise<{ id: string; path: string }> {
  const unit = await findUnitById(db, provinceId);
  if (!unit) throw notFound('tỉnh', 'Province');
  if (unit.level !== 'province') {
    const vi = 'Số ngày làm việc của hồ sơ chỉ đặt cho tỉnh, thành phố.';
    const en = 'Dossier working days are set for a province only.';
    throw new DomainError('VALIDATION_FAILED', vi, en, [
      { field: 'provinceId', messageVi: vi, messageEn: en },
    ]);
  }
  return { id: unit.id, path: unit.path };
}

async function present(db: Database, actor: Actor, province: { id: string; path: string }, today: string) {
  const rows = await listDeadlineOverrides(db, [province.id]);
  return {
    provinceId: province.id,
    defaults: DEFAULT_DEADLINE_SETTINGS,
    inForce: resolveDeadlineSettings(today, rows),
    overrides: rows.map((row) => ({
      effectiveFrom: row.effectiveFrom,
      settings: row.settings,
      createdAt: row.createdAt.toISOString(),
    })),
    canManage: can(actor, 'dossier-deadline.manage', { unitPath: province.path }),
  };
}

/** Working days per dossier task that a province sets (số ngày làm việc), next to its holiday calendar. */
export async function dossierDeadlineRoutes(app: AppInstance): Promise<void> {
  // The rules in force today in Vietnam: from 00:00 to 07:00 there the UTC date is still yesterday.
  const today = () => vietnamDate(app.deps.clock());

  app.get(
    '/api/v1/provinces/:provinceId/dossier-deadlines',
    {
      schema: {
        operationId: 'getDossierDeadlines',
        tags,
        params: ProvinceParams,
        response: { 200: DossierDeadlinesOutput, ...commonErrorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const province = await provinceOf(dbOf(request), request.params.provinceId);
      // Read inside the province too: a commune officer counts its dossiers' deadlines with them.
      if (!canInsideOrAbove(actor, 'calendar.read', { unitPath: province.path })) throw forbidden();
      return present(dbOf(request), actor, province, today());
    },
  );

  app.post(
    '/api/v1/provinces/:provinceId/dossier-deadlines',
    {
      schema: {
        operationId: 'setDossierDeadlines',
        tags,
        params: ProvinceParams,
        body: SetDossierDeadlinesInput,
        response: { 201: DossierDeadlinesOutput, ...commonErrorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const province = await provinceOf(dbOf(request), request.params.provinceId);
      assertCan(actor, 'dossier-deadline.manage', { unitPath: province.path });
      await setDossierDeadlines({
        db: dbOf(request),
        audit: auditContextOf(request, 'dossier-deadline.manage', { unitPath: province.path }),
        provinceId: province.id,
        input: request.body,
        accountId: actor.accountId,
        now: app.deps.clock(),
      });
      return reply.status(201).send(await present(dbOf(request), actor, province, today()));
    },
  );
}
