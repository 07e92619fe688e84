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
  await expect(facts.getByRole('row', { name: /Đơn vị cấp/ })).toContainText('Ủy ban nhân dân huyện Gia Lâm');
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

/**
 * The office imports a small file of certificates it issued before: the check reports the bad
 * row by line and column, the import shows its progress and ends with the count imported.
 */
test('the office checks and imports a file of issued certificates', async ({ browser }) => {
  const office = await browser.newContext();
  await signInThroughApi(office, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const page = await office.newPage();
  const header = [
    'Loại hình chủ thể',
    'Tên chủ thể',
    'Mã số đăng ký',
    'Mã xã',
    'Địa chỉ',
    'Người đại diện',
    'Chức vụ',
    'Giới tính',
    'Tên sản phẩm',
    'Bộ sản phẩm',
    'Số sao',
    'Số giấy chứng nhận',
    'Số quyết định',
    'Ngày quyết định',
    'Mã đơn vị cấp',
    'Ngày cấp',
  ];
  const row = (name: string, number: string, stars: string) =>
    [
      'Doanh nghiệp',
      'Công ty Gốm Sứ Thử',
      '0109999901',
      '00577',
      'Bát Tràng',
      'Lê Văn Hùng',
      'Giám đốc',
      'Nam',
      name,
      '21',
      stars,
      number,
      '77/QĐ-UBND',
      '01/08/2025',
      '01',
      '01/08/2025',
    ].join(',');
  const csv = [
    header.join(','),
    row('Lọ hoa men ngọc', 'E2E-GCN-001', '3'),
    row('Đĩa men lam', 'E2E-GCN-002', '4'),
    row('Bát sứ', 'E2E-GCN-003', '9'),
  ].join('\n');

  await page.goto('/app/certificates');
  await page.getByRole('link', { name: 'Nhập giấy chứng nhận đã cấp' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nhập giấy chứng nhận đã cấp' })).toBeVisible();
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'gcn.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
  await expect(page.getByTestId('import-report')).toContainText('sẽ nhập 2 giấy chứng nhận');
  const problems = page.getByRole('table', { name: '1 dòng lỗi' });
  await expect(problems.getByRole('row', { name: /4 Số sao/ })).toBeVisible();
  await page.getByRole('button', { name: 'Nhập', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Nhập 2 giấy chứng nhận vào hệ thống?' });
  await expect(confirm).toContainText('không xóa được');
  await confirm.getByRole('button', { name: 'Nhập', exact: true }).click();
  await expect(page.getByTestId('import-job')).toHaveText('Đã nhập xong: 2 giấy chứng nhận (3 dòng).');
  await office.close();
});
