import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUBRIC_148 } from '../../domain/rubric/catalogue/148/rubric-148';
import { renderBlankScoreSheetPdf } from './blank-score-sheet.pdf';

const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPdftotext)
  console.warn('[blank score sheet] pdftotext (poppler-utils) missing: text extraction checks skipped');

function extractText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ocop-pdf-'));
  const file = path.join(dir, 'sheet.pdf');
  writeFileSync(file, pdf);
  return spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
}

describe('renderBlankScoreSheetPdf', () => {
  it('renders an A4 PDF for set 7', async () => {
    const pdf = await renderBlankScoreSheetPdf({ sheet: RUBRIC_148.sheets[6]!, version: RUBRIC_148 });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
  });

  it.skipIf(!hasPdftotext)('prints Vietnamese text, points, flags and both cases of set 26', async () => {
    const text = extractText(
      await renderBlankScoreSheetPdf({ sheet: RUBRIC_148.sheets[25]!, version: RUBRIC_148 }),
    );
    expect(text).toContain('PHIẾU ĐÁNH GIÁ, CHẤM ĐIỂM SẢN PHẨM OCOP');
    expect(text).toContain('Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch');
    expect(text).toContain('Trường hợp 1: Cộng đồng dịch vụ du lịch');
    expect(text).toContain('Trường hợp 2: Điểm dịch vụ du lịch');
    expect(text).toContain('Sở hữu trí tuệ [Bắt buộc để đạt 4 sao]');
    expect(text).not.toMatch(/\*\*\*/);
    expect(text).toMatch(/Quyết định số 148\/QĐ-TTg ngày 24\/02\/2023/);
  });

  it.skipIf(!hasPdftotext)('prints every option of set 7 with its points', async () => {
    const sheet = RUBRIC_148.sheets[6]!;
    const text = extractText(await renderBlankScoreSheetPdf({ sheet, version: RUBRIC_148 })).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Tự nhiên của thành phần nguyên liệu, phù hợp, hấp dẫn [Bắt buộc để đạt 5 sao] 4');
    expect(text).toContain('[Bắt buộc để đạt 3 / 4 / 5 sao] sau một lựa chọn');
    expect(text).toContain('UBND xã đánh giá (Biểu 3) · A.3.c');
  });
});
