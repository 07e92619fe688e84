import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * The provincial standing office's home page shows the province's plan targets for the year
 * against what has been achieved, as on the plan's own page, and links to the plan.
 */
test('the province home page shows the yearly plan targets against actuals', async ({ browser }) => {
  const context = await browser.newContext();
  await signInThroughApi(context, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const page = await context.newPage();
  await page.goto('/app/');
  const card = page.getByRole('region', { name: /Chỉ tiêu kế hoạch năm 2026 của Thành phố Hà Nội/ });
  await expect(card).toBeVisible();
  await expect(card.getByText(/Thực hiện tính đến ngày \d{2}\/\d{2}\/2026/)).toBeVisible();
  const table = card.getByRole('table');
  await expect(table.getByRole('columnheader', { name: 'Chỉ tiêu' })).toBeVisible();
  expect(await table.getByRole('row').count()).toBeGreaterThan(1);

  await card.getByRole('link', { name: 'Mở kế hoạch' }).click();
  await expect(page).toHaveURL(/\/app\/plans\/[0-9a-f-]{36}$/);
  await context.close();
});
