import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * The yearly trade-promotion plan in Chromium: the province's standing office (tinh.vpdp) adds a
 * planned fair, saves the draft, finds it loaded again when the screen reopens, sends it to the central office after confirming, and the
 * calendar of sent plans shows it under its month.
 */
test('the province sends its yearly trade-promotion plan and the calendar shows it by month', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await signInThroughApi(context, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const page = await context.newPage();

  await page.goto('/app/');
  await page.getByRole('link', { name: 'Kế hoạch XTTM', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kế hoạch xúc tiến thương mại năm' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Thêm sự kiện' }).click();
  const name = `Hội chợ OCOP kế hoạch ${Date.now().toString(36)}`;
  await page.getByRole('textbox', { name: 'Tên sự kiện' }).fill(name);
  await page.getByRole('textbox', { name: 'Tháng' }).fill('9');
  await page.getByRole('textbox', { name: 'Địa điểm' }).fill('Cung Văn hóa Hữu nghị');
  await page.getByRole('button', { name: 'Lưu bản nháp' }).click();
  await expect(page.getByRole('button', { name: 'Gửi Trung ương' })).toBeVisible();

  // Opening the screen again loads the saved draft into the editor.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Tên sự kiện' })).toHaveValue(name);
  await expect(page.getByRole('textbox', { name: 'Địa điểm' })).toHaveValue('Cung Văn hóa Hữu nghị');
  await page.getByRole('button', { name: 'Gửi Trung ương' }).click();
  const confirm = page.getByRole('dialog', { name: /^Gửi kế hoạch năm \d{4} về Trung ương\?$/ });
  await expect(confirm).toContainText('Sau khi gửi, kế hoạch bị khóa');
  await confirm.getByRole('button', { name: 'Gửi Trung ương' }).click();
  await expect(page.getByText(/Đã gửi Trung ương ngày/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 4, name: 'Tháng 9' })).toBeVisible();
  await expect(page.getByRole('cell', { name })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu bản nháp' })).toBeDisabled();
  // Sent plans load frozen.
  await page.reload();
  await expect(page.getByText(/Đã gửi Trung ương ngày/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lưu bản nháp' })).toBeDisabled();
  await context.close();
});
