import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * The statistics map in Chromium: the central standing office opens Thống kê from the navigation,
 * sees the national map with both archipelagos labelled (Hoàng Sa of Đà Nẵng, Trường Sa of Khánh
 * Hòa) and a legend, clicks Hà Nội on the map and lands on the figures of its communes. The public
 * statistics page draws the same map without JavaScript.
 */
test('the national map labels Hoàng Sa and Trường Sa and drills down into a province', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await signInThroughApi(context, 'tw.vpdp', demoAccount('tw.vpdp').password);
  const page = await context.newPage();
  await page.goto('/app/');
  await page.getByRole('link', { name: 'Thống kê', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Thống kê OCOP/ })).toBeVisible();

  const map = page.getByTestId('choropleth-map');
  await expect(map).toBeVisible();
  await expect(map.getByText('Quần đảo Hoàng Sa')).toBeVisible();
  await expect(map.getByText('Quần đảo Trường Sa')).toBeVisible();
  await expect(map.getByText('(Đà Nẵng)')).toBeVisible();
  await expect(map.getByText('(Khánh Hòa)')).toBeVisible();
  await expect(page.getByText(/Số liệu cập nhật lúc \d{2}\/\d{2}\/\d{4}/)).toBeVisible();
  await expect(page.getByText('Chú giải:')).toBeVisible();

  await map.getByRole('button', { name: /^Thành phố Hà Nội: / }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Thành phố Hà Nội/ })).toBeVisible();
  await expect(page.getByRole('button', { name: /Xã Bát Tràng/ })).toBeVisible();
  await context.close();

  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const publicPage = await visitor.newPage();
  await publicPage.goto('/thong-ke');
  await expect(publicPage.getByRole('heading', { level: 1, name: /Thống kê sản phẩm OCOP/ })).toBeVisible();
  await expect(publicPage.getByText('Quần đảo Hoàng Sa')).toBeVisible();
  await expect(publicPage.getByText('Quần đảo Trường Sa')).toBeVisible();
  await visitor.close();
});
