import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';
import { E2E_DEMO_FILE } from './support/e2e-paths';

/**
 * Market surveillance in Chromium: a shopper reports a suspicious stamp from a market stall; the
 * province's inspector (tinh.kiemtra) opens a case from that report — seller, address, what was
 * sold as OCOP —, adds a photo of the shelf, records the verification and closes the case with a
 * conclusion; the case list shows it closed.
 */
const SELLER = `Quầy tạp hóa Chợ Phiên ${Date.now() % 100000}`;
const PHOTO = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'shelf-photo.jpg'));

test('an inspector opens a market-surveillance case from a shopper’s report and closes it', async ({
  browser,
}) => {
  const summary = JSON.parse(fs.readFileSync(E2E_DEMO_FILE, 'utf8')) as {
    stamps: { url: string; status: string }[];
  };
  const stampUrl = summary.stamps.find((s) => s.status === 'active' && s.url.includes('/01/'))!.url;
  const shopper = await browser.newContext();
  const message = `Tem dán lệch, sản phẩm bán ở ${SELLER}`;
  const reported = await shopper.request.post('/stamp-reports', {
    multipart: { stampPath: new URL(stampUrl).pathname, message, placeOfPurchase: SELLER },
    maxRedirects: 0,
  });
  expect(reported.status()).toBeLessThan(400);

  const inspector = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await signInThroughApi(inspector, 'tinh.kiemtra', demoAccount('tinh.kiemtra').password);
  const page = await inspector.newPage();
  await page.goto('/app/market-cases');
  await page.getByRole('link', { name: 'Lập vụ việc' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Lập vụ việc sản phẩm giả danh OCOP' }),
  ).toBeVisible();
  await page.getByRole('textbox', { name: /^Địa chỉ nơi bán/ }).fill('Ki-ốt 14, chợ phiên trung tâm');
  await page.getByRole('textbox', { name: /^Người bán/ }).fill(SELLER);
  await page.getByRole('textbox', { name: /^Sản phẩm được quảng cáo là OCOP/ }).fill('Chè búp khô 4 sao');
  await page
    .getByRole('textbox', { name: /^Mô tả vi phạm/ })
    .fill('Bao bì in logo OCOP 4 sao, tem không khớp sản phẩm.');
  await page.getByRole('checkbox', { name: new RegExp(message) }).check();
  await page.getByRole('button', { name: 'Lập vụ việc' }).click();

  await expect(page.getByRole('heading', { level: 1, name: new RegExp(SELLER) })).toBeVisible();
  await expect(page.getByText('Đang mở', { exact: true })).toBeVisible();
  await expect(page.getByText(message)).toBeVisible();

  await page.locator('input[type="file"]').setInputFiles({
    name: 'ke-hang.jpg',
    mimeType: 'image/jpeg',
    buffer: PHOTO,
  });
  await page.getByRole('textbox', { name: 'Chú thích' }).fill('Kệ hàng');
  await page.getByRole('button', { name: 'Tải lên' }).click();
  await expect(page.getByRole('img', { name: 'Kệ hàng' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Kết quả xác minh' }).fill('Người bán không có hóa đơn nhập hàng.');
  await page.getByRole('button', { name: 'Ghi kết quả xác minh' }).click();
  await expect(page.getByText('Đã xác minh', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Kết thúc vụ việc' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: /^Kết luận/ }).click();
  await page.getByRole('option', { name: /chuyển cơ quan có thẩm quyền/ }).click();
  await dialog.getByRole('textbox', { name: /^Nội dung/ }).fill('Chuyển Đội quản lý thị trường xử lý.');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Đã kết thúc', { exact: true })).toBeVisible();

  await page.goto('/app/market-cases');
  await expect(page.getByRole('row', { name: new RegExp(SELLER) })).toContainText('Đã kết thúc');
  await expect(page.getByRole('row', { name: new RegExp(SELLER) })).toContainText('1');
});
