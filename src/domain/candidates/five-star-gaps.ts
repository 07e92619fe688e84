/**
 * What stands between a product's last result and 5★ (OCOP.md §5): the points missing to the 5★
 * band and the mandatory criteria (tiêu chí bắt buộc) its result failed. 5★ needs every mandatory
 * requirement of 3★, 4★ and 5★, so each failure recorded on the result blocks 5★. Pure.
 */
import { STAR_BANDS_148, type StarBandSet } from '../rubric/star-bands';

/** A mandatory criterion the result failed, as the adopted result records it. */
export interface FailedCriterion {
  criterionCode: string;
  star: number;
  titleVi: string;
}

/** The part of an adopted result (kết quả đánh giá) the gaps are read from. */
export interface LastResult {
  meanHundredths: number;
  blockedBy: readonly FailedCriterion[];
}

/** Lowest mean, in hundredths of a point, of the 5★ band (9000 under Decision 148). */
export function fiveStarMinHundredths(bands: StarBandSet = STAR_BANDS_148): number {
  const band = bands.bands.find((b) => b.stars === 5);
  return Math.round((band?.minPoints ?? 90) * 100);
}

/** A result of at least 90 points suggests the product as a 5★ candidate (89.99 does not). */
export function isFiveStarSuggestion(meanHundredths: number, bands: StarBandSet = STAR_BANDS_148): boolean {
  return meanHundredths >= fiveStarMinHundredths(bands);
}

/** Points still missing to the 5★ band (0 when reached), to two decimals. */
export function pointsMissingForFiveStar(
  meanHundredths: number,
  bands: StarBandSet = STAR_BANDS_148,
): number {
  return Math.max(0, fiveStarMinHundredths(bands) - meanHundredths) / 100;
}

/**
 * The mandatory criteria of the result that block 5★, once per criterion (its highest failed
 * star kept), in the result's order. A result records the failures at or below the band of its
 * mean, so for a result below 90 points the 5★-only criteria are not known from it.
 */
export function failedFiveStarCriteria(result: LastResult): FailedCriterion[] {
  const byCode = new Map<string, FailedCriterion>();
  for (const failure of result.blockedBy) {
    if (failure.star > 5) continue;
    const seen = byCode.get(failure.criterionCode);
    if (!seen || failure.star > seen.star) byCode.set(failure.criterionCode, { ...failure });
  }
  return [...byCode.values()];
}
