import { expect, test } from '@playwright/test';
import { demoPerson } from './support/demo';

/**
 * 5★ candidates on /app/five-star-candidates: the province's standing office (tinh.vpdp) opens the
 * demo candidate from the menu, finds its last result and the consultant of its contract, changes
 * the deadline of the support plan, and finds it kept after a reload.
 */
test('standing office opens the 5★ candidate from the menu and revises its support plan', async ({
  browser,
}) => {
  const office = await demoPerson(browser, 'tinh.vpdp');
  const p = office.page;
  await p.goto('/app');
  await p.getByRole('link', { name: 'Ứng viên 5 sao' }).click();
  await expect(p.getByRole('heading', { level: 1, name: 'Ứng viên sản phẩm OCOP 5 sao' })).toBeVisible();
  const row = p.getByRole('row').filter({ hasText: 'Đang hỗ trợ' }).first();
  await expect(row).toContainText('Công ty TNHH Tư vấn Phát triển Sản phẩm Việt');
  await row.getByRole('link').click();
  await expect(p).toHaveURL(/\/app\/five-star-candidates\/[0-9a-f-]{36}$/);
  await expect(p.getByRole('heading', { name: 'Kết quả đánh giá gần nhất' })).toBeVisible();
  await expect(p.getByText('Tiêu chí bắt buộc chưa đạt')).toBeVisible();

  const deadline = p.getByLabel('Hạn hoàn thành');
  await deadline.fill('2027-03-31');
  await p.getByRole('button', { name: 'Lưu kế hoạch hỗ trợ' }).click();
  await expect(deadline).toHaveValue('2027-03-31');
  await p.reload();
  await expect(p.getByLabel('Hạn hoàn thành')).toHaveValue('2027-03-31');
  await expect(p.getByRole('combobox', { name: 'Đơn vị tư vấn' })).toHaveValue(
    'Công ty TNHH Tư vấn Phát triển Sản phẩm Việt',
  );
  await office.context.close();
});
