import type { Database } from '../../../db/database';
import { insertSuccessions, listUnitsInForce } from '../../../db/repositories/admin-units.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { lockUnitTree } from '../../../db/seed/built-in-units';
import { pathIds } from '../../../domain/access/unit-path';
import type { AdminUnit, IsoDate } from '../../../domain/admin-units/admin-unit.types';
import { importInvalid, parseJsonText } from '../../../domain/admin-units/import-problems';
import {
  parseSuccessionMapping,
  planSuccessions,
  type SuccessionNotice,
  type SuccessionUnitRef,
} from '../../../domain/admin-units/succession-mapping';
import { dayBefore, isIsoDate } from '../../../domain/admin-units/unit-dates';

export interface LinkSuccessionsParams {
  db: Database;
  text: string;
  fileName: string;
  /** The reform's first day: old units are those in force the day before, new ones from it. */
  effectiveDate: IsoDate;
  now: Date;
  audit: AuditContext;
}

export interface LinkSuccessionsResult {
  effectiveDate: IsoDate;
  links: number;
  created: number;
  unchanged: number;
  skipped: SuccessionNotice[];
  resolvedByName: SuccessionNotice[];
}

/** Units in force on one day, keyed `level:code`, each with the code of its province. */
function refsByLevelAndCode(units: readonly AdminUnit[]): Map<string, SuccessionUnitRef> {
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const refs = new Map<string, SuccessionUnitRef>();
  for (const unit of units) {
    const provinceId = pathIds(unit.path)[1];
    const province = provinceId ? byId.get(provinceId) : undefined;
    refs.set(`${unit.level}:${unit.code}`, {
      id: unit.id,
      code: unit.code,
      fullName: unit.fullName,
      provinceCode: province?.code ?? '',
    });
  }
  return refs;
}

/**
 * Links old units to the new units they went into at a reform, from a mapping file (see
 * `domain/admin-units/succession-mapping`). Checked completely before writing; one transaction;
 * existing links are kept, so a re-run adds nothing. One summary audit row when links were added.
 * Throws `IMPORT_INVALID` naming the bad places.
 */
export async function linkSuccessions(params: LinkSuccessionsParams): Promise<LinkSuccessionsResult> {
  if (!isIsoDate(params.effectiveDate)) {
    throw importInvalid([
      {
        field: 'effectiveDate',
        messageVi: 'Ngày không hợp lệ (YYYY-MM-DD)',
        messageEn: 'Invalid date (YYYY-MM-DD)',
      },
    ]);
  }
  const entries = parseSuccessionMapping(parseJsonText(params.text));
  return params.db.transaction(async (tx) => {
    await lockUnitTree(tx);
    const oldUnits = refsByLevelAndCode(await listUnitsInForce(tx, dayBefore(params.effectiveDate)));
    const newUnits = refsByLevelAndCode(await listUnitsInForce(tx, params.effectiveDate));
    const plan = planSuccessions({ entries, oldUnits, newUnits });
    const created = await insertSuccessions(tx, plan.links, params.effectiveDate);
    const result: LinkSuccessionsResult = {
      effectiveDate: params.effectiveDate,
      links: plan.links.length,
      created,
      unchanged: plan.links.length - created,
      skipped: plan.skipped,
      resolvedByName: plan.resolvedByName,
    };
    if (created > 0) {
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'units.link_successions',
          entityType: 'admin_unit_succession_set',
          entityId: params.effectiveDate,
          after: { fileName: params.fileName, ...result },
        },
        params.now,
      );
    }
    return result;
  });
}
