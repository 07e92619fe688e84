import { expect, test } from '@playwright/test';
import { demoPerson, getJson, sendJson } from './support/demo';

/**
 * The province's standing office (tinh.vpdp) edits a news draft: it links a product and its
 * producer with the searchable pickers, saves, then adds a captioned photo that shows as a
 * thumbnail. Once reviewed and published, a visitor without JavaScript sees the photo with its
 * caption and the products mentioned on /tin-tuc.
 */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PRODUCT = 'Bình hút lộc men rạn Bát Tràng';
const PRODUCER = 'HTX Gốm sứ Bát Tràng';

test('the office links a product and a producer, adds a photo, and the public article shows them', async ({
  browser,
}) => {
  const office = await demoPerson(browser, 'tinh.vpdp');
  const me = await getJson<{ grants: { role: string; unitId: string }[] }>(office, '/api/v1/auth/me');
  const unitId = me.grants.find((g) => g.role === 'standing_office')!.unitId;
  const title = `Làng gốm vào mùa ${Date.now().toString(36)}`;
  const draft = await sendJson<{ id: string; slug: string }>(
    office,
    'POST',
    '/api/v1/news',
    { unitId, kind: 'producer_story', title, body: 'Câu chuyện của hợp tác xã gốm.' },
    201,
  );
  const { page } = office;
  page.on('dialog', (dialog) => void dialog.accept());

  await page.goto(`/app/news/${draft.id}/edit`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sửa bản tin' })).toBeVisible();
  const products = page.getByRole('combobox', { name: 'Sản phẩm được nhắc đến' });
  await products.fill('Bình hút');
  await page.getByRole('option', { name: new RegExp(`^${PRODUCT} — `) }).click();
  const producers = page.getByRole('combobox', { name: 'Chủ thể được nhắc đến' });
  await producers.fill('Gốm sứ');
  await page.getByRole('option', { name: new RegExp(`^${PRODUCER} \\(`) }).click();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText(`Nhắc đến: ${PRODUCT}, ${PRODUCER}`);

  await page.goto(`/app/news/${draft.id}/edit`);
  const photos = page.getByRole('region', { name: 'Ảnh của bản tin' });
  await expect(photos).toContainText('Chưa có ảnh.');
  await photos.getByRole('button', { name: 'Tải ảnh lên' }).click();
  await expect(photos).toContainText('Hãy chọn một tệp ảnh.');
  await photos
    .locator('input[type="file"]')
    .setInputFiles({ name: 'lo-gom.png', mimeType: 'image/png', buffer: PNG });
  await photos.getByRole('textbox', { name: 'Chú thích ảnh' }).fill('Lò gốm cổ Bát Tràng');
  await photos.getByRole('button', { name: 'Tải ảnh lên' }).click();
  const thumbnail = photos.getByRole('img', { name: 'Lò gốm cổ Bát Tràng' });
  await expect(thumbnail).toBeVisible();
  await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  for (const action of ['review', 'publish'])
    await sendJson(office, 'POST', `/api/v1/news/${draft.id}/${action}`, {});
  await office.context.close();

  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const reader = await visitor.newPage();
  await reader.goto(`/tin-tuc/${draft.slug}`);
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const image = reader.getByRole('img', { name: 'Lò gốm cổ Bát Tràng' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect(reader.locator('figcaption')).toHaveText('Lò gốm cổ Bát Tràng');
  await expect(reader.getByRole('main')).toContainText(PRODUCT);
  await expect(reader.getByRole('main')).toContainText(PRODUCER);
  await visitor.close();
});
