import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * The provincial standing office opens the 2021 certificate of the former Gia Lâm district that
 * the province imported: it reads as issued (decision, issuing district, Decision 1048), its
 * history says it was imported, and the office may propose its revocation after a confirmation.
 */
test('the office reads an imported certificate of a former district with its history', async ({
  browser,
}) => {
  const office = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signInThroughApi(office, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const list = await office.request.get('/api/v1/certificates?limit=500');
  const items = (await list.json()) as { items: { id: string; number: string }[] };
  const imported = items.items.find((c) => c.number === 'GL-GCN-2021-015')!;
  expect(imported).toBeDefined();

  const page = await office.newPage();
  await page.goto(`/app/certificates/${imported.id}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Giấy chứng nhận số GL-GCN-2021-015' }),
  ).toBeVisible();
  const facts = page.getByRole('table', { name: 'Giấy chứng nhận số GL-GCN-2021-015' });
  await expect(facts.getByRole('row', { name: /Đơn vị cấp/ })).toContainText('Ủy ban nhân dân Huyện Gia Lâm');
  await expect(facts.getByRole('row', { name: /Căn cứ/ })).toContainText('Quyết định 1048/QĐ-TTg');
  await expect(facts.getByRole('row', { name: /Ngày cấp/ })).toContainText('20/04/2021');
  await expect(page.getByText(/Cấp trước khi dùng hệ thống \(nhập từ hồ sơ\) theo Quyết định/)).toBeVisible();

  await page.getByRole('button', { name: 'Đề nghị thu hồi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Đề nghị thu hồi' });
  await expect(dialog.getByText('Gửi đề nghị thu hồi giấy chứng nhận này?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await office.close();
});
