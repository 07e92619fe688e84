import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

/**
 * The provincial standing office (tinh.vpdp) opens its home page (tasks and figures), exports the
 * certificate list to Excel and reads a row of the downloaded file, generates the half-year report,
 * writes its difficulties and submits it after confirming; the central office (tw.vpdp) then sees
 * the province as submitted.
 */
test('the province exports its certificates, submits its half-year report and the central office sees it', async ({
  browser,
}) => {
  const province = await browser.newContext({ acceptDownloads: true });
  await signInThroughApi(province, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const page = await province.newPage();

  await page.goto('/app/');
  await expect(page.getByRole('heading', { level: 2, name: 'Việc cần làm' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Số liệu của / })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Sản phẩm OCOP theo hạng sao' })).toBeVisible();

  await page.getByRole('link', { name: 'Giấy chứng nhận', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Giấy chứng nhận sản phẩm OCOP' })).toBeVisible();
  const firstNumber = (await page.getByRole('row').nth(1).getByRole('cell').first().textContent())!.trim();
  // The export runs in the background: progress, read out as it changes, then the download link.
  await page.getByRole('button', { name: 'Xuất Excel' }).click();
  await expect(page.getByRole('progressbar')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Đã xuất xong [\d.]+ dòng\.$/ })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /^Tải tệp giay-chung-nhan-/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^giay-chung-nhan-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  expect(sheet.getRow(3).getCell(1).value).toBe('Số giấy chứng nhận');
  const rows: unknown[][] = [];
  sheet.eachRow((row, index) => {
    if (index > 3) rows.push((row.values as unknown[]).slice(1));
  });
  const row = rows.find((r) => r[0] === firstNumber);
  expect(row, `row ${firstNumber}`).toBeDefined();
  expect(typeof row![6]).toBe('number');

  await page.getByRole('link', { name: 'Báo cáo định kỳ', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Báo cáo kết quả thực hiện Chương trình OCOP' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Lập báo cáo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /6 tháng đầu năm/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sản phẩm còn hiệu lực' })).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Khó khăn, vướng mắc' })
    .fill('Chủ thể nhỏ thiếu vốn đầu tư bao bì.');
  // Submitting asks first: the report is frozen once sent.
  await page.getByRole('button', { name: 'Gửi cấp trên' }).click();
  const confirm = page.getByRole('dialog', { name: 'Gửi báo cáo lên cấp trên?' });
  await expect(confirm).toContainText('Sau khi gửi, báo cáo bị khóa');
  await confirm.getByRole('button', { name: 'Gửi cấp trên' }).click();
  await expect(page.getByTestId('report-status')).toHaveText('Đã gửi cấp trên');
  await expect(page.getByText(/Báo cáo đã gửi cấp trên ngày .* và đã khóa/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Khó khăn, vướng mắc' })).toHaveAttribute('readonly', '');
  const reportTitle = (await page.getByRole('heading', { level: 1 }).textContent())!;
  await province.close();

  const central = await browser.newContext();
  await signInThroughApi(central, 'tw.vpdp', demoAccount('tw.vpdp').password);
  const centralPage = await central.newPage();
  await centralPage.goto('/app/reports');
  await expect(
    centralPage.getByRole('heading', { level: 2, name: 'Tình hình gửi báo cáo của cấp dưới' }),
  ).toBeVisible();
  const submissions = centralPage.getByRole('table', { name: 'Tình hình gửi báo cáo của cấp dưới' });
  await expect(submissions.getByRole('row').filter({ hasText: 'Đã gửi cấp trên' })).toHaveCount(1);
  await expect(centralPage.getByText(/Đã gửi 1\/\d+ đơn vị/)).toBeVisible();
  await submissions.getByRole('row').filter({ hasText: 'Đã gửi cấp trên' }).getByRole('link').click();
  await expect(centralPage.getByRole('heading', { level: 1, name: reportTitle })).toBeVisible();
  await expect(centralPage.getByRole('button', { name: 'Mở lại báo cáo' })).toBeVisible();
  await central.close();
});
