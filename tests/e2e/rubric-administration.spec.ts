import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { RUBRIC_148 } from '../../src/domain/rubric/catalogue/148/rubric-148';
import type { RubricVersion } from '../../src/domain/rubric/rubric.types';
import { demoAccount, signInThroughLoginPage } from './support/demo';

/** A one-sheet version derived from 148, as a province would load the next decision. */
function writeVersion(id: string, change?: (version: RubricVersion) => void): string {
  const copy = JSON.parse(JSON.stringify(RUBRIC_148)) as RubricVersion;
  const version = {
    ...copy,
    id,
    status: 'draft' as const,
    effectiveFrom: '2026-05-22',
    sheets: copy.sheets.filter((s) => s.setNumber === 7),
  };
  change?.(version);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'ocop-rubric-')), `${id}.json`);
  writeFileSync(file, JSON.stringify(version));
  return file;
}

/**
 * Rubric administration: the national administrator browses the 148 sheets, is refused a file
 * with a wrong total (the node is named), imports a correct draft, publishes it and compares it.
 */
test('an administrator browses, imports, publishes and compares criteria versions', async ({ page }) => {
  const admin = demoAccount('admin');
  const key = `e2e-${Date.now().toString(36)}`;
  await signInThroughLoginPage(page, admin.username, admin.password);
  await page.getByRole('navigation').getByRole('link', { name: 'Bộ tiêu chí' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Bộ tiêu chí đánh giá, phân hạng' }),
  ).toBeVisible();

  // The 148 sheet of set 26 (tourism), as the law prints it, with its case blocks.
  await page.getByRole('link', { name: '148', exact: true }).click();
  const integrity = page.getByRole('table', { name: 'Kiểm tra tính toàn vẹn' });
  await expect(integrity.getByRole('row')).toHaveCount(27);
  await expect(integrity.getByRole('columnheader', { name: 'Bộ sản phẩm', exact: true })).toBeVisible();

  // The decisions on the transcription read in Vietnamese: kind, what was chosen and why, as text.
  const set17 = integrity.getByRole('row').nth(17);
  await expect(set17).toContainText('17. ');
  await expect(set17).toContainText('A.1.d · Lỗi đánh máy ở bản gốc');
  await expect(set17).toContainText('Phương án 2 được 1 điểm.');
  await expect(set17).toContainText('Lý do: Chữ "l" bị gõ nhầm thay cho số 1');
  await expect(set17).toContainText('C.8.b · Đã kiểm tra, giữ nguyên');
  await expect(set17).not.toContainText('option 2 worth 1 point');
  await expect(integrity.getByRole('row').nth(26)).toContainText('Cả phiếu chấm · Chưa đối chiếu được');
  // An English reader gets the English text of the same decision.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  const set17En = page.getByRole('table', { name: 'Integrity check' }).getByRole('row').nth(17);
  await expect(set17En).toContainText('A.1.d · Typo in the source');
  await expect(set17En).toContainText('option 2 worth 1 point');
  await expect(set17En).toContainText('17. Other non-alcoholic drinks');
  await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
  await expect(set17).toContainText('Phương án 2 được 1 điểm.');

  await page.getByLabel('Chọn bộ sản phẩm').selectOption('26');
  await expect(page.getByText('Chọn một trong các trường hợp').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tải phiếu chấm trống (PDF)' })).toHaveAttribute(
    'href',
    /sets\/26\/blank\.pdf$/,
  );

  // A file whose criterion A.1.a no longer matches its best option is refused, naming the node.
  await page.getByRole('link', { name: '← Danh sách bộ tiêu chí' }).click();
  const broken = writeVersion(`${key}-bad`, (v) => {
    const criterion = v.sheets[0]!.parts[0]!.groups[0]!.criteria[0]!;
    (criterion.options[criterion.options.length - 1] as { points: number }).points += 2;
  });
  await page.getByLabel('Tệp bộ tiêu chí (.json)').setInputFiles(broken);
  await page.getByRole('button', { name: 'Nhập bản nháp' }).click();
  await expect(page.getByRole('region', { name: 'Các lỗi cần sửa' })).toContainText('set 7 / A.1.a');

  // A correct file becomes a draft; publishing it makes it law.
  await page.getByLabel('Tệp bộ tiêu chí (.json)').setInputFiles(
    writeVersion(key, (v) => {
      (v.sheets[0]!.parts[1]!.groups[0]!.criteria[0] as { titleVi: string }).titleVi = 'Tiêu đề sửa đổi';
    }),
  );
  await page.getByRole('button', { name: 'Nhập bản nháp' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Đã nhập bản nháp ${key}.` })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: key, exact: true }) });
  await expect(row.getByText('Bản nháp', { exact: true })).toBeVisible();
  await row.getByRole('button', { name: 'Ban hành' }).click();
  const confirm = page.getByRole('dialog', { name: `Ban hành bộ tiêu chí ${key}?` });
  await expect(confirm).toContainText('không sửa hay xóa được nữa');
  await confirm.getByRole('button', { name: 'Ban hành' }).click();
  await expect(row.getByText('Đã ban hành', { exact: true })).toBeVisible();

  // Comparing 148 with the new version shows exactly the changed criterion.
  await page.getByLabel('Từ phiên bản').selectOption('148');
  await page.getByLabel('Đến phiên bản').selectOption(key);
  await page.getByLabel('Bộ sản phẩm số').fill('7');
  await page.getByRole('button', { name: 'So sánh' }).click();
  const changes = page.getByRole('table', { name: 'So sánh hai phiên bản' });
  await expect(changes.getByRole('row')).toHaveCount(2);
  await expect(changes).toContainText('B.4.a');
  await expect(changes).toContainText('Tiêu đề sửa đổi');
});
