import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * News in Chromium: the province's standing office (tinh.vpdp) opens the news screen from the
 * menu, reviews and publishes the demo's draft after confirming each step, and a visitor with
 * JavaScript switched off then reads it on /tin-tuc.
 */
test('the standing office reviews and publishes a draft that the public news page then shows without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await signInThroughApi(context, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const page = await context.newPage();

  await page.goto('/app/');
  await page.getByRole('link', { name: 'Tin tức', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tin tức và câu chuyện' })).toBeVisible();
  const draft = page.getByRole('row', { name: /Mô hình liên kết vùng nguyên liệu/ });
  await expect(draft.getByText('Bản nháp', { exact: true })).toBeVisible();
  await draft.getByRole('button', { name: 'Duyệt' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Duyệt' }).click();
  await expect(draft.getByText('Đã duyệt', { exact: true })).toBeVisible();
  // Publishing asks first, saying the article becomes public at once.
  await draft.getByRole('button', { name: 'Đăng' }).click();
  const publish = page.getByRole('dialog', { name: /^Đăng bản tin «Mô hình liên kết vùng nguyên liệu/ });
  await expect(publish).toContainText('hiện ngay trên trang tin tức công khai');
  await publish.getByRole('button', { name: 'Đăng' }).click();
  await expect(draft.getByText('Đã đăng', { exact: true })).toBeVisible();
  await context.close();

  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const publicPage = await visitor.newPage();
  await publicPage.goto('/tin-tuc');
  await expect(publicPage.getByRole('heading', { level: 1, name: 'Tin tức OCOP' })).toBeVisible();
  await publicPage.getByRole('link', { name: /Mô hình liên kết vùng nguyên liệu/ }).click();
  await expect(
    publicPage.getByRole('heading', { level: 1, name: /Mô hình liên kết vùng nguyên liệu/ }),
  ).toBeVisible();
  expect(await publicPage.locator('html').getAttribute('lang')).toBe('vi');
  await visitor.close();
});
