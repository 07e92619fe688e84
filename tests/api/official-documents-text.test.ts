/**
 * The council's minutes and a People's Committee decision read as Vietnamese official documents
 * in the layout of Decree 30/2020/NĐ-CP (pdftotext as the independent reader): national title and
 * motto, issuing body with number and symbol, place and date in words, "Nơi nhận", no English.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderOfficialDecisionPdf } from '../../src/server/documents/official-decision.pdf';
import { renderRoundMinutesPdf } from '../../src/server/documents/round-minutes.pdf';

/** Words that only an English sentence would contain, as whole words (Vietnamese letters included). */
const ENGLISH =
  /(?<![\p{L}\p{N}])(the|and|of|to|with|minutes|council|member|decision|score|stars|signed|date|page)(?![\p{L}\p{N}])/iu;

const textOf = (pdf: Buffer): string =>
  execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('official documents', () => {
  it('the minutes carry the Decree 30 header, the meeting date in words, signatures and "Nơi nhận"', async () => {
    const text = textOf(
      await renderRoundMinutesPdf({
        unit: { level: 'province', fullName: 'Thành phố Hà Nội' },
        councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh năm 2026',
        roundName: 'Đợt 2 năm 2026',
        meetingOn: '2026-12-06',
        statusVi: 'Đã thông qua kết quả',
        chairName: 'Nguyễn Văn Chủ',
        members: [
          { fullName: 'Nguyễn Văn Chủ', roleVi: 'Chủ tịch', agencyVi: 'Sở Nông nghiệp và Môi trường' },
        ],
        products: [
          {
            productName: 'Bình gốm men lam',
            producerName: 'Hợp tác xã gốm Bát Tràng',
            productSet: 21,
            memberTotals: [{ name: 'Nguyễn Văn Chủ', total: 82.5 }],
            mean: 82.5,
            stars: 4,
            explanationVi: 'Đạt 4 sao: điểm trung bình từ 70 đến dưới 90.',
          },
        ],
      }),
    );
    for (const expected of [
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      'HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP',
      '/BB-HĐOCOP',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 06 tháng 12 năm 2026',
      'BIÊN BẢN',
      'THƯ KÝ HỘI ĐỒNG',
      'CHỦ TỊCH HỘI ĐỒNG',
      'Nguyễn Văn Chủ',
      'Nơi nhận:',
      '- Ủy ban nhân dân thành phố Hà Nội;',
      '82,50 điểm',
    ])
      expect(text).toContain(expected);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text.match(ENGLISH)?.[0]).toBeUndefined();
  });

  it('a decision names the committee, its number, place and date in words, recipients and the signatory', async () => {
    const text = textOf(
      await renderOfficialDecisionPdf({
        issuerLevel: 'province',
        issuerName: 'Ủy ban nhân dân thành phố Hà Nội',
        number: '345/QĐ-UBND',
        placeName: 'Hà Nội',
        signedOn: '2026-12-04',
        subject: 'Về việc công nhận sản phẩm đạt chuẩn OCOP',
        legalBases: ['Quyết định số 148/QĐ-TTg ngày 24 tháng 02 năm 2023 của Thủ tướng Chính phủ'],
        proposedBy: 'Theo đề nghị của Hội đồng đánh giá, phân hạng sản phẩm OCOP',
        articles: [{ heading: 'Điều 1.', text: 'Công nhận 1 sản phẩm đạt chuẩn OCOP.' }],
        recipients: ['Như Điều 3', 'Lưu: VT'],
        signerName: 'Trần Thị Lãnh Đạo',
        isDraft: false,
      }),
    );
    for (const expected of [
      'ỦY BAN NHÂN DÂN',
      'THÀNH PHỐ HÀ NỘI',
      'Số: 345/QĐ-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Hà Nội, ngày 04 tháng 12 năm 2026',
      'QUYẾT ĐỊNH',
      'Căn cứ Quyết định số 148/QĐ-TTg',
      'Nơi nhận:',
      'TM. ỦY BAN NHÂN DÂN',
      'Trần Thị Lãnh Đạo',
    ])
      expect(text).toContain(expected);
    expect(text.match(ENGLISH)?.[0]).toBeUndefined();
  });
});
