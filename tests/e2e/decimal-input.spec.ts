import { expect, test } from '@playwright/test';
import { demoPerson, getJson, sendJson } from './support/demo';

/**
 * Vietnamese write a decimal comma. A producer types "0,5" ha of raw-material area on the product
 * form: the form shows what will be saved, and the API then holds 0.5 — not 5, not nothing.
 * Text that is not one clear number is refused on the spot instead of being saved as a guess.
 */
test('a decimal comma typed on the product form is saved as that number', async ({ browser }) => {
  const producer = await demoPerson(browser, 'chuthe1');
  const options = await getJson<{ products: { producerId: string }[] }>(
    producer,
    '/api/v1/dossiers/start-options',
  );
  const producerId = options.products[0]!.producerId;
  const product = await sendJson(
    producer,
    'POST',
    `/api/v1/producers/${producerId}/products`,
    { productSet: 7, name: `Mứt sen dẻo ${Date.now().toString(36)}`, details: { capacityUnit: 'tấn' } },
    201,
  );

  const page = producer.page;
  await page.goto(`/app/products/${product.id}/edit`);
  const area = page.getByRole('textbox', { name: 'Diện tích vùng nguyên liệu (ha)' });
  const capacity = page.getByRole('textbox', { name: 'Công suất / sản lượng một năm' });

  await area.fill('abc');
  await expect(page.getByText('Không phải là số.', { exact: false })).toBeVisible();
  await area.fill('0,5');
  await expect(page.getByText('Sẽ lưu: 0,5 ha')).toBeVisible();
  await capacity.fill('1.234,5');
  await expect(page.getByText('Sẽ lưu: 1.234,5 tấn')).toBeVisible();

  const saved = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && r.url().endsWith(`/api/v1/products/${product.id}`),
  );
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  expect((await saved).status()).toBe(200);
  const stored = await getJson<{
    details: { rawMaterialAreaHectares: number | null; annualCapacity: number | null };
  }>(producer, `/api/v1/products/${product.id}`);
  expect(stored.details.rawMaterialAreaHectares).toBe(0.5);
  expect(stored.details.annualCapacity).toBe(1234.5);

  // "0.5" (decimal point) is read the same way; the edit form shows the stored value with a comma.
  await page.goto(`/app/products/${product.id}/edit`);
  await expect(area).toHaveValue('0,5');
  await area.fill('2.75');
  await expect(page.getByText('Sẽ lưu: 2,75 ha')).toBeVisible();
  const again = page.waitForResponse(
    (r) => r.request().method() === 'PATCH' && r.url().endsWith(`/api/v1/products/${product.id}`),
  );
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  expect((await again).status()).toBe(200);
  const updated = await getJson<{ details: { rawMaterialAreaHectares: number | null } }>(
    producer,
    `/api/v1/products/${product.id}`,
  );
  expect(updated.details.rawMaterialAreaHectares).toBe(2.75);
  await producer.context.close();
});
