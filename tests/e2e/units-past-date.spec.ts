import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * The national administrator browses the units as they were on 01/03/2025, before the reform:
 * under Việt Nam the former Hà Nội, under it the former Gia Lâm district — what searching on that
 * date finds, browsing reaches too.
 */
test('the units tree on a date before the 2025 reform shows the province and district in force then', async ({
  browser,
}) => {
  const context = await browser.newContext();
  await signInThroughApi(context, 'admin', demoAccount('admin').password);
  const page = await context.newPage();
  await page.goto('/app/units?asOf=2025-03-01');
  await expect(page.getByRole('status').filter({ hasText: '01/03/2025' })).toBeVisible();
  const tree = page.getByRole('list', { name: 'Cây đơn vị' });
  const provinces = tree.getByRole('list', { name: /^Đơn vị trực thuộc .*Việt Nam$/ });
  await expect(provinces.locator(':scope > li')).toHaveCount(1);
  await expect(provinces).toContainText('Thành phố Hà Nội');
  await expect(provinces).not.toContainText('Không có đơn vị trực thuộc.');

  await provinces.getByRole('button', { name: 'Mở Thành phố Hà Nội' }).click();
  const districts = provinces.getByRole('list', { name: 'Đơn vị trực thuộc Thành phố Hà Nội' });
  await expect(districts.locator(':scope > li')).toHaveCount(1);
  await expect(districts).toContainText('Huyện Gia Lâm');
  await context.close();
});
