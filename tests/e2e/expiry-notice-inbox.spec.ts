import { expect, test } from '@playwright/test';
import { demoAccount, signInThroughApi } from './support/demo';

const minusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The daily expiry-notices job runs as of 30 days before one of the producer's certificates ends
 * (the administrator's "run now", what `ocop jobs run expiry-notices --as-of` does): the producer
 * sees the bell count, reads the notice in the inbox on a phone-sized screen and marks it read.
 */
test('a producer finds the expiry notice of its certificate in the inbox', async ({ browser }) => {
  const producer = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await signInThroughApi(producer, 'chuthe1', demoAccount('chuthe1').password);
  const products = (await (await producer.request.get('/api/v1/stamp-products')).json()) as {
    items: { certificate: { number: string; status: string; validUntil: string } | null }[];
  };
  const [certificate] = products.items
    .flatMap((p) => (p.certificate?.status === 'valid' ? [p.certificate] : []))
    .sort((a, b) => b.validUntil.localeCompare(a.validUntil));
  expect(certificate, 'the demo producer has a certificate in force').toBeDefined();

  const admin = await browser.newContext();
  const { csrfToken } = await signInThroughApi(admin, 'admin', demoAccount('admin').password);
  const asOf = minusDays(certificate!.validUntil, 30);
  const run = await admin.request.post('/api/v1/jobs/expiry-notices/run', {
    data: { asOf },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(run.status(), await run.text()).toBe(200);
  expect(((await run.json()) as { summary: { notices: number } }).summary.notices).toBeGreaterThanOrEqual(1);
  // Run again as of the same day: nothing more.
  const again = await admin.request.post('/api/v1/jobs/expiry-notices/run', {
    data: { asOf },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(((await again.json()) as { summary: { notices: number } }).summary.notices).toBe(0);
  await admin.close();

  const page = await producer.newPage();
  await page.goto('/app/');
  const bell = page.getByRole('link', { name: /^Thông báo, \d+ chưa đọc$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
  const notice = page
    .getByRole('listitem')
    .filter({ hasText: 'Giấy chứng nhận OCOP sắp hết hạn' })
    .filter({ hasText: certificate!.number });
  await expect(notice).toHaveCount(1);
  await expect(notice.getByText('Chưa đọc')).toBeVisible();
  await notice.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
  await expect(notice.getByText('Chưa đọc')).toBeHidden();
  await producer.close();
});
