import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * Trade promotion in Chromium: the province's standing office (tinh.vpdp) finds the demo's fair,
 * training courses and points of sale from the menu, records an upcoming fair through the form,
 * and a visitor with JavaScript switched off finds it on the public events calendar, and the
 * province's points of sale on /diem-ban.
 */
test('the standing office records a fair that the public calendar then shows without JavaScript', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await signInThroughApi(context, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const page = await context.newPage();

  await page.goto('/app/');
  await page.getByRole('link', { name: 'Tập huấn', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lớp tập huấn' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Tập huấn Bộ tiêu chí đánh giá/ })).toBeVisible();

  await page.getByRole('link', { name: 'Điểm bán OCOP', exact: true }).click();
  await expect(
    page.getByRole('cell', { name: /Trung tâm giới thiệu sản phẩm OCOP Bát Tràng/ }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Xúc tiến thương mại', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sự kiện xúc tiến thương mại' })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Hội chợ Sản phẩm OCOP và làng nghề Hà Nội/ })).toBeVisible();
  await page.getByRole('link', { name: 'Ghi nhận sự kiện' }).click();

  const name = `Hội chợ OCOP thử nghiệm ${Date.now().toString(36)}`;
  const start = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
  const end = new Date(Date.now() + 12 * 86_400_000).toISOString().slice(0, 10);
  await page.getByPlaceholder('Chọn đơn vị').click();
  await page.getByRole('option', { name: /Hà Nội/ }).click();
  await page.getByRole('textbox', { name: 'Tên', exact: true }).fill(name);
  await page.getByLabel('Ngày bắt đầu').fill(start);
  await page.getByLabel('Ngày kết thúc').fill(end);
  await page.getByRole('textbox', { name: 'Địa điểm' }).fill('Trung tâm Triển lãm Việt Nam');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sự kiện xúc tiến thương mại' })).toBeVisible();
  await expect(page.getByRole('cell', { name: new RegExp(name) })).toBeVisible();
  await context.close();

  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const publicPage = await visitor.newPage();
  await publicPage.goto('/su-kien');
  await expect(
    publicPage.getByRole('heading', { level: 1, name: /Lịch sự kiện xúc tiến thương mại OCOP/ }),
  ).toBeVisible();
  await expect(publicPage.getByText(name)).toBeVisible();
  await publicPage
    .getByRole('link', { name: /Điểm bán sản phẩm OCOP/ })
    .first()
    .click();
  await publicPage.getByRole('link', { name: /Hà Nội/ }).click();
  await expect(publicPage.getByText('Trung tâm giới thiệu sản phẩm OCOP Bát Tràng')).toBeVisible();
  expect(await publicPage.locator('html').getAttribute('lang')).toBe('vi');
  await visitor.close();
});
