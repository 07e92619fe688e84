import { z } from 'zod';
import type { FieldProblem } from '../errors';
import type { UnitLevel } from './admin-unit.types';
import { importInvalid, problemsFromZod } from './import-problems';
import { isSameUnitName } from './unit-names';

const Code = z.string().regex(/^\d{2,5}$/, 'Mã gồm 2–5 chữ số / a code has 2–5 digits');
const Split = z.object({ new_id: Code, name: z.string().trim().min(1) });
const Splits = z.array(Split).min(1, 'Cần ít nhất một đơn vị mới / at least one new unit');

/**
 * Old → new mapping of the 2025 reform: every pre-reform province (`level1`) and commune
 * (`level3`) — and the island districts without communes (`level2`) — with the new unit(s) it
 * went into (`splits`).
 */
export const SuccessionMappingFile = z.object({
  data: z
    .array(
      z.object({
        level1_id: z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số / a province code has 2 digits'),
        name: z.string(),
        splits: Splits,
        level2s: z
          .array(z.object({ level2_id: z.string().regex(/^\d{3}$/), name: z.string(), splits: Splits }))
          .optional(),
        level3s: z.array(
          z.object({ level3_id: z.string().regex(/^\d{5}$/), name: z.string(), splits: Splits }),
        ),
      }),
    )
    .min(1),
});

/** One old unit and the new units it went into, flattened from the mapping file. */
export interface SuccessionEntry {
  level: Exclude<UnitLevel, 'nation'>;
  oldCode: string;
  oldName: string;
  /** New provinces of the old province this entry belongs to (where its successors must lie). */
  newProvinceCodes: string[];
  targets: { code: string; name: string; place: string }[];
  place: string;
}

/** Reads a mapping file, or throws `IMPORT_INVALID` naming the bad place. */
export function parseSuccessionMapping(json: unknown): SuccessionEntry[] {
  const parsed = SuccessionMappingFile.safeParse(json);
  if (!parsed.success) throw importInvalid(problemsFromZod(parsed.error));
  const entries: SuccessionEntry[] = [];
  parsed.data.data.forEach((province, p) => {
    const place = `data[${p}]`;
    const newProvinceCodes = province.splits.map((split) => split.new_id);
    const targetsOf = (splits: { new_id: string; name: string }[], at: string): SuccessionEntry['targets'] =>
      splits.map((split, s) => ({
        code: split.new_id,
        name: split.name,
        place: `${at}.splits[${s}].new_id`,
      }));
    entries.push({
      level: 'province',
      oldCode: province.level1_id,
      oldName: province.name,
      newProvinceCodes,
      targets: targetsOf(province.splits, place),
      place: `${place}.level1_id`,
    });
    (province.level2s ?? []).forEach((district, d) => {
      const at = `${place}.level2s[${d}]`;
      entries.push({
        level: 'district',
        oldCode: district.level2_id,
        oldName: district.name,
        newProvinceCodes,
        targets: targetsOf(district.splits, at),
        place: `${at}.level2_id`,
      });
    });
    province.level3s.forEach((commune, c) => {
      const at = `${place}.level3s[${c}]`;
      entries.push({
        level: 'commune',
        oldCode: commune.level3_id,
        oldName: commune.name,
        newProvinceCodes,
        targets: targetsOf(commune.splits, at),
        place: `${at}.level3_id`,
      });
    });
  });
  return entries;
}

/** A unit as the succession planner sees it. */
export interface SuccessionUnitRef {
  id: string;
  code: string;
  fullName: string;
  /** Code of the province the unit lies in (itself for a province). */
  provinceCode: string;
}

export interface PlanSuccessionsInput {
  entries: readonly SuccessionEntry[];
  /** Units in force the day before the reform, by `level:code`. */
  oldUnits: ReadonlyMap<string, SuccessionUnitRef>;
  /** Units in force on the reform day, by `level:code`. */
  newUnits: ReadonlyMap<string, SuccessionUnitRef>;
}

