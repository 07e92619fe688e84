import type { Database } from '../../../db/database';
import { findReport, type ReportWithUnit } from '../../../db/repositories/reports.repository';
import { can, scopesFor, type Actor } from '../../../domain/access/permissions';
import { isWithinUnit } from '../../../domain/access/unit-path';
import { forbidden, notFound } from '../../../domain/errors';

/**
 * A report is the unit's own account to the level above: only the standing office granted on that
 * very unit writes and submits it. The units above read it (and the level above may reopen it,
 * never edit it); units elsewhere do not see it at all (404).
 */
export function writesReportOf(actor: Actor, unitPath: string): boolean {
  return scopesFor(actor, 'report.manage').includes(unitPath);
}

/** The level above: a `report.reopen` grant on a unit strictly above the report's unit. */
export function reopensReportOf(actor: Actor, unitPath: string): boolean {
  return scopesFor(actor, 'report.reopen').some((path) => path !== unitPath && isWithinUnit(unitPath, path));
}

/** @throws NOT_FOUND when missing or outside the actor's units. */
export async function reportForRead(db: Database, actor: Actor, reportId: string): Promise<ReportWithUnit> {
  const row = await findReport(db, reportId);
  if (!row || !can(actor, 'report.read', { unitPath: row.unitPath })) throw notFound('báo cáo', 'Report');
  return row;
}

/** @throws NOT_FOUND outside the actor's units; FORBIDDEN when it reads but does not write it. */
export async function reportForWrite(db: Database, actor: Actor, reportId: string): Promise<ReportWithUnit> {
  const row = await reportForRead(db, actor, reportId);
  if (!writesReportOf(actor, row.unitPath)) throw forbidden();
  return row;
}
