import { z } from 'zod';
import type { FieldProblem } from '../errors';
import type { UnitRecord } from './admin-unit.types';
import { importInvalid, problemsFromZod } from './import-problems';
import { kindFromFullName } from './unit-names';

/**
 * The two shapes of the national lists of units (both built from the General Statistics Office's
 * codes):
 * - `three-tier` — before 01/07/2025: provinces → `District[]` → `Ward[]`;
 * - `two-tier` — since 01/07/2025: provinces → `Wards[]` (communes, wards, special zones).
 */
export const UNIT_FILE_FORMATS = ['three-tier', 'two-tier'] as const;
export type UnitFileFormat = (typeof UNIT_FILE_FORMATS)[number];

const Name = z.string().trim().min(1).max(200);
const NameEn = z.string().trim().max(200).nullish();
const ProvinceCode = z.string().regex(/^\d{2}$/, 'Mã tỉnh gồm 2 chữ số / a province code has 2 digits');
const DistrictCode = z.string().regex(/^\d{3}$/, 'Mã huyện gồm 3 chữ số / a district code has 3 digits');
const CommuneCode = z.string().regex(/^\d{5}$/, 'Mã xã gồm 5 chữ số / a commune code has 5 digits');

const ThreeTierWard = z.object({
  Code: CommuneCode,
  Name,
  NameEn,
  FullName: Name,
  DistrictCode,
});
const ThreeTierDistrict = z.object({
  Code: DistrictCode,
  Name,
  NameEn,
  FullName: Name,
  ProvinceCode,
  // Island districts without communes (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) have null.
  Ward: z.array(ThreeTierWard).nullable(),
});
const ThreeTierProvince = z.object({
  Code: ProvinceCode,
  Name,
  NameEn,
  FullName: Name,
  District: z.array(ThreeTierDistrict),
});
/** Pre-reform list: 63 provinces → districts → communes. */
export const ThreeTierFile = z.array(ThreeTierProvince).min(1);

const TwoTierWard = z.object({
  Code: CommuneCode,
  Name,
  NameEn,
  FullName: Name,
  ProvinceCode,
  AdministrativeUnitShortName: Name.nullish(),
});
const TwoTierProvince = z.object({
  Code: ProvinceCode,
  Name,
  NameEn,
  FullName: Name,
  AdministrativeUnitShortName: Name.nullish(),
  Wards: z.array(TwoTierWard),
});
/** Post-reform list: 34 provinces → communes/wards/special zones. */
export const TwoTierFile = z.array(TwoTierProvince).min(1);

/**
 * Recognises a file by its content, not its name: a list of provinces with `District` is
 * three-tier, with `Wards` two-tier; an object with `data[].level1_id` is a succession mapping.
 */
export function detectUnitFileFormat(json: unknown): UnitFileFormat | 'succession-mapping' | 'unknown' {
  if (Array.isArray(json)) {
    const first: unknown = json[0];
    if (typeof first !== 'object' || first === null) return 'unknown';
    if ('District' in first) return 'three-tier';
    if ('Wards' in first) return 'two-tier';
    return 'unknown';
  }
  if (typeof json === 'object' && json !== null && 'data' in json) {
    const data = json.data;
    if (Array.isArray(data) && typeof data[0] === 'object' && data[0] !== null && 'level1_id' in data[0]) {
      return 'succession-mapping';
    }
  }
  return 'unknown';
}

/** A national list, read and flattened: every unit once, parents before children. */
export interface ParsedUnitFile {
  format: UnitFileFormat;
  records: UnitRecord[];
}

function mismatch(field: string, value: string, parentCode: string): FieldProblem {
  return {
    field,
    messageVi: `Mã đơn vị cha "${value}" không khớp với đơn vị chứa nó (${parentCode})`,
    messageEn: `Parent code "${value}" does not match the enclosing unit (${parentCode})`,
  };
}

