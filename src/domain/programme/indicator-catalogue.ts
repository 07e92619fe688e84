/**
 * Reading the indicator catalogue (data in `indicator-catalogue.data.ts`). Pure.
 */
import { DomainError } from '../errors';
import { INDICATOR_CATALOGUE_VERSIONS } from './indicator-catalogue.data';
import type { IndicatorCatalogueVersion } from './indicator.types';

/** The catalogue version in force on `day` (ISO date): the latest one that started by then. */
export function catalogueInForce(
  day: string,
  versions: readonly IndicatorCatalogueVersion[] = INDICATOR_CATALOGUE_VERSIONS,
): IndicatorCatalogueVersion {
  const sorted = [...versions].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  return sorted.filter((v) => v.validFrom <= day).at(-1) ?? sorted[0]!;
}

/** @throws NOT_FOUND for an unknown catalogue version id. */
export function getCatalogue(
  id: string,
  versions: readonly IndicatorCatalogueVersion[] = INDICATOR_CATALOGUE_VERSIONS,
): IndicatorCatalogueVersion {
  const found = versions.find((v) => v.id === id);
  if (!found)
    throw new DomainError(
      'NOT_FOUND',
      `Không có danh mục chỉ tiêu ${id}.`,
      `Indicator catalogue ${id} not found.`,
    );
  return found;
}

/**
 * Every target names an indicator of the catalogue once, with a value ≥ 0 (a percent ≤ 100).
 * @throws DomainError VALIDATION_FAILED naming `targets.<i>.indicatorCode` or `targets.<i>.target`.
 */
export function assertTargetsValid(
  catalogue: IndicatorCatalogueVersion,
  targets: readonly { indicatorCode: string; target: number }[],
): void {
  const seen = new Set<string>();
  for (const [i, t] of targets.entries()) {
    const indicator = catalogue.indicators.find((x) => x.code === t.indicatorCode);
    const fail = (field: string, vi: string, en: string) =>
      new DomainError('VALIDATION_FAILED', vi, en, [
        { field: `targets.${i}.${field}`, messageVi: vi, messageEn: en },
      ]);
    if (!indicator)
      throw fail(
        'indicatorCode',
        `Chỉ tiêu "${t.indicatorCode}" không có trong danh mục ${catalogue.id}.`,
        `Indicator "${t.indicatorCode}" is not in catalogue ${catalogue.id}.`,
      );
    if (seen.has(t.indicatorCode))
      throw fail(
        'indicatorCode',
        `Chỉ tiêu "${t.indicatorCode}" bị lặp.`,
        `Indicator "${t.indicatorCode}" is listed twice.`,
      );
    seen.add(t.indicatorCode);
    if (indicator.unit === 'percent' && t.target > 100)
      throw fail(
        'target',
        'Chỉ tiêu tỷ lệ không vượt quá 100 %.',
        'A percentage target cannot exceed 100 %.',
      );
  }
}
