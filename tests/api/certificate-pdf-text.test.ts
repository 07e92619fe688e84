/** The certificate PDF reads as a Vietnamese official document (pdftotext as the independent reader). */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderCertificatesPdf } from '../../src/server/documents/certificate.pdf';

const CERTIFICATE = {
  number: '12/2026/OCOP-HN',
  productName: 'Bình gốm men lam Bát Tràng',
  productSet: 21,
  producerName: 'Hợp tác xã gốm Bát Tràng',
  communeName: 'Xã Bát Tràng',
  provinceName: 'Thành phố Hà Nội',
  stars: 4,
  issuedOn: '2026-12-06',
  validUntil: '2029-12-05',
  issuerName: 'Ủy ban nhân dân thành phố Hà Nội',
  decisionNumber: '345/QĐ-UBND',
  decisionDate: '2026-12-04',
  verificationUrl: 'http://localhost:3000/c/12%2F2026%2FOCOP-HN',
};

/** Words that only an English sentence would contain. */
const ENGLISH = /\b(the|and|of|to|scan|verify|certificate|product|star|valid|until|issued|decision)\b/i;

describe('the certificate PDF', () => {
  it('writes place and dates in words, as Decree 30 asks, and no English sentence', async () => {
    const pdf = await renderCertificatesPdf([CERTIFICATE]);
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf, encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain('Hà Nội, ngày 06 tháng 12 năm 2026');
    expect(text).toContain('Theo Quyết định số 345/QĐ-UBND ngày 04 tháng 12 năm 2026');
    expect(text).toContain('Có giá trị đến hết ngày 05 tháng 12 năm 2029');
    const withoutAddress = text.replace(CERTIFICATE.verificationUrl, '');
    expect(withoutAddress).not.toMatch(ENGLISH);
    expect(withoutAddress).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });
});
