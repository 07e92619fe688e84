/**
 * What a star flag (`***`, `****`, `*****`) means, in words, for the score sheet and the blank
 * sheet PDF: a labelled badge instead of a stray marker. Pure.
 */
import type { MandatoryStarLevel } from './rubric.types';

export interface FlagLabel {
  /** Short badge text, e.g. "Bắt buộc để đạt 3 sao". */
  vi: string;
  en: string;
  /** Shown on hover/focus. */
  explanationVi: string;
  explanationEn: string;
}

/** The badge of an option flagged as the minimum for `star`. */
export function optionFlagLabel(star: MandatoryStarLevel): FlagLabel {
  return {
    vi: `Bắt buộc để đạt ${star} sao`,
    en: `Required for ${star} stars`,
    explanationVi: `Tiêu chí bắt buộc: phải chọn phương án này hoặc phương án điểm cao hơn thì sản phẩm mới đạt ${star} sao trở lên, dù tổng điểm đã đủ.`,
    explanationEn: `Mandatory criterion: this option or a better one must be chosen for the product to reach ${star} stars or more, whatever its total.`,
  };
}

/** The badge of a whole criterion flagged for `star` (e.g. "e) Sở hữu trí tuệ ****"). */
export function criterionFlagLabel(star: MandatoryStarLevel): FlagLabel {
  return {
    vi: `Bắt buộc để đạt ${star} sao`,
    en: `Required for ${star} stars`,
    explanationVi: `Cả tiêu chí là bắt buộc cho ${star} sao: phải đạt một phương án có điểm (cách đọc cấu hình theo tỉnh).`,
    explanationEn: `The whole criterion is mandatory for ${star} stars: an option worth points must be met (reading configurable per province).`,
  };
}
