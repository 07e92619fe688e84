import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * The standing office (tinh.vpdp) makes the year's post-inspection plan on a phone-width screen:
 * one producer, by the Department of Health, in September; the plan is listed with its row, and
 * the inspector (tinh.kiemtra) sees it too.
 */
test('the standing office makes a yearly inspection plan that the inspector sees', async ({ browser }) => {
  const office = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signInThroughApi(office, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const page = await office.newPage();
  await page.goto('/app/inspections');
  const title = `Kế hoạch hậu kiểm ${Date.now().toString(36)}`;
  await page.getByRole('button', { name: 'Lập kế hoạch kiểm tra' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Tên kế hoạch' }).fill(title);
  await dialog.getByRole('combobox', { name: 'Chủ thể' }).click();
  await page.getByRole('option').first().click();
  await dialog.getByRole('combobox', { name: 'Cơ quan kiểm tra' }).click();
  await page.getByRole('option', { name: 'Sở Y tế' }).click();
  await dialog.getByRole('textbox', { name: 'Tháng' }).fill('9');
  await dialog.getByRole('button', { name: 'Lưu kế hoạch' }).click();
  await expect(page.getByText(title)).toBeVisible();
  await expect(page.getByText('Tháng 9').first()).toBeVisible();

  const inspector = await browser.newContext();
  await signInThroughApi(inspector, 'tinh.kiemtra', demoAccount('tinh.kiemtra').password);
  const inspectorPage = await inspector.newPage();
  await inspectorPage.goto('/app/inspections');
  await expect(inspectorPage.getByText(title)).toBeVisible();
});
