/**
 * "Cấp huyện" in the criteria after the reform (OCOP.md §2, §4): districts were abolished on
 * 01/07/2025, yet criterion texts still say "chỉ sản xuất trên địa bàn của huyện", "lao động trên
 * địa bàn cấp huyện", "thị trường trong/ngoài huyện". A province reads the district as the
 * former district's area (through the unit history) or as the commune's area
 * (`CouncilSettings.districtReading`). Pure.
 */
import type { RubricCriterion, RubricSheet } from './rubric.types';
import { listAllCriteria } from './rubric-tree';

export const DISTRICT_READINGS = ['former-district', 'commune'] as const;
export type DistrictReading = (typeof DISTRICT_READINGS)[number];

// "huyện" as a word: not "huyền" (other tone), not inside a longer word.
const DISTRICT_WORD = /(?<![\p{L}\p{M}])huyện(?![\p{L}\p{M}])/iu;

/** Whether a text speaks of the district ("huyện", any case). */
export function mentionsDistrict(text: string): boolean {
  return DISTRICT_WORD.test(text.normalize('NFC'));
}

/** A criterion whose own texts (title, note or an option) speak of the district. */
export interface DistrictWordedCriterion {
  code: string;
  /** The criterion's texts that mention the district, in sheet order. */
  textsVi: string[];
}

function ownTexts(criterion: RubricCriterion): string[] {
  return [criterion.titleVi, criterion.noteVi ?? '', ...criterion.options.map((o) => o.textVi)];
}

/** Every criterion of a sheet whose own texts speak of the district, in sheet order. */
export function findDistrictWordedCriteria(sheet: RubricSheet): DistrictWordedCriterion[] {
  return listAllCriteria(sheet).flatMap((criterion) => {
    const textsVi = ownTexts(criterion).filter(mentionsDistrict);
    return textsVi.length > 0 ? [{ code: criterion.code, textsVi }] : [];
  });
}

/** A unit as the reading names it: its kind ("Huyện", "Quận", "Xã"…) and its name. */
export interface NamedUnit {
  name: string;
  kind: string | null;
}

// Without a known kind the name is shown as stored (it may already carry the kind).
function unitWords(unit: NamedUnit): string {
  return unit.kind ? `${unit.kind.toLocaleLowerCase('vi')} ${unit.name}` : unit.name;
}

function formerUnitWords(unit: NamedUnit): string {
  return `${(unit.kind ?? 'huyện').toLocaleLowerCase('vi')} cũ ${unit.name}`;
}

/**
 * What "cấp huyện" means for a producer, as shown next to a district-worded criterion:
 * "Cấp huyện được hiểu là: địa bàn huyện cũ Gia Lâm (trước 01/07/2025)" or "… là địa bàn xã
 * Bát Tràng". Several former districts (a commune formed from communes of several) are all named;
 * none known says the history does not tell.
 */
export function describeDistrictReading(params: {
  reading: DistrictReading;
  commune: NamedUnit | null;
  formerDistricts: readonly NamedUnit[];
}): { vi: string; en: string } {
  if (params.reading === 'commune') {
    const commune = params.commune ? unitWords(params.commune) : 'xã của cơ sở';
    const communeEn = params.commune ? `commune ${params.commune.name}` : "the producer's commune";
    return {
      vi: `Cấp huyện được hiểu là: địa bàn ${commune}`,
      en: `"District" is read as: the area of ${communeEn}`,
    };
  }
  if (params.formerDistricts.length === 0)
    return {
      vi: 'Cấp huyện được hiểu là: địa bàn huyện cũ (trước 01/07/2025) — lịch sử đơn vị hành chính chưa cho biết huyện nào',
      en: '"District" is read as: the former district (before 01/07/2025) — the unit history does not say which',
    };
  const names = params.formerDistricts.map(formerUnitWords).join(', ');
  const namesEn = params.formerDistricts.map((d) => d.name).join(', ');
  return {
    vi: `Cấp huyện được hiểu là: địa bàn ${names} (trước 01/07/2025)`,
    en: `"District" is read as: the area of the former district${params.formerDistricts.length > 1 ? 's' : ''} ${namesEn} (before 01/07/2025)`,
  };
}
