import { createHash, randomUUID } from 'node:crypto';
import type { Database } from '../../../db/database';
import { insertUnits, listUnitsOfLevels, updateUnits } from '../../../db/repositories/admin-units.repository';
import { appendAudit, type AuditContext } from '../../../db/repositories/audit.repository';
import { ensureNationUnit, lockUnitTree } from '../../../db/seed/built-in-units';
import type { IsoDate, UnitLevel } from '../../../domain/admin-units/admin-unit.types';
import { importInvalid, parseJsonText } from '../../../domain/admin-units/import-problems';
import { planUnitImport } from '../../../domain/admin-units/plan-unit-import';
import { isIsoDate } from '../../../domain/admin-units/unit-dates';
import { parseUnitFile, type UnitFileFormat } from '../../../domain/admin-units/unit-file-formats';

export interface ImportUnitsParams {
  db: Database;
  /** The file's content (JSON text). */
  text: string;
  /** For the audit row and messages only; the format is recognised from the content. */
  fileName: string;
  /** First day the release is in force. */
  validFrom: IsoDate;
  /** Last day, when importing a release that is already superseded (e.g. the pre-reform list). */
  validTo?: IsoDate | undefined;
  now: Date;
  audit: AuditContext;
}

export interface ImportUnitsResult {
  format: UnitFileFormat;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** Units in the file, by level. */
  unitsInFile: Partial<Record<UnitLevel, number>>;
  created: number;
  updated: number;
  /** Units in force under a code the release gives to another unit, now ended the day before. */
  closed: number;
  unchanged: number;
}

/** At most this many changed units are itemised in the audit row; the rest are counted. */
const AUDITED_CHANGES = 500;

function checkDates(validFrom: IsoDate, validTo: IsoDate | undefined): void {
  const problems = [];
  if (!isIsoDate(validFrom))
    problems.push({
      field: 'validFrom',
      messageVi: 'Ngày không hợp lệ (YYYY-MM-DD)',
      messageEn: 'Invalid date (YYYY-MM-DD)',
    });
  if (validTo !== undefined && !isIsoDate(validTo))
    problems.push({
      field: 'validTo',
      messageVi: 'Ngày không hợp lệ (YYYY-MM-DD)',
      messageEn: 'Invalid date (YYYY-MM-DD)',
    });
  if (validTo !== undefined && validTo < validFrom)
    problems.push({
      field: 'validTo',
      messageVi: 'Ngày kết thúc trước ngày bắt đầu',
      messageEn: 'Ends before it starts',
    });
  if (problems.length > 0) throw importInvalid(problems);
}

/**
 * Imports a national list of administrative units (three-tier or two-tier, recognised from the
 * content) valid from `validFrom`. Everything is checked and planned before the first write, and
 * written in one transaction: a bad file changes nothing. Re-importing the same release changes
 * nothing; a later release that only moves tone marks updates spellings in place (see
 * `planUnitImport`). Writes one summary audit row per import that changed something.
 * Throws `IMPORT_INVALID` naming the bad places.
 */
export async function importUnits(params: ImportUnitsParams): Promise<ImportUnitsResult> {
  checkDates(params.validFrom, params.validTo);
  const parsed = parseUnitFile(parseJsonText(params.text));
  const unitsInFile: Partial<Record<UnitLevel, number>> = {};
  for (const record of parsed.records) unitsInFile[record.level] = (unitsInFile[record.level] ?? 0) + 1;
  const levels = Object.keys(unitsInFile) as UnitLevel[];

  return params.db.transaction(async (tx) => {
    await lockUnitTree(tx);
    const nation = await ensureNationUnit(tx, params.now);
    const existing = await listUnitsOfLevels(tx, levels);
    const plan = planUnitImport({
      records: parsed.records,
      existing,
      nation,
      validFrom: params.validFrom,
      validTo: params.validTo,
      newId: randomUUID,
    });
    await insertUnits(tx, plan.creates);
    await updateUnits(
      tx,
      [...plan.closes, ...plan.updates].map((change) => change.after),
    );
    const result: ImportUnitsResult = {
      format: parsed.format,
      validFrom: params.validFrom,
      validTo: params.validTo ?? null,
      unitsInFile,
      created: plan.creates.length,
      updated: plan.updates.length,
      closed: plan.closes.length,
      unchanged: plan.unchanged,
    };
    if (plan.creates.length + plan.updates.length + plan.closes.length > 0) {
      const changes = [...plan.closes, ...plan.updates]
        .slice(0, AUDITED_CHANGES)
        .map(({ before, after }) => ({
          id: after.id,
          code: after.code,
          before: {
            name: before.name,
            fullName: before.fullName,
            kind: before.kind,
            validTo: before.validTo,
            parentId: before.parentId,
          },
          after: {
            name: after.name,
            fullName: after.fullName,
            kind: after.kind,
            validTo: after.validTo,
            parentId: after.parentId,
          },
        }));
      await appendAudit(
        tx,
        params.audit,
        {
          action: 'units.import',
          entityType: 'admin_unit_release',
          entityId: `${parsed.format}@${params.validFrom}`,
          after: {
            ...result,
            fileName: params.fileName,
            sha256: createHash('sha256').update(params.text).digest('hex'),
            changes,
          },
        },
        params.now,
      );
    }
    return result;
  });
}