/** A mapping entry left out, and why — reported to the operator, never silently dropped. */
export interface SuccessionNotice {
  place: string;
  messageVi: string;
  messageEn: string;
}

export interface SuccessionPlan {
  links: { predecessorId: string; successorId: string }[];
  /** Old communes/districts absent from the imported history (dissolved before that list). */
  skipped: SuccessionNotice[];
  /** Targets whose code is unknown but whose name matched exactly one new unit of the province. */
  resolvedByName: SuccessionNotice[];
}

function successorLevel(level: SuccessionEntry['level']): SuccessionEntry['level'] {
  return level === 'province' ? 'province' : 'commune';
}

/**
 * A target whose code is unknown: accepted only when its name matches exactly one new commune of
 * the entry's new province(s) (the published mapping has such typos, e.g. "06970 Xã Ba Chẽ" for
 * 06978).
 */
function resolveByName(
  entry: SuccessionEntry,
  target: SuccessionEntry['targets'][number],
  input: PlanSuccessionsInput,
): SuccessionUnitRef | undefined {
  if (entry.level === 'province') return undefined;
  const matches = [...input.newUnits.entries()]
    .filter(([key]) => key.startsWith('commune:'))
    .map(([, unit]) => unit)
    .filter(
      (unit) =>
        entry.newProvinceCodes.includes(unit.provinceCode) && isSameUnitName(unit.fullName, target.name),
    );
  return matches.length === 1 ? matches[0] : undefined;
}

/**
 * Turns a mapping into succession links between stored units (old unit in force the day before
 * the reform → new unit in force from it). Pure. Rules:
 * - an unknown old province, or a target that is neither a known code nor an unambiguous name, is
 *   an error naming its place (`data[21].level3s[5].splits[2].new_id`) — nothing is linked;
 * - an old commune or district missing from the imported history is skipped and reported;
 * - a target found only by its name is linked and reported.
 */
export function planSuccessions(input: PlanSuccessionsInput): SuccessionPlan {
  const plan: SuccessionPlan = { links: [], skipped: [], resolvedByName: [] };
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const entry of input.entries) {
    const oldUnit = input.oldUnits.get(`${entry.level}:${entry.oldCode}`);
    if (!oldUnit) {
      const notice = {
        place: entry.place,
        messageVi: `Không có đơn vị cũ ${entry.oldCode} (${entry.oldName}) còn hiệu lực trước ngày sắp xếp`,
        messageEn: `No old unit ${entry.oldCode} (${entry.oldName}) in force before the reform`,
      };
      if (entry.level === 'province')
        problems.push({ field: notice.place, messageVi: notice.messageVi, messageEn: notice.messageEn });
      else plan.skipped.push(notice);
      continue;
    }
    for (const target of entry.targets) {
      let newUnit = input.newUnits.get(`${successorLevel(entry.level)}:${target.code}`);
      if (!newUnit) {
        newUnit = resolveByName(entry, target, input);
        if (!newUnit) {
          problems.push({
            field: target.place,
            messageVi: `Không có đơn vị mới mã ${target.code} (${target.name})`,
            messageEn: `No new unit with code ${target.code} (${target.name})`,
          });
          continue;
        }
        plan.resolvedByName.push({
          place: target.place,
          messageVi: `Mã ${target.code} không tồn tại; dùng ${newUnit.code} "${newUnit.fullName}" theo tên`,
          messageEn: `Code ${target.code} does not exist; used ${newUnit.code} "${newUnit.fullName}" by its name`,
        });
      }
      const key = `${oldUnit.id}>${newUnit.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      plan.links.push({ predecessorId: oldUnit.id, successorId: newUnit.id });
    }
  }
  if (problems.length > 0) {
    throw importInvalid(problems, {
      vi: 'Tệp chuyển đổi trỏ tới đơn vị không tồn tại, không có gì được thay đổi.',
      en: 'The mapping points to units that do not exist; nothing was changed.',
    });
  }
  return plan;
}
