import { childPath } from '../access/unit-path';
import type { FieldProblem } from '../errors';
import type { AdminUnit, IsoDate, UnitRecord } from './admin-unit.types';
import { importInvalid } from './import-problems';
import { dayBefore, isInForce, validityOverlaps } from './unit-dates';
import { isSameUnitName } from './unit-names';

export interface PlanUnitImportInput {
  /** Records of one release, parents before children (as {@link parseUnitFile} returns them). */
  records: readonly UnitRecord[];
  /** Units already stored on the levels of the file (any validity). */
  existing: readonly AdminUnit[];
  nation: AdminUnit;
  /** First day of the release. */
  validFrom: IsoDate;
  /** Last day of the release when it is already superseded; `undefined` leaves stored ends alone. */
  validTo: IsoDate | undefined;
  newId: () => string;
}

/** A stored unit and what it becomes. */
export interface UnitChange {
  before: AdminUnit;
  after: AdminUnit;
}

/** What an import will do; nothing is written yet. */
export interface UnitImportPlan {
  creates: AdminUnit[];
  /** Units of the file that exist and differ (respelling, kind, parent, end date). */
  updates: UnitChange[];
  /** Units in force under a code the release gives to another unit: they end the day before. */
  closes: UnitChange[];
  unchanged: number;
}

const DESCRIPTIVE_FIELDS = ['name', 'fullName', 'nameEn', 'kind'] as const;

function keyOf(level: string, code: string): string {
  return `${level}:${code}`;
}

function groupByLevelAndCode(units: readonly AdminUnit[]): Map<string, AdminUnit[]> {
  const byKey = new Map<string, AdminUnit[]>();
  for (const unit of units) {
    const key = keyOf(unit.level, unit.code);
    byKey.set(key, [...(byKey.get(key) ?? []), unit]);
  }
  return byKey;
}

function isChanged(before: AdminUnit, after: AdminUnit): boolean {
  return (Object.keys(after) as (keyof AdminUnit)[]).some((field) => before[field] !== after[field]);
}

/**
 * The stored unit a record continues, if any: the unit with the same (code, valid_from), else the
 * unit of the same level and code in force on `validFrom` under the same parent with the same name
 * once folded — a later release that only moves tone marks ("Hòa" → "Hoà") or changes the kind
 * ("Xã" → "Phường") is the same unit and keeps its id and valid_from.
 */
function findContinued(
  candidates: readonly AdminUnit[],
  record: UnitRecord,
  parent: AdminUnit,
  validFrom: IsoDate,
): { continued?: AdminUnit; displaced?: AdminUnit } {
  const exact = candidates.find((unit) => unit.validFrom === validFrom);
  if (exact) return { continued: exact };
  const inForce = candidates.find((unit) => unit.validFrom < validFrom && isInForce(unit, validFrom));
  if (!inForce) return {};
  if (inForce.parentId === parent.id && isSameUnitName(inForce.name, record.name))
    return { continued: inForce };
  return { displaced: inForce };
}

function updatedUnit(
  unit: AdminUnit,
  record: UnitRecord,
  parent: AdminUnit,
  input: PlanUnitImportInput,
): AdminUnit {
  const after: AdminUnit = { ...unit, parentId: parent.id, path: childPath(parent.path, unit.id) };
  if (input.validTo !== undefined) after.validTo = input.validTo;
  // An older release never overwrites the spelling of a newer one.
  if (input.validFrom >= unit.detailsAsOf) {
    const differs = DESCRIPTIVE_FIELDS.some((field) => unit[field] !== record[field]);
    if (differs) {
      Object.assign(after, {
        name: record.name,
        fullName: record.fullName,
        nameEn: record.nameEn,
        kind: record.kind,
      });
      after.detailsAsOf = input.validFrom;
    }
  }
  return after;
}

function overlapProblem(record: UnitRecord, other: AdminUnit): FieldProblem {
  const until = other.validTo ?? '…';
  return {
    field: `${record.place}.Code`,
    messageVi: `Mã "${record.code}" trùng thời gian hiệu lực với "${other.fullName}" (${other.validFrom} – ${until}); hãy nhập các bản theo thứ tự ngày và dùng --valid-to cho bản cũ`,
    messageEn: `Code "${record.code}" overlaps "${other.fullName}" (${other.validFrom} – ${until}); import releases in date order and give --valid-to to older ones`,
  };
}

/**
 * Matches a release against the stored units and decides, without writing, what to create,
 * update and close. Pure: the caller loads `existing` and applies the plan in one transaction.
 *
 * Rules: a unit is identified by (code, valid_from); a record continues a stored unit as described
 * in {@link findContinued}; a unit in force under the same code but another name or parent is
 * closed on the day before the release (codes are reused: this is not a succession — successions
 * come only from mapping files). Throws `IMPORT_INVALID` when a new unit would overlap another of
 * the same level and code, or a parent cannot be resolved.
 */
export function planUnitImport(input: PlanUnitImportInput): UnitImportPlan {
  const byKey = groupByLevelAndCode(input.existing);
  const resolved = new Map<string, AdminUnit>();
  const plan: UnitImportPlan = { creates: [], updates: [], closes: [], unchanged: 0 };
  const problems: FieldProblem[] = [];
  for (const record of input.records) {
    const parent = record.parent
      ? resolved.get(keyOf(record.parent.level, record.parent.code))
      : input.nation;
    if (!parent) {
      problems.push({
        field: `${record.place}.Code`,
        messageVi: `Không tìm thấy đơn vị cha ${record.parent?.code ?? ''}`,
        messageEn: `Parent unit ${record.parent?.code ?? ''} not found`,
      });
      continue;
    }
    const candidates = byKey.get(keyOf(record.level, record.code)) ?? [];
    const { continued, displaced } = findContinued(candidates, record, parent, input.validFrom);
    if (continued) {
      const after = updatedUnit(continued, record, parent, input);
      if (isChanged(continued, after)) plan.updates.push({ before: continued, after });
      else plan.unchanged += 1;
      resolved.set(keyOf(record.level, record.code), after);
      continue;
    }
    if (displaced)
      plan.closes.push({ before: displaced, after: { ...displaced, validTo: dayBefore(input.validFrom) } });
    const id = input.newId();
    const created: AdminUnit = {
      id,
      code: record.code,
      name: record.name,
      fullName: record.fullName,
      nameEn: record.nameEn,
      level: record.level,
      kind: record.kind,
      parentId: parent.id,
      path: childPath(parent.path, id),
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      detailsAsOf: input.validFrom,
    };
    const overlapping = candidates.find((unit) => unit !== displaced && validityOverlaps(unit, created));
    if (overlapping) problems.push(overlapProblem(record, overlapping));
    plan.creates.push(created);
    resolved.set(keyOf(record.level, record.code), created);
  }
  if (problems.length > 0) throw importInvalid(problems);
  return plan;
}
