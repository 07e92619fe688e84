import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderLabelSheetsPdf, type LabelSheetData } from './stamp-labels.pdf';

/** The label's text as pdftotext (poppler) reads it: an oracle independent of pdfkit. */
async function labelText(sheet: LabelSheetData): Promise<string> {
  let pages = 0;
  const pdf = await renderLabelSheetsPdf(
    sheet,
    async () => (pages++ === 0 ? [{ uri: 'https://ocop.example/s/ABC', code: 'ABCD EFGH' }] : []),
    async () => undefined,
  );
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ocop-label-')), 'labels.pdf');
  writeFileSync(file, pdf);
  return spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' }).stdout;
}

describe('the expiry date on a stamp label', () => {
  it('is printed dd/MM/yyyy when the lot has one', async () => {
    const text = await labelText({
      productName: 'Mứt gừng dẻo',
      stars: 4,
      lot: 'L1',
      expiryDate: '2027-05-01',
    });
    expect(text).toContain('HSD/Exp 01/05/2027');
  });

  it('is left off for a lot without one (a handicraft)', async () => {
    const text = await labelText({ productName: 'Bình gốm men rạn', stars: 4, lot: 'L1', expiryDate: null });
    expect(text).toContain('Lô/Lot L1');
    expect(text).not.toContain('HSD');
  });
});
