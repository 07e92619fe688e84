/**
 * Star bands (hạng sao) on the council's mean, as effective-dated data.
 * 148/QĐ-TTg: 5★ [90, 100] · 4★ [70, 90) · 3★ [50, 70) · 2★ [30, 50) · 1★ [0, 30); certified from 3★.
 */
import { toHundredths } from './rubric-tree';

export type StarCount = 1 | 2 | 3 | 4 | 5;

export interface StarBand {
  stars: StarCount;
  /** Inclusive lower bound. */
  minPoints: number;
  /** Upper bound; exclusive except for the top band (isMaxInclusive). */
  maxPoints: number;
  isMaxInclusive: boolean;
}

export interface StarBandSet {
  id: string;
  legalBasis: string;
  effectiveFrom: string;
  effectiveTo: string | null;
  bands: readonly StarBand[];
  /** Lowest star count that is certified (công nhận). */
  certifiableFromStars: StarCount;
}

export const STAR_BANDS_148: StarBandSet = {
  id: '148-bands',
  legalBasis: '148/QĐ-TTg (24/02/2023)',
  effectiveFrom: '2023-02-24',
  effectiveTo: null,
  bands: [
    { stars: 1, minPoints: 0, maxPoints: 30, isMaxInclusive: false },
    { stars: 2, minPoints: 30, maxPoints: 50, isMaxInclusive: false },
    { stars: 3, minPoints: 50, maxPoints: 70, isMaxInclusive: false },
    { stars: 4, minPoints: 70, maxPoints: 90, isMaxInclusive: false },
    { stars: 5, minPoints: 90, maxPoints: 100, isMaxInclusive: true },
  ],
  certifiableFromStars: 3,
};

/**
 * 1048/QĐ-TTg (21/08/2019, amended by 781/QĐ-TTg 2020): the same five bands on 100 points
 * (parts A 35 / B 25 / C 40), certified from 3★ — history, for certificates issued before
 * 24/02/2023 (OCOP.md §15).
 */
export const STAR_BANDS_1048: StarBandSet = {
  id: '1048-bands',
  legalBasis: '1048/QĐ-TTg (21/08/2019), sửa đổi bởi 781/QĐ-TTg (2020)',
  effectiveFrom: '2019-08-21',
  effectiveTo: '2023-02-23',
  bands: STAR_BANDS_148.bands,
  certifiableFromStars: 3,
};

export const BUILT_IN_STAR_BAND_SETS: readonly StarBandSet[] = [STAR_BANDS_1048, STAR_BANDS_148];

/** The band set in force on an ISO date; undefined when none. */
export function findStarBandsInForce(
  date: string,
  sets: readonly StarBandSet[] = BUILT_IN_STAR_BAND_SETS,
): StarBandSet | undefined {
  return [...sets]
    .filter((s) => s.effectiveFrom <= date && (s.effectiveTo === null || date <= s.effectiveTo))
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
}

/** The band a mean falls in (compared in hundredths); undefined when outside every band. */
export function bandForPoints(points: number, bandSet: StarBandSet = STAR_BANDS_148): StarBand | undefined {
  const p = toHundredths(points);
  return bandSet.bands.find((b) => {
    const min = toHundredths(b.minPoints);
    const max = toHundredths(b.maxPoints);
    return p >= min && (b.isMaxInclusive ? p <= max : p < max);
  });
}
