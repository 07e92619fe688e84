/**
 * Rubric version "148": the 26 scoring sheets of Decision 148/QĐ-TTg of 24/02/2023 (Prime
 * Minister), Appendix I, in force from 2023-02-24. Decision 1489/QĐ-TTg (06/07/2025) amends the
 * procedure, not the sheets, so this version stays open-ended until a replacement is confirmed
 * (26/2026/QĐ-TTg is reported but [open]).
 */
import type { RubricVersion } from '../../rubric.types';
import { set01 } from './set-01';
import { set02 } from './set-02';
import { set03 } from './set-03';
import { set04 } from './set-04';
import { set05 } from './set-05';
import { set06 } from './set-06';
import { set07 } from './set-07';
import { set08 } from './set-08';
import { set09 } from './set-09';
import { set10 } from './set-10';
import { set11 } from './set-11';
import { set12 } from './set-12';
import { set13 } from './set-13';
import { set14 } from './set-14';
import { set15 } from './set-15';
import { set16 } from './set-16';
import { set17 } from './set-17';
import { set18 } from './set-18';
import { set19 } from './set-19';
import { set20 } from './set-20';
import { set21 } from './set-21';
import { set22 } from './set-22';
import { set23 } from './set-23';
import { set24 } from './set-24';
import { set25 } from './set-25';
import { set26 } from './set-26';

export const RUBRIC_148: RubricVersion = {
  id: '148',
  nameVi: 'Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP (Quyết định 148/QĐ-TTg)',
  nameEn: 'OCOP product evaluation and ranking criteria (Decision 148/QĐ-TTg)',
  legalBasis: {
    number: '148/QĐ-TTg',
    date: '2023-02-24',
    titleVi:
      'Quyết định ban hành Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm',
    appendix: 'Phụ lục I — Bộ tiêu chí đánh giá, phân hạng sản phẩm (26 bộ sản phẩm)',
  },
  effectiveFrom: '2023-02-24',
  effectiveTo: null,
  status: 'published',
  partMaxima: { A: 40, B: 25, C: 35 },
  sheets: [
    set01,
    set02,
    set03,
    set04,
    set05,
    set06,
    set07,
    set08,
    set09,
    set10,
    set11,
    set12,
    set13,
    set14,
    set15,
    set16,
    set17,
    set18,
    set19,
    set20,
    set21,
    set22,
    set23,
    set24,
    set25,
    set26,
  ],
  notesVi: [
    'Văn bản tiêu chí lấy từ bản chép lại của bên thứ ba, đã đối chiếu cơ học; các chỗ sửa ghi trong "decisions" của từng bộ.',
    'Tên phần A/B/C dùng tên chuẩn của mô hình, không dùng bản chép (có lỗi chính tả).',
  ],
};