function flattenThreeTier(file: z.infer<typeof ThreeTierFile>, problems: FieldProblem[]): UnitRecord[] {
  const records: UnitRecord[] = [];
  file.forEach((province, p) => {
    const place = `[${p}]`;
    records.push({ ...describe(province), level: 'province', parent: null, place });
    province.District.forEach((district, d) => {
      const districtPlace = `${place}.District[${d}]`;
      if (district.ProvinceCode !== province.Code) {
        problems.push(mismatch(`${districtPlace}.ProvinceCode`, district.ProvinceCode, province.Code));
      }
      records.push({
        ...describe(district),
        level: 'district',
        parent: { level: 'province', code: province.Code },
        place: districtPlace,
      });
      (district.Ward ?? []).forEach((ward, w) => {
        const wardPlace = `${districtPlace}.Ward[${w}]`;
        if (ward.DistrictCode !== district.Code)
          problems.push(mismatch(`${wardPlace}.DistrictCode`, ward.DistrictCode, district.Code));
        records.push({
          ...describe(ward),
          level: 'commune',
          parent: { level: 'district', code: district.Code },
          place: wardPlace,
        });
      });
    });
  });
  return records;
}

function flattenTwoTier(file: z.infer<typeof TwoTierFile>, problems: FieldProblem[]): UnitRecord[] {
  const records: UnitRecord[] = [];
  file.forEach((province, p) => {
    const place = `[${p}]`;
    records.push({
      ...describe(province, province.AdministrativeUnitShortName),
      level: 'province',
      parent: null,
      place,
    });
    province.Wards.forEach((ward, w) => {
      const wardPlace = `${place}.Wards[${w}]`;
      if (ward.ProvinceCode !== province.Code)
        problems.push(mismatch(`${wardPlace}.ProvinceCode`, ward.ProvinceCode, province.Code));
      records.push({
        ...describe(ward, ward.AdministrativeUnitShortName),
        level: 'commune',
        parent: { level: 'province', code: province.Code },
        place: wardPlace,
      });
    });
  });
  return records;
}

function describe(
  unit: { Code: string; Name: string; NameEn?: string | null | undefined; FullName: string },
  kind?: string | null,
): Pick<UnitRecord, 'code' | 'name' | 'fullName' | 'nameEn' | 'kind'> {
  return {
    code: unit.Code,
    name: unit.Name,
    fullName: unit.FullName,
    nameEn: unit.NameEn ?? null,
    kind: kind ?? kindFromFullName(unit.FullName, unit.Name),
  };
}

/** A code appearing twice on one level of one release is an error: codes identify units. */
function duplicateProblems(records: readonly UnitRecord[]): FieldProblem[] {
  const firstPlace = new Map<string, string>();
  const problems: FieldProblem[] = [];
  for (const record of records) {
    const key = `${record.level}:${record.code}`;
    const seen = firstPlace.get(key);
    if (seen === undefined) {
      firstPlace.set(key, record.place);
      continue;
    }
    problems.push({
      field: `${record.place}.Code`,
      messageVi: `Mã "${record.code}" đã xuất hiện tại ${seen}`,
      messageEn: `Code "${record.code}" already appears at ${seen}`,
    });
  }
  return problems;
}

/**
 * Reads a national list of units (either format, recognised from its content) into flat records.
 * Throws `IMPORT_INVALID` naming every bad place (`[3].District[2].Ward[5].DistrictCode`): wrong
 * shape, a child whose parent code differs from its enclosing unit, a code listed twice.
 */
export function parseUnitFile(json: unknown): ParsedUnitFile {
  const format = detectUnitFileFormat(json);
  if (format === 'succession-mapping') {
    throw importInvalid([
      {
        field: '(file)',
        messageVi: 'Đây là tệp chuyển đổi đơn vị cũ → mới; dùng lệnh "ocop units link-successions"',
        messageEn: 'This is an old → new mapping file; use "ocop units link-successions"',
      },
    ]);
  }
  if (format === 'unknown') {
    throw importInvalid([
      {
        field: '(file)',
        messageVi: 'Không nhận ra định dạng: cần danh sách tỉnh có "District" (3 cấp) hoặc "Wards" (2 cấp)',
        messageEn:
          'Unknown format: expected a list of provinces with "District" (three-tier) or "Wards" (two-tier)',
      },
    ]);
  }
  const problems: FieldProblem[] = [];
  let records: UnitRecord[];
  if (format === 'three-tier') {
    const parsed = ThreeTierFile.safeParse(json);
    if (!parsed.success) throw importInvalid(problemsFromZod(parsed.error));
    records = flattenThreeTier(parsed.data, problems);
  } else {
    const parsed = TwoTierFile.safeParse(json);
    if (!parsed.success) throw importInvalid(problemsFromZod(parsed.error));
    records = flattenTwoTier(parsed.data, problems);
  }
  problems.push(...duplicateProblems(records));
  if (problems.length > 0) throw importInvalid(problems);
  return { format, records };
}
