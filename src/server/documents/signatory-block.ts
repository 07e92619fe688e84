/**
 * Thể thức chữ ký (Decree 30/2020/NĐ-CP): "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
 * the signer's name and the line saying who signed it digitally and when. Used by the
 * certificate and by every decision PDF so they read the same.
 */
import type PDFDocument from 'pdfkit';
import { PDF_FONTS } from './pdf-fonts';

type Doc = InstanceType<typeof PDFDocument>;

export interface Signatory {
  /** "nation" signs for the ministry, anything else for a People's Committee. */
  issuerLevel: string;
  issuerName: string;
  /** Null while the document is a draft not yet approved. */
  signerName: string | null;
  signedOn: string | null;
}

const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The lines of the block, top to bottom (also used by tests). */
export function signatoryLines(s: Signatory): { title: string[]; name: string; signedBy: string } {
  const title =
    s.issuerLevel === 'nation'
      ? ['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG']
      : ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
  if (!s.signedOn)
    return { title, name: '(Dự thảo — chưa ký)', signedBy: 'Văn bản chưa được lãnh đạo phê duyệt.' };
  const who = s.signerName ? `${s.signerName}, ${s.issuerName}` : s.issuerName;
  return { title, name: s.signerName ?? '', signedBy: `Ký số bởi: ${who}, ngày ${vnDate(s.signedOn)}` };
}

/** Draws the block centred in [x, x + width] from y; returns the y below it. */
export function drawSignatoryBlock(doc: Doc, s: Signatory, x: number, y: number, width: number): number {
  const lines = signatoryLines(s);
  doc.fillColor('black').font(PDF_FONTS.bold).fontSize(12);
  let at = y;
  for (const line of lines.title) {
    doc.text(line, x, at, { width, align: 'center' });
    at = doc.y;
  }
  at += 36;
  doc.font(PDF_FONTS.bold).fontSize(12).text(lines.name, x, at, { width, align: 'center' });
  doc
    .font(PDF_FONTS.italic)
    .fontSize(8)
    .text(lines.signedBy, x, doc.y + 4, { width, align: 'center' });
  return doc.y;
}
