import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';
import { E2E_DEMO_FILE } from './support/e2e-paths';
import { randomBytes } from 'node:crypto';
import { generateSerial } from '../../src/domain/stamps/stamp-serial';
import { decodeLabelCells } from '../helpers/label-cells';

/**
 * The stamp journey in Chromium: a producer with a certified product (chuthe2, the demo lotus tea)
 * orders a batch on /app/stamps, creates and downloads the label sheets; a QR code decoded from the
 * PDF opens the public stamp page showing the product, "còn hiệu lực" and the scan counted. When
 * the standing office revokes the certificate, the same URL answers 410 and says it was revoked.
 * Every label of the sheet decodes on its own. A shopper's report of a suspected fake, sent from
 * the public stamp page, reaches the standing office's reports screen with its photo, and look-ups
 * of serials nobody issued show up there per network.
 */
const PRODUCT = 'Trà sen Tây Hồ ướp thủ công';

test('a producer orders stamps, prints the labels, and a scanned label follows the certificate', async ({
  browser,
}) => {
  const producerContext = await browser.newContext();
  await signInThroughApi(producerContext, 'chuthe2', demoAccount('chuthe2').password);
  const page = await producerContext.newPage();

  // The batches screen, reached from the navigation.
  await page.goto('/app/');
  await page.getByRole('link', { name: 'Tem truy xuất', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tem truy xuất nguồn gốc' })).toBeVisible();
  await page.getByRole('link', { name: 'Đặt tem cho lô hàng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Đặt tem cho một lô hàng' })).toBeVisible();

  // The order form: only the certified product is offered.
  const lot = `E2E-${Date.now().toString(36).toUpperCase()}`;
  await page.getByPlaceholder('Chọn sản phẩm').click();
  await page.getByRole('option', { name: new RegExp(PRODUCT) }).click();
  await page.getByRole('textbox', { name: 'Số lô' }).fill(lot);
  await page.getByRole('textbox', { name: 'Số tem' }).fill('24');
  await page.getByLabel('Hạn sử dụng').fill('2027-12-31');
  await page.getByRole('radio', { name: /A4, 24 tem\/tờ/ }).check();
  await page.getByRole('button', { name: 'Đặt tem', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Lô ${lot} — ${PRODUCT}` })).toBeVisible();
  const batchId = page.url().split('/').at(-1)!;
  await expect(page.getByRole('table', { name: 'Danh sách tem' }).getByRole('row')).toHaveCount(25);

  // "Tạo tờ nhãn": the job runs on the server, then the PDF is offered for download.
  await page.getByRole('button', { name: 'Tạo tờ nhãn' }).click();
  await expect(page.getByText('Tờ nhãn đã sẵn sàng (24 tem).')).toBeVisible({ timeout: 60_000 });
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Tải tờ nhãn (PDF)' }).click();
  const download = await downloading;
  const pdf = fs.readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // A shopper's phone reads one label at a time: every label of the sheet, cut out of the page
  // rendered at print resolution and at half of it, reads as its own stamp, in order.
  const issued = (await (
    await producerContext.request.get(`/api/v1/stamp-batches/${batchId}/stamps?limit=100`)
  ).json()) as { items: { uri: string }[] };
  for (const dpi of [300, 150])
    expect(decodeLabelCells(pdf, { layout: 'a4-24', dpi })).toEqual(issued.items.map((s) => s.uri));
  const url = issued.items[0]!.uri;
  expect(url.startsWith(new URL(page.url()).origin)).toBe(true);

  const shopper = await browser.newContext();
  const shopperPage = await shopper.newPage();
  const scanned = await shopperPage.goto(url);
  expect(scanned?.status()).toBe(200);
  // One redirect: the Digital Link URI answers 307 to the verification page, which counts the scan.
  const resolved = scanned!.request().redirectedFrom();
  expect(resolved?.url()).toBe(url);
  expect((await resolved!.response())?.status()).toBe(307);
  expect(resolved!.redirectedFrom()).toBeNull();
  const origin = new URL(url).origin;
  expect(shopperPage.url()).toBe(`${origin}/kiem-tra-tem${url.slice(origin.length)}`);
  await expect(shopperPage.locator('body')).toContainText(PRODUCT);
  await expect(shopperPage.locator('body')).toContainText('Còn hiệu lực');
  await expect(shopperPage.locator('body')).toContainText('đã quét 1 lần');

  // The producer sees the scan counted on the batch.
  const totalScans = page.getByText('Lượt quét', { exact: true }).locator('xpath=..');
  await expect(async () => {
    await page.reload();
    await expect(totalScans).toHaveText(/Lượt quét\s*1$/, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // The standing office proposes revoking the certificate and drafts the decision, through the API.
  const officeContext = await browser.newContext();
  const office = await signInThroughApi(officeContext, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const batch = (await (await producerContext.request.get(`/api/v1/stamp-batches/${batchId}`)).json()) as {
    producerId: string;
    certificateNumber: string;
  };
  const certificates = (await (
    await officeContext.request.get(`/api/v1/certificates?producerId=${batch.producerId}`)
  ).json()) as { items: { id: string; number: string }[] };
  const certificate = certificates.items.find((c) => c.number === batch.certificateNumber)!;
  const proposed = await officeContext.request.post('/api/v1/revocation-proposals', {
    headers: { 'x-csrf-token': office.csrfToken },
    data: {
      certificateId: certificate.id,
      groundCode: 'food_safety_violation',
      groundText: 'Vi phạm an toàn thực phẩm (kiểm thử)',
    },
  });
  expect(proposed.status(), await proposed.text()).toBe(201);
  const drafted = await officeContext.request.post('/api/v1/revocation-decisions', {
    headers: { 'x-csrf-token': office.csrfToken },
    data: { proposalIds: [((await proposed.json()) as { id: string }).id], number: '77/QĐ-UBND' },
  });
  expect(drafted.status(), await drafted.text()).toBe(201);
  const draft = (await drafted.json()) as { id: string; version: number };
  // The leader approves the decision: the certificate is revoked.
  const leaderContext = await browser.newContext();
  const leader = await signInThroughApi(leaderContext, 'tinh.lanhdao', demoAccount('tinh.lanhdao').password);
  const approved = await leaderContext.request.post(`/api/v1/revocation-decisions/${draft.id}/approve`, {
    headers: { 'x-csrf-token': leader.csrfToken },
    data: { version: draft.version },
  });
  expect(approved.status(), await approved.text()).toBe(200);
  await leaderContext.close();

  // The same label now answers 410 and says the certificate was revoked.
  const after = await shopperPage.goto(url);
  expect(after?.status()).toBe(410);
  await expect(shopperPage.locator('body')).toContainText('Đã bị thu hồi');
  await expect(shopperPage.locator('body')).toContainText('Vi phạm an toàn thực phẩm (kiểm thử)');

  for (const context of [producerContext, shopper, officeContext]) await context.close();
});

/** A 1 × 1 PNG: the shopper's photo. */
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

test("a shopper's report of a suspected fake reaches the standing office's screen with its photo", async ({
  browser,
}) => {
  const summary = JSON.parse(fs.readFileSync(E2E_DEMO_FILE, 'utf8')) as {
    stamps: { url: string; status: string }[];
  };
  const stamp = summary.stamps.find((s) => s.status === 'active')!;
  const message = `Tem bong, in mờ (kiểm thử ${Date.now().toString(36)})`;

  const shopper = await browser.newContext();
  const page = await shopper.newPage();
  await page.goto(stamp.url);
  await page.getByText('Báo cáo nghi hàng giả').click();
  await page.getByLabel(/Điều bạn thấy bất thường/).fill(message);
  await page.getByLabel(/Nơi mua/).fill('Chợ Đồng Xuân');
  await page
    .getByLabel(/Ảnh \(JPEG/)
    .setInputFiles({ name: 'tem.png', mimeType: 'image/png', buffer: PHOTO });
  await page.getByRole('button', { name: /Gửi cho cơ quan thường trực OCOP/ }).click();
  await expect(page.locator('body')).toContainText('Báo cáo đã được gửi tới cơ quan thường trực OCOP');
  // Someone tries serials nobody issued (enumeration): each still gets the lot-level or not-found answer.
  const base = stamp.url.slice(0, stamp.url.lastIndexOf('/') + 1);
  for (let i = 0; i < 3; i += 1)
    expect([200, 404]).toContain(
      (await shopper.request.get(`${base}${generateSerial(randomBytes)}`)).status(),
    );

  const office = await browser.newContext();
  await signInThroughApi(office, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const officePage = await office.newPage();
  await officePage.goto('/app/stamps');
  await officePage.getByRole('link', { name: 'Báo cáo nghi hàng giả' }).click();
  await expect(officePage.getByRole('heading', { level: 1, name: 'Báo cáo nghi hàng giả' })).toBeVisible();
  const row = officePage.getByRole('row').filter({ hasText: message });
  await expect(row).toContainText('Chợ Đồng Xuân');
  const photo = row.getByRole('img', { name: /Ảnh người mua gửi kèm báo cáo/ });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  // Below the reports: the network that tried unknown codes, counted, never as an address.
  const misses = officePage.getByRole('table', { name: 'Tra cứu mã tem không tồn tại (dò mã)' });
  await expect(misses.getByRole('row').nth(1)).toBeVisible();
  const unknownCodes = await misses.getByRole('row').nth(1).getByRole('cell').nth(2).textContent();
  expect(Number(unknownCodes)).toBeGreaterThanOrEqual(3);

  for (const context of [shopper, office]) await context.close();
});

test('the standing office dismisses a possible-copy flag after a confirmation, and shoppers are no longer warned', async ({
  browser,
}) => {
  const office = await browser.newContext();
  await signInThroughApi(office, 'tinh.vpdp', demoAccount('tinh.vpdp').password);
  const batches = (await (await office.request.get('/api/v1/stamp-batches')).json()) as {
    items: { id: string; lot: string }[];
  };
  const vase = batches.items.find((b) => b.lot === 'BT-2026-01')!;
  const stampList = (await (await office.request.get(`/api/v1/stamp-batches/${vase.id}/stamps`)).json()) as {
    items: { serial: string; uri: string; copyFlag: string }[];
  };
  const flagged = stampList.items.find((s) => s.copyFlag === 'open')!;

  const shopper = await browser.newContext();
  const shopperPage = await shopper.newPage();
  await shopperPage.goto(flagged.uri);
  await expect(shopperPage.locator('body')).toContainText('Nghi tem sao chép');

  const page = await office.newPage();
  await page.goto(`/app/stamps/${vase.id}`);
  const row = page
    .getByRole('table', { name: 'Danh sách tem' })
    .getByRole('row')
    .filter({ hasText: 'Nghi sao chép, chờ xem xét' });
  await expect(row).toContainText('Người mua đang thấy cảnh báo');
  await row.getByRole('button', { name: /^Xem xét cờ/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: /Bác bỏ cờ/ }).check();
  await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Quầy trưng bày mẫu, khách quét thử nhiều lần');
  await dialog.getByRole('button', { name: 'Tiếp tục' }).click();
  // The confirmation says what shoppers will see before anything is sent.
  await expect(dialog.getByRole('alert')).toContainText('Cảnh báo trên trang kiểm tra tem sẽ được gỡ ngay');
  await dialog.getByRole('button', { name: 'Bác bỏ cờ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã bác bỏ cờ của tem' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Danh sách tem' })).toContainText('Đã bác bỏ cờ');

  await shopperPage.goto(flagged.uri);
  await expect(shopperPage.locator('body')).toContainText('Bình hút lộc men rạn Bát Tràng');
  await expect(shopperPage.locator('body')).not.toContainText('Nghi tem sao chép');
  for (const context of [office, shopper]) await context.close();
});
