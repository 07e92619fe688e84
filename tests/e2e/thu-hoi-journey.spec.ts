import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';
import { E2E_DEMO_FILE } from './support/e2e-paths';

/**
 * Post-inspection to revocation in Chromium (runs after the stamp journey, which revokes the lotus
 * tea; this one takes the Bát Tràng vase). The province's inspector (tinh.kiemtra) records an
 * inspection on a tablet-sized screen, loses the connection, takes a photo — the record is kept on
 * the device, the photo in IndexedDB — and it syncs when the connection returns, proposing
 * revocation with the photo attached. The standing office
 * (tinh.vpdp) drafts the decision, the leader (tinh.lanhdao) approves and signs it; the certificate
 * page and the vase's stamp then say "Đã bị thu hồi" with the decision number, and poppler's
 * pdfsig validates the signature of the decision PDF.
 */
const PRODUCT = 'Bình hút lộc men rạn Bát Tràng';
const NUMBER = `${Date.now() % 100000}/QĐ-UBND`;
/** A small JPEG, as a tablet camera would hand it to the page. */
const PHOTO = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'shelf-photo.jpg'));

test('an inspector proposes revocation offline on a tablet; office drafts, leader approves, stamps say revoked', async ({
  browser,
}) => {
  const summary = JSON.parse(fs.readFileSync(E2E_DEMO_FILE, 'utf8')) as {
    stamps: { url: string; status: string }[];
  };
  const stampUrl = summary.stamps.find((s) => s.status === 'active' && s.url.includes('/01/'))!.url;

  // The inspector, on a tablet in portrait.
  const inspector = await browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true });
  await signInThroughApi(inspector, 'tinh.kiemtra', demoAccount('tinh.kiemtra').password);
  const products = (await (
    await inspector.request.get(`/api/v1/products?q=${encodeURIComponent(PRODUCT)}`)
  ).json()) as { items: { producerId: string; name: string }[] };
  const producerId = products.items.find((p) => p.name === PRODUCT)!.producerId;
  const producerName = (
    (await (await inspector.request.get(`/api/v1/producers/${producerId}`)).json()) as { name: string }
  ).name;
  const page = await inspector.newPage();
  await page.goto('/app/inspections');
  await page.getByRole('link', { name: 'Lập biên bản kiểm tra' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lập biên bản kiểm tra' })).toBeVisible();
  await expect(page.getByText('Cơ quan kiểm tra: Sở Nông nghiệp và Môi trường')).toBeVisible();
  await page.getByRole('combobox', { name: 'Chủ thể' }).click();
  await page.getByRole('option', { name: producerName }).click();
  await page.getByRole('combobox', { name: 'Sản phẩm' }).click();
  await page.getByRole('option', { name: PRODUCT }).click();
  await page.getByRole('radio', { name: 'Đột xuất' }).check();
  const items = page.locator('[data-checklist-item]');
  await expect.poll(() => items.count()).toBeGreaterThan(5);
  const count = await items.count();
  for (let i = 0; i < count; i += 1)
    await items.nth(i).getByRole('radio', { name: 'Đạt', exact: true }).check();
  const traceability = page.locator('[data-checklist-item="traceability"]');
  await traceability.getByRole('radio', { name: 'Không đạt' }).check();
  await page.getByRole('button', { name: 'Thêm phát hiện' }).click();
  await page
    .getByRole('textbox', { name: 'Mô tả' })
    .fill('Không xuất trình được hồ sơ truy xuất nguồn gốc lô hàng');
  await page.getByRole('radio', { name: 'Đề nghị thu hồi' }).check();
  await page.getByRole('combobox', { name: 'Căn cứ đề nghị thu hồi' }).click();
  await page.getByRole('option', { name: /hồ sơ truy xuất nguồn gốc/ }).click();
  // The page fits the tablet's width.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);

  // The connection drops; the inspector photographs the shelf and sends: all stays on the device.
  await inspector.setOffline(true);
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name: 'ke-hang.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
  await page.getByRole('button', { name: 'Lưu và gửi biên bản' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
  await expect(page.getByText('Mất kết nối: biên bản đã lưu trên máy')).toBeVisible();
  await expect(page.getByText('1 biên bản đang lưu trên máy')).toBeVisible();
  await inspector.setOffline(false);
  await expect(page.getByText('Đã gửi biên bản.')).toBeVisible();
  await page.goto('/app/inspections');
  await expect(page.getByRole('row', { name: new RegExp(PRODUCT) })).toContainText('Đã đề nghị thu hồi');
  // The photo taken offline reached the record, byte for byte.
  const records = (await (
    await inspector.request.get(`/api/v1/inspections?producerId=${producerId}`)
  ).json()) as {
    items: {
      status: string;
      productName: string | null;
      attachments: { fileName: string; mediaType: string; url: string }[];
    }[];
  };
  const proposed = records.items.find(
    (r) => r.status === 'revocation_proposed' && r.productName === PRODUCT,
  )!;
  expect(proposed.attachments).toEqual([
    expect.objectContaining({ fileName: 'ke-hang.jpg', mediaType: 'image/jpeg' }),
  ]);
  const photo = await (await inspector.request.get(proposed.attachments[0]!.url)).body();
  expect(photo.equals(PHOTO)).toBe(true);

  // The standing office drafts the revocation decision.
  const office = await browser.newContext();
  await signInThroughApi(office, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const officePage = await office.newPage();
  await officePage.goto('/app/revocations');
  await officePage.getByRole('checkbox', { name: `Chọn ${PRODUCT}` }).check();
  await officePage.getByRole('button', { name: 'Dự thảo quyết định thu hồi' }).click();
  await officePage.getByRole('textbox', { name: 'Số, ký hiệu quyết định' }).fill(NUMBER);
  await officePage.getByRole('dialog').getByRole('button', { name: 'Dự thảo quyết định thu hồi' }).click();
  const card = officePage.getByRole('region', { name: `Quyết định ${NUMBER}` });
  await expect(card).toContainText('Dự thảo, chờ phê duyệt');
  await expect(card.getByRole('button', { name: 'Phê duyệt và ký' })).toHaveCount(0);

  // The leader approves and signs it.
  const leader = await browser.newContext();
  await signInThroughApi(leader, 'tinh.lanhdao', demoAccount('tinh.lanhdao').password);
  const leaderPage = await leader.newPage();
  await leaderPage.goto('/app/revocations');
  const leaderCard = leaderPage.getByRole('region', { name: `Quyết định ${NUMBER}` });
  await leaderCard.getByRole('button', { name: 'Phê duyệt và ký' }).click();
  await leaderPage.getByRole('dialog').getByRole('button', { name: 'Phê duyệt và ký' }).click();
  await expect(leaderCard).toContainText('Đã phê duyệt');
  await expect(leaderCard).toContainText(PRODUCT);

  // The certificate page and the stamp say so.
  const decisions = (await (await leader.request.get('/api/v1/revocation-decisions')).json()) as {
    items: { id: string; number: string }[];
  };
  const decisionId = decisions.items.find((d) => d.number === NUMBER)!.id;
  const decision = (await (
    await leader.request.get(`/api/v1/revocation-decisions/${decisionId}`)
  ).json()) as {
    items: { certificateNumber: string }[];
  };
  const shopper = await browser.newContext();
  const shopperPage = await shopper.newPage();
  await shopperPage.goto(`/c/${encodeURIComponent(decision.items[0]!.certificateNumber)}`);
  await expect(shopperPage.locator('body')).toContainText('Đã bị thu hồi');
  await expect(shopperPage.locator('body')).toContainText(NUMBER);
  await shopperPage.goto(stampUrl);
  await expect(shopperPage.locator('body')).toContainText('Đã bị thu hồi');
  await expect(shopperPage.locator('body')).toContainText(NUMBER);

  // The decision PDF carries a valid PAdES signature.
  const pdf = await (await leader.request.get(`/api/v1/revocation-decisions/${decisionId}/pdf`)).body();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'thu-hoi-')), 'quyet-dinh.pdf');
  fs.writeFileSync(file, pdf);
  let report: string;
  try {
    report = execFileSync('pdfsig', [file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    report = String((error as { stdout?: string }).stdout ?? error);
  }
  expect(report).toContain('Signature is Valid');
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('TM. ỦY BAN NHÂN DÂN');
  expect(text).toContain(`Số: ${NUMBER}`);
});
