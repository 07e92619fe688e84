/**
 * The verification status of a sheet as results read it: a sheet without one (imported before
 * the field existed, or without it) is 'unverified'. Pure.
 */
import type { RubricSheet, SheetVerification } from './rubric.types';

const MISSING: SheetVerification = {
  status: 'unverified',
  noteVi: 'Bộ tiêu chí không ghi trạng thái kiểm chứng: coi như chưa kiểm chứng.',
  noteEn: 'The sheet records no verification status: read as unverified.',
};

export function sheetVerificationOf(sheet: Pick<RubricSheet, 'verification'>): SheetVerification {
  return sheet.verification ?? MISSING;
}

/** Whether a result on this sheet needs the standing office's acknowledgement before a certificate. */
export function needsSheetAcknowledgement(sheet: Pick<RubricSheet, 'verification'>): boolean {
  return sheetVerificationOf(sheet).status !== 'verified';
}

/** The warning shown on the score sheet, the chair's view and the decision draft; null when verified. */
export function sheetWarningOf(
  sheet: Pick<RubricSheet, 'verification' | 'setNumber'>,
): { status: 'provisional' | 'unverified'; messageVi: string; messageEn: string } | null {
  const v = sheetVerificationOf(sheet);
  if (v.status === 'verified') return null;
  const labelVi = v.status === 'provisional' ? 'tạm thời' : 'chưa kiểm chứng';
  const labelEn = v.status === 'provisional' ? 'provisional' : 'unverified';
  return {
    status: v.status,
    messageVi: `Phiếu chấm bộ ${sheet.setNumber} ${labelVi}: ${v.noteVi} Văn phòng thường trực phải xác nhận trước khi cấp giấy chứng nhận.`,
    messageEn: `Set ${sheet.setNumber} sheet is ${labelEn}: ${v.noteEn} The standing office must acknowledge it before a certificate is issued.`,
  };
}
