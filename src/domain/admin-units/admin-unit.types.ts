/**
 * Levels of the administrative tree. Before 01/07/2025: nation → province → district → commune;
 * since then: nation → province → commune (no district level).
 */
export const UNIT_LEVELS = ['nation', 'province', 'district', 'commune'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The levels a current (post-reform) unit can have. */
export const CURRENT_UNIT_LEVELS = ['nation', 'province', 'commune'] as const satisfies readonly UnitLevel[];

/** Vietnamese and English labels of the levels. */
export const UNIT_LEVEL_LABELS = {
  nation: { vi: 'Quốc gia', en: 'Nation' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
} as const satisfies Record<UnitLevel, { vi: string; en: string }>;

/** A calendar date `YYYY-MM-DD` (dates of law: no time, no zone). */
export type IsoDate = string;

/**
 * An administrative unit as stored: identified by `id`; its natural identity is (code, validFrom),
 * because codes are reused across reforms. `validTo` is the last day it was in force (inclusive),
 * `null` while in force.
 */
export interface AdminUnit {
  id: string;
  code: string;
  name: string;
  fullName: string;
  nameEn: string | null;
  level: UnitLevel;
  /** Kind as the source names it: "Tỉnh", "Thành phố", "Quận", "Huyện", "Phường", "Xã", "Đặc khu"… */
  kind: string | null;
  parentId: string | null;
  /** `/<nationId>/<provinceId>/…/<id>/` — jurisdiction is a prefix test. */
  path: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** Release date the descriptive fields (names, kind) come from. */
  detailsAsOf: IsoDate;
}

/** Old unit → new unit at a reform (merge: many → one; split: one → many). */
export interface UnitSuccession {
  predecessorId: string;
  successorId: string;
  /** First day of the successor (the reform's effective date). */
  effectiveDate: IsoDate;
}

/** One unit as an import file describes it, before it is matched to the database. */
export interface UnitRecord {
  code: string;
  level: Exclude<UnitLevel, 'nation'>;
  name: string;
  fullName: string;
  nameEn: string | null;
  kind: string | null;
  /** The parent unit in the same file; `null` for a province (its parent is the nation). */
  parent: { level: Exclude<UnitLevel, 'nation'>; code: string } | null;
  /** Where the record is in the file (`[0].Wards[12]`), for error messages. */
  place: string;
}
