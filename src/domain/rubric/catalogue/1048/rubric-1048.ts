/**
 * Decision 1048/QĐ-TTg (21/08/2019) as a catalogue entry without sheets (OCOP.md §15): listed so
 * that a legacy certificate's legal basis can be looked up, never scored. No reliable source of
 * its criteria sheets exists in our references; its parts were A 35 / B 25 / C 40.
 */
import type { RubricVersion } from '../../rubric.types';
import { PROCEDURE_1048 } from '../../procedure-versions';

export const RUBRIC_1048_HISTORY: RubricVersion = {
  id: '1048',
  nameVi: 'Bộ tiêu chí theo Quyết định 1048/QĐ-TTg (lịch sử — không có phiếu chấm)',
  nameEn: 'Criteria of Decision 1048/QĐ-TTg (history — no scoring sheets)',
  legalBasis: {
    number: '1048/QĐ-TTg',
    date: '2019-08-21',
    titleVi: 'Quyết định ban hành Bộ tiêu chí đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm',
    appendix: 'Phụ lục — không được mô hình hóa',
  },
  effectiveFrom: PROCEDURE_1048.effectiveFrom,
  effectiveTo: PROCEDURE_1048.effectiveTo,
  status: 'published',
  partMaxima: { A: 35, B: 25, C: 40 },
  sheets: [],
  notesVi: [
    'Chỉ để tra cứu căn cứ pháp lý của giấy chứng nhận cấp trước 24/02/2023; không dùng để chấm điểm.',
  ],
};

/**
 * Versions listed for reference only: they have no sheets and are kept out of
 * `BUILT_IN_RUBRIC_VERSIONS`, so no dossier, round or score ever picks them.
 */
export const HISTORICAL_RUBRIC_VERSIONS: readonly RubricVersion[] = [RUBRIC_1048_HISTORY];
